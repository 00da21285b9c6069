import { describe, expect, it } from 'vitest';
import { places, runRule } from '../../../test/helpers/rules.ts';
import type { RuleContext } from './context.ts';
import { versionBump } from './version-bump.ts';

/** release.yml with `version` on line 2 (its value at column 10). */
function release(type: string, version: string, previous?: string): string {
  return [
    'product: pay',
    `version: '${version}'`,
    ...(previous === undefined ? [] : [`previous: '${previous}'`]),
    `type: ${type}`,
    'date: 2026-12-08T15:00:00-05:00',
    '',
  ].join('\n');
}

describe('version-bump', () => {
  it.each([
    ['a patch', 'patch', '1.2.4', '1.2.3'],
    ['a minor', 'minor', '1.3.0', '1.2.3'],
    ['a major', 'major', '2.0.0', '1.2.3'],
    ['a minor from x.y.0', 'minor', '1.3.0', '1.2.0'],
    ['a first release (no previous)', 'major', '1.0.0', undefined],
    ['a first release of any type', 'patch', '0.1.0', undefined],
    ['build metadata on version (ignored)', 'patch', '1.2.4+build.7', '1.2.3'],
    ['build metadata on previous (ignored)', 'minor', '1.3.0', '1.2.3+20261201'],
    ['a prerelease of the next major', 'major', '2.0.0-rc.1', '1.4.2'],
    ['a prerelease of the next patch', 'patch', '1.4.3-beta.2', '1.4.2'],
    ['a release candidate becoming its release', 'major', '2.0.0', '2.0.0-rc.1'],
    ['a release candidate after another', 'major', '2.0.0-rc.2', '2.0.0-rc.1'],
    ['a minor release candidate becoming its release', 'minor', '2.1.0', '2.1.0-rc.1'],
    ['a bigger step after a prerelease', 'major', '3.0.0', '2.1.0-rc.1'],
    ['a patch from 0.x', 'patch', '0.9.10', '0.9.9'],
  ])('passes: %s', (_name, type, version, previous) => {
    expect(runRule(versionBump, { release: release(type, version, previous) })).toEqual([]);
  });

  it.each([
    [
      'a skipped patch',
      'patch',
      '1.2.5',
      '1.2.3',
      ['2:10 error version "1.2.5" after "1.2.3" skips "1.2.4", the next patch release'],
    ],
    [
      'a skipped minor',
      'minor',
      '1.4.0',
      '1.2.3',
      ['2:10 error version "1.4.0" after "1.2.3" skips "1.3.0", the next minor release'],
    ],
    [
      'a skipped major',
      'major',
      '3.0.0',
      '1.2.3',
      ['2:10 error version "3.0.0" after "1.2.3" skips "2.0.0", the next major release'],
    ],
    [
      'a minor that keeps the patch',
      'minor',
      '1.3.3',
      '1.2.3',
      ['2:10 error version "1.3.3" after "1.2.3" skips "1.3.0", the next minor release'],
    ],
    [
      'a minor step typed patch',
      'patch',
      '1.3.0',
      '1.2.3',
      ['2:10 error version "1.3.0" after "1.2.3" is a minor release, but type is patch'],
    ],
    [
      'a patch step typed minor',
      'minor',
      '1.2.4',
      '1.2.3',
      ['2:10 error version "1.2.4" after "1.2.3" is a patch release, but type is minor'],
    ],
    [
      'a major step typed minor',
      'minor',
      '2.0.0',
      '1.9.1',
      ['2:10 error version "2.0.0" after "1.9.1" is a major release, but type is minor'],
    ],
    [
      'the same version',
      'patch',
      '1.2.3',
      '1.2.3',
      [
        '2:10 error version "1.2.3" is not greater than previous "1.2.3": a patch release after it is "1.2.4"',
      ],
    ],
    [
      'a lower version',
      'minor',
      '1.1.0',
      '1.2.3',
      [
        '2:10 error version "1.1.0" is not greater than previous "1.2.3": a minor release after it is "1.3.0"',
      ],
    ],
    [
      'a prerelease of the previous version',
      'patch',
      '1.2.3-rc.1',
      '1.2.3',
      [
        '2:10 error version "1.2.3-rc.1" is not greater than previous "1.2.3": a patch release after it is "1.2.4"',
      ],
    ],
    [
      'a release candidate released as a patch',
      'patch',
      '2.0.0',
      '2.0.0-rc.1',
      ['2:10 error version "2.0.0" after "2.0.0-rc.1" is a major release, but type is patch'],
    ],
    [
      'a prerelease of a skipped major',
      'major',
      '3.0.0-rc.1',
      '1.4.2',
      ['2:10 error version "3.0.0-rc.1" after "1.4.2" skips "2.0.0", the next major release'],
    ],
    [
      'an older prerelease',
      'major',
      '2.0.0-beta.1',
      '2.0.0-rc.1',
      [
        '2:10 error version "2.0.0-beta.1" is not greater than previous "2.0.0-rc.1": a major release after it is "2.0.0"',
      ],
    ],
  ])('fails: %s', (_name, type, version, previous, expected) => {
    expect(places(runRule(versionBump, { release: release(type, version, previous) }))).toEqual(expected);
  });

  it.each([
    [
      'a skip',
      'patch',
      '1.2.5',
      '1.2.3',
      'Write the next patch version:\nversion: "1.2.4"\nor, if a later version than "1.2.3" runs in production now, name that one:\nprevious: "<the version in production>"',
    ],
    [
      'a wrong type',
      'patch',
      '1.3.0',
      '1.2.3',
      'Set the version the type makes:\nversion: "1.2.4"\nor the type the version makes (and meet what a minor release needs):\ntype: minor',
    ],
    [
      'a wrong type after a release candidate',
      'patch',
      '2.0.0',
      '2.0.0-rc.1',
      'Set the type the version makes:\ntype: major',
    ],
    [
      'a skipped prerelease (keeps its tag)',
      'major',
      '3.0.0-rc.1',
      '1.4.2',
      'Write the next major version:\nversion: "2.0.0-rc.1"\nor, if a later version than "1.4.2" runs in production now, name that one:\nprevious: "<the version in production>"',
    ],
    [
      'a version going back',
      'minor',
      '1.1.0',
      '1.2.3',
      'Write the version this release ships, after "1.2.3":\nversion: "1.3.0"',
    ],
  ])('hints YAML to paste: %s', (_name, type, version, previous, hint) => {
    expect(runRule(versionBump, { release: release(type, version, previous) })[0]?.hint).toBe(hint);
  });

  it.each([
    ['a version that is not SemVer', { version: '1.2', previous: '1.1.0', type: 'minor' }],
    ['a previous that is not SemVer', { version: '1.2.0', previous: 'latest', type: 'minor' }],
    ['a version that is not a string', { version: 1.1, previous: '1.0.0', type: 'minor' }],
    ['an unknown type', { version: '1.2.0', previous: '1.1.0', type: 'hotfix' }],
  ])('is silent on what the schema reports: %s', (_name, release) => {
    const found: unknown[] = [];
    const context = { release, yaml: { locate: () => ({ line: 1, column: 1 }) } } as unknown as RuleContext;
    versionBump.check(context, (finding) => found.push(finding));
    expect(found).toEqual([]);
  });
});
