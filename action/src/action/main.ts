import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { CalendarError } from '../engine/calendar/errors.ts';
import { check } from '../engine/check.ts';
import { type LoadedYaml, loadYaml } from '../engine/load.ts';
import type { LoadedPolicy } from '../engine/policy.ts';
import type { CheckResult } from '../engine/result.ts';
import type { Release } from '../engine/types/index.ts';
import type { YamlFile } from '../engine/yaml-source.ts';
import { nodeHost } from '../cli/node-host.ts';
import { PACKAGE_VERSION } from '../cli/package-files.ts';
import { isPolicyName, PolicyError, policyFrom } from '../cli/policy-files.ts';
import { releasesFrom } from '../cli/releases-files.ts';
import { UsageError } from '../cli/usage.ts';
import type { LoadedReleases } from '../engine/releases.ts';
import { render } from '../report/index.ts';
import { plural, visibleControls } from '../report/text.ts';
import type { OnlineFacts } from '../rules/context.ts';
import { annotate, hiddenNote } from './annotations.ts';
import { pullRequestNumber, runContext, type RunContext } from './event.ts';
import { type ActionInputs, type FailOn, readInputs } from './inputs.ts';
import { type GithubApi, loadGithubApi } from './online.ts';
import { setOutputs, writeReport } from './outputs.ts';
import { writeSarif } from './sarif.ts';
import { appendSummary } from './step-summary.ts';
import { buildSummary } from './summary.ts';
import { PathError, Workspace } from './workspace.ts';

/**
 * The GitHub API's time budget for the whole run: sign-off verification and the comment share it,
 * retries and rate-limit waits included. When it runs out, what is left is reported as a warning.
 */
export const API_BUDGET_MS = 20_000;

/** What a test may replace; the defaults are the real clock, environment, GitHub API and budget. */
export interface RunOptions {
  clock?: () => Date;
  env?: NodeJS.ProcessEnv;
  github?: () => Promise<GithubApi>;
  apiBudgetMs?: number;
}

/** The API's budget, started by its first use and shared by every later call. */
class ApiBudget {
  private signal: AbortSignal | undefined;
  private readonly ms: number;
  constructor(ms: number) {
    this.ms = ms;
  }
  /** The signal and time bound to hand a call. */
  limits(): { signal: AbortSignal; limits: { timeoutMs: number } } {
    this.signal ??= AbortSignal.timeout(this.ms);
    return { signal: this.signal, limits: { timeoutMs: this.ms } };
  }
}

/**
 * The action: read the inputs, load the policy, ask the GitHub API what it can verify (with a
 * token, on a pull request), run the check, then report it as annotations, a job summary, outputs,
 * a JSON report, SARIF and a pull request comment, and fail the step as `fail-on` says. Never
 * throws: every problem ends the step through `core.setFailed`, without a stack trace.
 */
export async function run(options: RunOptions = {}): Promise<void> {
  try {
    await runAction({
      clock: options.clock ?? (() => new Date()),
      env: options.env ?? process.env,
      github: options.github ?? loadGithubApi,
      apiBudgetMs: options.apiBudgetMs ?? API_BUDGET_MS,
    });
  } catch (error) {
    // No stack trace, not even in the debug log: its paths and frames help no one who reads it there.
    core.setFailed(`release-policy: internal error: ${visibleControls(firstLine(error))}`);
  }
}

