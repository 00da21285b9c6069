import leven from 'leven';
import type { ParseArgsConfig } from 'node:util';
import { parseInstant } from '../engine/calendar/time.ts';
import { UsageError } from './usage.ts';

// Read off the module object: a bundle's stand-in for an imported `node:util` would read every
// export, and some of util's load more modules (worker threads, diffing) when read.
const { parseArgs } = process.getBuiltinModule('node:util');

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Every command's options, as `parseArgs` takes them: the one list the commands parse with, and
 * that their help (usage.ts) is held to by the tests.
 */
export const COMMAND_OPTIONS = {
  check: {
    config: { type: 'string', multiple: true },
    policy: { type: 'string' },
    mode: { type: 'string' },
    now: { type: 'string' },
    format: { type: 'string' },
    root: { type: 'string' },
    notes: { type: 'string' },
    releases: { type: 'string', multiple: true },
    'fail-on': { type: 'string' },
    quiet: { type: 'boolean' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
  },
  init: {
    type: { type: 'string' },
    version: { type: 'string' },
    product: { type: 'string' },
    date: { type: 'string' },
    now: { type: 'string' },
    root: { type: 'string' },
    policy: { type: 'string' },
  },
  explain: { policy: { type: 'string' } },
  calendar: {
    format: { type: 'string' },
    policy: { type: 'string' },
    now: { type: 'string' },
    days: { type: 'string' },
    root: { type: 'string' },
    releases: { type: 'string', multiple: true },
  },
  collect: {
    org: { type: 'string' },
    config: { type: 'string', multiple: true },
    out: { type: 'string' },
    'include-forks': { type: 'boolean' },
    'include-pulls': { type: 'boolean' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
    concurrency: { type: 'string' },
    retries: { type: 'string' },
    'request-timeout': { type: 'string' },
    'max-wait': { type: 'string' },
    timeout: { type: 'string' },
  },
  schema: {},
} as const satisfies Record<string, Options>;

export type CommandName = keyof typeof COMMAND_OPTIONS;

/**
 * `parseArgs` over the command's options with its errors turned into usage errors (exit 2, no
 * stack); an unknown option gets the nearest known one as a suggestion, as ESLint and actionlint do.
 */
export function parse<C extends CommandName>(command: C, args: string[], allowPositionals = false) {
  const options = COMMAND_OPTIONS[command];
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const { code, message } = error as Error & { code?: string };
    const more = `run "release-policy ${command} --help" for its options`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const given = /'(-[^']*)'/.exec(message)?.[1] ?? '';
      const near = nearest(given.replace(/^-+/, ''), Object.keys(options));
      const hint = near ? `; did you mean --${near}?` : '';
      throw new UsageError(`unknown option ${given}${hint} (${more})`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const given = /'([^']*)'/.exec(message)?.[1] ?? '';
      throw new UsageError(`unexpected argument "${given}" (${more})`);
    }
    throw new UsageError(message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

/** The candidate closest to `word`, when it is close enough to be a typo of it. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let distance = Infinity;
  for (const candidate of candidates) {
    const d = leven(word, candidate);
    if (d < distance) [best, distance] = [candidate, d];
  }
  return best !== undefined && distance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** A value that must be one of a fixed list, with the list in the message when it isn't. */
export function oneOf<const T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}"`);
}

/** `--now`: an RFC 3339 instant with an offset, so that it means one moment everywhere. */
export function instant(value: string | undefined, clock: () => Date): string {
  if (value === undefined) return clock().toISOString();
  try {
    parseInstant(value);
  } catch {
    throw new UsageError(
      `--now must be an RFC 3339 date-time with an offset, like 2026-12-08T15:00:00-05:00; got "${value}"`,
    );
  }
  return value;
}
