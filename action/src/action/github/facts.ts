/**
 * What the GitHub API says about the release's pull request, gathered before the check so that the
 * engine stays pure: who opened it, its head commit, who approved that commit, and which roles the
 * policy's users and teams give each handle release.yml names.
 */
import type { Policy, Release } from '../../engine/types/index.ts';
import type { OnlineFacts } from '../../rules/context.ts';
import {
  type ApiLimits,
  createClient,
  deadline,
  DEFAULT_LIMITS,
  describeFailure,
  objectOf,
  type Octokit,
  stringIn,
  untilAborted,
} from '../../github/client.ts';
import { type GitHubContext, isFork, type PullRequestRef, pullRequestOf } from './context.ts';
import { pages } from '../../github/paginate.ts';
import { approvingReviewers, type ReviewRecord } from './reviews.ts';
import { TeamDirectory } from './teams.ts';

export type { GitHubContext } from './context.ts';
export type { ApiLimits } from '../../github/client.ts';

/** Why nothing is verified outside a pull request. */
export const NOT_A_PULL_REQUEST = 'reviews can only be verified on a pull request';

/** Reviews read at most (100 a page): a bound, far above any real pull request. */
const MAX_REVIEW_PAGES = 30;
/** Handles whose roles are looked up at once. */
const CONCURRENCY = 4;
/** A handle as release.yml may write it: `@user` or `@org/team`. */
const HANDLE = /^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:\/[A-Za-z0-9][A-Za-z0-9_-]*)?$/;

/** What {@link gatherOnlineFacts} needs: the token, the run's event, the release(s) and the policy. */
export interface GatherArgs {
  /** A token that can read the pull request's reviews and, for teams, the organization's members. */
  token: string;
  /** The run's event: `github.context` from `@actions/github`. */
  context: GitHubContext;
  /** The release(s) checked: every sign-off's `by` and every waiver's `approved_by` is looked up. */
  release: Release | readonly Release[];
  /** The policy in force (its data): roles' `users` and `teams`. */
  policy: Policy;
  /** The REST API's URL (GitHub Enterprise Server, tests); default `GITHUB_API_URL` or api.github.com. */
  baseUrl?: string;
  /** Ends the gathering early (the facts then say they are unavailable). */
  signal?: AbortSignal;
  /** Retries, waits and the time bound; the defaults suit CI, tests shrink them. */
  limits?: Partial<ApiLimits>;
}

/**
 * Reads the facts `signoff-verified` and the waivers need from the GitHub API. It never throws:
 * whatever cannot be read becomes `unavailable` (nothing could be verified: not a pull request, a
 * fork's pull request, reviews unreadable, the rate limit or the time bound reached, no network) or
 * an entry of `unresolved` (one handle's team membership could not be read). The author and head
 * commit are kept when known, even when the rest is unavailable.
 *
 * - `approvals`: `@login` of each reviewer whose latest review (comments aside) approves the head
 *   commit; plus each team a sign-off names (`@org/team`, lower-case) when one of those approvers is
 *   a member of it — a team signs through any one of its members' approvals.
 * - `roles`: for each handle (lower-case), the role ids the policy gives it: a user holds a role when
 *   listed in its `users` or an active member of one of its `teams`; a team holds the roles that list
 *   it in `teams`. A user whose membership could not be read is left out (waivers then fall back to
 *   what release.yml says) and put in `unresolved`; so is a signing team when no approver could be
 *   confirmed as its member.
 */
