/**
 * The calendar as an iCalendar (RFC 5545) feed: the same rules the engine enforces, carried natively
 * (DTSTART in the entry's zone with its VTIMEZONE, RRULE, EXDATE), so a subscriber's calendar app
 * expands them itself.
 *
 * Written by hand because ical-generator cannot write DURATION on an event, and a recurring DTEND
 * means an exact length (RFC 5545 3.8.5.3): a Friday 15:00 → Monday 09:00 window
 * would end at 10:00 on the weekend the clocks go forward. A nominal DURATION (days on the wall
 * clock, then time) keeps the local end time, as the engine does. VTIMEZONE blocks come from
 * `timezones-ical-library`, which tracks the IANA database.
 *
 * Where a strict RFC 5545 client can still differ from the engine, for a few instances a year:
 * - a recurring start in a spring-forward gap is dropped by RFC 5545 (3.3.10) but moved forward by
 *   the product's rule;
 * - DURATION's time part is exact, so a window whose last partial day holds a DST change (Saturday
 *   23:00 → Sunday 05:00) ends an hour off on those nights in such a client. ical.js, like the
 *   engine, adds it on the wall clock. Windows whose time part holds no DST change (all of the
 *   OctoAcme calendar's) read the same everywhere.
 */
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type {
  BlackoutEntry,
  CalendarData,
  CodeFreeze,
  DeploymentWindowEntry,
  PlannedRelease,
  TestingWindowEntry,
} from './types.ts';
import { collectedFrom } from './types.ts';
import { CalendarError } from './errors.ts';
import {
  compileEntry,
  holidayId,
  releaseId,
  releaseWindow,
  type CompiledEntry,
  type TimedEntry,
} from './occurrences.ts';
import { scopeText } from './scope.ts';
import { exdateStart, parseRrule, parseUntil } from './recurrence.ts';
import {
  checkZone,
  instantToWall,
  parseLocal,
  startOfDay,
  toInstant,
  wallToInstant,
  Temporal,
  type InstantInput,
} from './time.ts';

