import { describe, expect, it } from 'vitest';
import { places, policyWith, runRule } from '../../../test/helpers/rules.ts';
import { notesSection } from './notes-section.ts';

const PATCH = `product: notifications
version: '1.8.1'
previous: '1.8.0'
type: patch
date: 2026-12-02T10:00:00-05:00
notes: notes.md
`;
const MINOR = PATCH.replace("'1.8.1'", "'1.9.0'").replace('type: patch', 'type: minor');

/** Hotfix notes: every section the hotfix template requires, filled in. */
const HOTFIX = {
  summary: ['## Summary', 'This hotfix release addresses duplicate push notifications.'],
  fixed: ['## Fixed Issues', '- **INC-5120**: the retry queue re-sent delivered notifications.'],
  recommendation: ['## Recommendation', 'All users should upgrade to this version immediately.'],
  verification: ['## Verification', 'After upgrading, verify:', '1. The duplicate rate drops to zero.'],
};

/** Standard notes: every section the standard template requires, filled in. */
const STANDARD = {
  highlights: ['## Release Highlights', 'Saved cards at checkout.'],
  whatsNew: ["## What's New", '', '### Features', '- **Saved cards**: pay in one tap.'],
  breaking: ['## Breaking Changes', 'No breaking changes in this release.'],
  migration: ['## Migration Steps', 'No migration required.'],
  known: ['## Known Issues', 'No known issues.'],
};

/** A notes file: the title on line 1, then the sections from line 3. */
function notes(...sections: string[][]): Record<string, string> {
  return {
    'notes.md': [
      '# Notifications Hotfix 1.8.1 - 2026-12-02',
      '',
      ...sections.flatMap((s) => [...s, '']),
      '',
    ].join('\n'),
  };
}

const { summary, fixed, recommendation, verification } = HOTFIX;
const { highlights, whatsNew, breaking, migration, known } = STANDARD;

