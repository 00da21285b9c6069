import { existsSync, readFileSync } from 'node:fs';

/**
 * The run's event, read from the runner's environment the way `@actions/github`'s `context` reads
 * it, without loading that module (and octokit with it) on the offline path.
 */
export interface RunContext {
  /** `pull_request`, `push`, … (`GITHUB_EVENT_NAME`). */
  eventName: string;
  /** The repository the workflow runs in (`GITHUB_REPOSITORY`, or the payload's). */
  repo: { owner: string; repo: string };
  /** The webhook payload (`GITHUB_EVENT_PATH`); empty when there is none or it can't be read. */
  payload: Readonly<Record<string, unknown>>;
}

/** Events whose payload carries the pull request the run is about. */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

/** The run's event from `GITHUB_EVENT_NAME`, `GITHUB_REPOSITORY` and `GITHUB_EVENT_PATH`. */
export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  let payload: Record<string, unknown> = {};
  const path = env.GITHUB_EVENT_PATH;
  if (path && existsSync(path)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
      if (isRecord(parsed)) payload = parsed;
    } catch {
      // An unreadable payload is no pull request: the check runs offline.
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const fromPayload = isRecord(payload['repository']) ? payload['repository'] : {};
  const payloadOwner = isRecord(fromPayload['owner']) ? fromPayload['owner']['login'] : undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repo: {
      owner: owner || (typeof payloadOwner === 'string' ? payloadOwner : ''),
      repo: repo || (typeof fromPayload['name'] === 'string' ? fromPayload['name'] : ''),
    },
    payload,
  };
}

/** The number of the pull request the run is about, or undefined for any other event. */
export function pullRequestNumber(context: RunContext): number | undefined {
  if (!PULL_REQUEST_EVENTS.has(context.eventName)) return undefined;
  const pr = context.payload['pull_request'];
  const number = isRecord(pr) ? pr['number'] : undefined;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
