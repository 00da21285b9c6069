/**
 * Wall clock ↔ instant in an IANA zone, and the parsing of the calendar's two time forms.
 * All zone arithmetic goes through Temporal (polyfilled), never through the host's local zone.
 */
import { Temporal } from 'temporal-polyfill';
import { memo } from '../memo.ts';
import { CalendarError } from './errors.ts';

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

const instantFrom = memo((text: string) => Temporal.Instant.from(text.replace(' ', 'T').toUpperCase()));

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

const wallFrom = memo((text: string) =>
  LOCAL_DATE.test(text) ? Temporal.PlainDate.from(text).toPlainDateTime() : Temporal.PlainDateTime.from(text),
);

function dateToLocalText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
}

const zoneCache = new Map<string, string>();

/** Checks an IANA zone name and returns Temporal's spelling of it. Fixed offsets are refused. */
export function checkZone(zone: string, where?: string): string {
  const known = zoneCache.get(zone);
  if (known) return known;
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
  return wall.toZonedDateTime(zone, { disambiguation: 'compatible' }).toInstant();
}

export function instantToWall(instant: Temporal.Instant, zone: string): Temporal.PlainDateTime {
  return instant.toZonedDateTimeISO(zone).toPlainDateTime();
}

/** `2026-12-18T05:00:00Z`; sub-second digits only when there are some. */
export function formatUtc(instant: Temporal.Instant): string {
  return instant.toString();
}

/** `2026-12-18T00:00:00-05:00`: RFC 3339 in the zone, without the bracketed zone name. */
export function formatLocal(instant: Temporal.Instant, zone: string): string {
  return instant.toZonedDateTimeISO(zone).toString({ timeZoneName: 'never' });
}

export function instantText(instant: Temporal.Instant, zone: string): InstantText {
  return { utc: formatUtc(instant), local: formatLocal(instant, zone) };
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
