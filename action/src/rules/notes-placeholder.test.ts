import { describe, expect, it } from 'vitest';
import { octoacmePolicy, places, policyWith, runRule } from '../../../test/helpers/rules.ts';
import { check } from '../engine/check.ts';
import { memoryHost } from '../engine/host.ts';
import { notesMismatch } from './notes-mismatch.ts';
import { MAX_PLACEHOLDERS, notesPlaceholder } from './notes-placeholder.ts';

const RELEASE = `product: payments-api
version: '2.4.0'
previous: '2.3.2'
type: minor
date: 2026-12-08T15:00:00-05:00
notes: notes.md
`;

/** A notes file with its title on line 1 and the given lines from line 3. */
function notes(...lines: string[]): Record<string, string> {
  return { 'notes.md': ['# Payments API Release 2.4.0 - 2026-12-08', '', ...lines, ''].join('\n') };
}

describe('notes-placeholder', () => {
  it.each([
    ['finished notes', notes('## Documentation', '- User Guide: https://docs.octoacme.example/payments')],
    [
      'a Markdown link whose text is a placeholder word',
      notes('- User Guide: [Link](https://docs.octoacme.example/payments)'),
    ],
    [
      'a reference link with its definition',
      notes('- API: [Link][api]', '', '[api]: https://docs.octoacme.example/api'),
    ],
    [
      'a shortcut reference with its definition',
      notes('- API: [Link]', '', '[link]: https://docs.octoacme.example/api'),
    ],
    ['a reference whose definition is elsewhere', notes('- See [Link][docs] for details.')],
    ['task-list boxes', notes('- [ ] Announce the release', '- [x] Brief support')],
    ['a placeholder in a code span', notes('Write `[Date]` in the template to get today.')],
    [
      'placeholders in a fenced code block',
      notes('```md', '# [Product Name] Release [Version] - [Date]', 'Requires X.Y.Z', '```'),
    ],
    ['placeholders in an indented code block', notes('Example:', '', '    - Patched [CVE-XXXX-YYYY]')],
    [
      'brackets that are not a template placeholder',
      notes('Implements [RFC 9110] caching and fixes [PAY-1234].'),
    ],
    [
      'a literal inside a longer token',
      notes('Uses the X.Y.Zeta scheduler and CVE-XXXX-YYYYZ is not a thing.'),
    ],
    ['a placeholder in a link URL or title', notes('[Docs](https://x.example/?q=[Date] "[Link]")')],
    ['notes that are missing (notes-missing reports it)', {}],
  ])('passes: %s', (_name, files) => {
    expect(runRule(notesPlaceholder, { release: RELEASE, files })).toEqual([]);
  });

  it.each([
    [
      'a placeholder in a list item, at its exact column',
      notes('## Rollout Schedule', '- **General Availability**: [Date]'),
      ['4:29 error template placeholder "[Date]" is left in the notes'],
    ],
    [
      'two on one line',
      notes('- **Phase 1**: [User group/region] - [Date]'),
      [
        '3:16 error template placeholder "[User group/region]" is left in the notes',
        '3:38 error template placeholder "[Date]" is left in the notes',
      ],
    ],
    [
      'one in bold',
      notes('- **[Feature Name]**: one-tap payments.'),
      ['3:5 error template placeholder "[Feature Name]" is left in the notes'],
    ],
    [
      'the template title',
      { 'notes.md': '# [Product Name] Release 2.4.0 - [Date]\n' },
      [
        '1:3 error template placeholder "[Product Name]" is left in the notes',
        '1:34 error template placeholder "[Date]" is left in the notes',
      ],
    ],
    [
      'a whole-line instruction of the template',
      notes('## Known Issues', '[If none, state "No known issues"]'),
      ['4:1 error template placeholder "[If none, state "No known issues"]" is left in the notes'],
    ],
    [
      'one on a continuation line of an indented paragraph',
      notes('- **Saved cards**: customers store a card once', '  and see it in [Link] under their profile.'),
      ['4:17 error template placeholder "[Link]" is left in the notes'],
    ],
    [
      'a bracketed policy literal, reported once',
      notes('- Patched [CVE-XXXX-YYYY]: token replay'),
      ['3:11 error template placeholder "[CVE-XXXX-YYYY]" is left in the notes'],
    ],
    [
      "the policy's literal placeholders without brackets",
      notes('- Patched CVE-XXXX-YYYY (token replay).', '- Requires ledger X.Y.Z or higher.'),
      [
        '3:11 error template placeholder "CVE-XXXX-YYYY" is left in the notes',
        '4:19 error template placeholder "X.Y.Z" is left in the notes',
      ],
    ],
    [
      "a placeholder of the other template (hotfix's, in standard notes)",
      notes('- **[Issue ID]**: duplicate receipts'),
      ['3:5 error template placeholder "[Issue ID]" is left in the notes'],
    ],
    [
      'a placeholder as link text',
      notes('- Docs: [[Link]](https://x.example)'),
      ['3:10 error template placeholder "[Link]" is left in the notes'],
    ],
    [
      'an escaped placeholder, where it is written',
      notes('Shipped on \\[Date\\].'),
      ['3:12 error template placeholder "[Date]" is left in the notes'],
    ],
    [
      'a placeholder written with character references, at the start of its text',
      notes('Shipped on &#91;Date&#93;.'),
      ['3:1 error template placeholder "[Date]" is left in the notes'],
    ],
    [
      'the same placeholder twice in one text',
      notes('From [Date] to [Date].'),
      [
        '3:6 error template placeholder "[Date]" is left in the notes',
        '3:16 error template placeholder "[Date]" is left in the notes',
      ],
    ],
  ])('fails: %s', (_name, files, expected) => {
    expect(places(runRule(notesPlaceholder, { release: RELEASE, files }))).toEqual(expected);
  });

  it('reports in the notes file, with the end of the placeholder', () => {
    const [finding] = runRule(notesPlaceholder, { release: RELEASE, files: notes('On [Date].') });
    expect(finding).toMatchObject({ file: 'notes.md', line: 3, column: 4, endLine: 3, endColumn: 10 });
  });

  it.each([
    [
      '[Version]',
      'Replace "[Version]" with the version it names here (not necessarily this release\'s), or delete the line if it does not apply.',
    ],
    [
      '[Date]',
      'Replace "[Date]" with the date it names here (not necessarily the release date), or delete the line if it does not apply.',
    ],
    ['[Product Name]', 'Replace it with the product\'s name (release.yml says "payments-api").'],
    [
      '[Link to issue tracker]',
      'Replace it with the URL, as a Markdown link: [issue tracker](https://…), or delete the line.',
    ],
    ['[Area]', 'Replace "[Area]" with the text it stands for, or delete the line if it does not apply.'],
  ])('hints what to write for %s', (placeholder, hint) => {
    const [finding] = runRule(notesPlaceholder, {
      release: RELEASE,
      files: notes(`Text ${placeholder} here.`),
    });
    expect(finding?.hint).toBe(hint);
  });

  it.each([
    [
      "the title: this release's version",
      '# Payments API Release [Version] - 2026-12-08',
      "Replace it with this release's version: 2.4.0",
      '2.4.0',
    ],
    [
      'the title: the release date',
      '# Payments API Release 2.4.0 - [Date]',
      'Replace it with the release date: 2026-12-08',
      '2026-12-08',
    ],
    [
      'a deprecation: the version that removes it, never this one',
      '- **Legacy tokens**: Will be removed in [version] on 2027-06-01',
      'Replace it with the version that will remove it, one after this release (2.4.0), or delete the line.',
      '3.0.0',
    ],
    [
      'a deprecation: the day of removal',
      '- **Legacy tokens**: Will be removed in 3.0.0 on [date]',
      'Replace it with the day it will be removed, or delete the line.',
      '2027-06-01',
    ],
    [
      'a rollout phase',
      '- **Phase 1**: EU merchants - [Date]',
      'Replace it with the day this phase of the rollout starts (YYYY-MM-DD), or delete the line.',
      '2026-12-09',
    ],
    [
      "a dependency's version",
      '- Requires ledger version [X.Y.Z] or higher',
      'Replace it with the version of the dependency this line names (the lowest that works), or delete the line.',
      '5.1.0',
    ],
  ])('hints by context, and the hint applied clears the finding: %s', (_name, line, hint, value) => {
    const title = line.startsWith('# ') ? line : '# Payments API Release 2.4.0 - 2026-12-08';
    const body = line.startsWith('# ') ? [] : [line];
    const files = { 'notes.md': [title, '', ...body, ''].join('\n') };
    const [finding, ...rest] = runRule(notesPlaceholder, { release: RELEASE, files });
    expect(rest).toEqual([]);
    expect(finding?.hint).toBe(hint);
    const placeholder = /"(.+)"/.exec(finding!.message)![1]!;
    const fixed = { 'notes.md': files['notes.md'].replace(placeholder, value) };
    expect(runRule(notesPlaceholder, { release: RELEASE, files: fixed })).toEqual([]);
    // Where the hint names the release's own value, the whole check stays clean too.
    if (line.startsWith('# ')) {
      const all = check({
        configs: ['release.yml'],
        host: memoryHost({ 'release.yml': RELEASE, ...fixed }),
        policy: octoacmePolicy(),
        mode: 'plan',
        now: '2026-12-04T12:00:00-05:00',
        tool: { name: 'release-policy', version: 'test' },
        rules: [notesPlaceholder, notesMismatch],
      });
      expect(all.result.findings).toEqual([]);
    }
  });

  it(`lists at most ${MAX_PLACEHOLDERS} per file, then sums up the rest`, () => {
    const lines = Array.from({ length: MAX_PLACEHOLDERS + 12 }, (_, i) => `- Phase ${i}: [Date]`);
    const found = places(runRule(notesPlaceholder, { release: RELEASE, files: notes(...lines) }));
    expect(found).toHaveLength(MAX_PLACEHOLDERS + 1);
    expect(found.at(-1)).toBe(
      '53:13 error 12 more template placeholders are left in the notes (only the first 50 are listed)',
    );
  });

  it('takes the literal placeholders from the policy', () => {
    const policy = policyWith('notes:\n  placeholders: [TBD]\n');
    const found = runRule(notesPlaceholder, {
      release: RELEASE,
      files: notes('Ships TBD; X.Y.Z is fine now.'),
      policy,
    });
    expect(places(found)).toEqual(['3:7 error template placeholder "TBD" is left in the notes']);
  });
});
