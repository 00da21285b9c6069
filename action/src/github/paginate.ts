/** Lists that span pages, read page by page through the `link` header. */
import { listOf, type Octokit } from './client.ts';
import { type AnswerCache, conditionalGet } from './conditional.ts';

/**
 * The pages of a list endpoint (`GET …` with `per_page` 100), oldest first, following `rel="next"`
 * in the `link` header. Unlike octokit's own paginator, every page goes with `signal` (so the time
 * bound holds), a next page on another origin is not followed (the token goes nowhere else), and at
 * most `maxPages` are read. A page that is not a JSON list of objects is a `MalformedAnswer`:
 * a list cut short must not read as a shorter list.
 *
 * `keep` trims each item to what the caller uses. With `cache`, each page is asked for
 * conditionally (see `conditional.ts`) and kept trimmed; an unchanged page then costs a 304.
 */
export async function* pages<T>(
  octokit: Octokit,
  route: string,
  parameters: Record<string, string | number>,
  options: {
    signal: AbortSignal;
    maxPages: number;
    cache?: AnswerCache;
    keep?: (item: Record<string, unknown>) => unknown;
  },
): AsyncGenerator<T[]> {
  const what = (page: number) => `page ${page} of ${route.replace(/^GET /, '')}`;
  const { signal, cache, keep } = options;
  const trim = keep
    ? (data: unknown) =>
        Array.isArray(data) ? data.map((item) => keep(item as Record<string, unknown>)) : data
    : undefined;
  const request = { signal };
  let url: string | undefined;
  for (let page = 1; ; page++) {
    let data: unknown;
    let link: string | undefined;
    let at: string;
    if (cache) {
      url ??= octokit.request.endpoint(route, { ...parameters, per_page: 100 }).url;
      // The items are checked before they are trimmed: a malformed page is never kept.
      const answer = await conditionalGet(octokit, url, {
        signal,
        cache,
        keep: (raw) => trim?.(listOf(raw, what(page))) ?? raw,
      });
      ({ data, link, url: at } = answer);
    } else {
      const response =
        url === undefined
          ? await octokit.request(route, { ...parameters, per_page: 100, request })
          : await octokit.request({ method: 'GET', url, request });
      ({ data, url: at } = response);
      if (trim) data = trim(listOf(data, what(page)));
      link = response.headers.link;
    }
    yield listOf(data, what(page)) as T[];
    url = nextPage(link, at);
    if (url === undefined || page >= options.maxPages) return;
  }
}

/** The `rel="next"` URL of a `link` header, when it stays on the origin of `current`. */
function nextPage(link: string | undefined, current: string): string | undefined {
  const next = /<([^<>]+)>;\s*rel="next"/.exec(link ?? '')?.[1];
  if (next === undefined) return undefined;
  try {
    return new URL(next).origin === new URL(current).origin ? next : undefined;
  } catch {
    return undefined;
  }
}
