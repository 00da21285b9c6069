import { describe, expect, it } from 'vitest';
import { checkResult, finding } from '../../../test/helpers/result.ts';
import { renderText, visibleControls } from './text.ts';

const ESC = '\u001b';
const DOCS = 'https://octoacme.github.io/release-policy/rules/';

const stripAnsi = (s: string) =>
  s
    .split(ESC)
    .map((part, i) => (i === 0 ? part : part.replace(/^\[\d+m/, '')))
    .join('');

const RELEASE_YML = [
  'product: payments-api',
  'version: "2.4.0"',
  'type: minor',
  'signoffs:',
  '  - { role: tech-lead, by: "@carol", date: 2026-12-01 }',
  'exceptions: []',
].join('\n');

describe('text reporter', () => {
  it('prints file:line:col, the source line, an underline, the hint and the docs URL', () => {
    const result = checkResult([
      finding({
        rule: 'signoff-required',
        message: 'a minor release needs a qa-lead sign-off',
        file: 'release.yml',
        line: 5,
        column: 5,
        endColumn: 55,
        hint: 'signoffs:\n  - { role: qa-lead, by: "@…", date: 2026-12-01 }\n',
      }),
    ]);
    expect(renderText(result, { sources: { 'release.yml': RELEASE_YML } })).toBe(
      [
        'release.yml:5:5: error: a minor release needs a qa-lead sign-off [signoff-required]',
        '5 |   - { role: tech-lead, by: "@carol", date: 2026-12-01 }',
        '  |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
        '  hint: signoffs:',
        '          - { role: qa-lead, by: "@…", date: 2026-12-01 }',
        `  docs: ${DOCS}signoff-required/`,
        '',
        '✖ payments-api 2.4.0 (minor): 1 error, 0 warnings',
        '',
      ].join('\n'),
    );
  });

  it('keeps the caret under the right character after tabs', () => {
    // Units: `\t` is column 1, `a` column 2, `\t` column 3, `b` column 4; tab stops every 4.
    const source = 'key: x\n\ta\tb: "value"\n';
    const result = checkResult([
      finding({ rule: 'schema', message: 'bad', file: 'release.yml', line: 2, column: 4, endColumn: 5 }),
      finding({ rule: 'schema', message: 'tab', file: 'release.yml', line: 2, column: 3, endColumn: 5 }),
    ]);
    const lines = renderText(result, { sources: { 'release.yml': source } }).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'release.yml:2:3: error: tab [schema]',
      '2 |     a   b: "value"',
      '  |      ^~~~',
    ]);
    expect(lines.slice(5, 8)).toEqual([
      'release.yml:2:4: error: bad [schema]',
      '2 |     a   b: "value"',
      '  |         ^',
    ]);
  });

  it('strips CR from CRLF sources and handles the last line with and without a final newline', () => {
    const crlf = 'product: x\r\nversion: 1.10\r\nlast: y';
    const result = checkResult([
      finding({
        rule: 'schema',
        message: 'quote it',
        file: 'release.yml',
        line: 2,
        column: 10,
        endColumn: 14,
      }),
      finding({ rule: 'schema', message: 'at the end', file: 'release.yml', line: 3, column: 7 }),
    ]);
    const out = renderText(result, { sources: { 'release.yml': crlf } });
    expect(out).not.toContain('\r');
    expect(out).toContain(['2 | version: 1.10', '  |          ^~~~'].join('\n'));
    expect(out).toContain(['3 | last: y', '  |       ^'].join('\n'));

    // With a final newline, the line after it exists and is empty: a caret still shows.
    const eof = checkResult([
      finding({ rule: 'schema', message: 'eof', file: 'release.yml', line: 4, column: 1 }),
    ]);
    expect(renderText(eof, { sources: { 'release.yml': 'a: 1\r\nb: 2\r\nc: 3\r\n' } })).toContain(
      '4 |\n  | ^\n',
    );
  });

  it('prints findings without a file under the tool name, without an excerpt', () => {
    const result = checkResult([
      finding({ rule: 'signoff-verified', message: 'no token: reviews not checked' }),
    ]);
    expect(renderText(result, { sources: { 'release.yml': RELEASE_YML } })).toBe(
      [
        'release-policy: error: no token: reviews not checked [signoff-verified]',
        `  docs: ${DOCS}signoff-verified/`,
        '',
        '✖ payments-api 2.4.0 (minor): 1 error, 0 warnings',
        '',
      ].join('\n'),
    );
  });

  it('prints waived findings as waived, with who approved them and until when', () => {
    const result = checkResult([
      finding({
        rule: 'blackout-window',
        severity: 'error',
        message: '2026-12-18 is in the year-end freeze',
        file: 'release.yml',
        line: 6,
        column: 1,
        waived: { approvedBy: '@dana', expires: '2026-12-20', reason: 'SEV1 fix for INC-4821' },
      }),
      finding({ rule: 'lead-time', severity: 'warning', message: 'late', file: 'release.yml', line: 3 }),
    ]);
    expect(renderText(result, { sources: { 'release.yml': RELEASE_YML } })).toBe(
      [
        'release.yml:3: warning: late [lead-time]',
        '3 | type: minor',
        `  docs: ${DOCS}lead-time/`,
        '',
        'release.yml:6:1: waived: 2026-12-18 is in the year-end freeze (waived by @dana until 2026-12-20: SEV1 fix for INC-4821) [blackout-window]',
        '',
        '⚠ payments-api 2.4.0 (minor): 0 errors, 1 warning (1 waived)',
        '',
      ].join('\n'),
    );
  });

  it('sorts errors before warnings, then by file and line', () => {
    const result = checkResult([
      finding({ rule: 'b', severity: 'warning', file: 'a.yml', line: 1 }),
      finding({ rule: 'a', file: 'release.yml', line: 9 }),
      finding({ rule: 'a', file: 'release.yml', line: 2 }),
    ]);
    const headers = renderText(result)
      .split('\n')
      .filter((l) => /^\S+: (error|warning)/.test(l));
    expect(headers).toEqual([
      'release.yml:2: error: a failed [a]',
      'release.yml:9: error: a failed [a]',
      'a.yml:1: warning: b failed [b]',
    ]);
  });

  it('says so when there is nothing to report', () => {
    expect(renderText(checkResult([]))).toBe('✔ payments-api 2.4.0 (minor): no problems\n');
    expect(renderText(checkResult([], { release: null }))).toBe('✔ no problems\n');
  });

  it('never throws on odd positions, missing sources or an empty message', () => {
    const sources = { 'release.yml': 'a: 1\nb: 2' };
    const odd = [
      finding({ rule: 'x', file: 'release.yml', line: 99, column: 1 }),
      finding({ rule: 'x', file: 'release.yml', line: 0, column: 0 }),
      finding({ rule: 'x', file: 'release.yml', line: Number.NaN }),
      finding({ rule: 'x', file: 'release.yml', line: 1, column: 40, endColumn: 50 }),
      finding({ rule: 'x', file: 'release.yml', line: 1, column: 3, endColumn: 1 }),
      finding({ rule: 'x', file: 'release.yml', line: 1, column: 1, endLine: 2, endColumn: 2 }),
      finding({ rule: 'x', file: 'missing.md', line: 3, column: 1 }),
      finding({ rule: 'x', file: 'release.yml', line: 2, message: '' }),
      finding({ rule: 'x', message: '\n' }),
    ];
    const out = renderText(checkResult(odd), { sources });
    expect(out).toContain('release.yml:99:1: error: x failed [x]\n  docs:');
    expect(out).toContain('release.yml: error: x failed [x]\n  docs:');
    // Past the end of the line: the caret sits just after the last character.
    expect(out).toContain('release.yml:1:40: error: x failed [x]\n1 | a: 1\n  |     ^\n');
    // An end before the start: just the caret.
    expect(out).toContain('release.yml:1:3: error: x failed [x]\n1 | a: 1\n  |   ^\n');
    // Spanning to a later line: underline to the end of this one.
    expect(out).toContain('release.yml:1:1: error: x failed [x]\n1 | a: 1\n  | ^~~~\n');
    expect(out).toContain('missing.md:3:1: error: x failed [x]\n  docs:');
    expect(out).toContain('release.yml:2: error: (no message) [x]\n2 | b: 2\n');
    expect(out).toContain('release-policy: error: (no message) [x]');
    expect(() => renderText(checkResult(odd))).not.toThrow();
  });

  it('aligns carets after wide characters and emoji, and cuts very long lines around the caret', () => {
    const sources = {
      'release.yml': 'name: 日本語 🚀 x: y\n' + `k: ${'a'.repeat(300)}B${'c'.repeat(300)}\n`,
    };
    const result = checkResult([
      finding({ rule: 'x', file: 'release.yml', line: 1, column: 14, endColumn: 15 }),
      finding({ rule: 'x', file: 'release.yml', line: 2, column: 304, endColumn: 305 }),
    ]);
    const out = renderText(result, { sources }).split('\n');
    // `日本語` and the rocket take two columns each; the rocket is two UTF-16 units.
    expect(out.slice(1, 3)).toEqual(['1 | name: 日本語 🚀 x: y', '  |                 ^']);
    const [line, underline] = out.slice(6, 8) as [string, string];
    expect(line.startsWith('2 | …')).toBe(true);
    expect(line.endsWith('…')).toBe(true);
    expect(line.length).toBeLessThan(180);
    expect(line[underline.indexOf('^')]).toBe('B');
  });

  it('makes control characters from the file visible instead of sending them to the terminal', () => {
    const sources = { 'release.yml': `name: "\u001b[2J\u202eevil"\n` };
    const result = checkResult([
      finding({ rule: 'x', file: 'release.yml', line: 1, column: 7, message: `bad value "\u001b[31mred"` }),
    ]);
    const out = renderText(result, { sources });
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\u202e');
    expect(out).toContain('1 | name: "␛[2J\ufffdevil"');
    expect(out).toContain('bad value "␛[31mred"');
  });

  it('colors only when asked', () => {
    const result = checkResult([
      finding({ rule: 'a', file: 'release.yml', line: 1, column: 1, hint: 'x: 1' }),
      finding({ rule: 'b', severity: 'warning', file: 'release.yml', line: 2, column: 1 }),
    ]);
    const sources = { 'release.yml': RELEASE_YML };
    const plain = renderText(result, { sources });
    const colored = renderText(result, { sources, color: true });
    expect(plain).not.toContain(ESC);
    expect(colored).toContain(`${ESC}[31m`); // red error
    expect(colored).toContain(`${ESC}[33m`); // yellow warning
    expect(colored).toContain(`${ESC}[1mrelease.yml:1:1:${ESC}[22m`); // bold place
    expect(colored).toContain(`${ESC}[2m  docs: `); // dim docs
    // Stripped of its escapes, the colored report is the plain one.
    expect(stripAnsi(colored)).toBe(plain);
  });

  it('names every release checked in the summary', () => {
    const second = {
      file: 'services/ledger/release.yml',
      product: 'ledger',
      version: '5.1.0',
      type: 'patch',
    };
    const result = checkResult([], { releases: [checkResult([]).release!, second] });
    expect(renderText(result)).toBe('✔ payments-api 2.4.0 (minor), ledger 5.1.0 (patch): no problems\n');
    const unnamed = checkResult([], { release: { file: 'release.yml' } });
    expect(renderText(unnamed)).toBe('✔ release.yml: no problems\n');
  });
});

describe('visibleControls', () => {
  it('shows control characters as the text report does, keeping line breaks and tabs', () => {
    expect(visibleControls('a\u001b[31mred\u0007\u007f\u0085\u202e\tb\nc\r')).toBe(
      'a\u241b[31mred\u2407\u2421\ufffd\ufffd\tb\nc\u240d',
    );
    expect(visibleControls('plain: @bob, ✅, 日本')).toBe('plain: @bob, ✅, 日本');
  });
});