describe('notes-section', () => {
  it.each([
    ['complete hotfix notes', PATCH, notes(summary, fixed, recommendation, verification)],
    [
      'sections in another order, with others between',
      PATCH,
      notes(verification, ['## Installation', 'Nothing to do.'], summary, fixed, recommendation),
    ],
    [
      'headings written loosely (case, emoji, punctuation)',
      PATCH,
      notes(
        ['## 📝 SUMMARY', 'Fixed.'],
        ['## Fixed issues:', '- INC-1'],
        ['## Recommendation!', 'Upgrade.'],
        ['### ✅ Verification', 'Check it.'],
      ),
    ],
    ['complete standard notes', MINOR, notes(highlights, whatsNew, breaking, migration, known)],
    [
      'a section whose content is only in its subsections',
      MINOR,
      notes(
        highlights,
        ["## What's New", '### Bug Fixes', '- Fixed a rounding error.'],
        breaking,
        migration,
        known,
      ),
    ],
    [
      'an instruction followed by the answer',
      MINOR,
      notes(highlights, whatsNew, breaking, migration, [
        '## Known Issues',
        '[If none, state "No known issues"]',
        '',
        'No known issues.',
      ]),
    ],
    [
      'a repeated heading, one of them filled',
      PATCH,
      notes(summary, ['## Fixed Issues'], fixed, recommendation, verification),
    ],
    ['notes that are missing (notes-missing reports it)', PATCH, {}],
    [
      'answers that say there is nothing: "None." for Known Issues, "No breaking changes" for Breaking Changes',
      MINOR,
      notes(
        highlights,
        whatsNew,
        ['## Breaking Changes', 'No breaking changes in this release.'],
        ['## Migration Steps', 'No migration required.'],
        ['## Known Issues', 'None.'],
      ),
    ],
    [
      'filler words inside real content',
      PATCH,
      notes(
        ['## Summary', 'The retry fix ships now; the queue rewrite is TBD.'],
        fixed,
        recommendation,
        verification,
      ),
    ],
  ])('passes: %s', (_name, release, files) => {
    expect(runRule(notesSection, { release, files })).toEqual([]);
  });

  it.each([
    [
      'a missing section, reported at the title',
      PATCH,
      notes(summary, fixed, recommendation),
      ['1:1 error the notes have no "Verification" section'],
    ],
    [
      'several missing sections, one finding each',
      MINOR,
      notes(highlights, whatsNew),
      [
        '1:1 error the notes have no "Breaking Changes" section',
        '1:1 error the notes have no "Known Issues" section',
        '1:1 error the notes have no "Migration Steps" section',
      ],
    ],
    [
      'a missing section in notes without a title',
      PATCH,
      {
        'notes.md':
          'Intro.\n\n## Summary\nFixed.\n\n## Fixed Issues\n- INC-1\n\n## Recommendation\nUpgrade.\n',
      },
      ['1:1 error the notes have no "Verification" section'],
    ],
    [
      'an empty section, reported on its heading',
      PATCH,
      notes(summary, fixed, ['## Recommendation', '   '], verification),
      ['9:1 error section "Recommendation" is empty'],
    ],
    [
      'a section with only empty subsections',
      MINOR,
      notes(highlights, ["## What's New", '### Features', '### Improvements'], breaking, migration, known),
      [`6:1 error section "What's New" is empty`],
    ],
    [
      "a section that holds only the template's instruction",
      MINOR,
      notes(highlights, whatsNew, breaking, migration, [
        '## Known Issues',
        '[If none, state "No known issues"]',
      ]),
      ['17:1 error section "Known Issues" holds only the template\'s instruction'],
    ],
    [
      "a section that is still the template's text",
      PATCH,
      notes(summary, fixed, recommendation, [
        '## Verification',
        'After upgrading, verify:',
        '1. [Check 1]',
        '2. [Check 2]',
      ]),
      ['12:1 error section "Verification" is still the template\'s text'],
    ],
    [
      'a section written at another depth, empty',
      PATCH,
      notes(summary, fixed, recommendation, ['### Verification', '<!-- todo -->']),
      ['12:1 error section "Verification" is empty'],
    ],
    [
      'sections that hold only filler: TBD, N/A, a dash, "None yet", "Coming soon", "TODO: …"',
      MINOR,
      notes(
        ['## Release Highlights', 'TBD'],
        ["## What's New", '- Coming soon'],
        ['## Breaking Changes', 'N/A'],
        ['## Migration Steps', '-'],
        ['## Known Issues', 'None yet.', '', 'TODO: ask QA'],
      ),
      [
        '3:1 error section "Release Highlights" holds only "TBD", which says nothing yet',
        `6:1 error section "What's New" holds only "Coming soon", which says nothing yet`,
        '9:1 error section "Breaking Changes" holds only "N/A", which says nothing yet',
        '12:1 error section "Migration Steps" is empty',
        '15:1 error section "Known Issues" holds only "None yet.", which says nothing yet',
      ],
    ],
  ])('fails: %s', (_name, release, files, expected) => {
    expect(places(runRule(notesSection, { release, files }))).toEqual(expected);
  });

  it('hints the heading and the instruction of a missing section', () => {
    const [finding] = runRule(notesSection, {
      release: MINOR,
      files: notes(highlights, whatsNew, breaking, migration),
    });
    expect(finding?.file).toBe('notes.md');
    expect(finding?.hint).toBe(
      'Add the section (standard template), then make its text say what is true of this release:\n\n' +
        '## Known Issues\n<!-- If none, state "No known issues"; otherwise list them here instead. -->\nNo known issues.',
    );
  });

  it("hints the template's Markdown for a missing section without an instruction", () => {
    const [finding] = runRule(notesSection, { release: PATCH, files: notes(summary, fixed, recommendation) });
    expect(finding?.hint).toBe(
      'Add the section (hotfix template), then make its text say what is true of this release:\n\n' +
        '## Verification\nAfter upgrading, verify:\n1. Check 1\n2. Check 2',
    );
  });

  it("hints the template's instruction for an empty section", () => {
    const [finding] = runRule(notesSection, {
      release: MINOR,
      files: notes(highlights, whatsNew, breaking, migration, ['## Known Issues']),
    });
    expect(finding?.hint).toBe(
      'Write the section\'s content under "## Known Issues"; the template asks: If none, state "No known issues"',
    );
  });

  it('the hint for a filler-only section, applied as written, clears it and adds no finding', () => {
    const before = notes(highlights, whatsNew, breaking, migration, ['## Known Issues', 'TBD']);
    const [finding] = runRule(notesSection, { release: MINOR, files: before });
    expect(finding?.hint).toBe(
      'Write the section\'s content under "## Known Issues"; the template asks: If none, state "No known issues"',
    );
    const after = {
      'notes.md': before['notes.md']!.replace('## Known Issues\nTBD', '## Known Issues\nNo known issues'),
    };
    expect(runRule(notesSection, { release: MINOR, files: after })).toEqual([]);
  });

  it('takes the required sections from the policy', () => {
    const policy = policyWith(
      'notes:\n  templates:\n    hotfix:\n      required_sections: [Summary, Rollback Plan]\n',
    );
    const found = runRule(notesSection, { release: PATCH, files: notes(summary, fixed), policy });
    expect(places(found)).toEqual(['1:1 error the notes have no "Rollback Plan" section']);
    expect(found[0]?.hint).toBe(
      'Add the section (hotfix template), then make its text say what is true of this release:\n\n' +
        '## Rollback Plan\nDescribe the rollback plan of this release.',
    );
  });
});