export interface IcsOptions {
  /** PRODID, e.g. `-//OctoAcme//release-policy//EN`. */
  prodId: string;
  /** Shown by calendar apps as the subscribed calendar's name (NAME, X-WR-CALNAME). */
  calendarName: string;
  /** Where the feed lives (URL, SOURCE). */
  url?: string;
  /** Calendar description (DESCRIPTION, X-WR-CALDESC). */
  description?: string;
  /** DTSTAMP of every event: passed in, never the clock, so the same calendar gives the same bytes. */
  dtstamp: InstantInput;
  /** Right-hand side of every UID. Default `octoacme.github.io`. */
  uidDomain?: string;
  /** How often subscribers should refresh, as an ISO 8601 duration. Default `PT12H`. */
  refreshInterval?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** A content line, not yet folded. */
type Line = string;

/** Escapes a TEXT value (RFC 5545 3.3.11). Control characters other than tab have no place in it. */
export function escapeText(value: string): string {
  return withoutControls(value.replace(/\r\n|\r|\n/g, '\n'), '\t\n')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Drops C0 controls and DEL, except those in `keep`. */
function withoutControls(value: string, keep: string): string {
  let out = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    if ((code < 0x20 || code === 0x7f) && !keep.includes(char)) continue;
    out += char;
  }
  return out;
}

/** A parameter value: quoted when it holds `:`, `;` or `,`; DQUOTE and controls cannot appear at all. */
function paramValue(value: string): string {
  const clean = withoutControls(value, '').replace(/"/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * Folds a content line into chunks of at most 75 octets (RFC 5545 3.1), each continuation starting
 * with one space, never splitting a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const chunks: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    if (size + octets > limit) {
      chunks.push(current);
      current = '';
      size = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    size += octets;
  }
  chunks.push(current);
  return chunks.join(`${CRLF} `);
}

function dateValue(date: Temporal.PlainDate): string {
  return date.toString().replace(/-/g, '');
}

function localDateTimeValue(wall: Temporal.PlainDateTime): string {
  return wall.toString({ smallestUnit: 'second' }).replace(/[-:]/g, '');
}

function utcValue(instant: Temporal.Instant): string {
  return instant.toString({ smallestUnit: 'second' }).replace(/[-:]/g, '');
}

/**
 * An RFC 5545 dur-value: `P17D`, `P2DT18H`, `PT1H30M`. Hours, minutes and seconds must run without
 * a gap in that grammar (`PT1H0M5S`, never `PT1H5S`), which Temporal's own string does not ensure.
 */
export function durationValue(duration: Temporal.Duration): string {
  const { days, hours, minutes, seconds } = duration;
  let time = '';
  if (hours) time = `${hours}H${minutes || seconds ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  else if (minutes) time = `${minutes}M${seconds ? `${seconds}S` : ''}`;
  else if (seconds) time = `${seconds}S`;
  if (!days && !time) return 'PT0S';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

interface ZoneBlock {
  tzid: string;
  lines: Line[];
}

const zoneBlockCache = new Map<string, ZoneBlock>();

/** The VTIMEZONE for a zone, under the TZID the feed must use (aliases resolve to their canonical name). */
function zoneBlock(zone: string): ZoneBlock {
  const cached = zoneBlockCache.get(zone);
  if (cached) return cached;
  const result = tzlib_get_ical_block(zone);
  const text = Array.isArray(result) ? (result[0] ?? '') : '';
  const tzid = /^TZID:(.+)$/m.exec(text)?.[1]?.trim();
  if (!tzid) throw new CalendarError(`no VTIMEZONE definition is known for "${zone}"`);
  const block = { tzid, lines: text.split(/\r?\n/).filter((line) => line !== '') };
  zoneBlockCache.set(zone, block);
  return block;
}

/** UNTIL in the form RFC 5545 requires next to our DTSTART: a DATE for whole days, else UTC. */
function icsUntil(value: string, c: CompiledEntry, where: string): string {
  const until = parseUntil(value, where);
  if (c.allDay) {
    if (until.kind === 'date') return dateValue(until.date);
    const wall = until.kind === 'utc' ? instantToWall(until.instant, c.zone) : until.wall;
    return dateValue(wall.toPlainDate());
  }
  if (until.kind === 'utc') return utcValue(until.instant);
  if (until.kind === 'local') return utcValue(wallToInstant(until.wall, c.zone));
  // A date UNTIL on a timed rule includes that whole local day, as the engine reads it.
  return utcValue(startOfDay(until.date.add({ days: 1 }), c.zone).subtract({ seconds: 1 }));
}

function rruleLine(rrule: string, c: CompiledEntry, where: string): Line {
  const parts = [...parseRrule(rrule, where)].map(([name, value]) =>
    name === 'UNTIL' ? `UNTIL=${icsUntil(value, c, where)}` : `${name}=${value}`,
  );
  return `RRULE:${parts.join(';')}`;
}

function timingLines(entry: TimedEntry, c: CompiledEntry): Line[] {
  const lines: Line[] = [];
  if (c.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${dateValue(c.start.wall.toPlainDate())}`);
    lines.push(`DTEND;VALUE=DATE:${dateValue(c.end.wall.toPlainDate())}`);
  } else {
    const tzid = paramValue(zoneBlock(c.zone).tzid);
    lines.push(`DTSTART;TZID=${tzid}:${localDateTimeValue(c.start.wall)}`);
    // A recurring DTEND would mean an exact length; DURATION is nominal and keeps the local end time.
    lines.push(
      entry.rrule
        ? `DURATION:${durationValue(c.length)}`
        : `DTEND;TZID=${tzid}:${localDateTimeValue(c.end.wall)}`,
    );
  }
  if (entry.rrule) {
    lines.push(rruleLine(entry.rrule, c, `"${entry.id}" rrule`));
    if (c.exdates.length > 0) {
      if (c.allDay) {
        lines.push(`EXDATE;VALUE=DATE:${c.exdates.map((ex) => dateValue(ex.wall.toPlainDate())).join(',')}`);
      } else {
        const values = c.exdates.map((ex) => localDateTimeValue(exdateStart(ex, c.start)));
        lines.push(`EXDATE;TZID=${paramValue(zoneBlock(c.zone).tzid)}:${values.join(',')}`);
      }
    }
  }
  return lines;
}

