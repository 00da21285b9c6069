import type { Finding } from '../../action/src/engine/finding.ts';
import type { CheckResult, ReleaseSummary } from '../../action/src/engine/result.ts';
import { ruleDocsUrl } from '../../action/src/rules/rule.ts';

/** A finding with the engine's defaults: an error on release.yml, its docs URL from the rule id. */
export function finding(overrides: Partial<Finding> & Pick<Finding, 'rule'>): Finding {
  return {
    severity: 'error',
    message: `${overrides.rule} failed`,
    docs: ruleDocsUrl(overrides.rule),
    ...overrides,
  };
}

export const RELEASE: ReleaseSummary = {
  file: 'release.yml',
  product: 'payments-api',
  version: '2.4.0',
  previous: '2.3.1',
  type: 'minor',
  date: '2026-12-08T15:00:00-05:00',
  notes: 'docs/releases/2.4.0.md',
};

/** A result as the engine would build it around `findings`; the summary is counted from them. */
export function checkResult(findings: Finding[], overrides: Partial<CheckResult> = {}): CheckResult {
  const errors = findings.filter((f) => !f.waived && f.severity === 'error').length;
  const warnings = findings.filter((f) => !f.waived && f.severity === 'warning').length;
  const waived = findings.filter((f) => f.waived).length;
  const release = overrides.release === undefined ? RELEASE : overrides.release;
  return {
    ok: errors === 0,
    release,
    releases: release ? [release] : [],
    findings,
    summary: { errors, warnings, waived },
    audit: {
      tool: { name: 'release-policy', version: '0.1.0' },
      policy: {
        name: 'octoacme',
        sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
        files: ['policies/octoacme/policy.yml', 'policies/octoacme/calendar.yml'],
      },
      inputs: [
        { file: 'release.yml', sha256: '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae' },
      ],
      now: '2026-12-01T12:00:00Z',
      mode: 'plan',
      waivers: { applied: [], unused: [] },
    },
    ...overrides,
  };
}
