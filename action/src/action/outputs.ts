import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckResult } from '../engine/result.ts';
import { render } from '../report/index.ts';

/** The JSON report's file name under `RUNNER_TEMP`. */
export const REPORT_FILE = 'release-policy-report.json';

/**
 * Writes the JSON report (the CLI's `--format json`: findings and the audit record) to
 * `RUNNER_TEMP`, outside the workspace, so a later step can upload or read it, and sets the
 * outputs: `result` (`pass` when no error finding is left, whatever `fail-on` says), the counts,
 * the first release's `version` and `type`, and `report`, the path of the JSON report.
 */
export function writeOutputs(result: CheckResult, runnerTemp = process.env.RUNNER_TEMP || tmpdir()): string {
  const report = join(runnerTemp, REPORT_FILE);
  writeFileSync(report, render('json', result));
  core.setOutput('result', result.ok ? 'pass' : 'fail');
  core.setOutput('errors', String(result.summary.errors));
  core.setOutput('warnings', String(result.summary.warnings));
  core.setOutput('version', result.release?.version ?? '');
  core.setOutput('type', result.release?.type ?? '');
  core.setOutput('report', report);
  return report;
}
