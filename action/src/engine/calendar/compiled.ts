/**
 * The calendar compiled once: every entry's times parsed, every recurrence expanded once over the
 * range a run looks at, and the occurrences kept in time order so each question (is this instant
 * blocked? what overlaps this window? when is the next free slot?) is a binary search, not a new
 * expansion. Compiled when the policy loads and shared by every release and rule of the run; the
 * functions that take `CalendarData` find the same object through `compileCalendar`.
 */
import type { CalendarData } from './types.ts';
import { CalendarError } from './errors.ts';
import { compileEntry, expandEntry, type Occurrence, type WindowEntry } from './occurrences.ts';
import { parseRrule } from './recurrence.ts';
import { Temporal, checkZone, isBefore } from './time.ts';

/** Bounds on what a calendar may ask of a run. Documented in the README's Limits table. */
export const CALENDAR_LIMITS = {
  /** Blackout and maintenance entries in one calendar. */
  windows: 500,
  /** Holiday dates, code freezes, planned releases, deployment and testing windows, each, in one calendar. */
  dated: 5_000,
  /** An RRULE's COUNT: the recurrence library walks every occurrence from `start` to honour it. */
  count: 10_000,
  /**
   * Occurrences a year of all blackout and maintenance entries together (and, apart, of all deployment windows), counted from each RRULE's
   * form (a daily rule 366, a weekly one 53 per BYDAY …): what a search over the two-year horizon
   * of the next allowed slot may have to expand.
   */
  occurrencesPerYear: 5_000,
} as const;

/** Each expansion reaches this far past the question, so the next questions (a later instant, the next-slot search) reuse it. */
const CHUNK_DAYS = 62;

export interface CompiledCalendar {
  readonly data: CalendarData;
  /** The calendar's zone, checked. */
  readonly zone: string;
  /** The occurrences of a blackout, maintenance or deployment window entry of this calendar that overlap `[from, to)`, in order. */
  occurrences<E extends WindowEntry>(entry: E, from: Temporal.Instant, to: Temporal.Instant): Occurrence<E>[];
}

interface Expansion {
  from: Temporal.Instant;
  to: Temporal.Instant;
  /** In start order; ends follow the same order (every occurrence has the entry's wall-clock length). */
  list: Occurrence<WindowEntry>[];
}

const compiled = new WeakMap<CalendarData, CompiledCalendar>();

/**
 * The compiled calendar for `data` (compiled on first use, then the same object). Throws
 * `CalendarError` naming the entry at fault; `calendarLimitProblems` reports the bounds with their place.
 */
export function compileCalendar(data: CalendarData): CompiledCalendar {
  const known = compiled.get(data);
  if (known) return known;
  const zone = checkZone(data.timezone, 'timezone');
  for (const entry of [
    ...(data.blackouts ?? []),
    ...(data.maintenance ?? []),
    ...(data.deployment_windows ?? []),
    ...(data.testing_windows ?? []),
  ])
    compileEntry(entry, zone);
  const expansions = new WeakMap<WindowEntry, Expansion>();
  const calendar: CompiledCalendar = {
    data,
    zone,
    occurrences<E extends WindowEntry>(entry: E, from: Temporal.Instant, to: Temporal.Instant) {
      let expansion = expansions.get(entry);
      if (!expansion) {
        const end = latest(to, from.add({ hours: 24 * CHUNK_DAYS }));
        expansion = { from, to: end, list: expandEntry(entry, zone, from, end) };
        expansions.set(entry, expansion);
      }
      // Each occurrence is expanded once: a question outside what is known adds only the part missing.
      if (isBefore(from, expansion.from)) {
        const before = expandEntry(entry, zone, from, expansion.from);
        expansion.list = joined(before, expansion.list);
        expansion.from = from;
      }
      if (isBefore(expansion.to, to)) {
        const end = latest(to, expansion.to.add({ hours: 24 * CHUNK_DAYS }));
        expansion.list = joined(expansion.list, expandEntry(entry, zone, expansion.to, end));
        expansion.to = end;
      }
      return overlapping(expansion.list, from, to) as Occurrence<E>[];
    },
  };
  compiled.set(data, calendar);
  return calendar;
}

function latest(a: Temporal.Instant, b: Temporal.Instant): Temporal.Instant {
  return isBefore(a, b) ? b : a;
}

/** Two sorted runs of one entry, the occurrence that straddles their border kept once. */
function joined(
  a: Occurrence<WindowEntry>[],
  b: readonly Occurrence<WindowEntry>[],
): Occurrence<WindowEntry>[] {
  const out = a.slice();
  for (const o of b) {
    const last = out.at(-1);
    if (last && Temporal.Instant.compare(last.start, o.start) >= 0) continue;
    out.push(o);
  }
  return out;
}

/** The occurrences of a sorted list that overlap `[from, to)`. */
function overlapping(
  list: readonly Occurrence<WindowEntry>[],
  from: Temporal.Instant,
  to: Temporal.Instant,
): Occurrence<WindowEntry>[] {
  // The first occurrence that ends after `from`.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(from, list[mid]!.end)) hi = mid;
    else lo = mid + 1;
  }
  const out: Occurrence<WindowEntry>[] = [];
  for (let i = lo; i < list.length && isBefore(list[i]!.start, to); i++) {
    if (isBefore(from, list[i]!.end)) out.push(list[i]!);
  }
  return out;
}

