/**
 * The few SemVer operations the rules use, answered directly for plain `MAJOR.MINOR.PATCH`
 * versions (nearly every release) and by the `semver` package for everything else. The package
 * builds some eighty regular expressions when it loads, a noticeable part of a one-off check's
 * start, so the Node bundles load it only for a version that is not plain. A differential test
 * holds both paths to the package's answers.
 */
import real, { type ReleaseType, type SemVer } from 'semver';

/** What the rules read of a parsed version: the package's `SemVer`, or the same fields of a plain one. */
export type Version = Pick<SemVer, 'major' | 'minor' | 'patch' | 'prerelease' | 'version'>;

// Each part below 10^15, well inside the package's limit (Number.MAX_SAFE_INTEGER).
const PLAIN = /^(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})$/;

function plain(text: string): Version | undefined {
  const m = PLAIN.exec(text);
  return m
    ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: [], version: text }
    : undefined;
}

/** A version, parsed or as text, as the plain fields when it has no prerelease part. */
function plainOf(v: Version | string): Version | undefined {
  if (typeof v === 'string') return plain(v);
  return v.prerelease.length === 0 ? v : undefined;
}

function parse(text: string): Version | null {
  return plain(text) ?? real.parse(text);
}

function valid(text: string): string | null {
  return PLAIN.test(text) ? text : real.valid(text);
}

function compare(a: Version | string, b: Version | string): -1 | 0 | 1 {
  const x = plainOf(a);
  const y = plainOf(b);
  if (!x || !y)
    return real.compare(typeof a === 'string' ? a : a.version, typeof b === 'string' ? b : b.version);
  const d = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

function inc(text: string, type: Extract<ReleaseType, 'major' | 'minor' | 'patch'>): string | null {
  const v = plain(text);
  if (!v) return real.inc(text, type);
  if (type === 'major') return `${v.major + 1}.0.0`;
  return type === 'minor' ? `${v.major}.${v.minor + 1}.0` : `${v.major}.${v.minor}.${v.patch + 1}`;
}

export const semver = {
  parse,
  valid,
  compare,
  gt: (a: Version | string, b: Version | string) => compare(a, b) > 0,
  eq: (a: Version | string, b: Version | string) => compare(a, b) === 0,
  inc,
};
