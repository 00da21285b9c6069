/**
 * RRULE expansion on wall-clock values, through `rrule-temporal`.
 *
 * The rule is evaluated on floating wall-clock times (each one carried as that same reading in UTC,
 * where no day is 23 or 25 hours long) and every generated start is resolved in the entry's zone
 * afterwards. So the rule is computed in local time as RFC 5545 asks, and a start that falls in a
 * spring-forward gap moves forward instead of being dropped: the product's DST rule, applied to
 * every occurrence the same way as to `start` itself.
 */
import { RRuleTemporal } from 'rrule-temporal';
import { CalendarError } from './errors.ts';
import { Temporal, parseInstant, instantToWall, type LocalValue } from './time.ts';

export interface Recurrence {
  /** Occurrence starts (wall clock) in `[from, to]`, in order, exdates removed. */
  startsBetween(from: Temporal.PlainDateTime, to: Temporal.PlainDateTime): Temporal.PlainDateTime[];
}

const FLOATING = 'UTC';

function floating(wall: Temporal.PlainDateTime): Temporal.ZonedDateTime {
  return wall.toZonedDateTime(FLOATING);
}

/** `20261218T150000Z`: a wall-clock value written as the floating rule's UTC. */
function icsFloating(wall: Temporal.PlainDateTime): string {
  return wall.toString({ smallestUnit: 'second' }).replace(/[-:]/g, '') + 'Z';
}

/**
 * Splits an RRULE value into its parts, upper-cased, checking the shape only: the library
 * judges the content. `RRULE:` in front is tolerated since people paste it from .ics files.
 */
export function parseRrule(rrule: string, where?: string): Map<string, string> {
  const body = rrule.trim().replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) throw new CalendarError(`"${rrule}" is not an RRULE value (NAME=VALUE;…)`, where);
    const name = part.slice(0, eq).trim().toUpperCase();
    if (parts.has(name)) throw new CalendarError(`RRULE part ${name} appears twice`, where);
    parts.set(
      name,
      part
        .slice(eq + 1)
        .trim()
        .toUpperCase(),
    );
  }
  if (!parts.has('FREQ')) throw new CalendarError(`RRULE "${rrule}" has no FREQ`, where);
  if (parts.has('DTSTART'))
    throw new CalendarError('RRULE must not carry DTSTART: `start` is the first occurrence', where);
  return parts;
}

/** An RRULE's UNTIL: a date, a UTC instant, or (outside RFC 5545, tolerated) a local date-time. */
export type Until =
  | { kind: 'date'; date: Temporal.PlainDate }
  | { kind: 'utc'; instant: Temporal.Instant }
  | { kind: 'local'; wall: Temporal.PlainDateTime };

export function parseUntil(value: string, where?: string): Until {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  if (!m) throw new CalendarError(`RRULE UNTIL "${value}" is neither YYYYMMDD nor YYYYMMDDTHHMMSS[Z]`, where);
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  try {
    if (m[4] === undefined) return { kind: 'date', date: Temporal.PlainDate.from(date) };
    const time = `${date}T${m[4]}:${m[5]}:${m[6]}`;
    return m[7]
      ? { kind: 'utc', instant: parseInstant(`${time}Z`, where) }
      : { kind: 'local', wall: Temporal.PlainDateTime.from(time) };
  } catch (error) {
    if (error instanceof CalendarError) throw error;
    throw new CalendarError(`RRULE UNTIL "${value}" is not a date that exists`, where);
  }
}

/** The rule with UNTIL moved onto the floating clock, so it cuts at the wall-clock time it names. */
function floatingRule(parts: Map<string, string>, zone: string, where?: string): string {
  const out: string[] = [];
  for (const [name, value] of parts) {
    if (name !== 'UNTIL') {
      out.push(`${name}=${value}`);
      continue;
    }
    const until = parseUntil(value, where);
    // A date stays a date: the library takes it as the end of that day, inclusive.
    if (until.kind === 'date') out.push(`UNTIL=${value}`);
    else if (until.kind === 'utc') out.push(`UNTIL=${icsFloating(instantToWall(until.instant, zone))}`);
    else out.push(`UNTIL=${icsFloating(until.wall)}`);
  }
  return out.join(';');
}

/**
 * The occurrence start an exdate names. Where the exdate or `start` is a date alone, it is that
 * day's occurrence at the start's time of day (RFC 5545 wants EXDATE in DTSTART's form).
 */
export function exdateStart(exdate: LocalValue, start: LocalValue): Temporal.PlainDateTime {
  return exdate.allDay || start.allDay
    ? exdate.wall.toPlainDate().toPlainDateTime(start.wall.toPlainTime())
    : exdate.wall;
}

/**
 * Compiles an entry's recurrence. `start` is DTSTART and always the first occurrence (as calendar
 * apps treat it), even when the rule would not generate it.
 */
export function compileRecurrence(
  rrule: string,
  start: LocalValue,
  exdates: readonly LocalValue[],
  zone: string,
  where?: string,
): Recurrence {
  const rule = floatingRule(parseRrule(rrule, where), zone, where);
  const exDate = exdates.map((ex) => floating(exdateStart(ex, start)));
  let compiled: RRuleTemporal;
  try {
    compiled = new RRuleTemporal({
      rruleString: rule,
      dtstart: floating(start.wall),
      exDate,
      includeDtstart: true,
      temporal: Temporal,
    });
  } catch (error) {
    throw new CalendarError(`RRULE "${rrule}" is not valid: ${messageOf(error)}`, where);
  }
  return {
    startsBetween(from, to) {
      try {
        return compiled.between(floating(from), floating(to), true).map((zdt) => zdt.toPlainDateTime());
      } catch (error) {
        throw new CalendarError(`RRULE "${rrule}" could not be expanded: ${messageOf(error)}`, where);
      }
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