export async function gatherOnlineFacts(given: GatherArgs): Promise<OnlineFacts> {
  // A secret pasted with a trailing newline would be an invalid header.
  const args = { ...given, token: (given.token ?? '').trim() };
  const limits: ApiLimits = { ...DEFAULT_LIMITS, ...args.limits };
  let pr: PullRequestRef | undefined;
  try {
    pr = pullRequestOf(args.context);
  } catch {
    // `github.context.repo` throws when the run has no repository: no pull request either.
  }
  if (!pr) return { unavailable: NOT_A_PULL_REQUEST };
  const known = (ref: PullRequestRef): OnlineFacts => ({
    ...(ref.author ? { author: ref.author } : {}),
    ...(ref.headSha ? { headSha: ref.headSha } : {}),
  });
  if (forkWithReadOnlyToken(args.context, pr)) return { unavailable: forkReason(pr), ...known(pr) };
  if (!args.token) return { unavailable: 'no GitHub token was given to read the reviews', ...known(pr) };

  const signal = deadline(limits, args.signal);
  const api = { token: args.token, signal, limits };
  const stage = { what: "the pull request's reviews", permission: 'pull-requests: read' };
  const fail = (error: unknown, ref: PullRequestRef): OnlineFacts => ({
    unavailable: describeFailure(error, stage, api),
    ...known(ref),
  });
  const ref = pr;
  try {
    return await untilAborted(
      signal,
      gather(ref, args, api, stage).catch((error: unknown) => fail(error, ref)),
      () => fail(undefined, ref),
    );
  } catch (error) {
    return fail(error, ref);
  }
}

/** The pull request's facts, step by step; `stage` says what is being read, for a failure's reason. */
async function gather(
  pr: PullRequestRef,
  args: GatherArgs,
  api: { token: string; signal: AbortSignal; limits: ApiLimits },
  stage: { what: string; permission: string },
): Promise<OnlineFacts> {
  const octokit = await createClient(args.token, { baseUrl: args.baseUrl, limits: api.limits });
  const request = { signal: api.signal };

  if (pr.headSha === undefined || pr.author === undefined) {
    // The payload lacks them (a trimmed or replayed event): ask for the pull request itself.
    Object.assign(stage, { what: 'the pull request', permission: 'pull-requests: read' });
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      request,
    });
    const what = 'the pull request';
    const head = objectOf(objectOf(data, what)['head'], `${what}'s head`);
    const base = objectOf(objectOf(data, what)['base'], `${what}'s base`);
    const user = data.user ? objectOf(data.user, `${what}'s author`) : undefined;
    pr = {
      ...pr,
      headSha: stringIn(head, 'sha', `${what}'s head`),
      author: typeof user?.['login'] === 'string' ? `@${user['login']}` : pr.author,
      headRepo: head['repo'] ? stringIn(objectOf(head['repo'], `${what}'s head`), 'full_name', what) : null,
      baseRepo: stringIn(objectOf(base['repo'], `${what}'s base`), 'full_name', what),
    };
    if (forkWithReadOnlyToken(args.context, pr))
      return {
        unavailable: forkReason(pr),
        ...(pr.author ? { author: pr.author } : {}),
        headSha: pr.headSha!,
      };
  }
  const headSha = pr.headSha!;

  Object.assign(stage, { what: "the pull request's reviews", permission: 'pull-requests: read' });
  const reviews = await listReviews(octokit, pr, api.signal);
  const approvals = approvingReviewers(reviews, headSha);

  Object.assign(stage, { what: 'team membership', permission: 'members: read' });
  const directory = new TeamDirectory(octokit, api);
  const { signers, handles } = handlesOf(args.release);
  const roles: Record<string, string[]> = {};
  const unresolved: Record<string, string> = {};

  await eachLimited([...handles], CONCURRENCY, async (handle) => {
    const held = await rolesOf(handle, args.policy, directory);
    if ('roles' in held) roles[handle] = held.roles;
    else unresolved[handle] = held.unknown;
  });

  // A team signs through the approval of any one of its members.
  const teamApprovals: string[] = [];
  await eachLimited(
    [...signers].filter((handle) => handle.includes('/')),
    CONCURRENCY,
    async (team) => {
      let unknown: string | undefined;
      for (const approver of approvals) {
        const membership = await directory.isMember(team, approver);
        if ('member' in membership) {
          if (membership.member) {
            teamApprovals.push(team);
            return;
          }
        } else {
          unknown ??= membership.unknown;
        }
      }
      if (unknown !== undefined) unresolved[team] = unknown;
    },
  );

  return {
    ...(pr.author ? { author: pr.author } : {}),
    headSha,
    approvals: [...approvals, ...teamApprovals.sort()],
    roles: sortedKeys(roles, handles),
    unresolved: sortedKeys(unresolved, handles),
  };
}

