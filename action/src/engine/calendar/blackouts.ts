/**
 * The questions the `blackout-window` rule asks: which windows block a release type at an instant
 * or over a planned window, and when the next allowed slot is. Answers are plain data.
 */
import type { BlackoutException, CalendarData, Enforcement, ReleaseType } from './types.ts';
import { compareText } from '../compare-text.ts';
import { CalendarError } from './errors.ts';
import { compileCalendar } from './compiled.ts';
import { holidayOccurrences, holidayId } from './occurrences.ts';
import { deploymentWindowsFor, nextDeploymentStart } from './deployment.ts';
import { appliesTo, type ReleaseScope } from './scope.ts';
import {
  Temporal,
  checkZone,
  formatLocal,
  formatUtc,
  instantToWall,
  isBefore,
  maxInstant,
  parseLocal,
  toInstant,
  wallToInstant,
  type InstantInput,
} from './time.ts';

/** A window that blocks a release type: a blackout occurrence or a holiday. */
export interface BlockingWindow {
  kind: 'blackout' | 'holiday';
  /** The blackout's id, or `holiday-YYYY-MM-DD`. */
  id: string;
  name: string;
  reason: string;
  enforcement: Enforcement;
  blocks: ReleaseType[];
  exception?: BlackoutException;
  /** The window's scope, when it concerns only some products or systems. */
  products?: string[];
  systems?: string[];
  /** The zone the window is written in; `startLocal`/`endLocal` are in it. */
  timezone: string;
  allDay: boolean;
  /** RFC 3339 in UTC: `2026-12-18T05:00:00Z`. */
  start: string;
  /** Exclusive. */
  end: string;
  /** RFC 3339 in `timezone`: `2026-12-18T00:00:00-05:00`. */
  startLocal: string;
  endLocal: string;
}

interface Window {
  start: Temporal.Instant;
  end: Temporal.Instant;
  id: string;
  /** Built on demand: formatting every window a long search passes over costs more than the search. */
  view: () => BlockingWindow;
}

function blockingWindows(
  calendar: CalendarData,
  from: Temporal.Instant,
  to: Temporal.Instant,
  type: ReleaseType,
  scope: ReleaseScope | undefined,
): Window[] {
  const compiled = compileCalendar(calendar);
  const out: Window[] = [];
  for (const entry of calendar.blackouts ?? []) {
    if (!entry.blocks.includes(type) || !appliesTo(entry, scope)) continue;
    for (const o of compiled.occurrences(entry, from, to)) {
      out.push({
        start: o.start,
        end: o.end,
        id: entry.id,
        view: () => ({
          kind: 'blackout',
          id: entry.id,
          name: entry.name,
          reason: entry.reason,
          enforcement: entry.enforcement,
          blocks: [...entry.blocks],
          ...(entry.exception ? { exception: entry.exception } : {}),
          ...(entry.products ? { products: [...entry.products] } : {}),
          ...(entry.systems ? { systems: [...entry.systems] } : {}),
          ...times(o.start, o.end, o.zone, o.allDay),
        }),
      });
    }
  }
  if (calendar.holidays?.blocks.includes(type)) {
    for (const o of holidayOccurrences(calendar, from, to)) {
      out.push({
        start: o.start,
        end: o.end,
        id: holidayId(o.entry),
        view: () => ({
          kind: 'holiday',
          id: holidayId(o.entry),
          name: o.entry.name,
          reason: `holiday: ${o.entry.name}`,
          enforcement: o.holidays.enforcement,
          blocks: [...o.holidays.blocks],
          ...(o.holidays.exception ? { exception: o.holidays.exception } : {}),
          ...times(o.start, o.end, o.zone, true),
        }),
      });
    }
  }
  return out.sort(
    (a, b) =>
      Temporal.Instant.compare(a.start, b.start) ||
      Temporal.Instant.compare(a.end, b.end) ||
      compareText(a.id, b.id),
  );
}

function times(start: Temporal.Instant, end: Temporal.Instant, zone: string, allDay: boolean) {
  return {
    timezone: zone,
    allDay,
    start: formatUtc(start),
    end: formatUtc(end),
    startLocal: formatLocal(start, zone),
    endLocal: formatLocal(end, zone),
  };
}

