/**
 * Wall clock ↔ instant in an IANA zone, and the parsing of the calendar's two time forms.
 * All zone arithmetic goes through here, never through the host's local zone: a zone with a
 * precomputed offset table (`zone-offsets.ts`) is answered from it inside its range, by epoch
 * arithmetic; everything else by Temporal (polyfilled).
 */
import { Temporal } from 'temporal-polyfill';
import { memo } from '../memo.ts';
import { CalendarError } from './errors.ts';
import { hasZoneOffsets, tabledOffset } from './zone-offsets.ts';

export { Temporal };

/** Anything that names one instant. Strings must be RFC 3339 with an offset. */
export type InstantInput = string | Date | Temporal.Instant | Temporal.ZonedDateTime;

/** A `start`/`end`/`exdates` value: a wall-clock time, and whether it was written as a whole day. */
export interface LocalValue {
  wall: Temporal.PlainDateTime;
  allDay: boolean;
}

/** An instant written twice: in UTC, and in a zone with its offset (for messages). */
export interface InstantText {
  /** `2026-12-18T05:00:00Z` */
  utc: string;
  /** `2026-12-18T00:00:00-05:00` */
  local: string;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;
const FIXED_OFFSET = /^[+\-\u2212]\d/;

/**
 * Parses an RFC 3339 date-time. A string without an offset is refused: the same text would name a
 * different instant on every machine.
 */
export function parseInstant(text: string, where?: string): Temporal.Instant {
  if (!RFC3339.test(text)) {
    throw new CalendarError(
      `"${text}" is not an RFC 3339 date-time with an offset (e.g. 2026-12-08T15:00:00-05:00)`,
      where,
    );
  }
  try {
    return instantFrom(text);
  } catch {
    throw new CalendarError(`"${text}" is not a valid date-time`, where);
  }
}

const instantFrom = memo(
  (text: string) => fieldsInstant(text) ?? Temporal.Instant.from(text.replace(' ', 'T').toUpperCase()),
);

const RFC3339_FIELDS =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/**
 * An RFC 3339 date-time read field by field, as Temporal reads it: the polyfill's string parser
 * costs more than the rest of a check's date work. `undefined` for what Temporal should judge
 * itself: a field out of range (an error, or a leap second it clamps) and years before 1000.
 */
function fieldsInstant(text: string): Temporal.Instant | undefined {
  const m = RFC3339_FIELDS.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offset = m[8] ? (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) : 0;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || Number(m[9] ?? 0) > 23 || Number(m[10] ?? 0) > 59)
    return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
  return Temporal.Instant.fromEpochNanoseconds(BigInt(ms) * 1_000_000n + BigInt((m[7] ?? '').padEnd(9, '0')));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toInstant(input: InstantInput, where?: string): Temporal.Instant {
  if (typeof input === 'string') return parseInstant(input, where);
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw new CalendarError('invalid Date', where);
    return Temporal.Instant.fromEpochMilliseconds(ms);
  }
  if (input instanceof Temporal.ZonedDateTime) return input.toInstant();
  return input;
}

/**
 * Parses a local value: `YYYY-MM-DD` (midnight, a whole day) or `YYYY-MM-DDTHH:MM[:SS]`.
 * A YAML parser with timestamps on may already have made it a Date at UTC; its UTC fields are the
 * wall-clock value that was written.
 */
export function parseLocal(value: string | Date, where?: string): LocalValue {
  const text = value instanceof Date ? dateToLocalText(value) : value;
  const allDay = LOCAL_DATE.test(text);
  if (!allDay && !LOCAL_DATE_TIME.test(text)) {
    throw new CalendarError(
      `"${text}" is neither a date (YYYY-MM-DD) nor a local date-time (YYYY-MM-DDTHH:MM)`,
      where,
    );
  }
  try {
    return { wall: wallFrom(text), allDay };
  } catch {
    throw new CalendarError(`"${text}" is not a date that exists`, where);
  }
}

