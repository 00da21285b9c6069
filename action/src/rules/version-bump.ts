import { semver, type Version as SemVer } from './lib/versions.ts';
import type { Release } from '../engine/types/index.ts';
import type { RuleContext } from './context.ts';
import type { Rule } from './rule.ts';

type ReleaseType = 'patch' | 'minor' | 'major';
const TYPES: readonly ReleaseType[] = ['patch', 'minor', 'major'];

/** `version` is the next patch, minor or major version after `previous`, as `type` says. */
export const versionBump: Rule<RuleContext> = {
  meta: {
    id: 'version-bump',
    title: 'Version follows the release type',
    description:
      'With a `previous` version, `version` is the next version of the kind `type` names: patch x.y.z → x.y.(z+1), minor → x.(y+1).0, major → (x+1).0.0 (SemVer 2.0.0; build metadata is ignored, and a prerelease counts as the version it leads to).',
    rationale:
      'The guide defines each release type by its version step (Release Types: patch 1.2.3 → 1.2.4, minor 1.2.0 → 1.3.0, major 1.0.0 → 2.0.0), and the type decides the sign-offs, lead times and notes a release needs; a version that says one type while `type` says another, or that skips a version, misleads every consumer of the version number.',
    guide: 'guide/release-types/',
    fix: 'Set `version` to the version the hint gives, or `type` to the kind of change the version makes. For a first release, leave `previous` out. Waiving this rule keeps the label, but not its privileges: blackouts still go by the type the version makes.',
    severity: 'error',
    waivable: true,
    examples: { pass: 'minor-compliant', fail: 'version-skipped' },
  },
  check({ release, yaml }, report) {
    const { type } = release;
    if (release.previous === undefined || !TYPES.includes(type)) return;
    const version = semver.parse(release.version);
    const previous = semver.parse(release.previous);
    // Versions that are not SemVer are the schema's finding.
    if (!version || !previous) return;

    const place = yaml.locate(['version']);
    const v = release.version;
    const p = release.previous;
    const next = nextVersion(previous, type);
    const suggested = version.prerelease.length > 0 ? `${next}-${version.prerelease.join('.')}` : next;
    const versionHint =
      `version: "${semver.gt(suggested, previous) ? suggested : next}"` +
      (release.notes === undefined ? '' : '\nThen write it in the notes’ title too.');

    if (semver.compare(version, previous) <= 0) {
      report({
        ...place,
        message: `version "${v}" is not greater than previous "${p}": a ${type} release after it is "${next}"`,
        hint: `Write the version this release ships, after "${p}":\n${versionHint}`,
      });
      return;
    }
    const implied = impliedType(previous, version);
    if (implied === type) return;
    if (implied !== undefined) {
      // After 2.0.0-rc.1, "the next patch" is 2.0.0 itself: only the type can change.
      // The version first: a bigger type asks for more (sign-offs, lead times) than the release planned.
      const typeHint = `type: ${implied}`;
      report({
        ...place,
        message: `version "${v}" after "${p}" is a ${implied} release, but type is ${type}`,
        hint:
          next === triple(version)
            ? `Set the type the version makes:\n${typeHint}`
            : `Set the version the type makes:\n${versionHint}\nor the type the version makes (and meet what a ${implied} release needs):\n${typeHint}`,
      });
      return;
    }
    report({
      ...place,
      message: `version "${v}" after "${p}" skips "${next}", the next ${type} release`,
      hint: `Write the next ${type} version:\n${versionHint}\nor, if a later version than "${p}" runs in production now, name that one:\nprevious: "<the version in production>"`,
    });
  },
};

/**
 * The release type as far as blackouts and their exceptions go: the bigger of `type` and the step
 * the version makes after `previous` (2.4.0 → 2.5.0 is a minor release, whatever `type` says), so
 * that a waived version-bump cannot buy a patch's emergency exception. `type` when either version
 * is not SemVer or there is no `previous`.
 */
export function typeByVersion(release: Release): { type: string; step?: ReleaseType } {
  const version = release.previous !== undefined ? semver.parse(release.version) : null;
  const previous = release.previous !== undefined ? semver.parse(release.previous) : null;
  if (!version || !previous || semver.compare(version, previous) <= 0) return { type: release.type };
  const step = impliedType(previous, version) ?? stepOf(previous, version);
  const rank = TYPES.indexOf(release.type as ReleaseType);
  return rank !== -1 && TYPES.indexOf(step) > rank ? { type: step, step } : { type: release.type };
}

/** The biggest part that changed between two versions (`version` is greater). */
function stepOf(previous: SemVer, version: SemVer): ReleaseType {
  if (version.major !== previous.major) return 'major';
  return version.minor !== previous.minor ? 'minor' : 'patch';
}

/** The main triple of a version (prerelease and build left out). */
function triple(v: SemVer): string {
  return `${v.major}.${v.minor}.${v.patch}`;
}

/**
 * The version a release of `type` after `previous` ships. After a prerelease, `semver.inc` gives the
 * version that prerelease leads to (2.0.0-rc.1 → 2.0.0) unless `type` is a bigger step (2.1.0-rc.1,
 * major → 3.0.0).
 */
function nextVersion(previous: SemVer, type: ReleaseType): string {
  return semver.inc(previous.version, type) ?? triple(previous);
}

/** The kind of a version's own step: 1.2.3 is a patch, 1.3.0 a minor, 2.0.0 a major. */
function kindOf(v: SemVer): ReleaseType {
  if (v.patch > 0) return 'patch';
  return v.minor > 0 ? 'minor' : 'major';
}

/** Which type makes `version` the next release after `previous`, if any does. */
function impliedType(previous: SemVer, version: SemVer): ReleaseType | undefined {
  // A prerelease leads to its own triple: 2.0.0-rc.1 → 2.0.0 (or → 2.0.0-rc.2) is the major 2.0.0.
  if (previous.prerelease.length > 0 && triple(previous) === triple(version)) return kindOf(version);
  return TYPES.find((t) => {
    const next = semver.inc(previous.version, t);
    return next !== null && next === triple(version);
  });
}
