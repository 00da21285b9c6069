import type { OnlineFacts } from '../rules/context.ts';
import type { Policy, Release } from '../engine/types/index.ts';
import type { RunContext } from './event.ts';

/** What the adapter asks of the GitHub API: the two calls of `./github/`, both never throwing. */
export interface GithubApi {
  gatherOnlineFacts(args: {
    token: string;
    context: RunContext;
    release: readonly Release[];
    policy: Policy;
    signal?: AbortSignal;
    limits?: { timeoutMs?: number };
  }): Promise<OnlineFacts>;
  upsertStickyComment(args: {
    token: string;
    context: RunContext;
    body: string;
    signal?: AbortSignal;
    limits?: { timeoutMs?: number };
  }): Promise<{ ok: true; url: string } | { ok: false; reason: string }>;
}

/**
 * Loads the GitHub API part on first use. The dynamic `import()` keeps it, and octokit behind it,
 * off the offline path: in the single-file bundle esbuild wraps these modules in lazy initializers
 * that run only when this promise is first awaited.
 */
export async function loadGithubApi(): Promise<GithubApi> {
  const [facts, comment] = await Promise.all([import('./github/facts.ts'), import('./github/comment.ts')]);
  return { gatherOnlineFacts: facts.gatherOnlineFacts, upsertStickyComment: comment.upsertStickyComment };
}
