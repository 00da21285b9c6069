import fc from 'fast-check';
import { globSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NOTES_AT_LIMITS, NOTES_FAMILIES } from '../../../test/helpers/pathological.ts';
import { parsePlainMarkdown } from './markdown-plain.ts';
import { parseMarkdown } from './markdown-remark.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** The plain reader's tree is remark's, field for field and position for position, or nothing. */
function agrees(text: string): boolean {
  const plain = parsePlainMarkdown(text);
  return plain === undefined || isDeepStrictEqual(plain, parseMarkdown(text));
}

describe('the plain Markdown reader', () => {
  it('reads every Markdown file of the repo as remark does, and takes most release notes', () => {
    const files = globSync('{examples,policies,docs,test/fixtures}/**/*.md', { cwd: ROOT });
    const notes = files.filter((f) => f.includes('/releases/'));
    expect(notes.length).toBeGreaterThan(40);
    for (const file of files) expect(agrees(readFileSync(ROOT + file, 'utf8')), file).toBe(true);
    // Only a link (a placeholder such as `[Date]`) sends a release's notes to remark.
    const declined = notes.filter((f) => !parsePlainMarkdown(readFileSync(ROOT + f, 'utf8')));
    expect(declined.length).toBeLessThan(3);
    for (const file of declined) expect(readFileSync(ROOT + file, 'utf8'), file).toMatch(/\[/);
  });

  // Lines built from the subset's parts and from what lies just outside it: other list markers and
  // indents, setext underlines, fences, quotes, emphasis runs beside punctuation, entities, escapes.
  const word = fc.constantFrom(
    'a',
    'Saved cards',
    '`a_b`',
    '`<b>`',
    '`&amp;`',
    '`\\`',
    '`[x]`',
    'x.y',
    '(4.x)',
    ':',
    '—',
    '🚀',
    '&',
    '& b',
    '&amp;',
    '&#35;',
    '#1',
    '1.',
    'é',
    '**',
    '*',
    '***',
    '`',
    '``',
    ' ',
    '  ',
    '_',
    '\\',
    '[a]',
    '<b>',
    '.',
    ',',
    ')',
    '(',
    '!',
    '-',
    '"',
  );
  const inline = fc.array(word, { minLength: 1, maxLength: 7 }).map((w) => w.join(''));
  const line = fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom('#', '##', '###', '######', '#######'),
          fc.constantFrom(' ', '', '  '),
          inline,
          fc.constantFrom('', '', ' #', '#'),
        )
        .map((p) => p.join('')),
    },
    { weight: 4, arbitrary: inline },
    {
      weight: 5,
      arbitrary: fc
        .tuple(
          fc.constantFrom('', '', '  ', '   ', ' ', '    ', '     ', '      '),
          fc.constantFrom('-', '-', '1.', '2.', '1)', '10.', '01.', '*', '+'),
          fc.constantFrom(' ', ' ', '', '  '),
          inline,
        )
        .map((p) => p.join('')),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom(' ', '  ', '   ', '    ', '     '), inline).map((p) => p.join('')),
    },
    { weight: 3, arbitrary: fc.constant('') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '---',
        '===',
        '***',
        '> q',
        '~~~',
        '```',
        '    code',
        'a  ',
        'a\tb',
        ' ',
        '- ',
        '-',
        '1.',
        'a\r',
        '* * *',
      ),
    },
  );
  const doc = fc
    .tuple(fc.array(line, { maxLength: 14 }), fc.boolean())
    .map(([lines, end]) => lines.join('\n') + (end ? '\n' : ''));

  it('agrees with remark on generated notes, and takes a fair share of them', () => {
    let taken = 0;
    fc.assert(
      fc.property(doc, (text) => {
        if (parsePlainMarkdown(text)) taken++;
        return agrees(text);
      }),
      { numRuns: 6000, seed: 13 },
    );
    // Most generated lines reach outside the subset; a reader that declined everything would pass
    // the property above without testing anything.
    expect(taken).toBeGreaterThan(600);
  });

  it('declines the shapes remark is slow on, or reads them as remark does', () => {
    for (const [name, make] of Object.entries(NOTES_FAMILIES)) expect(agrees(make(2048)), name).toBe(true);
    for (const [name, make] of Object.entries(NOTES_AT_LIMITS)) expect(agrees(make(2048)), name).toBe(true);
  });
});
