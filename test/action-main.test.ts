// The action's online path, in process, with the GitHub API replaced by a fake: sign-off
// verification on a pull request and the sticky comment. (test/action-github.test.ts runs the bundle
// against a fake GitHub API on 127.0.0.1.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../action/src/action/main.ts';
import type { GithubApi } from '../action/src/action/online.ts';
import type { OnlineFacts } from '../action/src/rules/context.ts';
import { REPO } from './helpers/cli.ts';
import { copyExample, parseOutputs } from './helpers/action.ts';
import { tempDir } from './helpers/temp.ts';

const NOW = '2026-12-04T12:00:00-05:00';
const temp = tempDir('inprocess');
// @actions/core's summary keeps the first GITHUB_STEP_SUMMARY it sees: one file for every test.
const summaryFile = join(temp, 'summary.md');
const outputFile = join(temp, 'output');
const eventFile = join(temp, 'event.json');

const PR_EVENT = {
  action: 'synchronize',
  number: 42,
  pull_request: {
    number: 42,
    user: { login: 'alice' },
    head: { sha: 'feedface', repo: { full_name: 'octoacme/payments-api' } },
    base: { repo: { full_name: 'octoacme/payments-api' } },
  },
  repository: { name: 'payments-api', full_name: 'octoacme/payments-api', owner: { login: 'octoacme' } },
};

/** Every signer of minor-compliant approved and holds their role, except @gina (UX), who did not approve. */
const FACTS: OnlineFacts = {
  author: '@alice',
  headSha: 'feedface',
  approvals: ['@bob', '@carol', '@erin', '@dana', '@frank', '@hugo'],
  roles: {
    '@bob': ['qa-lead'],
    '@carol': ['tech-lead'],
    '@erin': ['product-owner'],
    '@dana': ['release-manager'],
    '@frank': ['devops'],
    '@hugo': ['support-lead'],
    '@gina': ['ux'],
  },
};

interface Fake {
  api: GithubApi;
  gathered: Parameters<GithubApi['gatherOnlineFacts']>[0][];
  comments: Parameters<GithubApi['upsertStickyComment']>[0][];
}

function fake(
  facts: OnlineFacts | (() => Promise<OnlineFacts>),
  comment: Awaited<ReturnType<GithubApi['upsertStickyComment']>> = {
    ok: true,
    url: 'https://github.com/c/1',
  },
): Fake {
  const gathered: Fake['gathered'] = [];
  const comments: Fake['comments'] = [];
  return {
    gathered,
    comments,
    api: {
      async gatherOnlineFacts(args) {
        gathered.push(args);
        return typeof facts === 'function' ? facts() : facts;
      },
      async upsertStickyComment(args) {
        comments.push(args);
        return comment;
      },
    },
  };
}

let stdout: string[] = [];
const saved = { ...process.env };

beforeEach(() => {
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
});

afterAll(() => {
  process.exitCode = undefined;
});

async function act(
  workspace: string,
  inputs: Record<string, string>,
  github: Fake,
  event: { name: string; payload: object } = { name: 'pull_request', payload: PR_EVENT },
) {
  writeFileSync(eventFile, JSON.stringify(event.payload));
  const all: Record<string, string> = {
    config: 'release.yml',
    policy: 'octoacme',
    mode: 'plan',
    notes: '',
    now: NOW,
    'github-token': 'ghs_fake',
    comment: 'false',
    sarif: '',
    'fail-on': 'error',
    ...inputs,
  };
  for (const [name, value] of Object.entries(all)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(process.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'octoacme/payments-api',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
  });
  await run({ github: async () => github.api });
  const code = process.exitCode ?? 0;
  process.exitCode = undefined;
  return {
    code,
    stdout: stdout.join(''),
    summary: readFileSync(summaryFile, 'utf8'),
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
  };
}

const compliant = join(REPO, 'examples/minor-compliant');

