import type { CheckResult } from '../engine/result.ts';
import { render } from '../report/index.ts';
import type { Workspace } from './workspace.ts';

/**
 * Writes the SARIF 2.1.0 log (the CLI's `--format sarif`) to `path`, relative to the workspace,
 * creating missing folders inside it, for `github/codeql-action/upload-sarif`. Artifact URIs are
 * relative to the repository root (`%SRCROOT%`), which is what code scanning expects.
 */
export function writeSarif(result: CheckResult, workspace: Workspace, path: string): string {
  return workspace.write('sarif', workspace.relative('sarif', path), render('sarif', result));
}
