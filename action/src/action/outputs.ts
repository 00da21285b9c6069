import * as core from '@actions/core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckResult } from '../engine/result.ts';
import { render } from '../report/index.ts';

/** The JSON report's file name, in a folder of its own for each run. */
export const REPORT_FILE = 'release-policy-report.json';

/** Where a file went, or the one-line reason it could not be written. */
export type Written = { ok: true; path: string } | { ok: false; error: string };

/**
 * Writes the JSON report (the CLI's `--format json`: findings and the audit record) into a new
 * folder under `RUNNER_TEMP` (or the system's temporary folder when the runner sets none), outside
 * the workspace, so a later step can upload or read it. A folder per run keeps two runs of the step,
 * or two jobs on one machine, from reading or replacing each other's report.
 */
export function writeReport(result: CheckResult, runnerTemp: string | undefined): Written {
  const base = runnerTemp || tmpdir();
  const where = runnerTemp
    ? `RUNNER_TEMP (${base})`
    : `the temporary folder (${base}; RUNNER_TEMP is not set)`;
  try {
    const path = join(mkdtempSync(join(base, 'release-policy-')), REPORT_FILE);
    writeFileSync(path, render('json', result));
    return { ok: true, path };
  } catch (error) {
    return { ok: false, error: `the JSON report could not be written to ${where}: ${reason(error)}` };
  }
}

/**
 * Sets the outputs: `result` (`pass` when no error finding is left, whatever `fail-on` says), the
 * counts, the first release's `version` and `type`, and `report`, the path of the JSON report
 * (empty when it could not be written). The runner's `GITHUB_OUTPUT` file may refuse them: the
 * reason comes back as one line, the first failure stops the rest.
 */
export function setOutputs(
  result: CheckResult,
  report: string | undefined,
  outputFile: string | undefined,
): string | undefined {
  try {
    core.setOutput('result', result.ok ? 'pass' : 'fail');
    core.setOutput('errors', String(result.summary.errors));
    core.setOutput('warnings', String(result.summary.warnings));
    core.setOutput('version', result.release?.version ?? '');
    core.setOutput('type', result.release?.type ?? '');
    core.setOutput('report', report ?? '');
    return undefined;
  } catch (error) {
    return `the step's outputs could not be written to GITHUB_OUTPUT (${outputFile ?? ''}): ${reason(error)}`;
  }
}

/** The first line of an error's message: Node's file errors name the code, the call and the path. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]!.trim();
}