const wallFrom = memo((text: string) => {
  // The constructor takes the fields straight (cheaper than Temporal's string parser) and refuses
  // what `from` refuses; a second of 60, which `from` clamps to 59, is left to `from`.
  const [year, month, day, hour = 0, minute = 0, second = 0] = text.split(/[-T:]/).map(Number);
  if (year! >= 1000 && second < 60) {
    try {
      return new Temporal.PlainDateTime(year!, month!, day!, hour, minute, second);
    } catch {
      // out of range: `from` gives the error
    }
  }
  return LOCAL_DATE.test(text)
    ? Temporal.PlainDate.from(text).toPlainDateTime()
    : Temporal.PlainDateTime.from(text);
});

function dateToLocalText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
}

const zoneCache = new Map<string, string>();

/** Checks an IANA zone name and returns Temporal's spelling of it. Fixed offsets are refused. */
export function checkZone(zone: string, where?: string): string {
  const known = zoneCache.get(zone);
  if (known) return known;
  // A tabled zone was checked, and spelled so, when its table was made.
  if (hasZoneOffsets(zone)) return zone;
  if (FIXED_OFFSET.test(zone)) {
    throw new CalendarError(
      `"${zone}" is a fixed offset; use an IANA zone such as America/New_York, which knows its DST rules`,
      where,
    );
  }
  let id: string;
  try {
    id = new Temporal.ZonedDateTime(0n, zone).timeZoneId;
  } catch {
    throw new CalendarError(`"${zone}" is not a known IANA time zone`, where);
  }
  zoneCache.set(zone, id);
  return id;
}

/**
 * The instant a wall-clock time names in a zone. A time in a spring-forward gap moves forward by the
 * gap; one in a fall-back overlap takes the first (earlier) occurrence: Temporal's `compatible`,
 * which is also what RFC 5545 says for an explicit DATE-TIME with a TZID.
 */
export function wallToInstant(wall: Temporal.PlainDateTime, zone: string): Temporal.Instant {
  return (
    tabledWallToInstant(wall, zone) ??
    wall.toZonedDateTime(zone, { disambiguation: 'compatible' }).toInstant()
  );
}

export function instantToWall(instant: Temporal.Instant, zone: string): Temporal.PlainDateTime {
  return zoned(instant, zone).toPlainDateTime();
}

/** The calendar day an instant falls on in a zone. */
export function instantToDate(instant: Temporal.Instant, zone: string): Temporal.PlainDate {
  const ms = instant.epochMilliseconds;
  const offset = tabledOffset(zone, ms);
  // Inside the table, epoch arithmetic: every release of a run has its own instant, but few days.
  if (offset !== undefined) return dateOfDay(Math.floor((ms + offset) / DAY_MS));
  return zoned(instant, zone).toPlainDate();
}

/** The date of a day counted from 1970-01-01. */
const dateOfDay = memo((day: number) => {
  const date = new Date(day * DAY_MS);
  return new Temporal.PlainDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
});

/**
 * The first instant of a calendar day in a zone: its midnight, or, when midnight falls in a gap,
 * where the day begins.
 */
export function startOfDay(date: Temporal.PlainDate, zone: string): Temporal.Instant {
  if (hasZoneOffsets(zone)) {
    const local = wallAsUtc(date.toPlainDateTime());
    const at = local && tabledInstants(local.ms, zone)?.[0];
    // A midnight in a gap is left to Temporal, which finds the transition.
    if (at !== undefined) return epochInstant(at, 0n);
  }
  return date.toZonedDateTime(zone).toInstant();
}

/** The same wall-clock time `days` calendar days later (earlier when negative) in the zone. */
export function addDays(instant: Temporal.Instant, days: number, zone: string): Temporal.Instant {
  return wallToInstant(instantToWall(instant, zone).add({ days }), zone);
}

/** `2026-12-18T05:00:00Z`; sub-second digits only when there are some. */
export function formatUtc(instant: Temporal.Instant): string {
  return instant.toString();
}

/**
 * `2026-12-18T00:00:00-05:00`: RFC 3339 in the zone, without the bracketed zone name; to the minute
 * or the second when `smallestUnit` says so, else with sub-second digits only when there are some.
 */