function listText(values: readonly string[]): string {
  return values.join(', ');
}

function blackoutDescription(entry: BlackoutEntry): string {
  const lines = [entry.reason, `Blocks: ${listText(entry.blocks)} releases (${entry.enforcement}).`];
  const scope = scopeText(entry);
  if (scope) lines.push(`Only for ${scope}.`);
  const ex = entry.exception;
  if (ex) {
    const incidents = ex.incident_severities ? ` fixing ${listText(ex.incident_severities)} incidents` : '';
    lines.push(
      `Exception: ${listText(ex.types)} releases${incidents}, approved by ${listText(ex.approved_by)}.`,
    );
  }
  return lines.join('\n');
}

function deploymentDescription(entry: DeploymentWindowEntry): string {
  const lines = entry.description ? [entry.description] : [];
  lines.push(
    `Deployment window: ${listText(entry.types)} releases deploy inside it (${entry.enforcement}); blackouts still apply.`,
  );
  const scope = scopeText(entry);
  if (scope) lines.push(`Only for ${scope}.`);
  return lines.join('\n');
}

function testingDescription(entry: TestingWindowEntry): string {
  const lines = entry.description ? [entry.description] : [];
  lines.push(`Testing ${entry.product} ${entry.release}: it may deploy once the window ends.`);
  return lines.join('\n');
}

function releaseDescription(release: PlannedRelease): string {
  const lines = [`${release.product} ${release.version}: ${release.type} release.`];
  if (release.manager) lines.push(`Release manager: ${release.manager}`);
  if (release.systems?.length) lines.push(`Systems: ${listText(release.systems)}`);
  if (release.depends_on?.length) {
    lines.push(`Depends on: ${listText(release.depends_on.map((d) => `${d.product} ${d.version}`))}`);
  }
  const collected = collectedFrom(release);
  if (collected) {
    const proposed = collected.pull !== undefined ? `, proposed in pull request #${collected.pull}` : '';
    lines.push(`Collected from ${collected.repo} ${collected.path}${proposed}: ${collected.url}`);
  }
  return lines.join('\n');
}

function freezeDescription(freeze: CodeFreeze): string {
  const target = [freeze.product, freeze.release].filter(Boolean).join(' ');
  return target ? `Code freeze for ${target}.` : 'Code freeze.';
}

/**
 * The calendar as an iCalendar string (CRLF line ends, lines folded at 75 octets): one VEVENT per
 * blackout, maintenance, deployment and testing window (recurrence carried natively), per holiday, per code freeze
 * (all-day) and per planned release (UTC, dependencies in the description). UIDs are stable:
 * `<id>@octoacme.github.io`.
 */
