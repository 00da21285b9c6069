/** The action's one comment on the pull request, written again on each run instead of added to. */
import {
  type ApiLimits,
  createClient,
  deadline,
  DEFAULT_LIMITS,
  describeFailure,
  objectOf,
  type Octokit,
  statusOf,
  stringIn,
  untilAborted,
} from '../../github/client.ts';
import { type GitHubContext, pullRequestOf } from './context.ts';
import { pages } from '../../github/paginate.ts';

/** The hidden line that finds the comment again. */
export const STICKY_MARKER = '<!-- release-policy:sticky -->';

/** GitHub refuses comment bodies longer than this (characters). */
const MAX_BODY = 65_536;
/** Comments read at most (100 a page) while looking for the marker. */
const MAX_COMMENT_PAGES = 30;

/** One issue comment as the list gives it (the fields read). */
interface CommentRecord {
  id: number;
  body?: string | null;
  user?: { login?: string } | null;
}

/** The comment's address and whether it existed before, or why it could not be written. */
export type StickyResult = { ok: true; url: string; updated: boolean } | { ok: false; reason: string };

/** What {@link upsertStickyComment} needs: the token, the run's event and the comment's Markdown. */
export interface StickyArgs {
  /** A token with `pull-requests: write` (or `issues: write`). */
  token: string;
  context: GitHubContext;
  /** Markdown; the marker is added in front when it lacks it, and an over-long body is cut. */
  body: string;
  baseUrl?: string;
  signal?: AbortSignal;
  limits?: Partial<ApiLimits>;
}

/**
 * Writes `body` as the pull request's sticky comment: the first comment that holds
 * {@link STICKY_MARKER} and was written by the token's own account is updated, else one is created,
 * so a pull request never gets two. A comment by anyone else counts for nothing, marker or not:
 * otherwise whoever posts a fake report first would own the verdict shown. Never
 * throws: what went wrong comes back as `{ ok: false, reason }` (not a pull request, a token that
 * may not write, the API out of reach), without the token in it.
 */
export async function upsertStickyComment(given: StickyArgs): Promise<StickyResult> {
  // A secret pasted with a trailing newline would be an invalid header.
  const args = { ...given, token: (given.token ?? '').trim() };
  let pr;
  try {
    pr = pullRequestOf(args.context);
  } catch {
    // `github.context.repo` throws when the run has no repository.
  }
  if (!pr) return { ok: false, reason: 'not a pull request event: there is no pull request to comment on' };
  if (!args.token) return { ok: false, reason: 'no GitHub token was given to comment with' };

  const limits: ApiLimits = { ...DEFAULT_LIMITS, ...args.limits };
  const signal = deadline(limits, args.signal);
  const api = { token: args.token, signal, limits };
  const stage = { what: "the pull request's comments", permission: 'pull-requests: read', verb: 'read' };
  const fail = (error: unknown): StickyResult => {
    if (statusOf(error) === 403 && stage.verb === 'write')
      return { ok: false, reason: 'the token cannot write to the pull request (needs pull-requests: write)' };
    return { ok: false, reason: describeFailure(error, stage, api) };
  };
  const { owner, repo, number } = pr;
  const body = withMarker(args.body);

  const work = async (): Promise<StickyResult> => {
    const octokit = await createClient(args.token, { baseUrl: args.baseUrl, limits });
    const request = { signal };
    Object.assign(stage, { what: 'which account the token belongs to', permission: 'no permission' });
    const self = (await ownLogin(octokit, signal)).toLowerCase();
    Object.assign(stage, { what: "the pull request's comments", permission: 'pull-requests: read' });
    let existing: CommentRecord | undefined;
    const route = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
    const parameters = { owner, repo, issue_number: number };
    for await (const page of pages<CommentRecord>(octokit, route, parameters, {
      signal,
      maxPages: MAX_COMMENT_PAGES,
    })) {
      existing = page.find(
        (comment) =>
          typeof comment.body === 'string' &&
          comment.body.includes(STICKY_MARKER) &&
          comment.user?.login?.toLowerCase() === self,
      );
      if (existing) break;
    }

    Object.assign(stage, { what: 'the pull request', permission: 'pull-requests: write', verb: 'write' });
    if (existing) {
      const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner,
        repo,
        comment_id: existing.id,
        body,
        request,
      });
      return { ok: true, url: urlOf(data), updated: true };
    }
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number: number,
      body,
      // A create that failed in transit may still have landed: retrying it could post a second comment.
      request: { ...request, retries: 0 },
    });
    return { ok: true, url: urlOf(data), updated: false };
  };

  try {
    return await untilAborted(signal, work().catch(fail), () => fail(undefined));
  } catch (error) {
    return fail(error);
  }
}

/**
 * The login of the account `token` acts as: a user for a personal token, `<app-slug>[bot]` for a GitHub
 * App's installation token (`github-actions[bot]` for GITHUB_TOKEN). GraphQL's `viewer` answers for
 * both kinds; REST's `GET /user` refuses installation tokens (403).
 */
async function ownLogin(octokit: Octokit, signal: AbortSignal): Promise<string> {
  const data: unknown = await octokit.graphql('query { viewer { login } }', { request: { signal } });
  const what = "GraphQL's viewer";
  return stringIn(objectOf(objectOf(data, what)['viewer'], what), 'login', what);
}

/** The address of the comment GitHub wrote. */
function urlOf(data: unknown): string {
  return stringIn(objectOf(data, 'the comment written'), 'html_url', 'the comment written');
}

/** The body with the marker on its first line, cut to GitHub's limit. */
function withMarker(body: string): string {
  const marked = body.includes(STICKY_MARKER) ? body : `${STICKY_MARKER}\n${body}`;
  if (marked.length <= MAX_BODY) return marked;
  const note = '\n\n… (cut: the full report is in the job summary)';
  const head = `${STICKY_MARKER}\n`;
  const rest = marked.startsWith(head) ? marked.slice(head.length) : marked;
  return head + rest.slice(0, MAX_BODY - head.length - note.length) + note;
}
