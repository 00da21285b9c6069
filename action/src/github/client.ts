/**
 * The one way this project talks to the GitHub API, for every edge (the action, and commands of the
 * CLI that read an organization): an octokit from `@actions/github` (so a runner's proxy settings and
 * `GITHUB_API_URL` apply) with the retry and throttling plugins, bounded in time, answers checked for
 * the shape expected, and the failures it can meet turned into plain sentences that never carry the
 * token.
 */
import type { getOctokit } from '@actions/github';
import { setTimeout as sleep } from 'node:timers/promises';

/** The octokit `@actions/github` builds. */
export type Octokit = ReturnType<typeof getOctokit>;

/** How long and how often the API is asked before a call gives up. */
export interface ApiLimits {
  /** Retries of one request after a rate limit or a server error. */
  retries: number;
  /** The longest wait, in seconds, for a rate limit to reset; a longer one gives up at once. */
  maxWaitSeconds: number;
  /** Milliseconds per second of a wait GitHub asks for: 1000 (tests shrink it). */
  msPerSecond: number;
  /** The bound on one whole call (all its requests, retries and waits), in milliseconds. */
  timeoutMs: number;
  /**
   * The bound on one request, in milliseconds: a request that takes longer is cut and retried like a
   * server error. Absent: only `timeoutMs` bounds it (the action's calls are few and short).
   */
  requestTimeoutMs?: number;
}

/** Two retries, a wait of at most 10 s each, 20 s in all: a CI job never hangs on the API. */
export const DEFAULT_LIMITS: ApiLimits = {
  retries: 2,
  maxWaitSeconds: 10,
  msPerSecond: 1000,
  timeoutMs: 20_000,
};

/**
 * An answer that is not what the endpoint documents: JSON cut short, HTML from a proxy, a list where
 * an object belongs. It counts as a failed request: nothing of it is believed.
 */
export class MalformedAnswer extends Error {
  constructor(what: string) {
    super(`GitHub's answer was not the JSON expected (${what})`);
    this.name = 'MalformedAnswer';
  }
}

/** `data` as a JSON object, or a {@link MalformedAnswer}. Octokit hands back unparsable JSON as text. */
export function objectOf(data: unknown, what: string): Record<string, unknown> {
  if (typeof data === 'object' && data !== null && !Array.isArray(data))
    return data as Record<string, unknown>;
  throw new MalformedAnswer(`${what}: ${kindOf(data)} instead of an object`);
}

/** `data` as a JSON array of objects, or a {@link MalformedAnswer}. */
export function listOf(data: unknown, what: string): Record<string, unknown>[] {
  if (!Array.isArray(data)) throw new MalformedAnswer(`${what}: ${kindOf(data)} instead of a list`);
  for (const item of data) objectOf(item, `an item of ${what}`);
  return data as Record<string, unknown>[];
}

/** The string at `key` of an answer's object, or a {@link MalformedAnswer}. */
export function stringIn(data: Record<string, unknown>, key: string, what: string): string {
  const value = data[key];
  if (typeof value === 'string' && value !== '') return value;
  throw new MalformedAnswer(`${what}: no ${key}`);
}

function kindOf(data: unknown): string {
  if (typeof data === 'string') return data === '' ? 'an empty body' : 'text that does not parse';
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'a list';
  if (data instanceof ArrayBuffer) return 'binary data';
  return typeof data === 'object' ? 'an object' : typeof data;
}

/** Octokit's logger, silenced: every failure comes back as a reason instead. */
const SILENT = { debug() {}, info() {}, warn() {}, error() {} };

let clients = 0;

/**
 * An octokit for `token`, its modules loaded on first use (nothing loads when the action starts).
 * Rate limits (primary and secondary, however worded) are retried up to `limits.retries` times when
 * the wait {@link rateLimitWait} gives is no longer than `limits.maxWaitSeconds`; server errors and
 * network failures are retried by the retry plugin; other 4xx answers are not retried.
 */
