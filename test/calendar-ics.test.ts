import { describe, it, expect, beforeAll } from 'vitest';
import ICAL from 'ical.js';
import {
  expandEntry,
  parseInstant,
  renderCalendar,
  toIcs,
  type BlackoutEntry,
  type CalendarData,
  type MaintenanceEntry,
} from '../action/src/engine/calendar/index.ts';
import { durationValue, escapeText, foldLine } from '../action/src/engine/calendar/ics.ts';
import { Temporal } from '../action/src/engine/calendar/time.ts';
import { PAYMENTS_API_2_4_0, PAYMENTS_API_2_4_0_FREEZE } from './helpers/calendar.ts';

const LONG_TEXT =
  'Zoë’s café — ünïcode, commas; semicolons and a back\\slash.\nSecond line, long enough that the line has to be folded more than once by the writer: 🎄🎄🎄🎄🎄🎄🎄🎄🎄🎄.';

const blackout = (
  entry: Partial<BlackoutEntry> & Pick<BlackoutEntry, 'id' | 'start' | 'end'>,
): BlackoutEntry => ({
  name: entry.id,
  reason: 'test',
  blocks: ['patch', 'minor', 'major'],
  enforcement: 'hard',
  ...entry,
});

const calendar: CalendarData = {
  title: 'OctoAcme release calendar',
  timezone: 'America/New_York',
  blackouts: [
    blackout({
      id: 'year-end-freeze',
      name: 'Year-end freeze',
      reason: LONG_TEXT,
      start: '2025-12-18',
      end: '2026-01-04',
      rrule: 'FREQ=YEARLY',
      exdates: ['2027-12-18'],
      blocks: ['minor', 'major'],
      exception: {
        types: ['patch'],
        incident_severities: ['SEV1', 'SEV2'],
        approved_by: ['release-manager'],
      },
    }),
    blackout({
      id: 'weekend',
      start: '2026-01-02T15:00',
      end: '2026-01-05T09:00',
      rrule: 'FREQ=WEEKLY',
      exdates: ['2026-12-25T15:00'],
    }),
    blackout({
      id: 'thanksgiving',
      start: '2025-11-27',
      end: '2025-12-01',
      rrule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH',
    }),
    // Sat 23:00 → Sun 05:00 holds the 02:00 change in New York twice a year.
    blackout({ id: 'night', start: '2026-01-03T23:00', end: '2026-01-04T05:00', rrule: 'FREQ=WEEKLY' }),
    blackout({
      id: 'berlin',
      timezone: 'Europe/Berlin',
      start: '2026-01-03T22:00',
      end: '2026-01-04T06:00',
      rrule: 'FREQ=WEEKLY',
    }),
    blackout({
      id: 'sydney',
      timezone: 'Australia/Sydney',
      start: '2026-01-02T15:00',
      end: '2026-01-05T09:00',
      rrule: 'FREQ=WEEKLY',
    }),
    blackout({
      id: 'kolkata',
      timezone: 'Asia/Kolkata',
      start: '2026-01-05T18:30',
      end: '2026-01-05T21:00',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
    }),
    blackout({
      id: 'until',
      start: '2026-03-02T09:00',
      end: '2026-03-02T10:00',
      rrule: 'FREQ=DAILY;UNTIL=20260315T140000Z',
    }),
    blackout({
      id: 'count',
      start: '2026-10-26T12:00',
      end: '2026-10-26T13:00',
      rrule: 'FREQ=DAILY;COUNT=10',
    }),
    blackout({ id: 'launch', start: '2026-11-01T00:30', end: '2026-11-01T03:30' }),
    // Plain FREQ=YEARLY from Feb 29 is read differently by clients (ical.js moves it to Mar 1 in
    // other years; RFC 5545 skips them); the explicit rule is read the same everywhere.
    blackout({
      id: 'leap',
      start: '2028-02-29',
      end: '2028-03-01',
      rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
    }),
  ],
  maintenance: [
    {
      id: 'db-maintenance',
      name: 'Database maintenance',
      description: 'Vacuuming.',
      start: '2026-01-03T02:00',
      end: '2026-01-03T06:00',
      rrule: 'FREQ=MONTHLY;BYDAY=+1SA',
      exdates: ['2026-12-05T02:00'],
      systems: ['postgres', 'ledger-db'],
    },
  ],
  holidays: {
    blocks: ['minor', 'major'],
    enforcement: 'soft',
    dates: [
      { date: '2026-11-26', name: 'Thanksgiving Day' },
      { date: '2026-12-25', name: 'Christmas Day' },
    ],
  },
  code_freezes: [PAYMENTS_API_2_4_0_FREEZE],
  releases: [
    { ...PAYMENTS_API_2_4_0, manager: '@dana' },
    { product: 'ledger', version: '6.0.0', type: 'major', date: '2027-03-23T14:00:00-04:00' },
  ],
};

