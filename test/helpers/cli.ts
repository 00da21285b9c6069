import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { COMMAND_OPTIONS, type CommandName } from '../../action/src/cli/options.ts';
import { childTempEnv } from './temp.ts';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = `${REPO}action/src/cli/main.ts`;

/** A command's flags as its parser defines them (`--fail-on`, `--no-color`): what its help must list. */
export function optionFlags(command: CommandName): string[] {
  return Object.keys(COMMAND_OPTIONS[command]).map((name) => `--${name}`);
}

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
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...childTempEnv(), ...options.env },
    encoding: 'utf8',
    timeout: 30_000,
    input: options.input ?? '',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the CLI like {@link cli}, without blocking: for commands that talk to a server living in the
 * test's own process (the fake GitHub API).
 */
export function cliAsync(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<CliRun & { ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? REPO,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...childTempEnv(), ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/**
 * Runs a CLI command line through the CLI's own `run` in this process, with a captured Io: the same
 * code as the process, without a Node start per call. For tests that run the CLI thousands of times
 * (properties over many inputs); the process itself is tested by the tests that use {@link cli}.
 */
export async function cliInProcess(args: string[], options: { cwd?: string } = {}): Promise<CliRun> {
  const { run } = await import('../../action/src/cli/run.ts');
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd: options.cwd ?? REPO,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    color: false,
    clock: () => new Date(),
    env: {},
  });
  return { code, stdout, stderr };
}
