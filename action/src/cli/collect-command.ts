/**
 * `release-policy collect --org ORG`: every release.yml of an organization's repositories, read
 * through the GitHub REST API, into one releases file (schemas/releases.schema.json). Exit 0 when
 * the collection finished (its problems are in the file), 2 when it could not run.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCache, writeAtomic } from '../collect/cache.ts';
import {
  collect,
  COLLECT_LIMITS,
  CollectError,
  type CollectLimits,
  DEFAULT_GLOBS,
} from '../collect/collect.ts';
import { scrub } from '../github/client.ts';
import type { Io } from './io.ts';
import { parse } from './options.ts';
import { UsageError } from './usage.ts';

const ORG = /^[A-Za-z0-9](?:-?[A-Za-z0-9])*$/;

/** Where the cache lives by default: the user's cache folder, one file per organization. */
export function defaultCachePath(org: string, env: Readonly<Record<string, string | undefined>>): string {
  const base =
    env.XDG_CACHE_HOME ||
    (process.platform === 'win32' && env.LOCALAPPDATA ? env.LOCALAPPDATA : join(homedir(), '.cache'));
  return join(base, 'release-policy', `collect-${org.toLowerCase()}.json`);
}

/** A number option within bounds, or a usage error naming them. */
function numberOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a number from ${min} to ${max}; got "${value}"`);
  return n;
}

export async function collectCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse('collect', args);
  const env = io.env ?? {};
  const org = values.org;
  if (org === undefined) throw new UsageError('--org is required: the GitHub organization to collect from');
  if (!ORG.test(org) || org.length > 39)
    throw new UsageError(
      `--org must be a GitHub organization's login (letters, digits, single hyphens); got "${org}"`,
    );
  const config = values.config && values.config.length > 0 ? values.config : DEFAULT_GLOBS;
  for (const glob of config)
    if (glob === '' || glob.startsWith('/') || glob.split('/').includes('..'))
      throw new UsageError(`--config must be a glob relative to a repository's root; got "${glob}"`);
  if (values.cache !== undefined && values['no-cache'])
    throw new UsageError('give --cache or --no-cache, not both');
  const token = (env.GITHUB_TOKEN || env.GH_TOKEN || '').trim();
  if (token === '')
    throw new UsageError(
      'no token: set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the organization',
    );
  const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  if (!URL.canParse(api) || !/^https?:$/.test(new URL(api).protocol))
    throw new UsageError(`GITHUB_API_URL must be an http(s) URL; got "${api}"`);
  const seconds = (name: string, max: number) => {
    const n = numberOption(name, values[name as keyof typeof values] as string | undefined, 0.01, max);
    return n === undefined ? undefined : Math.round(n * 1000);
  };
  const requestTimeoutMs = seconds('request-timeout', 600);
  const timeoutMs = seconds('timeout', 6 * 3600);
  const maxWait = numberOption('max-wait', values['max-wait'], 0, 3600);
  const retries = numberOption('retries', values.retries, 0, 10);
  const concurrency = numberOption('concurrency', values.concurrency, 1, 32);
  const limits: CollectLimits = {
    ...COLLECT_LIMITS,
    ...(requestTimeoutMs !== undefined ? { requestTimeoutMs } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(maxWait !== undefined ? { maxWaitSeconds: maxWait } : {}),
    ...(retries !== undefined ? { retries: Math.floor(retries) } : {}),
    ...(concurrency !== undefined ? { concurrency: Math.floor(concurrency) } : {}),
  };

  const warn = (text: string) => io.stderr(`release-policy collect: warning: ${text}\n`);
  const cachePath = values['no-cache']
    ? undefined
    : resolve(io.cwd, values.cache ?? defaultCachePath(org, env));
  const cache = cachePath ? loadCache(cachePath, { api, config: [...config] }, warn) : undefined;
  const progress = io.stderrIsTTY ? progressLine(io) : undefined;
  let result;
  try {
    result = await collect({
      token,
      org,
      api,
      config: [...config],
      includeForks: values['include-forks'] === true,
      includePulls: values['include-pulls'] === true,
      cache,
      limits,
      clock: io.clock,
      ...(progress ? { onProgress: progress.update } : {}),
    });
  } catch (error) {
    progress?.end();
    if (error instanceof CollectError) {
      io.stderr(`release-policy collect: ${scrub(error.message, token)}\n`);
      return 2;
    }
    throw error;
  }
  progress?.end();
  const text = `${JSON.stringify(result, null, 2)}\n`;
  if (values.out !== undefined) {
    try {
      writeAtomic(resolve(io.cwd, values.out), text);
    } catch (error) {
      throw new UsageError(`cannot write ${values.out}: ${(error as Error).message}`);
    }
  } else {
    io.stdout(text);
  }
  if (cache && cachePath) {
    try {
      writeAtomic(cachePath, JSON.stringify(cache));
    } catch (error) {
      warn(`the cache ${cachePath} could not be written (${(error as Error).message})`);
    }
  }
  return 0;
}

/** "collect: 120/2000 repos, 3 problems", redrawn in place at most ten times a second. */
function progressLine(io: Io) {
  let last = 0;
  let drawn = '';
  const draw = (text: string) => {
    drawn = text;
    io.stderr(`\r\x1b[K${text}`);
  };
  return {
    update({ done, total, problems }: { done: number; total: number; problems: number }) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      draw(`collect: ${done}/${total} repos, ${problems} problem${problems === 1 ? '' : 's'}`);
    },
    end() {
      if (drawn) io.stderr('\n');
      drawn = '';
    },
  };
}
