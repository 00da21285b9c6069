/**
 * The action's GitHub API calls against a real HTTP server on 127.0.0.1 that answers the few REST
 * endpoints used, with JSON shaped like GitHub's, through octokit's `baseUrl`.
 */
import type * as actionsGithub from '@actions/github';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scrub } from '../action/src/github/client.ts';
import { STICKY_MARKER, upsertStickyComment } from '../action/src/action/github/comment.ts';
import {
  type GitHubContext,
  gatherOnlineFacts,
  NOT_A_PULL_REQUEST,
} from '../action/src/action/github/facts.ts';
import type { Release } from '../action/src/engine/types/index.ts';
import type { OnlineFacts } from '../action/src/rules/context.ts';
import { signoffVerified } from '../action/src/rules/signoff-verified.ts';
import {
  type Answer,
  FORBIDDEN,
  type FakeGitHub,
  fakeGitHub,
  NOT_FOUND,
  type Route,
} from './helpers/fake-github.ts';
import { octoacmePolicy, places, runRule } from './helpers/rules.ts';

// `github.context` from @actions/github is what the adapter passes.
const _contextFits = (context: typeof actionsGithub.context): GitHubContext => context;

const TOKEN = 'ghs_test0123456789abcdefTOKEN';
const HEAD = '9f2c4e1a7b3d5f60718293a4b5c6d7e8f9012345';
const OLD = '1111111aaaaaaabbbbbbbcccccccddddddd000000';
const OWNER = 'octoacme';
const REPO = 'payments-api';
const PR = 42;
const REVIEWS = `/repos/${OWNER}/${REPO}/pulls/${PR}/reviews`;
const COMMENTS = `/repos/${OWNER}/${REPO}/issues/${PR}/comments`;
/** Tiny waits, a short bound: a test never sleeps for real. */
const LIMITS = { retries: 2, maxWaitSeconds: 10, msPerSecond: 5, timeoutMs: 5_000 };

const RELEASE = `product: payments-api
version: '1.0.1'
previous: '1.0.0'
type: patch
date: 2026-12-08T15:00:00-05:00
signoffs:
  - { role: qa, by: '@bob', date: '2026-12-01' }
  - { role: tech-lead, by: '@carol', date: '2026-12-01' }
exceptions:
  - { rule: lead-time, reason: hotfix, approved_by: '@dana', expires: '2026-12-10' }
`;

// ---------------------------------------------------------------------------------------------
// GitHub's shapes.

/** GraphQL's `viewer` for GITHUB_TOKEN: the account the action's comments are written by. */
const VIEWER: Record<string, Route> = {
  'POST /graphql': { body: { data: { viewer: { login: 'github-actions[bot]' } } } },
};

let reviewId = 1000;
function review(login: string, state: string, commit: string, at: string) {
  return {
    id: ++reviewId,
    node_id: `PRR_${reviewId}`,
    user: { login, id: login.length, type: 'User' },
    body: '',
    state,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#pullrequestreview-${reviewId}`,
    commit_id: commit,
    submitted_at: at,
    author_association: 'MEMBER',
  };
}

/** Team memberships: team slug → its active members. */
const TEAMS: Record<string, string[]> = {
  qa: ['bob'],
  'tech-leads': ['carol'],
  'release-managers': ['dana'],
};

/** The organization's teams and their memberships, as GitHub answers them. */
function teamRoutes(teams: Record<string, string[]> = TEAMS): Record<string, Route> {
  return {
    [`GET /orgs/${OWNER}/teams/*`]: (_request, url) => {
      const slug = url.pathname.split('/')[4]!;
      return { body: { id: slug.length, slug, name: slug, privacy: 'closed' } };
    },
    [`GET /orgs/${OWNER}/teams/*/memberships/*`]: (_request, url) => {
      const [, , , , slug, , user] = url.pathname.split('/');
      const member = teams[slug!]?.includes(user!);
      return member
        ? {
            body: {
              url: `https://api.github.com/teams/1/memberships/${user}`,
              role: 'member',
              state: 'active',
            },
          }
        : { status: 404, body: NOT_FOUND };
    },
  };
}

