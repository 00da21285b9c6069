import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseInstant } from '../engine/calendar/time.ts';
import { UsageError } from './usage.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `parseArgs` with its errors turned into usage errors (exit 2, no stack). */
export function parse<T extends Options>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
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
