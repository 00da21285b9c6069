import { describe, expect, it } from 'vitest';
import { places, policyWith, runRule } from '../../../test/helpers/rules.ts';
import { breakingChange } from './breaking-change.ts';

const VERSIONS = { patch: ['1.2.4', '1.2.3'], minor: ['1.3.0', '1.2.3'], major: ['2.0.0', '1.2.3'] } as const;

/** release.yml; `changes:` (when given) is on line 7. */
function release(type: keyof typeof VERSIONS, changes?: string): string {
  const [version, previous] = VERSIONS[type];
  return [
    'product: pay',
    `version: '${version}'`,
    `previous: '${previous}'`,
    `type: ${type}`,
    'date: 2026-12-08T15:00:00-05:00',
    'notes: notes.md',
    ...(changes ? [`changes: ${changes}`] : []),
    '',
  ].join('\n');
}

/** Notes with a title on line 1 and the given body from line 3. */
function notes(...body: string[]): Record<string, string> {
  return { 'notes.md': ['# Pay Release 1.3.0 - 2026-12-08', '', ...body, ''].join('\n') };
}

const SESSION_CHANGE = [
  '## Breaking Changes',
  '',
  '### Session cookies are no longer issued',
  '- **What changed**: `POST /v3/sessions` is removed.',
  '- **Impact**: every client that reads the `octo_session` cookie.',
];

