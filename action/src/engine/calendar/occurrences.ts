/**
 * Calendar entries → concrete occurrences on the time line, for a range `[from, to)`.
 *
 * A recurring entry is never walked occurrence by occurrence from its first start: the recurrence
 * library jumps to the range (it computes the period index arithmetically where it can), and only
 * the few starts whose windows can reach the range are resolved to instants.
 */
import type {
  BlackoutEntry,
  CalendarData,
  CodeFreeze,
  DeploymentWindowEntry,
  HolidayDate,
  Holidays,
  MaintenanceEntry,
  PlannedRelease,
  TestingWindowEntry,
} from './types.ts';
import { compareText } from '../compare-text.ts';
import { collectedFrom } from './types.ts';
import { CalendarError } from './errors.ts';
import { compileCalendar } from './compiled.ts';
import { compileRecurrence, type Recurrence } from './recurrence.ts';
import {
  Temporal,
  checkZone,
  instantToWall,
  isBefore,
  parseInstant,
  parseLocal,
  startOfDay,
  wallToInstant,
  type LocalValue,
} from './time.ts';

export type OccurrenceKind =
  'blackout' | 'maintenance' | 'holiday' | 'code-freeze' | 'deployment' | 'testing' | 'release';

/** One concrete window of an entry: `[start, end)` on the time line. */
export interface Occurrence<E> {
  entry: E;
  start: Temporal.Instant;
  end: Temporal.Instant;
  /** The zone the entry is written in, for display. */
  zone: string;
  /** Written as whole days (midnight to midnight in `zone`). */
  allDay: boolean;
}

export type CalendarOccurrence =
  | (Occurrence<BlackoutEntry> & { kind: 'blackout' })
  | (Occurrence<MaintenanceEntry> & { kind: 'maintenance' })
  | (Occurrence<HolidayDate> & { kind: 'holiday'; holidays: Holidays })
  | (Occurrence<CodeFreeze> & { kind: 'code-freeze' })
  | (Occurrence<DeploymentWindowEntry> & { kind: 'deployment' })
  | (Occurrence<TestingWindowEntry> & { kind: 'testing' })
  | (Occurrence<PlannedRelease> & { kind: 'release' });

/** A blackout, maintenance or deployment window entry: they share the time semantics. */
export type WindowEntry = BlackoutEntry | MaintenanceEntry | DeploymentWindowEntry;

/** Anything with a wall-clock start and exclusive end in a zone, repeating or not. */
export interface TimedEntry {
  id: string;
  start: string;
  end: string;
  timezone?: string;
  rrule?: string;
  exdates?: string[];
}

/** An entry's times, parsed and checked once. */
export interface CompiledEntry {
  zone: string;
  start: LocalValue;
  end: LocalValue;
  /** Whole days at both ends: shown and exported as dates. */
  allDay: boolean;
  /** `end - start` on the wall clock, added to every occurrence's start on the wall clock. */
  length: Temporal.Duration;
  exdates: LocalValue[];
  recurrence: Recurrence | undefined;
}

const compiledCache = new WeakMap<object, { defaultZone: string; compiled: CompiledEntry }>();

/** Parses an entry's times (cached per entry object). Throws `CalendarError` naming the entry. */
export function compileEntry(entry: TimedEntry, defaultZone: string): CompiledEntry {
  const cached = compiledCache.get(entry);
  if (cached && cached.defaultZone === defaultZone) return cached.compiled;
  const where = `"${entry.id}"`;
  const zone = checkZone(entry.timezone ?? defaultZone, `${where} timezone`);
  const start = parseLocal(entry.start, `${where} start`);
  const end = parseLocal(entry.end, `${where} end`);
  if (Temporal.PlainDateTime.compare(end.wall, start.wall) <= 0) {
    throw new CalendarError(
      `end (${entry.end}) must be after start (${entry.start}); end is exclusive`,
      where,
    );
  }
  const exdates = (entry.exdates ?? []).map((ex, i) => parseLocal(ex, `${where} exdates[${i}]`));
  const compiled: CompiledEntry = {
    zone,
    start,
    end,
    allDay: start.allDay && end.allDay,
    length: start.wall.until(end.wall, { largestUnit: 'day' }),
    exdates,
    recurrence: entry.rrule
      ? compileRecurrence(entry.rrule, start, exdates, zone, `${where} rrule`)
      : undefined,
  };
  compiledCache.set(entry, { defaultZone, compiled });
  return compiled;
}

function overlaps(
  start: Temporal.Instant,
  end: Temporal.Instant,
  from: Temporal.Instant,
  to: Temporal.Instant,
): boolean {
  return isBefore(start, to) && isBefore(from, end);
}

