/**
 * The cache file of `collect`: what the last run read, so that the next one asks GitHub only what
 * may have changed. It keeps
 * - `answers`: by URL, the `ETag` and the (trimmed) answer of every conditional request: the
 *   organization's repositories, each default branch's tree (as the matching files), the pull
 *   requests; an unchanged one then costs a 304, which the rate limit does not count;
 * - `blobs`: file contents by git blob SHA. A blob never changes, so a file whose SHA is unchanged
 *   needs no request at all;
 * - `trees`: the matching files of a tree or commit by SHA, also unchangeable.
 * Entries the run did not use are dropped when it is saved. A cache written for another API URL,
 * another format or another set of `--config` globs starts empty; one that does not parse is ignored.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AnswerCache, KeptAnswer } from '../github/conditional.ts';

const FORMAT = 1;

interface CacheFile {
  format: number;
  api: string;
  config: string[];
  answers: Record<string, KeptAnswer>;
  blobs: Record<string, string>;
  trees: Record<string, unknown>;
}

export class CollectCache implements AnswerCache {
  private readonly answers = new Map<string, KeptAnswer>();
  private readonly blobs = new Map<string, string>();
  private readonly trees = new Map<string, unknown>();
  private readonly used = { answers: new Set<string>(), blobs: new Set<string>(), trees: new Set<string>() };

  private readonly identity: { api: string; config: string[] };

  constructor(identity: { api: string; config: string[] }, kept?: unknown) {
    this.identity = identity;
    const file = kept as Partial<CacheFile> | undefined;
    if (
      !file ||
      file.format !== FORMAT ||
      file.api !== identity.api ||
      JSON.stringify(file.config) !== JSON.stringify(identity.config)
    )
      return;
    for (const [url, answer] of Object.entries(file.answers ?? {}))
      if (typeof answer?.etag === 'string') this.answers.set(url, answer);
    for (const [sha, content] of Object.entries(file.blobs ?? {}))
      if (typeof content === 'string') this.blobs.set(sha, content);
    for (const [sha, files] of Object.entries(file.trees ?? {})) this.trees.set(sha, files);
  }

  get(url: string): KeptAnswer | undefined {
    this.used.answers.add(url);
    return this.answers.get(url);
  }

  set(url: string, answer: KeptAnswer): void {
    this.used.answers.add(url);
    this.answers.set(url, answer);
  }

  /** A file's content (base64) by blob SHA. */
  blob(sha: string): string | undefined {
    this.used.blobs.add(sha);
    return this.blobs.get(sha);
  }

  keepBlob(sha: string, base64: string): void {
    this.used.blobs.add(sha);
    this.blobs.set(sha, base64);
  }

  /** What was kept for an unchangeable tree or commit. */
  tree<T>(key: string): T | undefined {
    this.used.trees.add(key);
    return this.trees.get(key) as T | undefined;
  }

  keepTree(key: string, value: unknown): void {
    this.used.trees.add(key);
    this.trees.set(key, value);
  }

  /** The cache as a file's content: only what this run used. */
  toJSON(): CacheFile {
    const pick = <T>(map: Map<string, T>, used: Set<string>) =>
      Object.fromEntries([...map].filter(([key]) => used.has(key)).sort(([a], [b]) => (a < b ? -1 : 1)));
    return {
      format: FORMAT,
      ...this.identity,
      answers: pick(this.answers, this.used.answers),
      blobs: pick(this.blobs, this.used.blobs),
      trees: pick(this.trees, this.used.trees),
    };
  }
}

/**
 * The cache at `path`, or an empty one when there is none. A file that does not parse is ignored
 * (`warn` says so): the cache only saves requests, it never changes what is collected.
 */
export function loadCache(
  path: string,
  identity: { api: string; config: string[] },
  warn: (text: string) => void,
): CollectCache {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return new CollectCache(identity);
  }
  try {
    return new CollectCache(identity, JSON.parse(text));
  } catch {
    warn(`the cache ${path} does not parse; starting without it`);
    return new CollectCache(identity);
  }
}

/** Writes `text` to `path` atomically: a reader sees the old file or the new one, never half of one. */
export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
