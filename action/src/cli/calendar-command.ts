import { resolve } from 'node:path';
import { renderCalendar } from '../engine/calendar/index.ts';
import { calendarWithCollected, collectedProblems } from '../engine/releases.ts';
import type { Io } from './io.ts';
import { instant, oneOf, parse } from './options.ts';
import { policyFrom } from './policy-files.ts';
import { releasesFrom } from './releases-files.ts';
import { UsageError } from './usage.ts';

/**
 * `calendar`: the policy's calendar as an iCalendar feed, JSON or a readable list, with the planned
 * releases of the collected releases files (`--releases`, then the policy's own) drawn in.
 */
export function calendarCommand(args: string[], io: Io): number {
  const { values } = parse('calendar', args);
  const format = oneOf('format', values.format, ['text', 'json', 'ics'] as const, 'text');
  const now = instant(values.now, io.clock);
  const days = values.days === undefined ? 90 : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 3660) {
    throw new UsageError(`--days must be a whole number from 1 to 3660; got "${values.days}"`);
  }
  const policy = policyFrom(values.policy ?? 'octoacme', io.cwd, io.cwd);
  if (!policy.calendar) throw new UsageError(`policy "${policy.name}" names no calendar`);
  const root = resolve(io.cwd, values.root ?? '.');
  const collected = [
    ...releasesFrom(values.releases ?? [], root),
    ...(policy.releases ? [policy.releases] : []),
  ];
  const calendar = calendarWithCollected(policy.calendar.data, collected);
  const problems = collectedProblems(collected);
  io.stdout(renderCalendar(format, calendar, { now, days, ...(collected.length > 0 ? { problems } : {}) }));
  return 0;
}
