/**
 * `collect`: every release.yml of an organization's repositories, read through the GitHub REST API
 * into a releases file (`schemas/releases.schema.json`). A file that is not a valid release is a
 * problem of the result, never a failed run; a run fails (a {@link CollectError}) only when it cannot
 * go on: the token refused, the organization unknown, the rate limit or the time budget spent, the
 * API out of reach.
 */
import {
  type ApiLimits,
  createClient,
  deadline,
  describeFailure,
  isRateLimit,
  MalformedAnswer,
  objectOf,
  statusOf,
  stringIn,
  untilAborted,
} from '../github/client.ts';
import { pages } from '../github/paginate.ts';
import type { CollectCache } from './cache.ts';
import {
  type CollectedRelease,
  judgeReleaseFile,
  type Problem,
  problemAt,
  type Source,
  tooLarge,
} from './release-file.ts';
import { LIMITS } from '../engine/limits.ts';
import { globs, matchingFiles, type TreeApi, type TreeFile } from './tree.ts';

export const RELEASES_SCHEMA_URL = 'https://octoacme.github.io/release-policy/schemas/releases.schema.json';

/** The API's limits for a collection, and how many repositories are read at once. */
export interface CollectLimits extends ApiLimits {
  /** Repositories read at once; each has one request in flight at a time. */
  concurrency: number;
}

/**
 * For a scheduled run over thousands of repositories: 8 requests in flight, 30 s per request, 3
 * retries (1, 4, 9 s apart) of a server error or a timeout, rate-limit waits of up to 60 s (a longer
 * one stops the run and says when the budget resets), one hour in all.
 */
export const COLLECT_LIMITS: CollectLimits = {
  retries: 3,
  maxWaitSeconds: 60,
  msPerSecond: 1000,
  timeoutMs: 60 * 60_000,
  requestTimeoutMs: 30_000,
  concurrency: 8,
};

/** The default `--config` globs: a release.yml at the root or in any folder. */
export const DEFAULT_GLOBS = ['release.yml', '**/release.yml'];

/** The collection could not run or finish; its message is one line for the terminal. */
export class CollectError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CollectError';
  }
}

export interface CollectOptions {
  token: string;
  org: string;
  /** The REST API's URL, without a trailing slash. */
  api: string;
  config: string[];
  includeForks: boolean;
  includePulls: boolean;
  cache?: CollectCache | undefined;
  limits: CollectLimits;
  clock: () => Date;
  onProgress?: (progress: { done: number; total: number; problems: number }) => void;
}

/** The releases file. */
export interface ReleasesFile {
  $schema: string;
  org: string;
  collected_at: string;
  releases: CollectedRelease[];
  problems: Problem[];
}

/** A repository as the organization's list gives it, trimmed to what is used (and cached). */
interface RepoListing {
  full_name: string;
  html_url: string;
  default_branch: string;
  archived: boolean;
  disabled: boolean;
  fork: boolean;
}

const MAX_REPO_PAGES = 1000;
const MAX_PULL_PAGES = 10;

function trimRepo(item: Record<string, unknown>): RepoListing {
  const what = 'a repository of the list';
  const full_name = stringIn(item, 'full_name', what);
  return {
    full_name,
    html_url: typeof item['html_url'] === 'string' ? item['html_url'] : `https://github.com/${full_name}`,
    default_branch: typeof item['default_branch'] === 'string' ? item['default_branch'] : '',
    archived: item['archived'] === true,
    disabled: item['disabled'] === true,
    fork: item['fork'] === true,
  };
}

function trimPull(item: Record<string, unknown>): { number: number; ref: string; sha: string } {
  const what = 'a pull request of the list';
  const head = objectOf(item['head'], `${what}'s head`);
  const number = item['number'];
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1)
    throw new MalformedAnswer(`${what}: no number`);
  return {
    number,
    ref: stringIn(head, 'ref', `${what}'s head`),
    sha: stringIn(head, 'sha', `${what}'s head`),
  };
}

