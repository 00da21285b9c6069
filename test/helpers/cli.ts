import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = `${REPO}action/src/cli/main.ts`;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source in a child process, as a user's shell would. */
export function cli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string } = {},
): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 30_000,
    input: options.input ?? '',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
