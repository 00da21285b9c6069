import { describe, expect, it } from 'vitest';
import { checkResult, finding } from '../../../test/helpers/result.ts';
import { renderJson } from './json.ts';

describe('json reporter', () => {
  const result = checkResult([
    finding({
      rule: 'signoff-required',
      file: 'release.yml',
      line: 12,
      column: 3,
      endLine: 12,
      endColumn: 9,
      hint: 'a: 1',
    }),
    finding({
      rule: 'blackout-window',
      file: 'release.yml',
      line: 4,
      column: 7,
      waived: { approvedBy: '@dana', reason: 'SEV1 fix for INC-4821', expires: '2026-12-20' },
    }),
    finding({ rule: 'signoff-verified', severity: 'warning', message: 'no token: "<reviews>" not read' }),
  ]);

  it('prints the result exactly, with two-space indent and a trailing newline', () => {
    expect(renderJson(result)).toBe(`${JSON.stringify(result, null, 2)}\n`);
  });

  it('round-trips to the same object, keys in the same order', () => {
    const parsed = JSON.parse(renderJson(result)) as typeof result;
    expect(parsed).toStrictEqual(result);
    expect(Object.keys(parsed)).toEqual(['ok', 'release', 'releases', 'findings', 'summary', 'audit']);
    expect(Object.keys(parsed.findings[0]!)).toEqual(Object.keys(result.findings[0]!));
  });

  it('keeps the public contract fields', () => {
    const parsed = JSON.parse(renderJson(result)) as typeof result;
    expect(parsed.findings[0]).toMatchObject({
      rule: 'signoff-required',
      severity: 'error',
      message: 'signoff-required failed',
      file: 'release.yml',
      line: 12,
      column: 3,
      docs: 'https://octoacme.github.io/release-policy/rules/signoff-required/',
    });
    expect(parsed.summary).toEqual({ errors: 1, warnings: 1, waived: 1 });
    expect(parsed.audit.policy.name).toBe('octoacme');
  });

  it('ignores the text-only options', () => {
    expect(renderJson(result, { color: true, sources: { 'release.yml': 'x: 1' } })).toBe(renderJson(result));
  });
});
