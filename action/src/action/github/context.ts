/**
 * The workflow run as `@actions/github`'s `context` describes it, reduced to what this action reads,
 * and the pull request found in it.
 */

/**
 * The event that started the run: `github.context` from `@actions/github` fits it, and so does a
 * plain object in tests.
 */
export interface GitHubContext {
  /** `pull_request`, `pull_request_target`, `push`, … */
  eventName: string;
  /** The repository the workflow runs in (the pull request's base). */
  repo: { owner: string; repo: string };
  /** The webhook payload of the event. */
  payload: Readonly<Record<string, unknown>>;
}

/** Events whose payload carries the pull request the run is about. */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

/** The pull request of a run, as far as the event's payload tells it. */
export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  /** `@login` of its author. */
  author?: string;
  headSha?: string;
  /** `owner/name` of the repository its head branch lives in; `null` when that fork was deleted. */
  headRepo?: string | null;
  /** `owner/name` of the repository it merges into. */
  baseRepo: string;
}

/** The pull request the run is about; `undefined` when the event is not about one. */
export function pullRequestOf(context: GitHubContext): PullRequestRef | undefined {
  if (!PULL_REQUEST_EVENTS.has(context.eventName)) return undefined;
  const pr = record(context.payload['pull_request']);
  const number = pr?.['number'];
  if (!pr || typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) return undefined;
  const { owner, repo } = context.repo;
  const ref: PullRequestRef = {
    owner,
    repo,
    number,
    baseRepo: stringAt(pr, 'base', 'repo', 'full_name') ?? `${owner}/${repo}`,
  };
  const login = stringAt(pr, 'user', 'login');
  if (login) ref.author = `@${login}`;
  const sha = stringAt(pr, 'head', 'sha');
  if (sha) ref.headSha = sha;
  const head = record(pr['head']);
  if (head && 'repo' in head)
    ref.headRepo = head['repo'] === null ? null : stringAt(head, 'repo', 'full_name');
  return ref;
}

/**
 * Whether the pull request comes from a fork: its head lives in another repository (or in one that
 * was deleted). Unknown (no `head.repo` in the payload) counts as not a fork.
 */
export function isFork(pr: PullRequestRef): boolean {
  if (pr.headRepo === undefined) return false;
  return pr.headRepo === null || pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase();
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function stringAt(value: unknown, ...path: string[]): string | undefined {
  let at: unknown = value;
  for (const key of path) at = record(at)?.[key];
  return typeof at === 'string' && at !== '' ? at : undefined;
}
