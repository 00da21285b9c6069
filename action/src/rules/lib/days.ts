/**
 * Days and instants of release.yml, read in the policy calendar's zone. A date alone (`2026-12-01`)
 * is that whole day in the zone; a date-time (`2026-12-01T10:30:00-05:00`) is one instant, which
 * falls on one day of the zone. All arithmetic goes through Temporal (the calendar engine's
 * helpers), never through `Date`.
 */
import {
  Temporal,
  addDays,
  formatLocal,
  instantToDate,
  parseInstant,
  parseLocal,
  wallToInstant,
} from '../../engine/calendar/time.ts';
import { memo } from '../../engine/memo.ts';
import type { LoadedPolicy } from '../../engine/policy.ts';

/** The zone of a policy without a calendar: OctoAcme's. */
export const DEFAULT_ZONE = 'America/New_York';

/** The zone dates are read in: the policy calendar's `timezone`, else {@link DEFAULT_ZONE}. */
export function policyZone(policy: LoadedPolicy): string {
  return policy.calendar?.data.timezone ?? DEFAULT_ZONE;
}

/** A date or date-time from release.yml, placed on the time line of a zone. */
export interface Moment {
  /** As written. */
  text: string;
  /** Whether it was written as a date alone (a whole day). */
  allDay: boolean;
  /** The day it falls on in the zone. */
  day: Temporal.PlainDate;
  /** The day's first instant for a date, the instant itself for a date-time. */
  start: Temporal.Instant;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads `YYYY-MM-DD` or an RFC 3339 date-time in `zone`; `undefined` for anything else (a date that
 * does not exist, such as 2026-02-30, which the schema's pattern lets through).
 */
export function readMoment(text: string, zone: string): Moment | undefined {
  const moment = momentIn(zone)(text);
  return moment && { ...moment };
}

const momentIn = memoByZone((zone) => (text: string): Moment | undefined => {
  try {
    if (DATE_ONLY.test(text)) {
      const { wall } = parseLocal(text);
      return { text, allDay: true, day: wall.toPlainDate(), start: wallToInstant(wall, zone) };
    }
    const start = parseInstant(text);
    return { text, allDay: false, day: dayIn(start, zone), start };
  } catch {
    return undefined;
  }
});

/** One remembered function per zone (a run has one or two). */
function memoByZone<K, V>(make: (zone: string) => (key: K) => V): (zone: string) => (key: K) => V {
  return memo((zone: string) => memo(make(zone)));
}

/** Whole calendar days from day `a` to day `b` (negative when `b` comes first). */
export function daysFrom(a: Temporal.PlainDate, b: Temporal.PlainDate): number {
  // By epoch days: the same count as `a.until(b)` in days, without making a Duration each time.
  return (epochMs(b) - epochMs(a)) / 86_400_000;
}

/** Midnight UTC of an ISO date (`setUTCFullYear`, unlike `Date.UTC`, takes years 0–99 as they are). */
function epochMs(date: Temporal.PlainDate): number {
  return new Date(0).setUTCFullYear(date.year, date.month - 1, date.day);
}

/**
 * Orders two moments: by instant when both are date-times, otherwise by day (a whole day neither
 * precedes nor follows a time on that same day).
 */
export function compareMoments(a: Moment, b: Moment): number {
  if (!a.allDay && !b.allDay) return Temporal.Instant.compare(a.start, b.start);
  return Temporal.PlainDate.compare(a.day, b.day);
}

/** Whether all of `moment` lies after `instant` (a date: its day starts after it). */
export function startsAfter(moment: Moment, instant: Temporal.Instant): boolean {
  return Temporal.Instant.compare(moment.start, instant) > 0;
}

/** `1 day`, `3 days`. */
export function countOf(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * How far `later` lies after `earlier`, for messages: whole calendar days in the zone when they fall
 * on different days, else hours and minutes (rounded up).
 */
export function describeGap(earlier: Temporal.Instant, later: Temporal.Instant, zone: string): string {
  const days = daysFrom(instantToDate(earlier, zone), instantToDate(later, zone));
  if (days !== 0) return countOf(days, 'day');
  const gap = earlier.until(later, { largestUnit: 'hours', smallestUnit: 'minutes', roundingMode: 'ceil' });
  const parts = [];
  if (gap.hours > 0) parts.push(countOf(gap.hours, 'hour'));
  if (gap.minutes > 0 || parts.length === 0) parts.push(countOf(gap.minutes, 'minute'));
  return parts.join(' ');
}

/** The same wall-clock time `days` days later in `zone`, as RFC 3339 with the offset it has then. */
export function shiftDays(instant: Temporal.Instant, days: number, zone: string): string {
  return formatLocal(addDays(instant, days, zone), zone);
}

/** The day in `zone` of an instant. */
export function dayIn(instant: Temporal.Instant, zone: string): Temporal.PlainDate {
  return dayOf(zone)(instant.epochNanoseconds);
}

const dayOf = memoByZone(
  (zone) => (ns: bigint) => instantToDate(Temporal.Instant.fromEpochNanoseconds(ns), zone),
);

/**
 * The first instant a date or date-time no longer covers: a date alone (a waiver's `expires:
 * 2026-12-20`) covers that whole day in `zone`; a date-time is the instant itself.
 */
export function endOf(text: string, zone: string): Temporal.Instant {
  if (DATE_ONLY.test(text)) return wallToInstant(parseLocal(text).wall.add({ days: 1 }), zone);
  return parseInstant(text);
}

/**
 * The days a sign-off may carry to count for a release: from `max_age_days` before the day its age
 * is measured at (the release day; in deploy mode, today) up to today, never after the release day
 * in plan mode. `empty` when no such day has come yet (a release planned further out than the
 * maximum age): then sign-offs can be collected from `earliest` on.
 */
export interface SignoffDays {
  /** The first day that counts, when the policy has a maximum age. */
  earliest?: Temporal.PlainDate;
  /** The last day that counts today: today, or the release day when that came first (plan mode). */
  latest: Temporal.PlainDate;
  /** The day to write in a hint: `latest`, the most recent day that counts. */
  suggested: Temporal.PlainDate;
  empty: boolean;
}

export function signoffDays(c: {
  today: Temporal.PlainDate;
  releaseDay: Temporal.PlainDate;
  deploy: boolean;
  maxAge: number | undefined;
}): SignoffDays {
  const ageDay = c.deploy ? c.today : c.releaseDay;
  const latest = c.deploy || Temporal.PlainDate.compare(c.today, c.releaseDay) < 0 ? c.today : c.releaseDay;
  const earliest = c.maxAge === undefined ? undefined : ageDay.subtract({ days: c.maxAge });
  const empty = earliest !== undefined && Temporal.PlainDate.compare(latest, earliest) < 0;
  return { ...(earliest ? { earliest } : {}), latest, suggested: latest, empty };
}