/**
 * The occurrences of a blackout or maintenance entry that overlap `[from, to)`, in order. Each keeps
 * the entry's wall-clock length (a Friday 15:00 → Monday 09:00 window stays 15:00 → 09:00 local
 * across DST), and each end is resolved in the zone like a start.
 */
export function expandEntry<E extends TimedEntry>(
  entry: E,
  defaultZone: string,
  from: Temporal.Instant,
  to: Temporal.Instant,
): Occurrence<E>[] {
  const c = compileEntry(entry, defaultZone);
  let starts: Temporal.PlainDateTime[];
  if (c.recurrence) {
    // A start up to one length (and a day of zone offset slack) before `from` can still reach it.
    const wallFrom = instantToWall(from, c.zone).subtract(c.length).subtract({ days: 1 });
    const wallTo = instantToWall(to, c.zone).add({ days: 1 });
    starts = c.recurrence.startsBetween(wallFrom, wallTo);
  } else {
    starts = [c.start.wall];
  }
  const out: Occurrence<E>[] = [];
  for (const wall of starts) {
    const start = wallToInstant(wall, c.zone);
    const end = wallToInstant(wall.add(c.length), c.zone);
    if (isBefore(start, end) && overlaps(start, end, from, to)) {
      out.push({ entry, start, end, zone: c.zone, allDay: c.allDay });
    }
  }
  return out;
}

/** A whole day in a zone: its first instant to the next day's first instant. */
export function dayWindow(
  date: Temporal.PlainDate,
  zone: string,
): { start: Temporal.Instant; end: Temporal.Instant } {
  return {
    start: startOfDay(date, zone),
    end: startOfDay(date.add({ days: 1 }), zone),
  };
}

function parseDay(text: string, where: string): Temporal.PlainDate {
  const value = parseLocal(text, where);
  if (!value.allDay) throw new CalendarError(`"${text}" must be a date (YYYY-MM-DD)`, where);
  return value.wall.toPlainDate();
}

type HolidayOccurrence = Occurrence<HolidayDate> & { kind: 'holiday'; holidays: Holidays };

/** Every holiday of a calendar as a window, in file order: parsed once per calendar. */
const holidayWindows = new WeakMap<Holidays, { zone: string; list: HolidayOccurrence[] }>();

export function holidayOccurrences(
  calendar: CalendarData,
  from: Temporal.Instant,
  to: Temporal.Instant,
): HolidayOccurrence[] {
  const holidays = calendar.holidays;
  if (!holidays) return [];
  const zone = checkZone(holidays.timezone ?? calendar.timezone, 'holidays.timezone');
  let known = holidayWindows.get(holidays);
  if (!known || known.zone !== zone) {
    const list = holidays.dates.map((holiday, i): HolidayOccurrence => {
      const { start, end } = dayWindow(parseDay(holiday.date, `holidays.dates[${i}]`), zone);
      return { kind: 'holiday', entry: holiday, holidays, start, end, zone, allDay: true };
    });
    known = { zone, list };
    holidayWindows.set(holidays, known);
  }
  const out: HolidayOccurrence[] = [];
  for (const o of known.list) if (overlaps(o.start, o.end, from, to)) out.push({ ...o });
  return out;
}

export function codeFreezeOccurrences(
  calendar: CalendarData,
  from: Temporal.Instant,
  to: Temporal.Instant,
): (Occurrence<CodeFreeze> & { kind: 'code-freeze' })[] {
  const zone = checkZone(calendar.timezone, 'timezone');
  const out: (Occurrence<CodeFreeze> & { kind: 'code-freeze' })[] = [];
  for (const freeze of calendar.code_freezes ?? []) {
    const { start, end } = dayWindow(parseDay(freeze.date, `"${freeze.id}" date`), zone);
    if (overlaps(start, end, from, to))
      out.push({ kind: 'code-freeze', entry: freeze, start, end, zone, allDay: true });
  }
  return out;
}

/** The testing windows overlapping `[from, to)`: each happens once, in the calendar's zone. */
export function testingOccurrences(
  calendar: CalendarData,
  from: Temporal.Instant,
  to: Temporal.Instant,
): (Occurrence<TestingWindowEntry> & { kind: 'testing' })[] {
  const zone = checkZone(calendar.timezone, 'timezone');
  const out: (Occurrence<TestingWindowEntry> & { kind: 'testing' })[] = [];
  for (const entry of calendar.testing_windows ?? []) {
    for (const o of expandEntry(entry, zone, from, to)) out.push({ ...o, kind: 'testing' });
  }
  return out;
}