/** Collects the organization's releases. Throws a {@link CollectError} when it cannot finish. */
export async function collect(options: CollectOptions): Promise<ReleasesFile> {
  const { limits } = options;
  const stop = new AbortController();
  const signal = deadline(limits, stop.signal);
  const failure = { token: options.token, signal, limits };
  const octokit = await createClient(options.token, { baseUrl: options.api, limits });
  const tree: TreeApi = {
    octokit,
    signal,
    api: options.api,
    cache: options.cache,
    globs: globs(options.config),
  };
  const releases: CollectedRelease[] = [];
  const problems: Problem[] = [];
  let fatal: CollectError | undefined;

  /** A failure that ends the run: whatever says the next request would fail too. */
  const fatalOf = (
    error: unknown,
    subject: { what: string; permission: string },
  ): CollectError | undefined => {
    const status = statusOf(error);
    const ends =
      signal.aborted ||
      isRateLimit(error) ||
      status === 401 ||
      (status === undefined && !(error instanceof MalformedAnswer));
    return ends ? new CollectError(describeFailure(error, subject, failure)) : undefined;
  };

  const work = async (): Promise<void> => {
    const subject = { what: `the repositories of ${options.org}`, permission: 'metadata: read' };
    const repos: RepoListing[] = [];
    try {
      for await (const page of pages<RepoListing>(
        octokit,
        'GET /orgs/{org}/repos',
        { org: options.org },
        {
          signal,
          maxPages: MAX_REPO_PAGES,
          ...(options.cache ? { cache: options.cache } : {}),
          keep: trimRepo,
        },
      ))
        repos.push(...page);
    } catch (error) {
      if (statusOf(error) === 404)
        throw new CollectError(`GitHub knows no organization "${options.org}" (404 Not Found)`);
      throw fatalOf(error, subject) ?? new CollectError(describeFailure(error, subject, failure));
    }
    const chosen = repos.filter(
      (r) => !r.archived && !r.disabled && (options.includeForks || !r.fork) && r.default_branch !== '',
    );
    let done = 0;
    options.onProgress?.({ done, total: chosen.length, problems: 0 });
    const queue = [...chosen];
    const worker = async () => {
      for (let repo = queue.shift(); repo && !fatal; repo = queue.shift()) {
        try {
          const found = await collectRepo(repo);
          releases.push(...found.releases);
          problems.push(...found.problems);
        } catch (error) {
          if (error instanceof CollectError) {
            fatal ??= error;
            stop.abort(error);
            return;
          }
          throw error;
        }
        options.onProgress?.({ done: ++done, total: chosen.length, problems: problems.length });
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, limits.concurrency) }, worker));
  };

  /** One repository's releases and problems; a failure that ends the run is a CollectError. */
  const collectRepo = async (repo: RepoListing) => {
    const found = { releases: [] as CollectedRelease[], problems: [] as Problem[] };
    const name = repo.full_name;
    const guard = async <T>(
      subject: { what: string; permission: string },
      place: { path?: string; pull?: number },
      read: () => Promise<T>,
    ): Promise<T | undefined> => {
      try {
        return await read();
      } catch (error) {
        const ends = fatalOf(error, subject);
        if (ends) throw ends;
        found.problems.push(
          problemAt({ repo: name, ...place }, 'unreadable', describeFailure(error, subject, failure)),
        );
        return undefined;
      }
    };
    const treeSubject = { what: `the files of ${name}`, permission: 'contents: read' };
    let files: TreeFile[] | undefined;
    try {
      files = await matchingFiles(tree, name, { branch: repo.default_branch });
    } catch (error) {
      // An empty repository has no tree: nothing to collect.
      if (statusOf(error) === 409) return found;
      const ends = fatalOf(error, treeSubject);
      if (ends) throw ends;
      found.problems.push(
        problemAt({ repo: name }, 'unreadable', describeFailure(error, treeSubject, failure)),
      );
      return found;
    }
    const onBranch = new Map(files.map((f) => [f.path, f.sha]));
    for (const file of files) {
      const source = {
        repo: name,
        path: file.path,
        ref: repo.default_branch,
        sha: file.sha,
        url: blobUrl(repo, repo.default_branch, file.path),
      };
      await readOne(source, file, found, guard);
    }
    if (!options.includePulls) return found;
    const pullsSubject = { what: `the pull requests of ${name}`, permission: 'pull-requests: read' };
    const pulls = await guard(pullsSubject, {}, async () => {
      const all: ReturnType<typeof trimPull>[] = [];
      for await (const page of pages<ReturnType<typeof trimPull>>(
        octokit,
        'GET /repos/{owner}/{repo}/pulls',
        { owner: name.split('/')[0]!, repo: name.split('/')[1]!, state: 'open' },
        {
          signal,
          maxPages: MAX_PULL_PAGES,
          ...(options.cache ? { cache: options.cache } : {}),
          keep: trimPull,
        },
      ))
        all.push(...page);
      return all;
    });
    for (const pull of pulls ?? []) {
      const atHead = await guard(
        { what: `the files of ${name} at pull request #${pull.number}`, permission: 'contents: read' },
        { pull: pull.number },
        () => matchingFiles(tree, name, { commit: pull.sha }),
      );
      for (const file of atHead ?? []) {
        // The files the pull request adds or changes: an unchanged one is the branch's release.
        if (onBranch.get(file.path) === file.sha) continue;
        const source = {
          repo: name,
          path: file.path,
          ref: pull.ref,
          sha: file.sha,
          url: blobUrl(repo, pull.sha, file.path),
          pull: pull.number,
        };
        await readOne(source, file, found, guard);
      }
    }
    return found;
  };

  /** Reads one file (its blob, from the cache when its SHA is known) and judges it. */
  const readOne = async (
    source: Source,
    file: TreeFile,
    found: { releases: CollectedRelease[]; problems: Problem[] },
    guard: <T>(
      subject: { what: string; permission: string },
      place: { path?: string; pull?: number },
      read: () => Promise<T>,
    ) => Promise<T | undefined>,
  ) => {
    const place = { path: file.path, ...(source.pull ? { pull: source.pull } : {}) };
    if (file.size > LIMITS.yamlBytes) {
      found.problems.push(tooLarge({ repo: source.repo, ...place }, file.size));
      return;
    }
    const subject = { what: `${file.path} of ${source.repo}`, permission: 'contents: read' };
    const bytes = await guard(subject, place, () => readBlob(source.repo, file.sha));
    if (!bytes) return;
    const judged = judgeReleaseFile(source, bytes);
    if (judged.ok) found.releases.push(judged.release);
    else found.problems.push(...judged.problems);
  };

  const readBlob = async (repo: string, sha: string): Promise<Uint8Array> => {
    const kept = options.cache?.blob(sha);
    if (kept !== undefined) return Buffer.from(kept, 'base64');
    const { data } = await octokit.request({
      method: 'GET',
      url: `${options.api}/repos/${repo}/git/blobs/${sha}`,
      request: { signal },
    });
    const what = `the blob ${sha} of ${repo}`;
    const blob = objectOf(data, what);
    const content = blob['content'];
    if (blob['encoding'] !== 'base64' || typeof content !== 'string')
      throw new MalformedAnswer(`${what}: no base64 content`);
    const base64 = content.replace(/\s+/g, '');
    options.cache?.keepBlob(sha, base64);
    return Buffer.from(base64, 'base64');
  };

  const running = work();
  running.catch(() => {}); // its failure is awaited below, unless the run is cut short first
  await untilAborted(signal, running, () => undefined);
  if (fatal) throw fatal;
  if (signal.aborted)
    throw new CollectError(
      describeFailure(
        undefined,
        { what: `the repositories of ${options.org}`, permission: 'contents: read' },
        failure,
      ),
    );
  return {
    $schema: RELEASES_SCHEMA_URL,
    org: options.org,
    collected_at: options
      .clock()
      .toISOString()
      .replace(/\.\d+Z$/, 'Z'),
    releases: releases.sort(byPlace),
    problems: problems.sort(
      (a, b) =>
        byPlace({ source: a }, { source: b }) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        compare(a.rule, b.rule) ||
        compare(a.message, b.message),
    ),
  };
}

/** The file on GitHub. */
function blobUrl(repo: RepoListing, ref: string, path: string): string {
  const encode = (text: string) => text.split('/').map(encodeURIComponent).join('/');
  return `${repo.html_url.replace(/\/+$/, '')}/blob/${encode(ref)}/${encode(path)}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Repository, then path (a repository's own problems first), then pull request (the default branch's first). */
function byPlace(
  a: { source: { repo: string; path?: string; pull?: number } },
  b: { source: { repo: string; path?: string; pull?: number } },
): number {
  return (
    compare(a.source.repo, b.source.repo) ||
    compare(a.source.path ?? '', b.source.path ?? '') ||
    (a.source.pull ?? 0) - (b.source.pull ?? 0)
  );
}
