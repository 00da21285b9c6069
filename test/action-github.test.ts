/**
 * The committed action bundle, run as the runner runs it, against a fake GitHub REST API on
 * 127.0.0.1 (`GITHUB_API_URL`): what a pull request or an API answer contains can't switch the gate
 * off, stall it, or make it speak for someone else.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/cli.ts';
import { copyExample, runActionAsync } from './helpers/action.ts';
import { fakeGitHub, type Route } from './helpers/fake-github.ts';

const OWNER = 'octoacme';
const REPO_NAME = 'payments-api';
const PR = 42;
const HEAD = '9f2c4e1a7b3d5f60718293a4b5c6d7e8f9012345';
const REVIEWS = `/repos/${OWNER}/${REPO_NAME}/pulls/${PR}/reviews`;
const COMMENTS = `/repos/${OWNER}/${REPO_NAME}/issues/${PR}/comments`;
const NOW = '2026-12-04T12:00:00-05:00';
const workspace = join(REPO, 'examples/minor-compliant');

const PR_EVENT = {
  name: 'pull_request',
  payload: {
    action: 'synchronize',
    number: PR,
    pull_request: {
      number: PR,
      user: { login: 'alice' },
      head: { sha: HEAD, repo: { full_name: `${OWNER}/${REPO_NAME}` } },
      base: { repo: { full_name: `${OWNER}/${REPO_NAME}` } },
    },
    repository: { name: REPO_NAME, full_name: `${OWNER}/${REPO_NAME}`, owner: { login: OWNER } },
  },
};

/** An issue's comments as the fake API keeps them; POST and PATCH change them. */
function commentRoutes(
  comments: { id: number; body: string; user: { login: string } }[],
): Record<string, Route> {
  const url = (id: number) => `https://github.com/${OWNER}/${REPO_NAME}/pull/${PR}#issuecomment-${id}`;
  return {
    'POST /graphql': { body: { data: { viewer: { login: 'github-actions[bot]' } } } },
    [`GET ${COMMENTS}`]: () => ({ body: comments.map((c) => ({ ...c, html_url: url(c.id) })) }),
    [`POST ${COMMENTS}`]: (request) => {
      const comment = { id: 900 + comments.length, body: (request.body as { body: string }).body };
      comments.push({ ...comment, user: { login: 'github-actions[bot]' } });
      return { status: 201, body: { ...comment, html_url: url(comment.id) } };
    },
    [`PATCH /repos/${OWNER}/${REPO_NAME}/issues/comments/*`]: (request, at) => {
      const comment = comments.find((c) => String(c.id) === at.pathname.split('/').at(-1))!;
      comment.body = (request.body as { body: string }).body;
      return { body: { ...comment, html_url: url(comment.id) } };
    },
  };
}

function act(apiUrl: string, inputs: Record<string, string> = {}, root = workspace) {
  return runActionAsync({
    workspace: root,
    inputs: { now: NOW, 'github-token': 'ghs_fake0123456789', ...inputs },
    event: PR_EVENT,
    env: { GITHUB_API_URL: apiUrl },
  });
}

describe('malformed API answers', () => {
  it('a truncated reviews list is a warning that says what could not be verified, not 7 errors', async () => {
    const comments: Parameters<typeof commentRoutes>[0] = [];
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: { raw: '[{"id": 1, "user": {"login": "bob"}, "state": "APPR' },
      ...commentRoutes(comments),
    });
    const run = await act(server.url, { comment: 'true' });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('pass');
    const warning =
      "sign-offs could not be verified: GitHub's answer was not the JSON expected (page 1 of /repos/{owner}/{repo}/pulls/{pull_number}/reviews: text that does not parse instead of a list) when asked to read the pull request's reviews";
    expect(run.stdout).toContain(warning);
    expect(run.commands.filter((c) => c.startsWith('::error'))).toEqual([]);
    expect(run.stdout).toContain(
      `Pull request comment: https://github.com/${OWNER}/${REPO_NAME}/pull/${PR}#issuecomment-900`,
    );
  });

  it('a comment answer without its address is a warning, never "comment: undefined"', async () => {
    const comments: Parameters<typeof commentRoutes>[0] = [];
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: { body: [] },
      ...commentRoutes(comments),
      [`POST ${COMMENTS}`]: { status: 201, raw: '{"id": 9' },
    });
    const run = await act(server.url, { comment: 'true' });
    expect(run.stdout).not.toContain('undefined');
    expect(run.stdout).toContain(
      "::warning::no comment: GitHub's answer was not the JSON expected (the comment written: text that does not parse instead of an object) when asked to write the pull request",
    );
  });
});

