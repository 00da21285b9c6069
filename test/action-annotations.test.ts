import { describe, expect, it } from 'vitest';
import {
  ANNOTATIONS_PER_KIND,
  annotationOf,
  hiddenNote,
  type AnnotationCounts,
} from '../action/src/action/annotations.ts';
import { toFinding } from '../action/src/engine/finding.ts';

const inRepo = (file: string) => file !== 'policies/octoacme/calendar.yml';

describe('a finding as an annotation', () => {
  it('carries the rule as title and the exact one-line range', () => {
    const f = toFinding('schema', 'error', {
      message: 'unknown key "signofs"',
      file: 'release.yml',
      line: 7,
      column: 1,
      endLine: 7,
      endColumn: 8,
      hint: 'signoffs:',
    });
    expect(annotationOf(f, inRepo)).toEqual({
      kind: 'error',
      message:
        'unknown key "signofs"\n\nsignoffs:\n\nhttps://octoacme.github.io/release-policy/rules/schema/',
      properties: {
        title: 'schema',
        file: 'release.yml',
        startLine: 7,
        endLine: 7,
        startColumn: 1,
        endColumn: 8,
      },
    });
  });

  it('drops the columns of a range over several lines, as the runner requires', () => {
    const f = toFinding('notes-section', 'warning', {
      message: 'm',
      file: 'docs/releases/2.4.0.md',
      line: 3,
      column: 1,
      endLine: 9,
      endColumn: 4,
    });
    expect(annotationOf(f, inRepo).properties).toEqual({
      title: 'notes-section',
      file: 'docs/releases/2.4.0.md',
      startLine: 3,
      endLine: 9,
    });
    expect(annotationOf(f, inRepo).kind).toBe('warning');
  });

  it('has no place for a file outside the repository (the built-in calendar)', () => {
    const f = toFinding('blackout-window', 'error', {
      message: 'm',
      file: 'policies/octoacme/calendar.yml',
      line: 3,
    });
    expect(annotationOf(f, inRepo).properties).toEqual({ title: 'blackout-window' });
  });

  it('shows a waived finding as a notice with who waived it', () => {
    const f = toFinding('blackout-window', 'error', {
      message: 'in the freeze',
      file: 'release.yml',
      line: 4,
      column: 7,
    });
    f.waived = { approvedBy: '@dana', reason: 'SEV1 fix', expires: '2026-12-24' };
    const a = annotationOf(f, inRepo);
    expect(a.kind).toBe('notice');
    expect(a.message).toBe(
      'waived: in the freeze (approved by @dana until 2026-12-24: SEV1 fix)\n\nhttps://octoacme.github.io/release-policy/rules/blackout-window/',
    );
  });
});

describe('the note on annotations left out', () => {
  const counts = (error: number, warning: number, notice: number): AnnotationCounts => ({
    shown: { error: ANNOTATIONS_PER_KIND, warning: ANNOTATIONS_PER_KIND, notice: ANNOTATIONS_PER_KIND },
    hidden: { error, warning, notice },
  });

  it('is absent when every finding was annotated', () => {
    expect(hiddenNote(counts(0, 0, 0))).toBeUndefined();
  });

  it('counts each kind', () => {
    expect(hiddenNote(counts(12, 1, 2))).toBe(
      '12 more errors, 1 more warning and 2 more waived findings not shown as annotations (GitHub shows at most 10 of each kind per step); every finding is in the log and the JSON report.',
    );
  });
});