/** Every review of the pull request, oldest first, following the `link` header's pages. */
async function listReviews(
  octokit: Octokit,
  pr: PullRequestRef,
  signal: AbortSignal,
): Promise<ReviewRecord[]> {
  const reviews: ReviewRecord[] = [];
  const route = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews';
  const parameters = { owner: pr.owner, repo: pr.repo, pull_number: pr.number };
  for await (const page of pages<ReviewRecord>(octokit, route, parameters, {
    signal,
    maxPages: MAX_REVIEW_PAGES,
  }))
    reviews.push(...page);
  return reviews;
}

/**
 * The roles a handle holds by the policy's `users` and `teams`, or why that could not be read. A user
 * in a role's `users` holds it without asking; otherwise each of its teams is asked until one has the
 * user. One role left undecided by an unreadable team makes the whole answer unknown.
 */
async function rolesOf(
  handle: string,
  policy: Policy,
  directory: TeamDirectory,
): Promise<{ roles: string[] } | { unknown: string }> {
  const same = (other: string) => other.toLowerCase() === handle;
  const entries = Object.entries(policy.roles ?? {});
  if (handle.includes('/'))
    return { roles: entries.filter(([, r]) => r.teams?.some(same)).map(([id]) => id) };
  const held: string[] = [];
  let unknown: string | undefined;
  for (const [id, role] of entries) {
    if (role.users?.some(same)) {
      held.push(id);
      continue;
    }
    let undecided: string | undefined;
    for (const team of role.teams ?? []) {
      const membership = await directory.isMember(team, handle);
      if (!('member' in membership)) {
        undecided ??= membership.unknown;
      } else if (membership.member) {
        held.push(id);
        undecided = undefined;
        break;
      }
    }
    unknown ??= undecided;
  }
  return unknown === undefined ? { roles: held } : { unknown };
}

/** The handles release.yml names, lower-case: sign-offs' `by` (signers) and those plus waivers' `approved_by`. */
function handlesOf(release: Release | readonly Release[]): { signers: Set<string>; handles: Set<string> } {
  const signers = new Set<string>();
  const handles = new Set<string>();
  const add = (value: unknown, signer: boolean) => {
    if (typeof value !== 'string' || !HANDLE.test(value)) return; // the schema reports it
    handles.add(value.toLowerCase());
    if (signer) signers.add(value.toLowerCase());
  };
  const releases: readonly unknown[] = Array.isArray(release) ? release : [release];
  for (const one of releases) {
    const { signoffs, exceptions } = (one ?? {}) as { signoffs?: unknown; exceptions?: unknown };
    if (Array.isArray(signoffs)) for (const s of signoffs) add((s as { by?: unknown } | null)?.by, true);
    if (Array.isArray(exceptions))
      for (const e of exceptions) add((e as { approved_by?: unknown } | null)?.approved_by, false);
  }
  return { signers, handles };
}

/**
 * On `pull_request` (and its review events) a fork's workflow gets a read-only token without the
 * base repository's secrets; only `pull_request_target` runs with the base repository's token.
 */
function forkWithReadOnlyToken(context: GitHubContext, pr: PullRequestRef): boolean {
  return context.eventName !== 'pull_request_target' && isFork(pr);
}

function forkReason(pr: PullRequestRef): string {
  const from = pr.headRepo ? ` (${pr.headRepo})` : ' (whose repository was deleted)';
  return `a pull request from a fork${from} runs with a read-only token, which cannot verify reviews and team membership`;
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** `record` with its keys in the order `order` lists them (results come back in any order). */
function sortedKeys<T>(record: Record<string, T>, order: Iterable<string>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of order) if (Object.hasOwn(record, key)) sorted[key] = record[key]!;
  return sorted;
}