describe('on a pull request with a token', () => {
  it('asks the GitHub API about the release and shows each sign-off verified or not', async () => {
    const github = fake(FACTS);
    const result = await act(compliant, {}, github);
    expect(github.gathered).toHaveLength(1);
    const args = github.gathered[0]!;
    expect(args.token).toBe('ghs_fake');
    expect(args.context.eventName).toBe('pull_request');
    expect(args.context.repo).toEqual({ owner: 'octoacme', repo: 'payments-api' });
    expect((args.context.payload['pull_request'] as { number: number }).number).toBe(42);
    expect(args.release.map((r) => `${r.product} ${r.version}`)).toEqual(['payments-api 2.4.0']);
    expect(Object.keys(args.policy.roles ?? {})).toContain('qa-lead');
    expect(args.signal).toBeInstanceOf(AbortSignal);

    expect(result.summary).toContain(
      'Sign-offs were checked against the pull request’s approving reviews and the policy’s teams.',
    );
    expect(result.summary).toContain(
      '| QA Lead (`qa-lead`) | minor release | @\u200bbob on 2026-12-01 | ✅ verified |',
    );
    expect(result.summary).toContain(
      '| UX (`ux`) | UI changes | @\u200bgina on 2026-11-30 | ❌ not verified: no approving review on the head commit |',
    );
    expect(result.stdout).toContain('Sign-offs verified against the reviews of pull request #42.');
  });

  it('says so when the API could not verify anything, and checks on offline', async () => {
    const github = fake({ unavailable: 'a pull request from a fork: its token cannot read reviews' });
    const result = await act(compliant, {}, github);
    expect(result.stdout).toContain(
      'Sign-offs were not verified: a pull request from a fork: its token cannot read reviews',
    );
    expect(result.summary).toContain(
      'Sign-offs could not be verified: a pull request from a fork: its token cannot read reviews.',
    );
    expect(result.summary).toContain(
      '| QA Lead (`qa-lead`) | minor release | @\u200bbob on 2026-12-01 | ☑️ present |',
    );
  });

  it('survives an API module that throws', async () => {
    const github = fake(async () => {
      throw new Error('boom');
    });
    const result = await act(compliant, {}, github);
    expect(result.stdout).toContain('Sign-offs were not verified: the GitHub API could not be asked: boom');
    expect(result.stdout).not.toContain('internal error');
    expect(result.outputs.report).toMatch(/\/release-policy-\w{6}\/release-policy-report\.json$/);
  });

  it('does not ask when the policy switches signoff-verified off', async () => {
    const root = copyExample('minor-compliant');
    writeFileSync(join(root, 'policy.yml'), 'extends: octoacme\nseverity:\n  signoff-verified: "off"\n');
    const github = fake(FACTS);
    const result = await act(root, { policy: 'policy.yml' }, github);
    expect(github.gathered).toHaveLength(0);
    expect(result.code).toBe(0);
  });

  it('does not ask without a token, nor on a push', async () => {
    const github = fake(FACTS);
    await act(compliant, { 'github-token': '' }, github);
    await act(compliant, {}, github, { name: 'push', payload: { ref: 'refs/heads/main' } });
    expect(github.gathered).toHaveLength(0);
  });
});

describe('the sticky comment', () => {
  it('writes the Markdown report on the pull request', async () => {
    const github = fake({ unavailable: 'not needed here' });
    const result = await act(compliant, { comment: 'true' }, github);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toMatch(/^## ✅ release-policy: pass/);
    expect(github.comments[0]!.body.length).toBeLessThanOrEqual(65_536);
    expect(github.comments[0]!.context.eventName).toBe('pull_request');
    expect(result.stdout).toContain('Pull request comment: https://github.com/c/1');
  });

  it('warns, and does not fail the step, when the token cannot write', async () => {
    const reason = 'the token cannot write pull requests (add `pull-requests: write`)';
    const github = fake({ unavailable: 'not needed here' }, { ok: false, reason });
    const result = await act(compliant, { comment: 'true' }, github);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`::warning::no comment: ${reason}\n`);
  });

  it('is not written unless asked for', async () => {
    const github = fake({ unavailable: 'not needed here' });
    await act(compliant, {}, github);
    expect(github.comments).toHaveLength(0);
  });
});