describe('the time budget', () => {
  it(
    'a hung API stops the whole API part after 20 s, with a warning for each part',
    { timeout: 90_000 },
    async () => {
      const server = await fakeGitHub({ [`GET ${REVIEWS}`]: 'hang', 'POST /graphql': 'hang' });
      const run = await act(server.url, { comment: 'true' });
      expect(run.ms).toBeGreaterThan(19_000);
      expect(run.ms).toBeLessThan(30_000);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        "sign-offs could not be verified: the GitHub API's time budget (20 s in all) ran out while trying to read the pull request's reviews",
      );
      expect(run.stdout).toContain(
        "::warning::no comment: the GitHub API's time budget (20 s in all) ran out while trying to read the pull request's comments",
      );
    },
  );
});

describe('the sticky comment', () => {
  it('is never someone else’s comment that holds the marker: a fake “pass” stays theirs', async () => {
    const fake = '<!-- release-policy:sticky -->\n## ✅ release-policy: pass';
    const comments = [
      { id: 501, body: fake, user: { login: 'mallory' } },
      { id: 502, body: 'LGTM', user: { login: 'carol' } },
    ];
    const server = await fakeGitHub({ [`GET ${REVIEWS}`]: { body: [] }, ...commentRoutes(comments) });
    const first = await act(server.url, { comment: 'true' });
    expect(first.stdout).toContain(`#issuecomment-902`);
    const second = await act(server.url, { comment: 'true' });
    expect(second.stdout).toContain(`#issuecomment-902`);
    expect(comments.map((c) => c.id)).toEqual([501, 502, 902]);
    expect(comments[0]!.body).toBe(fake);
    expect(server.lines().filter((l) => l.startsWith('PATCH'))).toEqual([
      `PATCH /repos/${OWNER}/${REPO_NAME}/issues/comments/902`,
    ]);
  });
});

/** Markdown outside code spans and fenced blocks: where GitHub turns `@name` and `#1` into links. */
function prose(markdown: string): string {
  return markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
}

describe('mentions', () => {
  it('neither the comment nor the job summary mentions anyone or links an issue', async () => {
    const root = copyExample('minor-compliant');
    const file = join(root, 'release.yml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace("by: '@bob'", "by: '@mallory'") +
        "exceptions:\n  - { rule: lead-time, reason: 'cc @octoacme/everyone, see #4821 and octo/ops#7', approved_by: '@dana', expires: '2026-12-20' }\n",
    );
    const comments: Parameters<typeof commentRoutes>[0] = [];
    const server = await fakeGitHub({
      [`GET ${REVIEWS}`]: {
        body: ['mallory', 'carol', 'erin', 'frank', 'gina', 'hugo', 'dana'].map((login, id) => ({
          id,
          user: { login },
          state: 'APPROVED',
          commit_id: HEAD,
          submitted_at: '2026-12-03T10:00:00Z',
        })),
      },
      [`GET /orgs/${OWNER}/teams/*`]: { body: { slug: 'team' } },
      [`GET /orgs/${OWNER}/teams/*/memberships/*`]: { status: 404, body: { message: 'Not Found' } },
      ...commentRoutes(comments),
    });
    const run = await act(server.url, { comment: 'true' }, root);
    const comment = comments.at(-1)!.body;
    // The reports do carry the names: the signer's and the tool's own (`@octoacme/qa`).
    expect(comment).toContain('@\u200bmallory');
    expect(run.summary).toContain('@\u200boctoacme/qa');
    for (const markdown of [comment, run.summary]) {
      expect(prose(markdown)).not.toMatch(/(^|[^\w@])@[A-Za-z0-9]/m);
      expect(prose(markdown)).not.toMatch(/#[0-9]/);
    }
  });
});