/** The first line of an error's message. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]!.trim();
}

async function runAction(options: Required<RunOptions>): Promise<void> {
  const read = readInputs(options.clock);
  if (!read.ok) {
    for (const error of read.errors) core.setFailed(error.message);
    return;
  }
  const inputs = read.inputs;

  const setup = prepare(inputs, options.env);
  if (!setup) return;
  const { workspace, configs, notes, sarif, policy, releases } = setup;
  const host = nodeHost(workspace.root);

  // The releases that parse, for the GitHub API's questions and the summary's readiness tables.
  // Each file is loaded once: the check reuses these.
  const loaded = new Map<string, LoadedYaml>();
  const parsed = new Map<string, YamlFile>();
  for (const config of configs) {
    const file = loadYaml(host, config, 'release', { tolerateDates: true });
    loaded.set(config, file);
    if (file.ok) parsed.set(config, file.yaml);
  }

  const context = runContext(options.env);
  const budget = new ApiBudget(options.apiBudgetMs);
  const online = await verifySignoffs(inputs, context, policy, parsed, options.github, budget);

  const {
    result,
    sources,
    notes: parsedNotes,
  } = check({
    configs,
    host,
    loaded,
    policy,
    mode: inputs.mode,
    now: inputs.now,
    releases,
    ...(notes !== undefined ? { notes } : {}),
    tool: { name: 'release-policy', version: PACKAGE_VERSION },
    ...(online ? { online } : {}),
  });

  logReport(render('text', result, { sources }));
  const failing = fails(inputs.failOn, result);
  const counts = annotate(result.findings, (file) => workspace.isFile(file), failing);
  const note = hiddenNote(counts);
  if (note) core.info(note);

  // A file the runner can't take fails the step with one line; everything else is still written.
  const report = writeReport(result, options.env.RUNNER_TEMP || undefined);
  if (report.ok) core.info(`JSON report: ${report.path}`);
  else core.setFailed(`release-policy: ${report.error}`);
  const outputError = setOutputs(result, report.ok ? report.path : undefined, options.env.GITHUB_OUTPUT);
  if (outputError) core.setFailed(`release-policy: ${outputError}`);
  writeSummary(
    buildSummary({
      result,
      sources,
      notes: parsedNotes,
      policy,
      parsed,
      ...(online ? { online } : {}),
      ...(note ? { note } : {}),
      ...(online ? {} : { unverified: unverifiedReason(inputs, context, policy) }),
    }),
    options.env,
  );
  if (sarif !== undefined) {
    try {
      core.info(`SARIF: ${writeSarif(result, workspace, sarif)}`);
    } catch (error) {
      if (error instanceof PathError) core.setFailed(`Invalid input "sarif": ${error.message}`);
      else
        core.setFailed(`release-policy: the SARIF log could not be written to ${sarif}: ${firstLine(error)}`);
    }
  }
  if (inputs.comment) await comment(inputs, context, result, options.github, budget);

  const { errors, warnings } = result.summary;
  const counted = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} (fail-on: ${inputs.failOn})`;
  if (failing) core.setFailed(`release-policy: ${counted}`);
  else core.info(`release-policy: ${result.ok ? 'pass' : 'fail'} with ${counted}`);
}

interface Setup {
  workspace: Workspace;
  configs: string[];
  notes?: string;
  sarif?: string;
  policy: LoadedPolicy;
  releases: LoadedReleases[];
}

/** The workspace, the files the inputs name inside it, and the policy; undefined after a setFailed. */
function prepare(inputs: ActionInputs, env: NodeJS.ProcessEnv): Setup | undefined {
  const root = env.GITHUB_WORKSPACE || process.cwd();
  if (!existsSync(root)) {
    core.setFailed(
      `GITHUB_WORKSPACE (${root}) does not exist: check out the repository first (actions/checkout)`,
    );
    return undefined;
  }
  const workspace = new Workspace(root);
  let configs: string[];
  let notes: string | undefined;
  let sarif: string | undefined;
  let releasePaths: string[];
  try {
    configs = workspace.configs(inputs.config);
    releasePaths = inputs.releases.map((path) => workspace.relative('releases', path));
    if (inputs.notes !== undefined) notes = workspace.relative('notes', inputs.notes);
    if (inputs.sarif !== undefined) sarif = workspace.relative('sarif', inputs.sarif);
    if (!isPolicyName(inputs.policy)) workspace.relative('policy', inputs.policy);
  } catch (error) {
    if (!(error instanceof PathError)) throw error;
    core.setFailed(`Invalid input "${error.input}": ${error.message}`);
    return undefined;
  }

  let policy: LoadedPolicy;
  try {
    policy = policyFrom(inputs.policy, workspace.root, workspace.root);
  } catch (error) {
    if (error instanceof PolicyError) core.setFailed(error.report(false).trimEnd());
    else if (error instanceof UsageError) {
      core.setFailed(`Invalid input "policy": ${error.message.replace(/^--policy: /, '')}`);
    } else if (error instanceof CalendarError) {
      core.setFailed(`release-policy: the policy's calendar is not valid: ${error.message}`);
    } else throw error;
    return undefined;
  }
  let releases: LoadedReleases[];
  try {
    releases = releasesFrom(releasePaths, workspace.root, 'releases');
  } catch (error) {
    if (error instanceof PolicyError) core.setFailed(error.report(false).trimEnd());
    else if (error instanceof UsageError) {
      core.setFailed(`Invalid input "releases": ${error.message.replace(/^releases: /, '')}`);
    } else throw error;
    return undefined;
  }
  return {
    workspace,
    configs,
    policy,
    releases,
    ...(notes !== undefined ? { notes } : {}),
    ...(sarif ? { sarif } : {}),
  };
}