const OPTIONS = {
  prodId: '-//OctoAcme//release-policy//EN',
  calendarName: 'OctoAcme release calendar',
  dtstamp: '2026-11-20T12:00:00Z',
};

let ics: string;
let root: ICAL.Component;
const events = new Map<string, ICAL.Event>();

beforeAll(() => {
  ics = toIcs(calendar, OPTIONS);
  root = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    events.set(event.uid, event);
  }
});

interface Instance {
  start: ICAL.Time;
  end: ICAL.Time;
}

/**
 * The instances ical.js expands for an event, up to (not including) `before`. A single event is read
 * from DTSTART/DTEND: ical.js's occurrence details add an exact length on the wall clock.
 */
function icalInstances(event: ICAL.Event, before: string): Instance[] {
  if (!event.isRecurring()) return [{ start: event.startDate, end: event.endDate }];
  const out: Instance[] = [];
  const limit = parseInstant(before).epochMilliseconds;
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    if (details.startDate.toJSDate().getTime() >= limit) break;
    out.push({ start: details.startDate, end: details.endDate });
  }
  return out;
}

const utcOf = (time: ICAL.Time) => new Date(time.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');

describe('toIcs: the text', () => {
  it('uses CRLF line ends only, and ends with one', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every line within 75 octets, and folds without splitting a character', () => {
    const lines = ics.split('\r\n').slice(0, -1);
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
    const description = events.get('year-end-freeze@octoacme.github.io')?.description ?? '';
    expect(description.startsWith(LONG_TEXT)).toBe(true);
  });

  it('is the same bytes for the same input, with DTSTAMP from the argument', () => {
    expect(toIcs(calendar, OPTIONS)).toBe(ics);
    const stamps = ics.split('\r\n').filter((line) => line.startsWith('DTSTAMP'));
    expect(stamps).toHaveLength(17);
    expect(new Set(stamps)).toEqual(new Set(['DTSTAMP:20261120T120000Z']));
  });

  it('names the calendar and carries one VTIMEZONE per zone used by a timed entry', () => {
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('OctoAcme release calendar');
    expect(root.getFirstPropertyValue('prodid')).toBe('-//OctoAcme//release-policy//EN');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getAllSubcomponents('vtimezone').map((tz) => tz.getFirstPropertyValue('tzid'))).toEqual([
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Sydney',
      'Europe/Berlin',
    ]);
  });

  it('gives each entry a stable UID and a category', () => {
    const byUid = [...events.values()].map((e) => [e.uid, e.component.getFirstPropertyValue('categories')]);
    expect(byUid).toEqual([
      ['year-end-freeze@octoacme.github.io', 'blackout'],
      ['weekend@octoacme.github.io', 'blackout'],
      ['thanksgiving@octoacme.github.io', 'blackout'],
      ['night@octoacme.github.io', 'blackout'],
      ['berlin@octoacme.github.io', 'blackout'],
      ['sydney@octoacme.github.io', 'blackout'],
      ['kolkata@octoacme.github.io', 'blackout'],
      ['until@octoacme.github.io', 'blackout'],
      ['count@octoacme.github.io', 'blackout'],
      ['launch@octoacme.github.io', 'blackout'],
      ['leap@octoacme.github.io', 'blackout'],
      ['db-maintenance@octoacme.github.io', 'maintenance'],
      ['holiday-2026-11-26@octoacme.github.io', 'holiday'],
      ['holiday-2026-12-25@octoacme.github.io', 'holiday'],
      ['payments-api-2-4-0@octoacme.github.io', 'code-freeze'],
      ['release-payments-api-2.4.0@octoacme.github.io', 'release'],
      ['release-ledger-6.0.0@octoacme.github.io', 'release'],
    ]);
  });

  it('writes whole days as VALUE=DATE, a recurring timed window with a nominal DURATION, a single one with DTEND', () => {
    expect(ics).toContain(
      'DTSTART;VALUE=DATE:20251218\r\nDTEND;VALUE=DATE:20260104\r\nRRULE:FREQ=YEARLY\r\nEXDATE;VALUE=DATE:20271218\r\n',
    );
    expect(ics).toContain(
      'DTSTART;TZID=America/New_York:20260102T150000\r\nDURATION:P2DT18H\r\nRRULE:FREQ=WEEKLY\r\nEXDATE;TZID=America/New_York:20261225T150000\r\n',
    );
    expect(ics).toContain(
      'DTSTART;TZID=America/New_York:20261101T003000\r\nDTEND;TZID=America/New_York:20261101T033000\r\n',
    );
    expect(ics).toContain('RRULE:FREQ=DAILY;UNTIL=20260315T140000Z\r\n');
  });
});