const ONE_NANOSECOND = Temporal.Duration.from({ nanoseconds: 1 });

/**
 * The windows blocking `type` at `at` (start ≤ at < end). A window scoped to products or systems
 * blocks only a release `scope` matches; without `scope`, only the unscoped windows count.
 */
export function blackoutsAt(
  calendar: CalendarData,
  at: InstantInput,
  type: ReleaseType,
  scope?: ReleaseScope,
): BlockingWindow[] {
  const instant = toInstant(at, 'instant');
  return blockingWindows(calendar, instant, instant.add(ONE_NANOSECOND), type, scope).map((w) => w.view());
}

/**
 * The windows blocking `type` that overlap the planned window `[from, to)`. A release without a
 * window end is the instant `from` alone (`to` absent or not after `from`).
 */
export function blackoutsOverlapping(
  calendar: CalendarData,
  from: InstantInput,
  to: InstantInput | undefined,
  type: ReleaseType,
  scope?: ReleaseScope,
): BlockingWindow[] {
  const start = toInstant(from, 'from');
  const end = to === undefined ? start : toInstant(to, 'to');
  const until = isBefore(start, end) ? end : start.add(ONE_NANOSECOND);
  return blockingWindows(calendar, start, until, type, scope).map((w) => w.view());
}

export type DurationInput = Temporal.Duration | Temporal.DurationLike | string;

/** A slot's minimum length as elapsed time (a day is 24 hours here: it is how long a deploy runs). */
function exactLength(input: DurationInput): Temporal.Duration {
  let duration: Temporal.Duration;
  try {
    duration = Temporal.Duration.from(input);
  } catch {
    throw new CalendarError(`minimumLength ${JSON.stringify(input)} is not a duration (e.g. PT2H)`);
  }
  if (duration.sign < 0 || duration.years || duration.months || duration.weeks) {
    throw new CalendarError('minimumLength must be a positive length in days, hours or minutes');
  }
  return Temporal.Duration.from({ milliseconds: duration.total('milliseconds') });
}

export interface NextSlotOptions {
  /** How far to look before giving up, in days from `at`. Default 731 (two years). */
  horizonDays?: number;
  /** The release the slot is for: windows scoped to other products or systems leave it alone. */
  scope?: ReleaseScope;
}

export type NextAllowedSlot =
  | {
      found: true;
      /** RFC 3339 in UTC: `at` itself when nothing blocks it. */
      start: string;
      /** The same instant in the calendar's zone with its offset. */
      startLocal: string;
      timezone: string;
      /** The windows that pushed the slot out, in order (the first 100): empty when `at` was already allowed. */
      chain: BlockingWindow[];
    }
  | {
      found: false;
      /** Nothing was allowed from `at` up to here (exclusive). */
      searchedUntil: string;
      searchedUntilLocal: string;
      timezone: string;
      chain: BlockingWindow[];
      message: string;
    };

const MAX_STEPS = 10_000;

/** The chain reported keeps the first windows only: a calendar of overlapping dailies has thousands. */
const MAX_CHAIN = 100;

/** When deploys resume after a whole-day window if the calendar implies no other hour. */
export const DEFAULT_WORKDAY_START = '09:00';

/**
 * The wall-clock time a working day starts, as the calendar implies it: the latest morning end
 * (before 12:00) of its timed blackouts (OctoAcme's weekend blackout ends Monday 09:00, so 09:00),
 * else 09:00. A slot that a whole-day window (a holiday, the year-end freeze) pushes to midnight
 * starts at this time instead: nobody deploys at 00:00 the night a freeze ends.
 */
export function workdayStart(calendar: CalendarData): Temporal.PlainTime {
  let latest: Temporal.PlainTime | undefined;
  for (const entry of calendar.blackouts ?? []) {
    let end;
    try {
      end = parseLocal(entry.end);
    } catch {
      continue; // The compiled calendar reports a value that does not parse.
    }
    if (end.allDay) continue;
    const time = end.wall.toPlainTime();
    if (time.hour >= 12 || (time.hour === 0 && time.minute === 0)) continue;
    if (!latest || Temporal.PlainTime.compare(time, latest) > 0) latest = time;
  }
  return latest ?? Temporal.PlainTime.from(DEFAULT_WORKDAY_START);
}

