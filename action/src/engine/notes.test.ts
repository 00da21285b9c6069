import { describe, expect, it } from 'vitest';
import { NOTES_AT_LIMITS, NOTES_FAMILIES } from '../../../test/helpers/pathological.ts';
import { LIMITS } from './limits.ts';
import { normalizeHeading, parseNotes, scanNotes } from './notes.ts';

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

describe('notes parsed in parts', () => {
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const timed = (text: string) => {
    const started = cpuMs();
    const scan = scanNotes(text);
    if (!scan.refused) parseNotes('notes.md', text, scan);
    return cpuMs() - started;
  };

  it('gives long notes the same sections, text and places as one parse of the whole', () => {
    const block = (i: number) =>
      [
        `## Section ${i}`,
        '',
        `Some *text* with a [link](https://example.invalid/${i}) and \`code\`.`,
        '',
        `- item ${i}`,
        `- **bold** item`,
        '  continued',
        '',
        '```sh',
        '# a comment, not a heading',
        '',
        'echo done',
        '```',
        '',
        '> quoted',
        '',
      ].join('\n');
    const text = `Notes 1.0.0\n===\n\n${Array.from({ length: 400 }, (_, i) => block(i)).join('')}`;
    const scan = scanNotes(text);
    expect(scan.refused).toBeUndefined();
    expect(scan.parts.length).toBeGreaterThan(4);
    const whole = parseNotes('notes.md', text, { parts: [{ offset: 0, line: 1 }] });
    const inParts = parseNotes('notes.md', text, scan);
    const view = (n: typeof whole) => ({
      title: n.title,
      sections: n.sections.map((s) => [s.heading, s.depth, s.span, s.text]),
    });
    expect(view(inParts)).toEqual(view(whole));
    expect(inParts.tree.children.map((c) => c.position)).toEqual(whole.tree.children.map((c) => c.position));
  });

  it('refuses a paragraph with too many emphasis, code and link markers, at its first line', () => {
    const text = `# Notes\n\n## What's New\n\nFirst line\n${'*a_ '.repeat(200)}\n`;
    expect(scanNotes(`${'*a_ '.repeat(100)}\n\n`.repeat(20)).refused).toBeUndefined();
    expect(scanNotes(text).refused).toEqual({
      line: 5,
      message:
        "this paragraph holds more than 256 emphasis, code and link markers (*, _, `, [, ], <); the limit keeps the Markdown parser's work bounded",
    });
  });

  it('refuses more than 100 setext headings, at the first one past the limit', () => {
    expect(scanNotes('a\n=\n'.repeat(150)).refused).toMatchObject({ line: 202 });
  });

  it('refuses a long stretch with no place to cut, where the stretch starts', () => {
    const text = `# Notes\n\n- item\n\n${'    indented paragraph of a list item\n\n'.repeat(1000)}`;
    expect(scanNotes(text).refused).toMatchObject({ line: 3 });
  });

  it.each(Object.entries(NOTES_FAMILIES))('%s at the size limit: done within 2 s', (_, make) => {
    expect(timed(make(LIMITS.notesBytes - 1))).toBeLessThan(2_000);
  });

  it('takes time that grows linearly with the size of the notes', () => {
    const families = [...Object.values(NOTES_FAMILIES), ...Object.values(NOTES_AT_LIMITS)];
    const total = (bytes: number) => families.reduce((sum, make) => sum + timed(make(bytes)), 0);
    total(16 * 1024);
    const small = Math.min(total(16 * 1024), total(16 * 1024));
    const large = total(64 * 1024);
    expect(large).toBeLessThan(8 * small);
  }, 300_000);
});