export function formatLocal(
  instant: Temporal.Instant,
  zone: string,
  smallestUnit?: 'minute' | 'second',
): string {
  return zoned(instant, zone).toString({ timeZoneName: 'never', ...(smallestUnit ? { smallestUnit } : {}) });
}

export function instantText(instant: Temporal.Instant, zone: string): InstantText {
  return { utc: formatUtc(instant), local: formatLocal(instant, zone) };
}

/**
 * The instant at the offset its zone has then: for reading the wall clock and formatting, not for
 * arithmetic (a fixed offset knows no DST; `addDays` does the arithmetic). A fixed offset needs no
 * time-zone database.
 */
function zoned(instant: Temporal.Instant, zone: string): Temporal.ZonedDateTime {
  const offset = tabledOffset(zone, instant.epochMilliseconds);
  return instant.toZonedDateTimeISO(offset === undefined ? zone : offsetId(offset));
}

/** `-05:00`, `+05:30`, `+00:00` from an offset of whole minutes, in ms. */
function offsetId(offsetMs: number): string {
  const minutes = Math.abs(offsetMs) / 60_000;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${offsetMs < 0 ? '-' : '+'}${hh}:${mm}`;
}

const DAY_MS = 86_400_000;

/**
 * The instants a wall-clock time names in a zone, from the zone's offset table (none in a gap, two
 * in an overlap, earlier first); undefined when no table covers the time. The polyfill's own steps:
 * the offsets a day before and a day after give the candidates, each kept when the offset at its
 * instant is its own.
 */
function tabledInstants(localMs: number, zone: string): number[] | undefined {
  const before = tabledOffset(zone, localMs - DAY_MS);
  const after = tabledOffset(zone, localMs + DAY_MS);
  if (before === undefined || after === undefined) return undefined;
  if (before === after) return [localMs - before];
  const settled = tabledOffset(zone, localMs - before);
  if (settled !== undefined && settled === tabledOffset(zone, localMs - after)) return [localMs - settled];
  return before > after ? [localMs - before, localMs - after] : [];
}

/** `wallToInstant` from the zone's offset table, when one covers the time; else undefined. */
function tabledWallToInstant(wall: Temporal.PlainDateTime, zone: string): Temporal.Instant | undefined {
  if (!hasZoneOffsets(zone)) return undefined;
  const local = wallAsUtc(wall);
  if (!local) return undefined;
  let found = tabledInstants(local.ms, zone);
  if (found?.length === 0) {
    // A gap: the time moved forward by the gap's length, its later reading.
    const gap = tabledOffset(zone, local.ms + DAY_MS)! - tabledOffset(zone, local.ms - DAY_MS)!;
    found = tabledInstants(local.ms + gap, zone)?.slice(-1);
  }
  const at = found?.[0];
  return at === undefined ? undefined : epochInstant(at, local.ns);
}

/** A wall-clock time read as if it were UTC: whole epoch ms, and the nanoseconds past them. */
function wallAsUtc(wall: Temporal.PlainDateTime): { ms: number; ns: bigint } | undefined {
  const ms = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond,
  );
  // Before any table (and before the years Date.UTC reads as 19xx).
  if (wall.year < 1000 || ms < 0) return undefined;
  return { ms, ns: BigInt(wall.microsecond * 1000 + wall.nanosecond) };
}

function epochInstant(ms: number, ns: bigint): Temporal.Instant {
  return Temporal.Instant.fromEpochNanoseconds(BigInt(ms) * 1_000_000n + ns);
}

export function minInstant(a: Temporal.Instant, b: Temporal.Instant): Temporal.Instant {
  return Temporal.Instant.compare(a, b) <= 0 ? a : b;
}

export function maxInstant(a: Temporal.Instant, b: Temporal.Instant): Temporal.Instant {
  return Temporal.Instant.compare(a, b) >= 0 ? a : b;
}

/** `a < b` on the time line. */
export function isBefore(a: Temporal.Instant, b: Temporal.Instant): boolean {
  return Temporal.Instant.compare(a, b) < 0;
}