describe('toIcs, read back by ical.js', () => {
  const from = '2026-01-01T00:00:00Z';
  const to = '2027-01-01T00:00:00Z';
  const timed = ['weekend', 'night', 'berlin', 'sydney', 'kolkata', 'until', 'count', 'launch'];

  it.each(timed)('%s: the same UTC instants as the engine over 2026', (id) => {
    const entry = calendar.blackouts?.find((b) => b.id === id) as BlackoutEntry;
    const event = events.get(`${id}@octoacme.github.io`) as ICAL.Event;
    const theirs = icalInstances(event, to)
      .filter((i) => i.end.toJSDate().getTime() > Date.parse(from))
      .map((i) => `${utcOf(i.start)}/${utcOf(i.end)}`);
    const ours = expandEntry(entry, calendar.timezone, parseInstant(from), parseInstant(to)).map(
      (o) => `${o.start}/${o.end}`,
    );
    expect(ours.length).toBeGreaterThan(0);
    expect(theirs).toEqual(ours);
  });

  it('the maintenance window too, exdate included', () => {
    const entry = calendar.maintenance?.[0] as MaintenanceEntry;
    const theirs = icalInstances(events.get('db-maintenance@octoacme.github.io') as ICAL.Event, to).map(
      (i) => `${utcOf(i.start)}/${utcOf(i.end)}`,
    );
    const ours = expandEntry(entry, calendar.timezone, parseInstant(from), parseInstant(to)).map(
      (o) => `${o.start}/${o.end}`,
    );
    expect(ours).toHaveLength(11);
    expect(theirs).toEqual(ours);
  });

  it('across the DST changes: the weekend window ends at 09:00 local in ical.js as well', () => {
    const weekend = icalInstances(events.get('weekend@octoacme.github.io') as ICAL.Event, to);
    const spring = weekend.find((i) => i.start.toString().startsWith('2026-03-06'));
    const fall = weekend.find((i) => i.start.toString().startsWith('2026-10-30'));
    // 09:00 EDT = 13:00Z; 09:00 EST = 14:00Z.
    expect(spring && utcOf(spring.end)).toBe('2026-03-09T13:00:00Z');
    expect(fall && utcOf(fall.end)).toBe('2026-11-02T14:00:00Z');
  });

  it.each(['year-end-freeze', 'thanksgiving', 'leap'])(
    '%s: the same local days as the engine, 2025 to 2036',
    (id) => {
      const entry = calendar.blackouts?.find((b) => b.id === id) as BlackoutEntry;
      const theirs = icalInstances(
        events.get(`${id}@octoacme.github.io`) as ICAL.Event,
        '2037-01-01T00:00:00Z',
      ).map((i) => `${i.start.toString()}/${i.end.toString()}`);
      const ours = expandEntry(
        entry,
        calendar.timezone,
        parseInstant('2025-01-01T00:00:00Z'),
        parseInstant('2037-01-01T00:00:00Z'),
      ).map(
        (o) =>
          `${o.start.toZonedDateTimeISO(o.zone).toPlainDate()}/${o.end.toZonedDateTimeISO(o.zone).toPlainDate()}`,
      );
      expect(ours.length).toBeGreaterThan(0);
      expect(theirs).toEqual(ours);
    },
  );

  it('the freeze skips 2027 and Thanksgiving lands on the fourth Thursday', () => {
    const freeze = icalInstances(
      events.get('year-end-freeze@octoacme.github.io') as ICAL.Event,
      '2031-01-01T00:00:00Z',
    );
    expect(freeze.map((i) => i.start.toString())).toEqual([
      '2025-12-18',
      '2026-12-18',
      '2028-12-18',
      '2029-12-18',
      '2030-12-18',
    ]);
    const thanks = icalInstances(
      events.get('thanksgiving@octoacme.github.io') as ICAL.Event,
      '2031-01-01T00:00:00Z',
    );
    expect(thanks.map((i) => i.start.toString())).toEqual([
      '2025-11-27',
      '2026-11-26',
      '2027-11-25',
      '2028-11-23',
      '2029-11-22',
      '2030-11-28',
    ]);
  });

  it('holidays and code freezes are all-day events', () => {
    const holiday = events.get('holiday-2026-11-26@octoacme.github.io') as ICAL.Event;
    expect([
      holiday.startDate.isDate,
      holiday.startDate.toString(),
      holiday.endDate.toString(),
      holiday.summary,
    ]).toEqual([true, '2026-11-26', '2026-11-27', 'Thanksgiving Day']);
    const freeze = events.get('payments-api-2-4-0@octoacme.github.io') as ICAL.Event;
    expect([freeze.startDate.isDate, freeze.startDate.toString(), freeze.summary]).toEqual([
      true,
      '2026-11-24',
      'Code freeze: payments-api 2.4.0 code freeze',
    ]);
  });

  it('releases are UTC instants with their dependencies in the description', () => {
    const release = events.get('release-payments-api-2.4.0@octoacme.github.io') as ICAL.Event;
    expect(utcOf(release.startDate)).toBe('2026-12-08T20:00:00Z');
    expect(utcOf(release.endDate)).toBe('2026-12-08T22:00:00Z');
    expect(release.summary).toBe('Release: payments-api 2.4.0 (minor)');
    expect(release.description).toBe(
      'payments-api 2.4.0: minor release.\nRelease manager: @dana\nDepends on: ledger 5.1.0',
    );
    const ledger = events.get('release-ledger-6.0.0@octoacme.github.io') as ICAL.Event;
    expect(utcOf(ledger.startDate)).toBe('2027-03-23T18:00:00Z');
    expect(ledger.component.hasProperty('dtend')).toBe(false);
  });

  it('escaped text comes back as written', () => {
    const freeze = events.get('year-end-freeze@octoacme.github.io') as ICAL.Event;
    expect(freeze.description).toBe(
      `${LONG_TEXT}\nBlocks: minor, major releases (hard).\nException: patch releases fixing SEV1, SEV2 incidents, approved by release-manager.`,
    );
  });
});

