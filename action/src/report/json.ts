import type { Finding } from '../engine/finding.ts';
import type { CheckResult } from '../engine/result.ts';
import type { RenderOptions } from './index.ts';

/**
 * The public JSON report. `findings` holds the live findings only, so that counting
 * `severity: "error"` there gives `summary.errors`; the findings a waiver covered are kept apart in
 * `suppressed`, each with its `waived` mark (who approved it, why, until when), as ESLint keeps
 * `suppressedMessages` and SARIF marks `suppressions`.
 */
export interface JsonReport extends Omit<CheckResult, 'findings'> {
  findings: Finding[];
  suppressed: Finding[];
}

/** What `check --format json` prints when the check could not run (exit 2). */
export interface JsonError {
  ok: false;
  error: {
    message: string;
    /** The problems of an invalid policy, with their places; empty for a bad argument. */
    findings: Finding[];
  };
}

/** The report as the JSON contract shapes it, keys in the engine's order. */
export function jsonReport(result: CheckResult): JsonReport {
  const { ok, release, releases, findings, summary, audit, ...rest } = result;
  return {
    ok,
    release,
    releases,
    findings: findings.filter((f) => !f.waived),
    suppressed: findings.filter((f) => f.waived),
    summary,
    audit,
    ...rest,
  };
}

/** The public JSON contract and audit record. */
export function renderJson(result: CheckResult, _options: RenderOptions = {}): string {
  return `${JSON.stringify(jsonReport(result), null, 2)}\n`;
}

export function renderJsonError(message: string, findings: Finding[] = []): string {
  const error: JsonError = { ok: false, error: { message, findings } };
  return `${JSON.stringify(error, null, 2)}\n`;
}