export async function createClient(
  token: string,
  options: { baseUrl?: string | undefined; limits: ApiLimits },
): Promise<Octokit> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const { limits } = options;
  const { requestTimeoutMs } = limits;
  const octokit = getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
      log: SILENT,
      ...(requestTimeoutMs ? { request: { fetch: timedFetch(requestTimeoutMs) } } : {}),
      retry: {
        retries: limits.retries,
        retryAfterBaseValue: limits.msPerSecond,
        // 429 is the throttling plugin's: it honours GitHub's wait, or gives up when it is too long.
        // 409 is a state, not a hiccup (an empty repository has no tree).
        doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
      },
      throttle: {
        // Its own limiters: the plugin's are shared by every octokit in the process, keyed by id.
        id: `release-policy-${++clients}`,
        // The plugin paces requests; the waits are ours (below): it retries a 429 only when its
        // message names a secondary limit or no request is left, and ignores a primary limit's
        // `retry-after`.
        onRateLimit: () => false,
        onSecondaryRateLimit: () => false,
      },
    },
    retry,
    throttling,
  );
  // Outermost: sees a rate-limited answer after the plugins gave it up.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let retryCount = 0; ; retryCount++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const wait = rateLimitWait(error, retryCount);
        if (wait === undefined || retryCount >= limits.retries || wait > limits.maxWaitSeconds) throw error;
        const signal = (requestOptions.request as { signal?: AbortSignal } | undefined)?.signal;
        await sleep(wait * limits.msPerSecond, undefined, signal ? { signal } : {});
      }
    }
  });
  return octokit;
}

/**
 * How many seconds to wait before asking again after `error`, when it is GitHub's rate limit;
 * `undefined` for any other failure. GitHub's rule for a 403 or 429: honour `retry-after`; else, when
 * no request is left (`x-ratelimit-remaining: 0`, or only `x-ratelimit-reset` given), wait until
 * `x-ratelimit-reset`; else wait a minute, doubled for each retry after the first.
 */
export function rateLimitWait(error: unknown, retryCount: number, now = Date.now()): number | undefined {
  if (!isRateLimit(error)) return undefined;
  const headers = (error as ApiError).response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) {
    return Math.ceil(retryAfter);
  }
  const remaining = headers['x-ratelimit-remaining'];
  const reset = rateLimitReset(error);
  if (reset && (remaining === undefined || String(remaining) === '0')) {
    // The reset is in whole seconds: one more, so the retry comes after it.
    return Math.max(0, Math.ceil((reset.getTime() - now) / 1000) + 1);
  }
  return 60 * 2 ** retryCount;
}

/**
 * `fetch` with a bound on each request. Its own timeout is a `TimeoutError`, which octokit turns into
 * a request error the retry plugin retries; the caller's signal (the whole call's bound) is an
 * `AbortError`, which ends the call.
 */
function timedFetch(ms: number): typeof fetch {
  return (input, init = {}) => {
    const own = AbortSignal.timeout(ms);
    const signal = init.signal ? AbortSignal.any([init.signal, own]) : own;
    return fetch(input, { ...init, signal });
  };
}

/** The signal that ends a call: the caller's, or the time bound, whichever comes first. */
export function deadline(limits: ApiLimits, outer?: AbortSignal): AbortSignal {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  return outer ? AbortSignal.any([outer, timeout]) : timeout;
}

/**
 * `work`, or `onAbort()` as soon as `signal` aborts: a retry's wait does not watch the signal, so the
 * call is cut short here rather than when the wait ends.
 */
