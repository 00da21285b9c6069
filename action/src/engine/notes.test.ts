import { describe, expect, it } from 'vitest';
import { normalizeHeading, parseNotes } from './notes.ts';

describe('parseNotes', () => {
  const notes = parseNotes(
    'notes.md',
    [
      '# Payments 2.4.0 - 2026-12-08',
      '',
      '## 🚀 Release Highlights',
      'Faster checkout.',
      '',
      "## What's New",
      '### Features',
      '- Saved cards',
      '## Known Issues',
      '',
    ].join('\n'),
  );

  it('takes the first level-1 heading as the title', () => {
    expect(notes.title).toEqual({
      text: 'Payments 2.4.0 - 2026-12-08',
      span: { line: 1, column: 1, endLine: 1, endColumn: 30 },
    });
  });

  it('splits sections at headings, subsections included in their parent', () => {
    expect(notes.sections.map((s) => [s.key, s.depth, s.span.line, s.text])).toEqual([
      ['release highlights', 2, 3, 'Faster checkout.'],
      ['whats new', 2, 6, 'Features\nSaved cards'],
      ['features', 3, 7, 'Saved cards'],
      ['known issues', 2, 9, ''],
    ]);
  });
});

describe('normalizeHeading', () => {
  it.each([
    ["What's New", 'whats new'],
    ['WHATS NEW!', 'whats new'],
    ['🐛 Known   issues', 'known issues'],
    ['Feedback & Support', 'feedback and support'],
    ['Breaking changes:', 'breaking changes'],
  ])('%j → %j', (heading, key) => {
    expect(normalizeHeading(heading)).toBe(key);
  });
});
