import { describe, expect, it } from 'vitest';
import { places, policyWith, runRule } from '../../../test/helpers/rules.ts';
import { datesIn, notesMismatch } from './notes-mismatch.ts';

function release(type: 'patch' | 'minor', date = '2026-12-08T15:00:00-05:00', version = '2.4.0'): string {
  return `product: payments-api
version: '${version}'
previous: '${type === 'patch' ? '2.3.9' : '2.3.2'}'
type: ${type}
date: ${date}
notes: notes.md
`;
}
const MINOR = release('minor');

function notes(title: string, ...rest: string[]): Record<string, string> {
  return { 'notes.md': [title, '', '## Release Highlights', 'Saved cards.', ...rest, ''].join('\n') };
}

describe('notes-mismatch', () => {
  it.each([
    ['the template form', MINOR, notes('# Payments API Release 2.4.0 - 2026-12-08')],
    ['a v before the version', MINOR, notes('# Payments API Release v2.4.0 - 2026-12-08')],
    ['an English date', MINOR, notes('# Payments API Release 2.4.0 - December 8, 2026')],
    ['a short English date, day first', MINOR, notes('# Payments API Release 2.4.0 - 8 Dec 2026')],
    [
      'a date with a suffix and a weekday',
      MINOR,
      notes('# Payments API Release 2.4.0 - Tuesday, December 8th, 2026'),
    ],
    ['a date followed by a note', MINOR, notes('# Payments API Release 2.4.0 - 2026-12-08 (canary)')],
    ['Markdown in the title', MINOR, notes('# **Payments API** Release `2.4.0` - _2026-12-08_')],
    ['a setext title', MINOR, { 'notes.md': 'Payments API Release 2.4.0 - 2026-12-08\n====\n' }],
    [
      "the local date of release.yml's date, not the UTC one",
      release('minor', '2026-12-08T23:30:00-05:00'),
      notes('# Payments API Release 2.4.0 - 2026-12-08'),
    ],
    [
      'the hotfix form',
      release('patch', undefined, '2.3.10'),
      notes('# Payments API Hotfix 2.3.10 - 2026-12-08'),
    ],
    [
      'build metadata on the version',
      release('minor', undefined, '2.4.0+build.7'),
      notes('# Payments API Release 2.4.0 - 2026-12-08'),
    ],
    [
      'a prerelease version',
      release('minor', undefined, '2.4.0-rc.1'),
      notes('# Payments API Release 2.4.0-rc.1 - 2026-12-08'),
    ],
    [
      'a later level-1 heading that differs',
      MINOR,
      notes('# Payments API Release 2.4.0 - 2026-12-08', '# Appendix 1.0'),
    ],
    ['notes that are missing (notes-missing reports it)', MINOR, {}],
    ['the product as release.yml writes it', MINOR, notes('# payments-api Release 2.4.0 - 2026-12-08')],
    ['the product in capitals, with _', MINOR, notes('# PAYMENTS_API Release 2.4.0 - 2026-12-08')],
    ['an org name before the product', MINOR, notes('# OctoAcme Payments API Release 2.4.0 - 2026-12-08')],
  ])('passes: %s', (_name, text, files) => {
    expect(runRule(notesMismatch, { release: text, files })).toEqual([]);
  });

  it.each([
    [
      'no title',
      MINOR,
      { 'notes.md': '## Release Highlights\nSaved cards.\n' },
      ['1:1 error the notes have no title; start them with a level-1 heading that carries version "2.4.0"'],
    ],
    [
      'an earlier version, on the version itself',
      MINOR,
      notes('# Payments API Release 2.3.2 - 2026-12-08'),
      ['1:24 error the title\'s version "2.3.2" is not the release\'s version "2.4.0"'],
    ],
    [
      'a prerelease of the version',
      MINOR,
      notes('# Payments API Release v2.4.0-rc.1 - 2026-12-08'),
      ['1:25 error the title\'s version "2.4.0-rc.1" is not the release\'s version "2.4.0"'],
    ],
    [
      'another ISO date',
      MINOR,
      notes('# Payments API Release 2.4.0 - 2026-12-09'),
      ['1:32 error the title\'s date "2026-12-09" is not the release date 2026-12-08'],
    ],
    [
      'another English date',
      MINOR,
      notes('# Payments API Release 2.4.0 - December 9, 2026'),
      ['1:32 error the title\'s date "December 9, 2026" is not the release date 2026-12-08'],
    ],
    [
      'the UTC day instead of the local one',
      release('minor', '2026-12-08T23:30:00-05:00'),
      notes('# Payments API Release 2.4.0 - 2026-12-09'),
      ['1:32 error the title\'s date "2026-12-09" is not the release date 2026-12-08'],
    ],
    [
      'a date the check cannot read',
      MINOR,
      notes('# Payments API Release 2.4.0 - next Tuesday'),
      [
        '1:32 error the title\'s date "next Tuesday" is not a date the check can read; the release date is 2026-12-08',
      ],
    ],
    [
      'both wrong',
      MINOR,
      notes('# Payments API Release 2.3.2 - 2026-11-24'),
      [
        '1:24 error the title\'s version "2.3.2" is not the release\'s version "2.4.0"',
        '1:32 error the title\'s date "2026-11-24" is not the release date 2026-12-08',
      ],
    ],
    [
      'a title without the version',
      MINOR,
      notes('# Payments API: saved cards'),
      ['1:1 error the title "Payments API: saved cards" does not carry the version "2.4.0"'],
    ],
    [
      'a title with a longer version that contains it',
      MINOR,
      notes('# Payments API 12.4.0'),
      ['1:1 error the title "Payments API 12.4.0" does not carry the version "2.4.0"'],
    ],
    [
      "a title not in the template's form",
      MINOR,
      notes('# Payments API 2.4.0 (2026-12-08)'),
      [
        '1:1 error the title "Payments API 2.4.0 (2026-12-08)" does not follow the template\'s form "[Product Name] Release [Version] - [Date]"',
      ],
    ],
    [
      'a title not in the form, with another date',
      MINOR,
      notes('# Payments API 2.4.0 (8 December 2026, was 1 December 2026)'),
      [
        '1:1 error the title "Payments API 2.4.0 (8 December 2026, was 1 December 2026)" does not follow the template\'s form "[Product Name] Release [Version] - [Date]"',
        '1:44 error the title\'s date "1 December 2026" is not the release date 2026-12-08',
      ],
    ],
    [
      'a standard title on hotfix notes',
      release('patch', undefined, '2.3.10'),
      notes('# Payments API Release 2.3.10 - 2026-12-08'),
      [
        '1:1 error the title "Payments API Release 2.3.10 - 2026-12-08" does not follow the template\'s form "[Product Name] Hotfix [Version] - [Date]"',
      ],
    ],
    [
      "another product's notes, on the product",
      MINOR,
      notes('# Ledger Release 2.4.0 - 2026-12-08'),
      ['1:3 error the title\'s product "Ledger" is not the release\'s product "payments-api"'],
    ],
    [
      'a product that is only the end of the name',
      MINOR,
      notes('# API Release 2.4.0 - 2026-12-08'),
      ['1:3 error the title\'s product "API" is not the release\'s product "payments-api"'],
    ],
  ])('fails: %s', (_name, text, files, expected) => {
    expect(places(runRule(notesMismatch, { release: text, files }))).toEqual(expected);
  });

  it('hints the title with the right version, in the notes file', () => {
    const [finding] = runRule(notesMismatch, {
      release: MINOR,
      files: notes('# Payments API Release 2.3.2 - 2026-12-08'),
    });
    expect(finding).toMatchObject({ file: 'notes.md', line: 1, column: 24, endColumn: 29 });
    expect(finding?.hint).toBe('Write the title as:\n# Payments API Release 2.4.0 - 2026-12-08');
  });

  it("hints the release's product, and the hint applied as written clears the finding", () => {
    const files = notes('# Ledger Release 2.4.0 - 2026-12-08');
    const [finding] = runRule(notesMismatch, { release: MINOR, files });
    expect(finding).toMatchObject({ line: 1, column: 3, endColumn: 9 });
    expect(finding?.hint).toBe('Write the title as:\n# payments-api Release 2.4.0 - 2026-12-08');
    const fixed = notes(finding!.hint!.split('\n')[1]!);
    expect(runRule(notesMismatch, { release: MINOR, files: fixed })).toEqual([]);
  });

  it('asks for no product where the title pattern names none', () => {
    const bare = policyWith(
      "notes:\n  templates:\n    standard:\n      title_pattern: '^Release v?(?<version>\\S+) - (?<date>.+)$'\n",
    );
    expect(
      runRule(notesMismatch, { release: MINOR, files: notes('# Release 2.4.0 - 2026-12-08'), policy: bare }),
    ).toEqual([]);
  });

  it('hints the release date in the form the title used', () => {
    const [finding] = runRule(notesMismatch, {
      release: MINOR,
      files: notes('# Payments API Release 2.4.0 - Dec 9, 2026'),
    });
    expect(finding?.hint).toBe('Write the release date:\n# Payments API Release 2.4.0 - December 8, 2026');
  });

  it("hints the template's title when there is none", () => {
    const [finding] = runRule(notesMismatch, { release: MINOR, files: { 'notes.md': 'Saved cards.\n' } });
    expect(finding?.hint).toBe('Start the notes with:\n# payments-api Release 2.4.0 - 2026-12-08');
  });

  describe('without version and date groups in the title pattern', () => {
    const loose = policyWith("notes:\n  templates:\n    standard:\n      title_pattern: '^.+$'\n");

    it.each([
      ['the version anywhere', '# Saved cards arrive in payments 2.4.0', []],
      ['the version and the date anywhere', '# v2.4.0 of payments, 8 December 2026', []],
      [
        'no version',
        '# Saved cards',
        ['1:1 error the title "Saved cards" does not carry the version "2.4.0"'],
      ],
      [
        'another date',
        '# Payments 2.4.0 on 2026-12-01',
        ['1:21 error the title\'s date "2026-12-01" is not the release date 2026-12-08'],
      ],
    ])('%s', (_name, title, expected) => {
      expect(places(runRule(notesMismatch, { release: MINOR, files: notes(title), policy: loose }))).toEqual(
        expected,
      );
    });
  });
});

describe('datesIn', () => {
  it.each([
    ['2026-12-08', ['2026-12-08']],
    ['December 8, 2026', ['2026-12-08']],
    ['Dec. 8 2026', ['2026-12-08']],
    ['8 Dec 2026', ['2026-12-08']],
    ['the 8th of December, 2026', ['2026-12-08']],
    ['Sept 30, 2026 and 2027-01-04', ['2026-09-30', '2027-01-04']],
    ['February 30, 2026', []],
    ['2026-13-01', []],
    ['12/08/2026', []],
  ])('%s', (text, expected) => {
    expect(datesIn(text).map((d) => d.iso)).toEqual(expected);
  });
});