function pullRequest(over: { head?: string; fork?: string | null; payloadOnly?: boolean } = {}) {
  return {
    number: PR,
    state: 'open',
    user: { login: 'alice', type: 'User' },
    head: {
      sha: over.head ?? HEAD,
      ref: 'release/1.0.1',
      repo: over.fork === null ? null : { full_name: over.fork ?? `${OWNER}/${REPO}` },
    },
    base: { sha: OLD, ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } },
  };
}

function context(eventName = 'pull_request', pr: object | undefined = pullRequest()): GitHubContext {
  return {
    eventName,
    repo: { owner: OWNER, repo: REPO },
    payload: pr ? { action: 'synchronize', pull_request: pr } : {},
  };
}

function gather(
  server: Pick<FakeGitHub, 'url'>,
  over: { context?: GitHubContext; release?: string; limits?: typeof LIMITS } = {},
) {
  return gatherOnlineFacts({
    token: TOKEN,
    context: over.context ?? context(),
    release: parse(over.release ?? RELEASE) as Release,
    policy: octoacmePolicy().data,
    baseUrl: server.url,
    limits: over.limits ?? LIMITS,
  });
}

/** What `signoff-verified` reports on the release with these facts. */
function verify(online: OnlineFacts, release = RELEASE): string[] {
  return places(runRule(signoffVerified, { release, online }));
}

function expectTokenNeverShown(server: FakeGitHub, ...results: unknown[]) {
  expect(server.seen.length).toBeGreaterThan(0);
  for (const request of server.seen) expect(request.authorization).toBe(`token ${TOKEN}`);
  for (const result of results) expect(JSON.stringify(result)).not.toContain(TOKEN);
}

// ---------------------------------------------------------------------------------------------

