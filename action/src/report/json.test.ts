import { describe, expect, it } from 'vitest';
import { checkResult, finding } from '../../../test/helpers/result.ts';
import { type JsonReport, renderJson, renderJsonError } from './json.ts';

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

  it('keeps waived findings apart, so that counting errors in `findings` gives summary.errors', () => {
    const parsed = JSON.parse(renderJson(result)) as JsonReport;
    expect(parsed.findings.map((f) => f.rule)).toEqual(['signoff-required', 'signoff-verified']);
    expect(parsed.findings.some((f) => 'waived' in f)).toBe(false);
    expect(parsed.findings.filter((f) => f.severity === 'error')).toHaveLength(parsed.summary.errors);
    expect(parsed.suppressed).toEqual([result.findings[1]]);
    expect(parsed.suppressed[0]!.waived).toEqual({
      approvedBy: '@dana',
      reason: 'SEV1 fix for INC-4821',
      expires: '2026-12-20',
    });
    expect(parsed.suppressed).toHaveLength(parsed.summary.waived);
  });

  it('prints two-space indented JSON, keys in the contract order, with a trailing newline', () => {
    const text = renderJson(result);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "ok": false,');
    const parsed = JSON.parse(text) as JsonReport;
    expect(Object.keys(parsed)).toEqual([
      'ok',
      'release',
      'releases',
      'findings',
      'suppressed',
      'summary',
      'audit',
    ]);
    expect(parsed.audit).toStrictEqual(result.audit);
    expect(Object.keys(parsed.findings[0]!)).toEqual(Object.keys(result.findings[0]!));
  });

  it('prints a check that could not run as ok: false with the error', () => {
    expect(JSON.parse(renderJsonError('the policy is not valid'))).toEqual({
      ok: false,
      error: { message: 'the policy is not valid', findings: [] },
    });
  });

  it('keeps the public contract fields', () => {
    const parsed = JSON.parse(renderJson(result)) as JsonReport;
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