describe('breaking-change', () => {
  it.each([
    [
      'a minor that says so',
      'minor',
      undefined,
      notes('## Breaking Changes', 'No breaking changes in this release.'),
    ],
    ['a minor with "None" as a list', 'minor', undefined, notes('## Breaking Changes', '- None')],
    [
      'a patch with changes.breaking: false',
      'patch',
      '{ breaking: false }',
      notes('## Breaking Changes', 'None.'),
    ],
    [
      'a minor without the section (notes-section reports it)',
      'minor',
      undefined,
      notes('## Known Issues', 'None.'),
    ],
    [
      "a minor that left the template's instruction and sample (other rules report them)",
      'minor',
      undefined,
      notes(
        '## Breaking Changes',
        '[If none, state "No breaking changes in this release"]',
        '',
        '### [Breaking Change 1]',
        '- **What changed**: [Description]',
      ),
    ],
    [
      'a major with a subsection and its Migration line',
      'major',
      '{ breaking: true }',
      notes(...SESSION_CHANGE, '- **Migration**: switch to the identity SDK 4.x.'),
    ],
    [
      'a major with a list item and an inline migration',
      'major',
      undefined,
      notes('## Breaking Changes', '- `/v1/charges` is removed. Migration: call `/v2/charges` instead.'),
    ],
    [
      'a major whose Migration Steps cover its changes',
      'major',
      undefined,
      notes(
        ...SESSION_CHANGE,
        '',
        '## Migration Steps',
        '1. Upgrade the SDK: `npm install @octoacme/identity@4`.',
      ),
    ],
    [
      'a major with a loosely written heading',
      'major',
      undefined,
      notes(
        '## ⚠️ breaking changes!',
        '- The `v1` webhooks are gone. **Migration path**: subscribe to `v2` events.',
      ),
    ],
    ['a major whose notes are missing (notes-missing reports it)', 'major', '{ breaking: true }', {}],
    [
      'a major without breaking changes that says so (changes.breaking: false)',
      'major',
      '{ breaking: false }',
      notes('## Breaking Changes', 'No breaking changes in this release.'),
    ],
    [
      'a major without breaking changes, changes.breaking unset, "None."',
      'major',
      undefined,
      notes('## Breaking Changes', 'None.', '', '## Migration Steps', 'No migration required.'),
    ],
  ] as const)('passes: %s', (_name, type, changes, files) => {
    expect(runRule(breakingChange, { release: release(type, changes), files })).toEqual([]);
  });

  it.each([
    [
      'a minor with changes.breaking: true',
      'minor',
      '{ breaking: true }',
      notes('## Breaking Changes', 'No breaking changes in this release.'),
      ['7:22 error changes.breaking is true, but a minor release must not break compatibility'],
    ],
    [
      'a patch with changes.breaking: true and no notes',
      'patch',
      '{ breaking: true }',
      {},
      ['7:22 error changes.breaking is true, but a patch release must not break compatibility'],
    ],
    [
      'a minor whose notes list a breaking change',
      'minor',
      undefined,
      notes(...SESSION_CHANGE),
      [
        '5:1 error the notes list the breaking change "Session cookies are no longer issued", but a minor release must not break compatibility',
      ],
    ],
    [
      'a patch whose notes list two as items',
      'patch',
      undefined,
      notes('## Breaking Changes', '- No longer accepts TLS 1.1', '- `POST /v1/push` is removed'),
      [
        '4:1 error the notes list the breaking change "No longer accepts TLS 1.1", but a patch release must not break compatibility',
        '5:1 error the notes list the breaking change "POST /v1/push is removed", but a patch release must not break compatibility',
      ],
    ],
    [
      'a major that says it has none, with changes.breaking: true',
      'major',
      '{ breaking: true }',
      notes('## Breaking Changes', 'No breaking changes in this release.'),
      [
        '3:1 error the notes list no breaking change: a major release must document each one with its migration',
      ],
    ],
    [
      "a major whose Breaking Changes holds only the template's instruction",
      'major',
      '{ breaking: false }',
      notes('## Breaking Changes', '[If none, state "No breaking changes in this release"]'),
      [
        '3:1 error the notes list no breaking change: a major release must document each one with its migration',
      ],
    ],
    [
      'a major without the section',
      'major',
      undefined,
      notes('## Release Highlights', 'Passkeys.'),
      [
        '1:1 error the notes list no breaking change: a major release must document each one with its migration',
      ],
    ],
    [
      'a major change without migration, and no steps',
      'major',
      undefined,
      notes(...SESSION_CHANGE, '', '## Migration Steps', 'No migration required.'),
      ['5:1 error breaking change "Session cookies are no longer issued" has no migration steps'],
    ],
    [
      "a major with the template's migration placeholders",
      'major',
      undefined,
      notes(
        ...SESSION_CHANGE,
        '- **Migration**: [Steps to adapt]',
        '',
        '## Migration Steps',
        '[If none needed, state "No migration required"]',
        '',
        '1. [Step 1 with commands or instructions]',
      ),
      ['5:1 error breaking change "Session cookies are no longer issued" has no migration steps'],
    ],
    [
      'a major with one change documented and one not',
      'major',
      undefined,
      notes('## Breaking Changes', '- `/v1` is removed. Migration: use `/v2`.', '- `/v0` is removed.'),
      ['5:1 error breaking change "/v0 is removed." has no migration steps'],
    ],
  ] as const)('fails: %s', (_name, type, changes, files, expected) => {
    expect(places(runRule(breakingChange, { release: release(type, changes), files }))).toEqual(expected);
  });

  describe('follows the policy, not the type names', () => {
    const allowed = policyWith('types:\n  minor:\n    breaking_changes: allowed\n');

    it('lets a type that allows breaking changes list one without migration, when changes.breaking is not set', () => {
      expect(
        runRule(breakingChange, {
          release: release('minor'),
          files: notes(...SESSION_CHANGE),
          policy: allowed,
        }),
      ).toEqual([]);
    });

    it('asks for migration steps when changes.breaking is true (changes.breaking.requires: migration-steps)', () => {
      const found = runRule(breakingChange, {
        release: release('minor', '{ breaking: true }'),
        files: notes(...SESSION_CHANGE),
        policy: allowed,
      });
      expect(places(found)).toEqual([
        '5:1 error breaking change "Session cookies are no longer issued" has no migration steps',
      ]);
    });

    it('asks for the change itself when changes.breaking is true and the notes list none', () => {
      const found = runRule(breakingChange, {
        release: release('minor', '{ breaking: true }'),
        files: notes('## Breaking Changes', 'None.'),
        policy: allowed,
      });
      expect(places(found)).toEqual([
        '3:1 error changes.breaking is true, but the notes list no breaking change with its migration',
      ]);
    });

    it('forbids them in a major when the policy says so', () => {
      const strict = policyWith('types:\n  major:\n    breaking_changes: forbidden\n');
      const found = runRule(breakingChange, {
        release: release('major'),
        files: notes(...SESSION_CHANGE),
        policy: strict,
      });
      expect(places(found)).toEqual([
        '5:1 error the notes list the breaking change "Session cookies are no longer issued", but a major release must not break compatibility',
      ]);
    });
  });

  it('the hint for a major that lists none, applied as written, clears the finding', () => {
    const yaml = release('major', '{ breaking: false }');
    const before = notes('## Breaking Changes', '', '## Known Issues', 'None.');
    const [finding] = runRule(breakingChange, { release: yaml, files: before });
    expect(finding!.hint).toMatch(
      /\nor, if this release breaks nothing, say so under "## Breaking Changes":\nNo breaking changes in this release\.$/,
    );
    const after = {
      'notes.md': before['notes.md']!.replace(
        '## Breaking Changes\n',
        '## Breaking Changes\nNo breaking changes in this release.\n',
      ),
    };
    expect(runRule(breakingChange, { release: yaml, files: after })).toEqual([]);
    // With changes.breaking: true the hint never offers to say there are none.
    const [flagged] = runRule(breakingChange, {
      release: release('major', '{ breaking: true }'),
      files: before,
    });
    expect(flagged!.hint).not.toContain('breaks nothing');
  });

  it('hints the major version to ship instead', () => {
    const [finding] = runRule(breakingChange, {
      release: release('minor', '{ breaking: true }'),
      files: notes(),
    });
    expect(finding?.hint).toBe(
      'Ship the breaking change in a major release:\ntype: major\nversion: "2.0.0"\nor leave it out of this release:\nchanges: { breaking: false }',
    );
  });

  it('reports in the notes file', () => {
    const [finding] = runRule(breakingChange, { release: release('minor'), files: notes(...SESSION_CHANGE) });
    expect(finding?.file).toBe('notes.md');
  });
});