describe('gatherOnlineFacts', () => {
  it('counts approvals of the head commit only; resolves roles through team membership', async () => {
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: {
        body: [
          review('bob', 'APPROVED', HEAD, '2026-12-01T10:00:00Z'),
          review('carol', 'APPROVED', OLD, '2026-11-30T10:00:00Z'),
          review('erin', 'COMMENTED', HEAD, '2026-12-01T11:00:00Z'),
        ],
      },
      ...teamRoutes(),
    });
    const facts = await gather(server);
    expect(facts).toEqual({
      author: '@alice',
      headSha: HEAD,
      approvals: ['@bob'],
      roles: { '@bob': ['qa-lead'], '@carol': ['tech-lead'], '@dana': ['release-manager'] },
      unresolved: {},
    });
    expect(verify(facts)).toEqual([
      "8:28 error @carol has no approving review on the pull request's head commit (9f2c4e1)",
    ]);
    // Reviews first, then each team once and each membership once, whatever the order they ran in.
    const lines = server.lines();
    expect(lines[0]).toBe(`GET ${REVIEWS}?per_page=100`);
    expect(lines).toContain(`GET /orgs/${OWNER}/teams/qa/memberships/bob`);
    expect(lines).toContain(`GET /orgs/${OWNER}/teams/release-managers/memberships/dana`);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.every((line) => line.startsWith('GET '))).toBe(true);
    expectTokenNeverShown(server, facts);
  });

  it('a later request for changes overrides an approval; a later comment does not', async () => {
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: {
        body: [
          review('bob', 'APPROVED', HEAD, '2026-12-01T10:00:00Z'),
          review('carol', 'APPROVED', HEAD, '2026-12-01T10:05:00Z'),
          review('bob', 'CHANGES_REQUESTED', HEAD, '2026-12-01T12:00:00Z'),
          review('carol', 'COMMENTED', HEAD, '2026-12-01T12:30:00Z'),
          review('dana', 'CHANGES_REQUESTED', OLD, '2026-11-29T12:00:00Z'),
          review('dana', 'APPROVED', HEAD, '2026-12-01T13:00:00Z'),
          // A deleted account's review (GitHub's "ghost") names no one.
          { ...review('ghost', 'APPROVED', HEAD, '2026-12-01T14:00:00Z'), user: null },
        ],
      },
      ...teamRoutes(),
    });
    const facts = await gather(server);
    expect(facts.approvals).toEqual(['@carol', '@dana']);
    expect(verify(facts)).toEqual([
      "7:21 error @bob has no approving review on the pull request's head commit (9f2c4e1)",
    ]);
  });

  it('a signer who is in none of the role’s teams holds no role (404 on membership = not a member)', async () => {
    const release = RELEASE.replace("by: '@bob'", "by: '@mallory'");
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: {
        body: [
          review('mallory', 'APPROVED', HEAD, '2026-12-01T10:00:00Z'),
          review('carol', 'APPROVED', HEAD, '2026-12-01T10:00:00Z'),
        ],
      },
      ...teamRoutes(),
    });
    const facts = await gather(server, { release });
    expect(facts.roles).toEqual({ '@mallory': [], '@carol': ['tech-lead'], '@dana': ['release-manager'] });
    expect(facts.unresolved).toEqual({});
    // Every team of every role was asked about @mallory: 404 each time.
    expect(server.lines().filter((l) => l.endsWith('/memberships/mallory'))).toHaveLength(9);
    expect(verify(facts, release)).toEqual([
      "7:21 error @mallory is not one of QA Lead's users or teams (@octoacme/qa)",
    ]);
  });

  it('a team GitHub does not show (404) leaves membership unresolved rather than "not a member"', async () => {
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: { body: [review('bob', 'APPROVED', HEAD, '2026-12-01T10:00:00Z')] },
      [`GET /orgs/${OWNER}/teams/*`]: { status: 404, body: NOT_FOUND },
    });
    const facts = await gather(server);
    expect(facts.roles).toEqual({});
    expect(facts.unresolved!['@bob']).toMatch(
      /^the team @octoacme\/\S+ does not exist or the token cannot see it \(404: reading it needs the organization permission members: read/,
    );
    expect(server.lines().some((l) => l.includes('/memberships/'))).toBe(false);
  });

  it('403 on team membership (no members: read): unresolved, asked once per organization, and a warning', async () => {
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: {
        body: [
          review('bob', 'APPROVED', HEAD, '2026-12-01T10:00:00Z'),
          review('carol', 'APPROVED', HEAD, '2026-12-01T10:00:00Z'),
        ],
      },
      [`GET /orgs/${OWNER}/teams/*`]: { body: { slug: 'x' } },
      [`GET /orgs/${OWNER}/teams/*/memberships/*`]: { status: 403, body: FORBIDDEN },
    });
    const facts = await gather(server);
    const reason =
      'the token cannot read team membership in @octoacme (403: it needs the organization permission members: read, which GITHUB_TOKEN never has; use a GitHub App or fine-grained token)';
    expect(facts).toMatchObject({
      approvals: ['@bob', '@carol'],
      roles: {},
      unresolved: { '@bob': reason, '@carol': reason, '@dana': reason },
    });
    // Handles are looked up four at a time: at most one membership request each before the org is known to refuse.
    expect(server.lines().filter((l) => l.includes('/memberships/')).length).toBeLessThanOrEqual(3);
    expect(verify(facts)).toEqual([
      `7:21 warning team membership of @bob could not be read: ${reason}`,
      `8:28 warning team membership of @carol could not be read: ${reason}`,
    ]);
    expectTokenNeverShown(server, facts);
  });

  it('a team signs through an approving member', async () => {
    const release = RELEASE.replace("by: '@bob'", "by: '@octoacme/qa'");
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: {
        body: [
          review('carol', 'APPROVED', HEAD, '2026-12-01T10:00:00Z'),
          review('bob', 'APPROVED', HEAD, '2026-12-01T10:00:00Z'),
        ],
      },
      ...teamRoutes(),
    });
    const facts = await gather(server, { release });
    expect(facts.approvals).toEqual(['@bob', '@carol', '@octoacme/qa']);
    expect(facts.roles!['@octoacme/qa']).toEqual(['qa-lead']);
    expect(verify(facts, release)).toEqual([]);

    // No approving member: the team has not signed.
    const none = await fakeGitHub({
      [`GET ${REVIEWS}`]: { body: [review('carol', 'APPROVED', HEAD, '2026-12-01T10:00:00Z')] },
      ...teamRoutes(),
    });
    const unsigned = await gather(none, { release });
    expect(unsigned.approvals).toEqual(['@carol']);
    expect(verify(unsigned, release)).toEqual([
      "7:21 error no member of @octoacme/qa has an approving review on the pull request's head commit (9f2c4e1)",
    ]);
  });

  it('follows the link header through two pages of reviews', async () => {
    let base = '';
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: (_request, url) =>
        url.searchParams.get('page') === '2'
          ? { body: [review('bob', 'APPROVED', HEAD, '2026-12-01T10:00:00Z')] }
          : {
              body: [
                review('bob', 'CHANGES_REQUESTED', HEAD, '2026-11-30T10:00:00Z'),
                review('carol', 'APPROVED', HEAD, '2026-11-30T10:00:00Z'),
              ],
              headers: {
                link: `<${base}${REVIEWS}?per_page=100&page=2>; rel="next", <${base}${REVIEWS}?per_page=100&page=2>; rel="last"`,
              },
            },
      ...teamRoutes(),
    });
    base = server.url;
    const facts = await gather(server);
    expect(facts.approvals).toEqual(['@bob', '@carol']);
    expect(server.lines().slice(0, 2)).toEqual([
      `GET ${REVIEWS}?per_page=100`,
      `GET ${REVIEWS}?per_page=100&page=2`,
    ]);
    expectTokenNeverShown(server, facts);
  });

  it('does not follow a next page to another origin (the token goes nowhere else)', async () => {
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: {
        body: [review('bob', 'APPROVED', HEAD, '2026-12-01T10:00:00Z')],
        headers: { link: `<http://198.51.100.7${REVIEWS}?page=2>; rel="next"` },
      },
      ...teamRoutes(),
    });
    const facts = await gather(server);
    expect(facts.approvals).toEqual(['@bob']);
    expect(server.lines().filter((l) => l.includes('/reviews'))).toHaveLength(1);
  });

  it('403 on reviews: unavailable, with the author and head commit kept', async () => {
    const server = await fakeGitHub({ [`GET ${REVIEWS}`]: { status: 403, body: FORBIDDEN } });
    const facts = await gather(server);
    expect(facts).toEqual({
      unavailable: "the token cannot read the pull request's reviews (403: it needs pull-requests: read)",
      author: '@alice',
      headSha: HEAD,
    });
    expect(server.lines()).toEqual([`GET ${REVIEWS}?per_page=100`]); // a 403 is not retried
    expect(verify(facts)).toEqual([
      "6:1 warning sign-offs could not be verified: the token cannot read the pull request's reviews (403: it needs pull-requests: read)",
    ]);
    expectTokenNeverShown(server, facts);
  });

  it('a truncated or garbled answer: unavailable, saying what could not be read', async () => {
    for (const raw of [
      '[{"id": 1, "user": {"login": "bob"}, "st',
      '<html>502 Bad Gateway</html>',
      '{"message": "ok"}',
    ]) {
      const server = await fakeGitHub({ [`GET ${REVIEWS}`]: { raw } });
      const facts = await gather(server);
      expect(facts.unavailable).toMatch(
        /^GitHub's answer was not the JSON expected \(page 1 of \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\/reviews: (text that does not parse|an object) instead of a list\) when asked to read the pull request's reviews$/,
      );
      expect(facts).toMatchObject({ author: '@alice', headSha: HEAD });
      expect(verify(facts)).toEqual([`6:1 warning sign-offs could not be verified: ${facts.unavailable}`]);
    }
    const items = await fakeGitHub({ [`GET ${REVIEWS}`]: { body: [null] } });
    expect((await gather(items)).unavailable).toMatch(/an item of page 1 of .*: null instead of an object/);
  });

  it('a garbled membership answer leaves that handle unresolved, not "not a member"', async () => {
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: { body: [review('bob', 'APPROVED', HEAD, '2026-12-01T10:00:00Z')] },
      ...teamRoutes(),
      [`GET /orgs/${OWNER}/teams/*/memberships/*`]: { raw: '{"state": "act' },
    });
    const facts = await gather(server);
    expect(facts.unresolved!['@bob']).toMatch(
      /^GitHub's answer was not the JSON expected \(@bob's membership of @octoacme\/\S+: text that does not parse/,
    );
  });

  it('401 on reviews: unavailable', async () => {
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: { status: 401, body: { message: 'Bad credentials', status: '401' } },
    });
    expect((await gather(server)).unavailable).toBe(
      "GitHub refused the token (401) when asked to read the pull request's reviews",
    );
  });

  it('rate limit (429, x-ratelimit-remaining: 0): waits as told, retries, then succeeds', async () => {
    const limited: Answer = {
      status: 429,
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest',
      },
      headers: {
        'retry-after': '1',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
      },
    };
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: [limited, { body: [review('bob', 'APPROVED', HEAD, '2026-12-01T10:00:00Z')] }],
      ...teamRoutes(),
    });
    const started = Date.now();
    const facts = await gather(server);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(facts.unavailable).toBeUndefined();
    expect(facts.approvals).toEqual(['@bob']);
    expect(server.lines().filter((l) => l.includes('/reviews'))).toHaveLength(2);
  });

  it('secondary rate limit (403 with retry-after): retried, then succeeds', async () => {
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: [
        {
          status: 403,
          body: {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          },
          headers: { 'retry-after': '1' },
        },
        { body: [review('bob', 'APPROVED', HEAD, '2026-12-01T10:00:00Z')] },
      ],
      ...teamRoutes(),
    });
    const facts = await gather(server);
    expect(facts.approvals).toEqual(['@bob']);
    expect(server.lines().filter((l) => l.includes('/reviews'))).toHaveLength(2);
  });

  it('a 429 that says nothing of its limit: waits a minute (scaled), retries, then succeeds', async () => {
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: [
        { status: 429, body: { message: 'Too Many Requests' } },
        { body: [review('bob', 'APPROVED', HEAD, '2026-12-01T10:00:00Z')] },
      ],
      ...teamRoutes(),
    });
    const started = Date.now();
    const facts = await gather(server, { limits: { ...LIMITS, maxWaitSeconds: 60 } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(60 * LIMITS.msPerSecond);
    expect(facts.unavailable).toBeUndefined();
    expect(facts.approvals).toEqual(['@bob']);
    expect(server.lines().filter((l) => l.includes('/reviews'))).toHaveLength(2);
  });

  it('a 429 that says nothing, when a minute is longer than the longest wait: gives up at once', async () => {
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: { status: 429, body: { message: 'Too Many Requests' } },
    });
    const facts = await gather(server);
    expect(facts.unavailable).toBe(
      "the GitHub API rate limit ran out while trying to read the pull request's reviews",
    );
    expect(server.lines()).toHaveLength(1);
  });

  it('rate limit still exhausted after two retries: unavailable', async () => {
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: {
        status: 429,
        body: { message: 'API rate limit exceeded' },
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) },
      },
    });
    const facts = await gather(server);
    expect(facts.unavailable).toMatch(
      /^the GitHub API rate limit ran out while trying to read the pull request's reviews \(it resets at \d{4}-/,
    );
    expect(server.lines()).toHaveLength(3);
  });

  it('a rate limit that resets later than the longest wait: gives up at once instead of hanging CI', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: {
        status: 403,
        body: { message: 'API rate limit exceeded' },
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      },
    });
    const started = Date.now();
    const facts = await gather(server);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(facts.unavailable).toBe(
      `the GitHub API rate limit ran out while trying to read the pull request's reviews (it resets at ${new Date(reset * 1000).toISOString()})`,
    );
    expect(server.lines()).toHaveLength(1);
  });

  it('a server that does not answer: unavailable within the time bound', async () => {
    const server = await fakeGitHub({ [`GET ${REVIEWS}`]: 'hang' });
    const started = Date.now();
    const facts = await gatherOnlineFacts({
      token: TOKEN,
      context: context(),
      release: parse(RELEASE) as Release,
      policy: octoacmePolicy().data,
      baseUrl: server.url,
      limits: { ...LIMITS, timeoutMs: 300 },
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(facts).toEqual({
      unavailable:
        "the GitHub API's time budget (0.3 s in all) ran out while trying to read the pull request's reviews",
      author: '@alice',
      headSha: HEAD,
    });
  });

  it('the caller cancels: unavailable', async () => {
    const server = await fakeGitHub({ [`GET ${REVIEWS}`]: 'hang' });
    const controller = new AbortController();
    const pending = gatherOnlineFacts({
      token: TOKEN,
      context: context(),
      release: parse(RELEASE) as Release,
      policy: octoacmePolicy().data,
      baseUrl: server.url,
      signal: controller.signal,
      limits: LIMITS,
    });
    setTimeout(() => controller.abort(), 50);
    expect((await pending).unavailable).toBe(
      "the check was cancelled while trying to read the pull request's reviews",
    );
  });

  it('a network error (the server is gone): unavailable, after the retries', async () => {
    const server = await fakeGitHub({});
    await server.close();
    const facts = await gather(server);
    expect(facts.unavailable).toMatch(
      /^the GitHub API could not be reached to read the pull request's reviews \(.*ECONNREFUSED.*\)$/,
    );
    expect(facts.author).toBe('@alice');
    expect(JSON.stringify(facts)).not.toContain(TOKEN);
  });

  it('a pull request from a fork: unavailable, nothing asked', async () => {
    const server = await fakeGitHub({});
    const facts = await gather(server, {
      context: context('pull_request', pullRequest({ fork: 'mallory/payments-api' })),
    });
    expect(facts).toEqual({
      unavailable:
        'a pull request from a fork (mallory/payments-api) runs with a read-only token, which cannot verify reviews and team membership',
      author: '@alice',
      headSha: HEAD,
    });
    const deleted = await gather(server, {
      context: context('pull_request_review', pullRequest({ fork: null })),
    });
    expect(deleted.unavailable).toMatch(/^a pull request from a fork \(whose repository was deleted\)/);
    expect(server.seen).toEqual([]);
  });

  it('pull_request_target runs with the base repository’s token: a fork’s pull request is verified', async () => {
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: { body: [review('bob', 'APPROVED', HEAD, '2026-12-01T10:00:00Z')] },
      ...teamRoutes(),
    });
    const facts = await gather(server, {
      context: context('pull_request_target', pullRequest({ fork: 'mallory/payments-api' })),
    });
    expect(facts.unavailable).toBeUndefined();
    expect(facts.approvals).toEqual(['@bob']);
  });

  it('not a pull request: unavailable, nothing asked', async () => {
    const server = await fakeGitHub({});
    expect(await gather(server, { context: context('push', undefined) })).toEqual({
      unavailable: NOT_A_PULL_REQUEST,
    });
    // A context whose `repo` throws (as @actions/github's does without GITHUB_REPOSITORY) is no pull request either.
    const throwing = {
      eventName: 'pull_request',
      payload: { pull_request: pullRequest() },
      get repo(): { owner: string; repo: string } {
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
      },
    };
    expect(await gather(server, { context: throwing })).toEqual({ unavailable: NOT_A_PULL_REQUEST });
    expect(server.seen).toEqual([]);
  });

  it('a payload without the head commit: reads the pull request first', async () => {
    const server = await fakeGitHub({
      [`GET /repos/${OWNER}/${REPO}/pulls/${PR}`]: { body: pullRequest() },
      [`GET ${REVIEWS}`]: { body: [review('bob', 'APPROVED', HEAD, '2026-12-01T10:00:00Z')] },
      ...teamRoutes(),
    });
    const facts = await gather(server, { context: context('pull_request', { number: PR }) });
    expect(facts).toMatchObject({ author: '@alice', headSha: HEAD, approvals: ['@bob'] });
    expect(server.lines().slice(0, 2)).toEqual([
      `GET /repos/${OWNER}/${REPO}/pulls/${PR}`,
      `GET ${REVIEWS}?per_page=100`,
    ]);
  });

  it('no token: unavailable, nothing asked', async () => {
    const server = await fakeGitHub({});
    const facts = await gatherOnlineFacts({
      token: ' ',
      context: context(),
      release: parse(RELEASE) as Release,
      policy: octoacmePolicy().data,
      baseUrl: server.url,
    });
    expect(facts).toEqual({
      unavailable: 'no GitHub token was given to read the reviews',
      author: '@alice',
      headSha: HEAD,
    });
    expect(server.seen).toEqual([]);
  });

  it('the token never shows, even where an error message carries it', () => {
    expect(scrub(`connect failed for token ${TOKEN}`, TOKEN)).toBe('connect failed for token ***');
  });
});

