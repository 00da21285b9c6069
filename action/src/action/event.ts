import { existsSync, readFileSync } from 'node:fs';
import { type GitHubContext, pullRequestOf } from './github/context.ts';

/**
 * The run's event, read from the runner's environment the way `@actions/github`'s `context` reads
 * it, without loading that module (and octokit with it) on the offline path.
 */
export type RunContext = GitHubContext;

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
  return pullRequestOf(context)?.number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