/**
 * The first instant at or after `at` from which `minimumLength` (default: an instant) is free of
 * every window blocking `type`: the end of the chain of overlapping or adjacent windows (a freeze
 * ending on a Saturday runs into the weekend window, so the slot is Monday 09:00). Soft windows
 * count too: the caller decides whether a soft one may be passed. When the calendar gives `type`
 * deployment windows, the slot also fits inside one of them (deny beats allow: both must hold), and
 * they say when the working day starts. Without them, a slot pushed to midnight by a whole-day
 * window moves on to the working day's start the calendar implies (`workdayStart`: 09:00 for
 * OctoAcme), so the slot after a holiday is 09:00, not 00:00; an `at` that nothing blocks is its
 * own slot, whatever the hour. The one place the calendar says when a release may ship.
 */
export function nextAllowedSlot(
  calendar: CalendarData,
  at: InstantInput,
  type: ReleaseType,
  minimumLength?: DurationInput,
  options: NextSlotOptions = {},
): NextAllowedSlot {
  const zone = checkZone(calendar.timezone, 'timezone');
  const begin = toInstant(at, 'instant');
  const length = minimumLength === undefined ? undefined : exactLength(minimumLength);
  const horizonDays = options.horizonDays ?? 731;
  if (!Number.isFinite(horizonDays) || horizonDays <= 0) {
    throw new CalendarError(`horizonDays must be a positive number, not ${horizonDays}`);
  }
  const limit = begin.add({ hours: 24 * horizonDays });
  const workday = workdayStart(calendar);
  const chain: BlockingWindow[] = [];
  const seen = new Set<string>();
  const allowed = deploymentWindowsFor(calendar, type, options.scope);
  let t = begin;
  for (let step = 0; step < MAX_STEPS && isBefore(t, limit); step++) {
    if (allowed.length > 0) {
      const inside = nextDeploymentStart(calendar, allowed, t, length, limit);
      if (!inside) {
        t = limit;
        break;
      }
      t = inside;
    }
    const probeEnd = length && length.sign > 0 ? t.add(length) : t.add(ONE_NANOSECOND);
    const blocking = blockingWindows(calendar, t, probeEnd, type, options.scope);
    if (blocking.length === 0) {
      return { found: true, start: formatUtc(t), startLocal: formatLocal(t, zone), timezone: zone, chain };
    }
    for (const w of blocking) {
      const key = `${w.id}@${w.start.epochNanoseconds}`;
      if (chain.length < MAX_CHAIN && !seen.has(key)) {
        seen.add(key);
        chain.push(w.view());
      }
      t = maxInstant(t, w.end);
    }
    // Deployment windows say when the day's deploys start; without them, the calendar's morning does.
    if (allowed.length === 0) t = startOfWorkday(t, zone, workday);
  }
  const until = isBefore(t, limit) ? t : limit;
  return {
    found: false,
    searchedUntil: formatUtc(until),
    searchedUntilLocal: formatLocal(until, zone),
    timezone: zone,
    chain,
    message: `no ${type} release slot${minimumLength === undefined ? '' : ` of ${Temporal.Duration.from(minimumLength).toString()}`} is free of blackouts${allowed.length > 0 ? ' and inside a deployment window' : ''} within ${horizonDays} days of ${formatLocal(begin, zone)}`,
  };
}

/** A slot pushed to midnight (a whole-day window ended) starts when the working day does. */
function startOfWorkday(t: Temporal.Instant, zone: string, workday: Temporal.PlainTime): Temporal.Instant {
  const wall = instantToWall(t, zone);
  if (Temporal.PlainTime.compare(wall.toPlainTime(), new Temporal.PlainTime()) !== 0) return t;
  return wallToInstant(wall.toPlainDate().toPlainDateTime(workday), zone);
}