export async function untilAborted<T>(signal: AbortSignal, work: Promise<T>, onAbort: () => T): Promise<T> {
  if (signal.aborted) return onAbort();
  let stop: (() => void) | undefined;
  const aborted = new Promise<T>((resolve) => {
    stop = () => resolve(onAbort());
    signal.addEventListener('abort', stop, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener('abort', stop!);
  }
}

/** What an octokit request error carries, read without trusting its shape. */
interface ApiError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** The HTTP status of a failed request; `undefined` when no answer came (network, abort). */
export function statusOf(error: unknown): number | undefined {
  const { status, response } = (error ?? {}) as ApiError;
  return response !== undefined && typeof status === 'number' ? status : undefined;
}

/** When the rate limit of a rate-limited answer resets, from `x-ratelimit-reset`; else `undefined`. */
export function rateLimitReset(error: unknown): Date | undefined {
  const { response } = (error ?? {}) as ApiError;
  const reset = Number(response?.headers?.['x-ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
}

/**
 * GraphQL's rate limit: a 200 whose errors say `RATE_LIMITED`, which the throttling plugin turns
 * into a failure.
 */
function isGraphqlRateLimit(error: unknown): boolean {
  const data = (error as ApiError | undefined)?.response?.data as { errors?: unknown } | undefined;
  return (
    Array.isArray(data?.errors) &&
    data.errors.some((e) => (e as { type?: unknown } | null)?.type === 'RATE_LIMITED')
  );
}

/**
 * Whether a failure is GitHub's rate limit (primary: no requests left; or secondary): any 429, a 403
 * that says so (no request left, a `retry-after`, or "rate limit" in its message), and GraphQL's.
 */
export function isRateLimit(error: unknown): boolean {
  if (isGraphqlRateLimit(error)) return true;
  const status = statusOf(error);
  if (status !== 403 && status !== 429) return false;
  const { response, message = '' } = error as ApiError;
  return (
    status === 429 ||
    String(response?.headers?.['x-ratelimit-remaining']) === '0' ||
    response?.headers?.['retry-after'] !== undefined ||
    /rate limit/i.test(message)
  );
}

/**
 * Why reading (or writing) `subject` failed, as a sentence for a finding: the HTTP status and the
 * permission it needs, a rate limit and when it resets, the time bound, or why the API could not be
 * reached. `token` is scrubbed from it, whatever the error said.
 */
export function describeFailure(
  error: unknown,
  subject: { what: string; permission: string; verb?: string },
  context: { token: string; signal: AbortSignal; limits: ApiLimits },
): string {
  const verb = subject.verb ?? 'read';
  const status = statusOf(error);
  const { message = '', response } = (error ?? {}) as ApiError;
  let reason: string;
  if (error instanceof MalformedAnswer) {
    reason = `${error.message} when asked to ${verb} ${subject.what}`;
  } else if (context.signal.aborted) {
    const reasonOfAbort = context.signal.reason as { name?: string } | undefined;
    reason =
      reasonOfAbort?.name === 'TimeoutError'
        ? `the GitHub API's time budget (${context.limits.timeoutMs / 1000} s in all) ran out while trying to ${verb} ${subject.what}`
        : `the check was cancelled while trying to ${verb} ${subject.what}`;
  } else if (isRateLimit(error)) {
    const reset = rateLimitReset(error);
    const retryAfter = Number(response?.headers?.['retry-after']);
    const at = reset
      ? ` (it resets at ${reset.toISOString()})`
      : retryAfter > 0
        ? ` (GitHub asked to wait ${retryAfter} s)`
        : '';
    reason = `the GitHub API rate limit ran out while trying to ${verb} ${subject.what}${at}`;
  } else if (status === 401) {
    reason = `GitHub refused the token (401) when asked to ${verb} ${subject.what}`;
  } else if (status === 403) {
    reason = `the token cannot ${verb} ${subject.what} (403: it needs ${subject.permission})`;
  } else if (status === 404) {
    reason = `GitHub answered 404 Not Found when asked to ${verb} ${subject.what}`;
  } else if (status !== undefined) {
    reason = `GitHub answered ${status} when asked to ${verb} ${subject.what}`;
  } else {
    const cause = firstLine(message) || 'no answer';
    reason = `the GitHub API could not be reached to ${verb} ${subject.what} (${cause})`;
  }
  return scrub(reason, context.token);
}

/** `text` without any copy of `token`. */
export function scrub(text: string, token: string): string {
  return token.length >= 4 ? text.split(token).join('***') : text;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.trim().slice(0, 200);
}
