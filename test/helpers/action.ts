import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO } from './cli.ts';
import { childTempEnv, tempDir } from './temp.ts';

export const BUNDLE = join(REPO, 'action/dist/index.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What the action wrote to `GITHUB_OUTPUT`, parsed from its `name<<delimiter` blocks. */
  outputs: Record<string, string>;
  /** The raw `GITHUB_OUTPUT` file. */
  outputFile: string;
  /** What the action wrote to `GITHUB_STEP_SUMMARY`. */
  summary: string;
  /** `RUNNER_TEMP`. */
  temp: string;
  /** Workflow-command lines (`::name …::…`) of stdout, in order. */
  commands: string[];
}

export interface ActionOptions {
  /** The workspace: an example folder, or a temporary copy when the test writes into it. */
  workspace: string;
  /** Inputs by their action.yml name; the others get action.yml's defaults, as the runner gives them. */
  inputs?: Record<string, string>;
  /** The event; default a push to main. */
  event?: { name: string; payload: Record<string, unknown> };
  env?: Record<string, string>;
  /** The entry to run; default the committed bundle. */
  entry?: string;
  /** Options for node before the entry (`--import …`). */
  nodeArgs?: string[];
}

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

const ACTION = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as ActionYml;

/** A push event's payload, as the runner writes it to `GITHUB_EVENT_PATH`. */
export const PUSH_EVENT = {
  name: 'push',
  payload: {
    ref: 'refs/heads/main',
    after: '0123456789abcdef0123456789abcdef01234567',
    repository: { name: 'payments-api', full_name: 'octoacme/payments-api', owner: { login: 'octoacme' } },
  },
};

/**
 * Runs the action as the runner does: `node action/dist/index.js` in the workspace, with each input
 * as `INPUT_<NAME>` (upper-cased, hyphens kept, defaults from action.yml; `github-token` empty, as its
 * `${{ github.token }}` default is for a real run) and the runner's files in a fresh `RUNNER_TEMP`.
 */
export function runAction(options: ActionOptions): ActionRun {
  const { env, temp, outputPath, summaryPath } = prepareRun(options);
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), options.entry ?? BUNDLE], {
    cwd: options.workspace,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return collect(result.status, result.stdout, result.stderr, { temp, outputPath, summaryPath });
}

/**
 * {@link runAction} without blocking the test's process, for runs that talk to a server the test
 * itself serves (a fake GitHub API); resolves when the action exits, with how long it took.
 */
export function runActionAsync(options: ActionOptions): Promise<ActionRun & { ms: number }> {
  const { env, temp, outputPath, summaryPath } = prepareRun(options);
  const started = Date.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.entry ?? BUNDLE], {
    cwd: options.workspace,
    env,
    timeout: 120_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        ...collect(code, stdout, stderr, { temp, outputPath, summaryPath }),
        ms: Date.now() - started,
      }),
    );
  });
}

function collect(
  code: number | null,
  stdout: string,
  stderr: string,
  files: { temp: string; outputPath: string; summaryPath: string },
): ActionRun {
  const outputFile = readIfThere(files.outputPath);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(outputFile),
    outputFile,
    summary: readIfThere(files.summaryPath),
    temp: files.temp,
    commands: stdout.split(/\r?\n/).filter((line) => line.startsWith('::')),
  };
}

function readIfThere(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

function prepareRun(options: ActionOptions) {
  const temp = tempDir('runner');
  const outputPath = join(temp, 'github_output');
  const summaryPath = join(temp, 'step_summary');
  const eventPath = join(temp, 'event.json');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const event = options.event ?? PUSH_EVENT;
  writeFileSync(eventPath, JSON.stringify(event.payload));

  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(ACTION.inputs)) inputs[name] = input.default ?? '';
  inputs['github-token'] = '';
  Object.assign(inputs, options.inputs);

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...childTempEnv(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octoacme/payments-api',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: temp,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
    ...options.env,
  };
  return { env, temp, outputPath, summaryPath };
}

/** `name<<ghadelimiter_…` / value lines / `ghadelimiter_…`, as `core.setOutput` writes them. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(ghadelimiter_[0-9a-f-]+)$/.exec(lines[i]!);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    out[name!] = value.join('\n');
  }
  return out;
}

/** A temporary copy of an example, for tests that write into the workspace or change its files. */
export function copyExample(name: string, into = ''): string {
  const root = tempDir(`${name}`);
  cpSync(join(REPO, 'examples', name), join(root, into), { recursive: true });
  return root;
}

/** The toolkit's escaping of a workflow command's message (`%`, CR, LF). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The toolkit's escaping of a workflow command's property value (also `:` and `,`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