export function toIcs(calendar: CalendarData, options: IcsOptions): string {
  const zone = checkZone(calendar.timezone, 'timezone');
  const domain = options.uidDomain ?? 'octoacme.github.io';
  const stamp = `DTSTAMP:${utcValue(toInstant(options.dtstamp, 'dtstamp'))}`;
  const uid = (id: string) => `UID:${escapeText(`${id}@${domain}`)}`;
  const events: Line[][] = [];
  const zones = new Map<string, ZoneBlock>();

  const windowEvent = (entry: TimedEntry, category: string, summary: string, description: string) => {
    const c = compileEntry(entry, zone);
    if (!c.allDay) {
      const block = zoneBlock(c.zone);
      zones.set(block.tzid, block);
    }
    events.push([
      uid(entry.id),
      stamp,
      ...timingLines(entry, c),
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(category)}`,
      'TRANSP:TRANSPARENT',
    ]);
  };

  for (const entry of calendar.blackouts ?? []) {
    windowEvent(entry, 'blackout', `Blackout: ${entry.name}`, blackoutDescription(entry));
  }
  for (const entry of calendar.maintenance ?? []) {
    const about = entry.description ? `${entry.description}\n` : '';
    windowEvent(
      entry,
      'maintenance',
      `Maintenance: ${entry.name}`,
      `${about}Systems: ${listText(entry.systems)}${entry.products ? `\nProducts: ${listText(entry.products)}` : ''}`,
    );
  }
  for (const entry of calendar.deployment_windows ?? []) {
    windowEvent(entry, 'deployment', `Deployment window: ${entry.name}`, deploymentDescription(entry));
  }
  for (const entry of calendar.testing_windows ?? []) {
    windowEvent(entry, 'testing', `Testing: ${entry.name}`, testingDescription(entry));
  }
  const holidays = calendar.holidays;
  for (const [i, holiday] of (holidays?.dates ?? []).entries()) {
    const day = parseLocal(holiday.date, `holidays.dates[${i}]`).wall.toPlainDate();
    events.push([
      uid(holidayId(holiday)),
      stamp,
      `DTSTART;VALUE=DATE:${dateValue(day)}`,
      `DTEND;VALUE=DATE:${dateValue(day.add({ days: 1 }))}`,
      `SUMMARY:${escapeText(holiday.name)}`,
      `DESCRIPTION:${escapeText(`Holiday. Blocks: ${listText(holidays?.blocks ?? [])} releases (${holidays?.enforcement}).`)}`,
      'CATEGORIES:holiday',
      'TRANSP:TRANSPARENT',
    ]);
  }
  for (const freeze of calendar.code_freezes ?? []) {
    const day = parseLocal(freeze.date, `"${freeze.id}" date`).wall.toPlainDate();
    events.push([
      uid(freeze.id),
      stamp,
      `DTSTART;VALUE=DATE:${dateValue(day)}`,
      `DTEND;VALUE=DATE:${dateValue(day.add({ days: 1 }))}`,
      `SUMMARY:${escapeText(`Code freeze: ${freeze.name}`)}`,
      `DESCRIPTION:${escapeText(freezeDescription(freeze))}`,
      'CATEGORIES:code-freeze',
      'TRANSP:TRANSPARENT',
    ]);
  }
  for (const release of calendar.releases ?? []) {
    const { start, end } = releaseWindow(release);
    const collected = collectedFrom(release);
    const url = collected ? withoutControls(collected.url, '').trim() : '';
    const proposed = collected?.pull !== undefined;
    events.push([
      uid(releaseId(release)),
      stamp,
      `DTSTART:${utcValue(start)}`,
      ...(release.window_end ? [`DTEND:${utcValue(end)}`] : []),
      `SUMMARY:${escapeText(`${proposed ? 'Proposed release' : 'Release'}: ${release.product} ${release.version} (${release.type})`)}`,
      `DESCRIPTION:${escapeText(releaseDescription(release))}`,
      // A proposal is not a plan yet: calendar apps show it as tentative.
      ...(proposed ? ['STATUS:TENTATIVE'] : []),
      ...(url ? [`URL:${url}`] : []),
      `CATEGORIES:${collected ? 'release,collected' : 'release'}`,
      'TRANSP:TRANSPARENT',
    ]);
  }

  const refresh = durationValue(Temporal.Duration.from(options.refreshInterval ?? 'PT12H'));
  const url = options.url === undefined ? undefined : withoutControls(options.url, '').trim();
  const lines: Line[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(options.calendarName)}`,
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    `X-WR-TIMEZONE:${zone}`,
    ...(options.description
      ? [`DESCRIPTION:${escapeText(options.description)}`, `X-WR-CALDESC:${escapeText(options.description)}`]
      : []),
    ...(url ? [`URL:${url}`, `SOURCE;VALUE=URI:${url}`] : []),
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
    ...[...zones.values()].sort((a, b) => a.tzid.localeCompare(b.tzid)).flatMap((block) => block.lines),
    ...events.flatMap((event) => ['BEGIN:VEVENT', ...event, 'END:VEVENT']),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
