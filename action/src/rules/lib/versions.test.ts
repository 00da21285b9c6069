import fc from 'fast-check';
import real from 'semver';
import { describe, expect, it } from 'vitest';
import { semver } from './versions.ts';

// Plain versions and what lies around them: prereleases, build metadata, a leading `v`, leading
// zeros, spaces, parts too long for the fast path, and text that is no version at all.
const part = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 3 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 4, max: 12 }).map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '00',
      '01',
      '999999999999999',
      '1000000000000000',
      '9007199254740992',
      'x',
      '',
    ),
  },
);
const version = fc
  .tuple(
    fc.constantFrom('', '', '', 'v', ' ', '='),
    part,
    part,
    part,
    fc.constantFrom('', '', '', '-rc.1', '-alpha', '-0', '+build.5', '-beta.2+sha.1', '.4'),
  )
  .map(([pre, a, b, c, tail]) => `${pre}${a}.${b}.${c}${tail}`);

/** What a call answers, or that it threw (the package throws on text that is no version). */
function outcome<T>(call: () => T): T | 'threw' {
  try {
    return call();
  } catch {
    return 'threw';
  }
}

describe('versions answer as the semver package does', () => {
  it('parse, valid and inc', () => {
    fc.assert(
      fc.property(
        version,
        fc.constantFrom('major', 'minor', 'patch') as fc.Arbitrary<'major' | 'minor' | 'patch'>,
        (v, type) => {
          const fields = (p: ReturnType<typeof semver.parse>) =>
            p && {
              major: p.major,
              minor: p.minor,
              patch: p.patch,
              prerelease: [...p.prerelease],
              version: p.version,
            };
          expect(fields(semver.parse(v))).toEqual(fields(real.parse(v)));
          expect(semver.valid(v)).toBe(real.valid(v));
          expect(semver.inc(v, type)).toBe(real.inc(v, type));
        },
      ),
      { numRuns: 4000, seed: 13 },
    );
  });

  it('compare, gt and eq, on text and on parsed versions', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(outcome(() => semver.compare(a, b))).toBe(outcome(() => real.compare(a, b)));
        expect(outcome(() => semver.gt(a, b))).toBe(outcome(() => real.gt(a, b)));
        expect(outcome(() => semver.eq(a, b))).toBe(outcome(() => real.eq(a, b)));
        const [x, y] = [semver.parse(a), semver.parse(b)];
        if (x && y) expect(semver.compare(x, y)).toBe(real.compare(a, b));
      }),
      { numRuns: 4000, seed: 13 },
    );
  });
});
