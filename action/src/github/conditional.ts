/**
 * Conditional requests: a GET sent with the `ETag` of the answer kept from an earlier run
 * (`If-None-Match`), so that an unchanged resource costs a `304 Not Modified`, which GitHub does not
 * count against the rate limit, and its kept answer is used again.
 */
import { statusOf, type Octokit } from './client.ts';

/** An answer kept for a URL: its `ETag`, its data (as the caller trimmed it) and its `link` header. */
export interface KeptAnswer {
  etag: string;
  data: unknown;
  link?: string;
}

/** Where kept answers live, by absolute URL (a file between runs: see `collect/cache.ts`). */
export interface AnswerCache {
  get(url: string): KeptAnswer | undefined;
  set(url: string, answer: KeptAnswer): void;
}

/** An answer, fresh or kept: `notModified` when GitHub said 304 and the kept data was used. */
export interface ConditionalAnswer {
  data: unknown;
  link: string | undefined;
  url: string;
  notModified: boolean;
}

/**
 * GET `url` (absolute), conditionally when `cache` holds an answer for it. `keep` trims the data
 * before it is kept, and the trimmed data is what comes back either way, so that a fresh and a kept
 * answer read the same.
 */
export async function conditionalGet(
  octokit: Octokit,
  url: string,
  options: { signal: AbortSignal; cache?: AnswerCache; keep?: (data: unknown) => unknown },
): Promise<ConditionalAnswer> {
  const keep = options.keep ?? ((data: unknown) => data);
  const kept = options.cache?.get(url);
  try {
    const response = await octokit.request({
      method: 'GET',
      url,
      ...(kept ? { headers: { 'if-none-match': kept.etag } } : {}),
      request: { signal: options.signal },
    });
    const data = keep(response.data);
    const link = response.headers.link;
    const etag = response.headers.etag;
    if (options.cache && typeof etag === 'string' && etag !== '')
      options.cache.set(url, { etag, data, ...(link ? { link } : {}) });
    return { data, link, url: response.url, notModified: false };
  } catch (error) {
    if (kept && statusOf(error) === 304) return { data: kept.data, link: kept.link, url, notModified: true };
    throw error;
  }
}