/** The testing windows of one release (product and version), each `[start, end)` on the time line. */
export function testingWindowsOf(
  calendar: CalendarData,
  release: { product: string; version: string },
): (Occurrence<TestingWindowEntry> & { kind: 'testing' })[] {
  const zone = checkZone(calendar.timezone, 'timezone');
  return (calendar.testing_windows ?? [])
    .filter((w) => w.product === release.product && w.release === release.version)
    .map((entry) => {
      const c = compileEntry(entry, zone);
      return {
        kind: 'testing' as const,
        entry,
        start: wallToInstant(c.start.wall, c.zone),
        end: wallToInstant(c.end.wall, c.zone),
        zone: c.zone,
        allDay: c.allDay,
      };
    });
}

/** A planned release: `[date, window_end)`, or the instant `date` alone when it has no window. */
export function releaseWindow(release: Pick<PlannedRelease, 'product' | 'version' | 'date' | 'window_end'>): {
  start: Temporal.Instant;
  end: Temporal.Instant;
} {
  const where = `release ${release.product} ${release.version}`;
  const start = parseInstant(release.date, `${where} date`);
  const end = release.window_end ? parseInstant(release.window_end, `${where} window_end`) : start;
  if (isBefore(end, start)) throw new CalendarError('window_end is before date', where);
  return { start, end };
}

export function releaseOccurrences(
  calendar: CalendarData,
  from: Temporal.Instant,
  to: Temporal.Instant,
): (Occurrence<PlannedRelease> & { kind: 'release' })[] {
  const zone = checkZone(calendar.timezone, 'timezone');
  const out: (Occurrence<PlannedRelease> & { kind: 'release' })[] = [];
  for (const release of calendar.releases ?? []) {
    const { start, end } = releaseWindow(release);
    // A release without a window is a point: it is in the range when it falls inside it.
    const inRange =
      Temporal.Instant.compare(start, end) === 0
        ? !isBefore(start, from) && isBefore(start, to)
        : overlaps(start, end, from, to);
    if (inRange) out.push({ kind: 'release', entry: release, start, end, zone, allDay: false });
  }
  return out;
}

const KIND_ORDER: Record<OccurrenceKind, number> = {
  blackout: 0,
  holiday: 1,
  'code-freeze': 2,
  maintenance: 3,
  testing: 4,
  deployment: 5,
  release: 6,
};

export function compareOccurrences(a: CalendarOccurrence, b: CalendarOccurrence): number {
  return (
    Temporal.Instant.compare(a.start, b.start) ||
    Temporal.Instant.compare(a.end, b.end) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    compareText(occurrenceId(a), occurrenceId(b))
  );
}

/** The id a window is known by in messages, JSON and the .ics UID. */
export function occurrenceId(occurrence: CalendarOccurrence): string {
  switch (occurrence.kind) {
    case 'holiday':
      return holidayId(occurrence.entry);
    case 'release':
      return releaseId(occurrence.entry);
    default:
      return occurrence.entry.id;
  }
}

export function holidayId(holiday: HolidayDate): string {
  return `holiday-${holiday.date}`;
}

export function releaseId(release: PlannedRelease): string {
  const pull = collectedFrom(release)?.pull;
  return `release-${release.product}-${release.version}${pull !== undefined ? `-pr-${pull}` : ''}`;
}

/** Every occurrence of every kind overlapping `[from, to)`, in time order. */
export function calendarOccurrences(
  calendar: CalendarData,
  from: Temporal.Instant,
  to: Temporal.Instant,
  kinds: readonly OccurrenceKind[] = [
    'blackout',
    'holiday',
    'code-freeze',
    'maintenance',
    'testing',
    'deployment',
    'release',
  ],
): CalendarOccurrence[] {
  const compiled = compileCalendar(calendar);
  const out: CalendarOccurrence[] = [];
  if (kinds.includes('blackout')) {
    for (const entry of calendar.blackouts ?? []) {
      for (const o of compiled.occurrences(entry, from, to)) out.push({ ...o, kind: 'blackout' });
    }
  }
  if (kinds.includes('maintenance')) {
    for (const entry of calendar.maintenance ?? []) {
      for (const o of compiled.occurrences(entry, from, to)) out.push({ ...o, kind: 'maintenance' });
    }
  }
  if (kinds.includes('deployment')) {
    for (const entry of calendar.deployment_windows ?? []) {
      for (const o of compiled.occurrences(entry, from, to)) out.push({ ...o, kind: 'deployment' });
    }
  }
  // Appended one by one: spreading a long list into push() overflows the stack.
  if (kinds.includes('holiday')) for (const o of holidayOccurrences(calendar, from, to)) out.push(o);
  if (kinds.includes('code-freeze')) for (const o of codeFreezeOccurrences(calendar, from, to)) out.push(o);
  if (kinds.includes('testing')) for (const o of testingOccurrences(calendar, from, to)) out.push(o);
  if (kinds.includes('release')) for (const o of releaseOccurrences(calendar, from, to)) out.push(o);
  return out.sort(compareOccurrences);
}