/** A bound the calendar goes past, with the place to report it: a path into the calendar file. */
export interface LimitProblem {
  path: (string | number)[];
  message: string;
}

/** The calendar's size against `CALENDAR_LIMITS`, checked when the policy loads. */
export function calendarLimitProblems(data: CalendarData): LimitProblem[] {
  const out: LimitProblem[] = [];
  const blackouts = data.blackouts ?? [];
  const maintenance = data.maintenance ?? [];
  if (blackouts.length + maintenance.length > CALENDAR_LIMITS.windows) {
    const [key, index] =
      blackouts.length > CALENDAR_LIMITS.windows
        ? ['blackouts', CALENDAR_LIMITS.windows]
        : ['maintenance', CALENDAR_LIMITS.windows - blackouts.length];
    out.push({
      path: [key, index],
      message: `the calendar has ${blackouts.length + maintenance.length} blackout and maintenance entries; the limit is ${CALENDAR_LIMITS.windows}`,
    });
  }
  const dated = [
    ['holidays', 'dates', data.holidays?.dates ?? []],
    ['code_freezes', undefined, data.code_freezes ?? []],
    ['releases', undefined, data.releases ?? []],
    ['deployment_windows', undefined, data.deployment_windows ?? []],
    ['testing_windows', undefined, data.testing_windows ?? []],
  ] as const;
  for (const [key, sub, list] of dated) {
    if (list.length <= CALENDAR_LIMITS.dated) continue;
    out.push({
      path: sub ? [key, sub, CALENDAR_LIMITS.dated] : [key, CALENDAR_LIMITS.dated],
      message: `${sub ? `${key}.${sub}` : key} has ${list.length} entries; the limit is ${CALENDAR_LIMITS.dated}`,
    });
  }
  // Deployment windows have a budget of their own: they allow rather than block, and a next-slot
  // search walks them beside the blackouts.
  for (const group of [
    [
      ['blackouts', blackouts],
      ['maintenance', maintenance],
    ],
    [['deployment_windows', data.deployment_windows ?? []]],
  ] as const) {
    out.push(
      ...repeatProblems(
        group,
        group.length === 1 ? 'deployment windows' : 'blackout and maintenance entries',
      ),
    );
  }
  return out;
}

/** An RRULE's COUNT past the bound, and the first entry with which the group repeats too often a year. */
function repeatProblems(
  group: readonly (readonly [string, readonly WindowEntry[]])[],
  what: string,
): LimitProblem[] {
  const out: LimitProblem[] = [];
  let perYear = 0;
  let over: LimitProblem | undefined;
  for (const [key, list] of group) {
    list.forEach((entry: WindowEntry, index: number) => {
      if (entry.rrule === undefined) {
        perYear += 1;
        return;
      }
      let parts: Map<string, string>;
      try {
        parts = parseRrule(entry.rrule);
      } catch (error) {
        if (error instanceof CalendarError) return; // the value check reports it
        throw error;
      }
      const count = parts.get('COUNT');
      if (count !== undefined && Number(count) > CALENDAR_LIMITS.count) {
        out.push({
          path: [key, index, 'rrule'],
          message: `COUNT=${count} repeats "${entry.id}" more than ${CALENDAR_LIMITS.count} times; use UNTIL, or no end, instead`,
        });
      }
      perYear += occurrencesPerYear(parts);
      if (!over && perYear > CALENDAR_LIMITS.occurrencesPerYear) {
        over = {
          path: [key, index, 'rrule'],
          message: `with "${entry.id}", the ${what} repeat about ${Math.round(perYear)} times a year; the limit is ${CALENDAR_LIMITS.occurrencesPerYear}`,
        };
      }
    });
  }
  if (over) out.push(over);
  return out;
}

/**
 * At most how many times a year an RRULE repeats, from its form alone (no expansion): the
 * frequency's periods a year, over INTERVAL, times what the BY parts multiply each period into.
 */
export function occurrencesPerYear(parts: ReadonlyMap<string, string>): number {
  const listed = (name: string) =>
    parts
      .get(name)
      ?.split(',')
      .filter((v) => v !== '').length ?? 0;
  const interval = Math.max(1, Number(parts.get('INTERVAL') ?? 1) || 1);
  const days = listed('BYDAY');
  let bound: number;
  switch (parts.get('FREQ')) {
    case 'DAILY':
      bound = 366;
      break;
    case 'WEEKLY':
      bound = 53 * Math.max(1, Math.min(7, days));
      break;
    case 'MONTHLY':
      bound = 12 * Math.min(31, Math.max(1, listed('BYMONTHDAY'), days * 5));
      break;
    default:
      bound = Math.max(
        listed('BYYEARDAY'),
        listed('BYWEEKNO') * 7,
        days * 53,
        Math.max(1, listed('BYMONTHDAY')) * Math.max(1, listed('BYMONTH')),
      );
  }
  return Math.min(366, bound / interval);
}