// ---------------------------------------------------------------------------------------------

describe('upsertStickyComment', () => {
  /** An issue's comments, kept by the fake server. */
  function commentStore(options: { forbidWrites?: boolean } = {}) {
    let nextId = 500;
    const comments = [
      {
        id: ++nextId,
        body: 'LGTM',
        html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${nextId}`,
        user: { login: 'carol' },
      },
    ];
    const routes: Record<string, Route> = {
      ...VIEWER,
      [`GET ${COMMENTS}`]: () => ({ body: comments }),
      [`POST ${COMMENTS}`]: (request) => {
        if (options.forbidWrites) return { status: 403, body: FORBIDDEN };
        const id = ++nextId;
        const comment = {
          id,
          body: (request.body as { body: string }).body,
          html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${id}`,
          user: { login: 'github-actions[bot]' },
        };
        comments.push(comment);
        return { status: 201, body: comment };
      },
      [`PATCH /repos/${OWNER}/${REPO}/issues/comments/*`]: (request, url) => {
        const comment = comments.find((c) => String(c.id) === url.pathname.split('/').at(-1));
        if (!comment) return { status: 404, body: NOT_FOUND };
        comment.body = (request.body as { body: string }).body;
        return { body: comment };
      },
    };
    return { comments, routes };
  }

  const upsert = (server: FakeGitHub, body: string, ctx = context()) =>
    upsertStickyComment({ token: TOKEN, context: ctx, body, baseUrl: server.url, limits: LIMITS });

  it('creates the comment once, then updates it: never a second one', async () => {
    const store = commentStore();
    const server = await fakeGitHub(store.routes);
    const first = await upsert(server, '## release-policy\n2 errors');
    expect(first).toEqual({
      ok: true,
      url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-502`,
      updated: false,
    });
    const second = await upsert(server, '## release-policy\nall clear');
    expect(second).toEqual({ ok: true, url: first.ok ? first.url : '', updated: true });
    expect(store.comments.filter((c) => c.body.includes(STICKY_MARKER))).toHaveLength(1);
    expect(store.comments.at(-1)!.body).toBe(`${STICKY_MARKER}\n## release-policy\nall clear`);
    expect(server.lines()).toEqual([
      'POST /graphql',
      `GET ${COMMENTS}?per_page=100`,
      `POST ${COMMENTS}`,
      'POST /graphql',
      `GET ${COMMENTS}?per_page=100`,
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/502`,
    ]);
    expectTokenNeverShown(server, first, second);
  });

  it('GraphQL’s rate limit (200, RATE_LIMITED): waits for the reset, asks again, then writes', async () => {
    const store = commentStore();
    const limited: Answer = {
      body: { data: null, errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded' }] },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) },
    };
    const server = await fakeGitHub({
      ...store.routes,
      'POST /graphql': [limited, { body: { data: { viewer: { login: 'github-actions[bot]' } } } }],
    });
    const result = await upsert(server, '## release-policy\n2 errors');
    expect(result.ok).toBe(true);
    expect(server.lines().filter((l) => l === 'POST /graphql')).toHaveLength(2);
  });

  it('finds its own marked comment on a later page, past a fake one someone else posted first', async () => {
    let base = '';
    const fake = {
      id: 666,
      body: `${STICKY_MARKER}\n## release-policy: ✅ pass`,
      html_url: 'https://github.com/x#issuecomment-666',
      user: { login: 'mallory' },
    };
    const marked = {
      id: 777,
      body: `${STICKY_MARKER}\nold report`,
      html_url: 'https://github.com/x#issuecomment-777',
      user: { login: 'GitHub-Actions[bot]' },
    };
    const server = await fakeGitHub({
      ...VIEWER,
      [`GET ${COMMENTS}`]: (_request, url) =>
        url.searchParams.get('page') === '2'
          ? { body: [marked] }
          : {
              body: [{ id: 1, body: 'first', html_url: 'h', user: { login: 'a' } }, fake],
              headers: { link: `<${base}${COMMENTS}?per_page=100&page=2>; rel="next"` },
            },
      [`PATCH /repos/${OWNER}/${REPO}/issues/comments/777`]: (request) => ({
        body: { ...marked, body: (request.body as { body: string }).body },
      }),
    });
    base = server.url;
    expect(await upsert(server, `${STICKY_MARKER}\nnew report`)).toEqual({
      ok: true,
      url: marked.html_url,
      updated: true,
    });
    expect(server.seen.at(-1)!.body).toEqual({ body: `${STICKY_MARKER}\nnew report` });
  });

  it('never takes over a marked comment by another account: writes its own', async () => {
    const store = commentStore();
    store.comments.push({
      id: 600,
      body: `${STICKY_MARKER}\n## release-policy: ✅ pass`,
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-600`,
      user: { login: 'mallory' },
    });
    const server = await fakeGitHub(store.routes);
    const result = await upsert(server, '## release-policy\n2 errors');
    expect(result).toMatchObject({ ok: true, updated: false });
    expect(server.lines()).toEqual(['POST /graphql', `GET ${COMMENTS}?per_page=100`, `POST ${COMMENTS}`]);
    expect(store.comments.find((c) => c.id === 600)!.body).toContain('✅ pass');
  });

  it('a personal token: its user owns the comment (GraphQL viewer)', async () => {
    const store = commentStore();
    store.comments.push({
      id: 601,
      body: `${STICKY_MARKER}\nold`,
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-601`,
      user: { login: 'release-bot' },
    });
    const server = await fakeGitHub({
      ...store.routes,
      'POST /graphql': { body: { data: { viewer: { login: 'release-bot' } } } },
    });
    expect(await upsert(server, 'new')).toMatchObject({ ok: true, updated: true });
  });

  it('an answer that is not the JSON expected: ok false with what could not be read', async () => {
    const store = commentStore();
    const truncated = await fakeGitHub({ ...store.routes, [`GET ${COMMENTS}`]: { raw: '[{"id": 5, "bo' } });
    expect(await upsert(truncated, 'report')).toEqual({
      ok: false,
      reason:
        "GitHub's answer was not the JSON expected (page 1 of /repos/{owner}/{repo}/issues/{issue_number}/comments: text that does not parse instead of a list) when asked to read the pull request's comments",
    });
    const created = await fakeGitHub({ ...store.routes, [`POST ${COMMENTS}`]: { status: 201, body: {} } });
    expect(await upsert(created, 'report')).toEqual({
      ok: false,
      reason:
        "GitHub's answer was not the JSON expected (the comment written: no html_url) when asked to write the pull request",
    });
  });

  it('403 on create: the token cannot write', async () => {
    const store = commentStore({ forbidWrites: true });
    const server = await fakeGitHub(store.routes);
    const result = await upsert(server, 'report');
    expect(result).toEqual({
      ok: false,
      reason: 'the token cannot write to the pull request (needs pull-requests: write)',
    });
    expect(server.lines().filter((l) => l.startsWith(`POST ${COMMENTS}`))).toHaveLength(1); // not retried
    expectTokenNeverShown(server, result);
  });

  it('403 on listing: the token cannot read the comments', async () => {
    const server = await fakeGitHub({ ...VIEWER, [`GET ${COMMENTS}`]: { status: 403, body: FORBIDDEN } });
    expect(await upsert(server, 'report')).toEqual({
      ok: false,
      reason: "the token cannot read the pull request's comments (403: it needs pull-requests: read)",
    });
  });

  it('not a pull request: nothing to comment on, nothing asked', async () => {
    const server = await fakeGitHub({});
    expect(await upsert(server, 'report', context('push', undefined))).toEqual({
      ok: false,
      reason: 'not a pull request event: there is no pull request to comment on',
    });
    expect(server.seen).toEqual([]);
  });

  it('the server is gone: ok false with why', async () => {
    const server = await fakeGitHub({});
    await server.close();
    const result = await upsert(server, 'report');
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.reason).toMatch(
      /^the GitHub API could not be reached to read which account the token belongs to/,
    );
  });
});
