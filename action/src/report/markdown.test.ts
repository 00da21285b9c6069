import { describe, expect, it } from 'vitest';
import { checkResult, finding } from '../../../test/helpers/result.ts';
import { codeSpan, escapeMarkdown, inertReferences, MARKDOWN_MAX_BYTES, renderMarkdown } from './markdown.ts';

const bytes = (s: string) => new TextEncoder().encode(s).length;
/** The cells of a table row, split where GFM splits them: on pipes that are not escaped. */
const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1);

describe('markdown reporter', () => {
  it('heads the report with the verdict and the release', () => {
    const failing = renderMarkdown(
      checkResult([
        finding({ rule: 'a', file: 'release.yml', line: 1 }),
        finding({ rule: 'b', file: 'release.yml', line: 2 }),
        finding({ rule: 'c', severity: 'warning', file: 'release.yml', line: 3 }),
      ]),
    );
    expect(failing.split('\n')[0]).toBe('## ❌ release-policy: 2 errors, 1 warning');
    expect(failing).toContain('**Release:** payments-api 2.4.0 (minor) in `release.yml`');

    const passing = renderMarkdown(checkResult([]));
    expect(passing.split('\n')[0]).toBe('## ✅ release-policy: pass');
    expect(passing).toContain('No findings.');
    expect(passing).not.toContain('| --- |');

    const warned = renderMarkdown(checkResult([finding({ rule: 'c', severity: 'warning' })]));
    expect(warned.split('\n')[0]).toBe('## ✅ release-policy: pass with 1 warning');
  });

  it('lists findings in a table, rules linked to their docs, places as file:line', () => {
    const out = renderMarkdown(
      checkResult([
        finding({
          rule: 'signoff-required',
          message: 'needs a qa-lead sign-off',
          file: 'release.yml',
          line: 12,
          column: 3,
        }),
        finding({ rule: 'signoff-verified', severity: 'warning', message: 'no token' }),
      ]),
    );
    expect(out).toContain(
      [
        '| Severity | Rule | Message | Location |',
        '| --- | --- | --- | --- |',
        '| ❌ error | [signoff-required](https://octoacme.github.io/release-policy/rules/signoff-required/) | needs a qa-lead sign-off | `release.yml:12` |',
        '| ⚠️ warning | [signoff-verified](https://octoacme.github.io/release-policy/rules/signoff-verified/) | no token | — |',
      ].join('\n'),
    );
    expect(out).toContain('<sub>policy `octoacme` · sha256 `9f86d081884c` · plan mode');
  });

  it('lists waived findings apart, with approver, expiry and reason', () => {
    const out = renderMarkdown(
      checkResult([
        finding({
          rule: 'blackout-window',
          message: 'in the year-end freeze',
          file: 'release.yml',
          line: 4,
          waived: { approvedBy: '@dana', expires: '2026-12-20', reason: 'SEV1 fix for INC-4821' },
        }),
      ]),
    );
    expect(out.split('\n')[0]).toBe('## ✅ release-policy: pass (1 waived)');
    expect(out).toContain(
      [
        '### Waived (1)',
        '',
        '| Rule | Message | Location | Approved by | Expires | Reason |',
        '| --- | --- | --- | --- | --- | --- |',
        '| [blackout-window](https://octoacme.github.io/release-policy/rules/blackout-window/) | in the year-end freeze | `release.yml:4` | `@dana` | 2026-12-20 | SEV1 fix for INC-4821 |',
      ].join('\n'),
    );
    expect(out).not.toContain('| Severity |');
  });

  it('escapes text from user files so it cannot inject HTML or break the table', () => {
    const hostile =
      'value <script>alert("x")</script> | a & b `code` *bold* [link](https://evil.invalid)\nnext line';
    const out = renderMarkdown(
      checkResult([
        finding({ rule: 'schema', message: hostile, file: 'docs/a|b`c.md', line: 2 }),
        finding({
          rule: 'blackout-window',
          message: 'x',
          file: 'release.yml',
          line: 1,
          waived: {
            approvedBy: '@eve|x',
            expires: '2026-12-20',
            reason: '<img src=x onerror=alert(1)> | ok',
          },
        }),
      ]),
    );
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(out).toContain(
      '\\| a &amp; b \\`code\\` \\*bold\\* \\[link\\](https://evil.invalid)<br>next line',
    );
    const rows = out.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    expect(rows.map((r) => cells(r).length)).toEqual([4, 4, 6, 6]);
    expect(out).toContain('`docs/a\\|b`c.md:2`');
  });

  it('stays within the size limit with thousands of long findings and says how many it left out', () => {
    const many = Array.from({ length: 5_000 }, (_, i) =>
      finding({
        rule: 'notes-placeholder',
        message: `${i}: ${'<placeholder> "x" & '.repeat(100)}`.slice(0, 2_000),
        file: `docs/releases/${i}.md`,
        line: i + 1,
        hint: 'x'.repeat(2_000),
        ...(i % 5 === 0 && {
          waived: { approvedBy: '@dana', expires: '2026-12-20', reason: 'r'.repeat(2_000) },
        }),
      }),
    );
    const result = checkResult(many);
    const out = renderMarkdown(result);
    expect(bytes(out)).toBeLessThan(MARKDOWN_MAX_BYTES);
    const listed = out.split('\n').filter((l) => /^\| (❌|\[)/.test(l)).length;
    expect(listed).toBeGreaterThan(10);
    expect(out).toContain(`…and ${5_000 - listed} more findings; see the JSON report.`);
    // A cut message ends with an ellipsis, never in the middle of an entity.
    expect(out).toMatch(/…\s\|/);

    const big = renderMarkdown(result, { maxBytes: 900_000 });
    expect(bytes(big)).toBeLessThan(900_000);
    expect(big.split('\n').filter((l) => /^\| (❌|\[)/.test(l)).length).toBeGreaterThan(listed);
    expect(bytes(renderMarkdown(result, { maxBytes: 10_000_000 }))).toBeLessThan(1_048_576);
  });

  it('folds fix hints into code blocks whose fence outlasts any backticks in them', () => {
    const out = renderMarkdown(
      checkResult([
        finding({
          rule: 'signoff-required',
          file: 'release.yml',
          line: 3,
          hint: 'signoffs:\n  - { role: qa-lead }\n```\n',
        }),
      ]),
    );
    expect(out).toContain('<details>\n<summary>How to fix (1)</summary>');
    expect(out).toContain('````\nsignoffs:\n  - { role: qa-lead }\n```\n````');
  });

  it('escapes and quotes helpers safely', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('a\r\nb')).toBe('a<br>b');
    expect(escapeMarkdown('\u001b[31m')).toBe('\u241b\\[31m');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`a')).toBe('`` `a ``');
    expect(codeSpan('a|b', true)).toBe('`a\\|b`');
  });

  it('makes mentions and issue references inert, keeping them readable', () => {
    const z = '\u200b';
    expect(inertReferences('ping @alice and @octoacme/everyone')).toBe(
      `ping @${z}alice and @${z}octoacme/everyone`,
    );
    expect(inertReferences('fixes #123, octo/repo#7 and GH #x')).toBe(
      `fixes #${z}123, octo/repo#${z}7 and GH #x`,
    );
    expect(inertReferences('mail dana@example.com, a lone @ and # stay')).toBe(
      `mail dana@${z}example.com, a lone @ and # stay`,
    );
    expect(escapeMarkdown('@bob: see #9')).toBe(`@${z}bob: see #${z}9`);
    const out = renderMarkdown(
      checkResult([
        finding({
          rule: 'signoff-verified',
          message: "@mallory is not one of QA Lead's users or teams (@octoacme/qa)",
          waived: { approvedBy: '@dana', expires: '2026-12-20', reason: 'cc @octoacme/everyone, see #4821' },
        }),
      ]),
    );
    // Outside code spans no `@name` or `#digit` is left for GitHub to act on.
    const prose = out.replace(/`[^`]*`/g, '');
    expect(prose).not.toMatch(/@[A-Za-z0-9]|#[0-9]/);
    expect(prose).toContain(`@${z}octoacme/everyone`);
  });
});