describe('ics helpers', () => {
  it('escape TEXT per RFC 5545 3.3.11', () => {
    expect(escapeText('a,b;c\\d\r\ne\nf\u0007')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('fold at 75 octets with a leading space on each continuation', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    const parts = folded.split('\r\n');
    expect(parts.map((p) => new TextEncoder().encode(p).length).every((n) => n <= 75)).toBe(true);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('write durations in the RFC 5545 grammar', () => {
    expect(durationValue(Temporal.Duration.from({ days: 17 }))).toBe('P17D');
    expect(durationValue(Temporal.Duration.from({ days: 2, hours: 18 }))).toBe('P2DT18H');
    expect(durationValue(Temporal.Duration.from({ hours: 1, seconds: 5 }))).toBe('PT1H0M5S');
    expect(durationValue(Temporal.Duration.from({ minutes: 90 }))).toBe('PT90M');
  });
});

describe('renderCalendar("ics")', () => {
  it('takes the name and description from the calendar, the stamp from now', () => {
    const text = renderCalendar(
      'ics',
      { ...calendar, description: 'All teams.' },
      { now: '2026-11-20T12:00:00Z', ics: { url: 'https://octoacme.github.io/release-policy/calendar.ics' } },
    );
    expect(text).toContain('X-WR-CALNAME:OctoAcme release calendar\r\n');
    expect(text).toContain('X-WR-CALDESC:All teams.\r\n');
    expect(text).toContain('URL:https://octoacme.github.io/release-policy/calendar.ics\r\n');
    expect(text).toContain('DTSTAMP:20261120T120000Z\r\n');
  });
});