/**
 * With a token, on a pull request, and `signoff-verified` not switched off by the policy: the
 * facts the GitHub API gives (approving reviews, team membership, the author). Otherwise undefined,
 * and the check runs offline.
 */
async function verifySignoffs(
  inputs: ActionInputs,
  context: RunContext,
  policy: LoadedPolicy,
  parsed: ReadonlyMap<string, YamlFile>,
  github: () => Promise<GithubApi>,
  budget: ApiBudget,
): Promise<OnlineFacts | undefined> {
  if (!inputs.token) return undefined;
  if (policy.data.severity?.['signoff-verified'] === 'off') return undefined;
  if (pullRequestNumber(context) === undefined) {
    core.info(
      `Sign-offs are verified on pull requests only (this run is a ${context.eventName || 'local'} event).`,
    );
    return undefined;
  }
  if (parsed.size === 0) return undefined;
  let online: OnlineFacts;
  try {
    const api = await github();
    online = await api.gatherOnlineFacts({
      token: inputs.token,
      context,
      release: [...parsed.values()].map((yaml) => yaml.data as Release),
      policy: policy.data,
      ...budget.limits(),
    });
  } catch (error) {
    online = { unavailable: `the GitHub API could not be asked: ${(error as Error).message}` };
  }
  if (online.unavailable) core.info(`Sign-offs were not verified: ${visibleControls(online.unavailable)}`);
  else core.info(`Sign-offs verified against the reviews of pull request #${pullRequestNumber(context)}.`);
  return online;
}

/** Why sign-offs were not checked against reviews, and how to have them checked, for the summary. */
function unverifiedReason(
  inputs: ActionInputs,
  context: RunContext,
  policy: LoadedPolicy,
): string | undefined {
  if (policy.data.severity?.['signoff-verified'] === 'off') return undefined;
  if (!inputs.token) {
    return 'no `github-token` was given. Leave the input at its default (`${{ github.token }}`), with `pull-requests: read` permission, on a `pull_request` event to have each sign-off matched to an approving review.';
  }
  if (pullRequestNumber(context) === undefined) {
    return `they are verified on pull requests only, and this run is a \`${context.eventName || 'local'}\` event. Run the check on \`pull_request\` to have each sign-off matched to an approving review.`;
  }
  return undefined;
}

/**
 * Prints the compiler-style report to the log. Workflow commands are suspended around it: the
 * report quotes users' files, and a line of theirs starting with `::` must not act on the runner.
 */
function logReport(text: string): void {
  const token = randomUUID();
  core.startGroup('release-policy report');
  process.stdout.write(
    `::stop-commands::${token}\n${text.endsWith('\n') ? text : `${text}\n`}::${token}::\n`,
  );
  core.endGroup();
}

function writeSummary(markdown: string, env: NodeJS.ProcessEnv): void {
  if (!env.GITHUB_STEP_SUMMARY) return;
  try {
    appendSummary(markdown, env);
  } catch (error) {
    core.warning(`release-policy: the job summary could not be written: ${(error as Error).message}`);
  }
}

/** The sticky pull request comment: the Markdown report, updated on each run. A failure only warns. */
async function comment(
  inputs: ActionInputs,
  context: RunContext,
  result: CheckResult,
  github: () => Promise<GithubApi>,
  budget: ApiBudget,
): Promise<void> {
  if (pullRequestNumber(context) === undefined) {
    core.info('No comment: this run is not about a pull request.');
    return;
  }
  if (!inputs.token) {
    core.warning('no comment: `github-token` is empty');
    return;
  }
  let outcome: { ok: true; url: string } | { ok: false; reason: string };
  try {
    const api = await github();
    outcome = await api.upsertStickyComment({
      token: inputs.token,
      context,
      body: render('markdown', result),
      ...budget.limits(),
    });
  } catch (error) {
    outcome = { ok: false, reason: (error as Error).message };
  }
  if (outcome.ok) core.info(`Pull request comment: ${outcome.url}`);
  else core.warning(`no comment: ${visibleControls(outcome.reason)}`);
}

/** Whether the step fails: `error` on an error finding, `warning` on either kind, `never` not. */
function fails(failOn: FailOn, result: CheckResult): boolean {
  const { errors, warnings } = result.summary;
  return failOn === 'error' ? errors > 0 : failOn === 'warning' ? errors + warnings > 0 : false;
}
