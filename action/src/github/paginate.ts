/** Lists that span pages, read page by page through the `link` header. */
import { listOf, type Octokit } from './client.ts';

/**
 * The pages of a list endpoint (`GET …` with `per_page` 100), oldest first, following `rel="next"`
 * in the `link` header. Unlike octokit's own paginator, every page goes with `signal` (so the time
 * bound holds), a next page on another origin is not followed (the token goes nowhere else), and at
 * most `maxPages` are read. A page that is not a JSON list of objects is a `MalformedAnswer`:
 * a list cut short must not read as a shorter list.
 */
export async function* pages<T>(
  octokit: Octokit,
  route: string,
  parameters: Record<string, string | number>,
  options: { signal: AbortSignal; maxPages: number },
): AsyncGenerator<T[]> {
  const request = { signal: options.signal };
  let response = await octokit.request(route, { ...parameters, per_page: 100, request });
  for (let page = 1; ; page++) {
    yield listOf(response.data, `page ${page} of ${route.replace(/^GET /, '')}`) as T[];
    const next = nextPage(response.headers.link, response.url);
    if (next === undefined || page >= options.maxPages) return;
    response = await octokit.request({ method: 'GET', url: next, request });
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
