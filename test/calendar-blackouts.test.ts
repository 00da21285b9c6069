import { describe, it, expect } from 'vitest';
import {
  blackoutsAt,
  blackoutsOverlapping,
  CalendarError,
  calendarOccurrences,
  expandEntry,
  nextAllowedSlot,
  parseInstant,
  type BlackoutEntry,
  type CalendarData,
} from '../action/src/engine/calendar/index.ts';
import { WEEKEND as weekend } from './helpers/calendar.ts';

const I = (s: string) => parseInstant(s);
const ids = (windows: { id: string }[]) => windows.map((w) => w.id);

const yearEnd: BlackoutEntry = {
  id: 'year-end-freeze',
  name: 'Year-end freeze',
  reason: 'Reduced staffing.',
  start: '2025-12-18',
  end: '2026-01-04',
  rrule: 'FREQ=YEARLY',
  blocks: ['minor', 'major'],
  enforcement: 'hard',
  exception: { types: ['patch'], incident_severities: ['SEV1', 'SEV2'], approved_by: ['release-manager'] },
};

const thanksgiving: BlackoutEntry = {
  id: 'thanksgiving',
  name: 'Thanksgiving',
  reason: 'Holiday.',
  start: '2025-11-27',
  end: '2025-11-28',
  rrule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH',
  blocks: ['minor', 'major'],
  enforcement: 'soft',
};

const ny = (blackouts: BlackoutEntry[], extra: Partial<CalendarData> = {}): CalendarData => ({
  timezone: 'America/New_York',
  blackouts,
  ...extra,
});

describe('the year-end freeze (Dec 18 → Jan 4, exclusive, every year)', () => {
  const calendar = ny([yearEnd]);

  it.each([
    ['2026-12-17T23:59:00-05:00', []],
    ['2026-12-18T00:00:00-05:00', ['year-end-freeze']],
    ['2027-01-03T23:59:00-05:00', ['year-end-freeze']],
    ['2027-01-04T00:00:00-05:00', []],
    // The same edges fourteen years out: the recurrence, not a list of dates.
    ['2030-12-17T23:59:59-05:00', []],
    ['2030-12-18T00:00:00-05:00', ['year-end-freeze']],
    ['2031-01-03T23:59:00-05:00', ['year-end-freeze']],
    ['2031-01-04T00:00:00-05:00', []],
  ])('minor at %s → %j', (at, expected) => {
    expect(ids(blackoutsAt(calendar, at, 'minor'))).toEqual(expected);
  });

  it('edges are local midnight, whatever offset the instant is written with', () => {
    // 2026-12-18T00:00 EST = 05:00Z.
    expect(ids(blackoutsAt(calendar, '2026-12-18T04:59:59Z', 'major'))).toEqual([]);
    expect(ids(blackoutsAt(calendar, '2026-12-18T05:00:00Z', 'major'))).toEqual(['year-end-freeze']);
    expect(ids(blackoutsAt(calendar, '2026-12-18T06:00:00+01:00', 'major'))).toEqual(['year-end-freeze']);
  });

  it('does not block a patch, and reports the window for messages', () => {
    expect(blackoutsAt(calendar, '2026-12-24T12:00:00-05:00', 'patch')).toEqual([]);
    expect(blackoutsAt(calendar, '2026-12-24T12:00:00-05:00', 'minor')).toEqual([
      {
        kind: 'blackout',
        id: 'year-end-freeze',
        name: 'Year-end freeze',
        reason: 'Reduced staffing.',
        enforcement: 'hard',
        blocks: ['minor', 'major'],
        exception: {
          types: ['patch'],
          incident_severities: ['SEV1', 'SEV2'],
          approved_by: ['release-manager'],
        },
        timezone: 'America/New_York',
        allDay: true,
        start: '2026-12-18T05:00:00Z',
        end: '2027-01-04T05:00:00Z',
        startLocal: '2026-12-18T00:00:00-05:00',
        endLocal: '2027-01-04T00:00:00-05:00',
      },
    ]);
  });

  it('a planned window overlapping the start is blocked; one ending at the start is not', () => {
    expect(
      ids(blackoutsOverlapping(calendar, '2026-12-17T22:00:00-05:00', '2026-12-18T00:00:00-05:00', 'minor')),
    ).toEqual([]);
    expect(
      ids(blackoutsOverlapping(calendar, '2026-12-17T22:00:00-05:00', '2026-12-18T00:01:00-05:00', 'minor')),
    ).toEqual(['year-end-freeze']);
    // No window end: the instant alone.
    expect(ids(blackoutsOverlapping(calendar, '2027-01-04T00:00:00-05:00', undefined, 'minor'))).toEqual([]);
  });
});

describe('Thanksgiving: FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH', () => {
  it.each([
    ['2026', '2026-11-26'],
    ['2027', '2027-11-25'],
    ['2030', '2030-11-28'],
  ])('lands on the fourth Thursday in %s (%s)', (year, day) => {
    const got = expandEntry(
      thanksgiving,
      'America/New_York',
      I(`${year}-01-01T00:00:00Z`),
      I(`${Number(year) + 1}-01-01T00:00:00Z`),
    );
    expect(got.map((o) => o.start.toZonedDateTimeISO(o.zone).toPlainDate().toString())).toEqual([day]);
    expect(got[0]?.start.toZonedDateTimeISO('America/New_York').dayOfWeek).toBe(4);
    expect(ids(blackoutsAt(ny([thanksgiving]), `${day}T12:00:00-05:00`, 'minor'))).toEqual(['thanksgiving']);
  });
});

describe('leap days', () => {
  it('a yearly window on Feb 29 happens only in leap years', () => {
    const leap: BlackoutEntry = {
      ...yearEnd,
      id: 'leap',
      start: '2028-02-29',
      end: '2028-03-01',
      rrule: 'FREQ=YEARLY',
    };
    const got = expandEntry(leap, 'UTC', I('2028-01-01T00:00:00Z'), I('2037-01-01T00:00:00Z'));
    expect(got.map((o) => o.start.toString())).toEqual([
      '2028-02-29T00:00:00Z',
      '2032-02-29T00:00:00Z',
      '2036-02-29T00:00:00Z',
    ]);
  });

  it('the last day of the month is Feb 29 in 2028', () => {
    const monthEnd: BlackoutEntry = {
      ...yearEnd,
      id: 'month-end',
      start: '2028-01-31T18:00',
      end: '2028-02-01T06:00',
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1',
    };
    const calendar = ny([monthEnd]);
    expect(ids(blackoutsAt(calendar, '2028-02-29T20:00:00-05:00', 'minor'))).toEqual(['month-end']);
    expect(ids(blackoutsAt(calendar, '2028-03-01T05:59:00-05:00', 'minor'))).toEqual(['month-end']);
    expect(ids(blackoutsAt(calendar, '2028-02-28T20:00:00-05:00', 'minor'))).toEqual([]);
  });

  it('a timed window across Feb 29 covers it', () => {
    const once: BlackoutEntry = {
      ...weekend,
      id: 'once',
      start: '2028-02-28T22:00',
      end: '2028-03-01T02:00',
      rrule: undefined,
    };
    expect(ids(blackoutsAt(ny([once]), '2028-02-29T12:00:00-05:00', 'patch'))).toEqual(['once']);
  });
});

describe('exdates', () => {
  it('skip a weekly occurrence, written like start', () => {
    const calendar = ny([{ ...weekend, exdates: ['2026-12-25T15:00'] }]);
    expect(blackoutsAt(calendar, '2026-12-26T12:00:00-05:00', 'patch')).toEqual([]);
    expect(ids(blackoutsAt(calendar, '2026-12-19T12:00:00-05:00', 'patch'))).toEqual(['weekend']);
    expect(ids(blackoutsAt(calendar, '2027-01-02T12:00:00-05:00', 'patch'))).toEqual(['weekend']);
  });

  it('skip a year of the freeze; a date on a timed entry means that day at the start time', () => {
    expect(
      blackoutsAt(ny([{ ...yearEnd, exdates: ['2027-12-18'] }]), '2027-12-24T12:00:00-05:00', 'minor'),
    ).toEqual([]);
    expect(
      blackoutsAt(ny([{ ...weekend, exdates: ['2026-12-25'] }]), '2026-12-26T12:00:00-05:00', 'patch'),
    ).toEqual([]);
    // A time on a whole-day entry names that day, as the .ics EXDATE;VALUE=DATE says it.
    expect(
      blackoutsAt(ny([{ ...yearEnd, exdates: ['2027-12-18T00:00'] }]), '2027-12-24T12:00:00-05:00', 'minor'),
    ).toEqual([]);
  });

  it('may skip the first occurrence (DTSTART) too', () => {
    const got = expandEntry(
      { ...weekend, exdates: ['2026-01-02T15:00'] },
      'America/New_York',
      I('2026-01-01T00:00:00Z'),
      I('2026-01-20T00:00:00Z'),
    );
    expect(got.map((o) => o.start.toString())).toEqual(['2026-01-09T20:00:00Z', '2026-01-16T20:00:00Z']);
  });
});

describe('holidays', () => {
  const calendar = ny([], {
    holidays: {
      blocks: ['minor', 'major'],
      enforcement: 'soft',
      dates: [{ date: '2026-07-03', name: 'Independence Day (observed)' }],
    },
  });

  it('block their types for the whole local day', () => {
    expect(blackoutsAt(calendar, '2026-07-03T00:00:00-04:00', 'minor')).toMatchObject([
      {
        kind: 'holiday',
        id: 'holiday-2026-07-03',
        enforcement: 'soft',
        allDay: true,
        startLocal: '2026-07-03T00:00:00-04:00',
        endLocal: '2026-07-04T00:00:00-04:00',
      },
    ]);
    expect(blackoutsAt(calendar, '2026-07-02T23:59:59-04:00', 'minor')).toEqual([]);
    expect(blackoutsAt(calendar, '2026-07-04T00:00:00-04:00', 'minor')).toEqual([]);
    expect(blackoutsAt(calendar, '2026-07-03T12:00:00-04:00', 'patch')).toEqual([]);
  });
});

describe('nextAllowedSlot', () => {
  const calendar = ny([yearEnd, weekend]);

  it('Friday 16:00 → Monday 09:00', () => {
    const slot = nextAllowedSlot(calendar, '2026-11-20T16:00:00-05:00', 'patch');
    expect(slot).toMatchObject({
      found: true,
      start: '2026-11-23T14:00:00Z',
      startLocal: '2026-11-23T09:00:00-05:00',
    });
    expect(ids(slot.chain)).toEqual(['weekend']);
  });

  it('an allowed instant is its own slot', () => {
    expect(nextAllowedSlot(calendar, '2026-11-18T10:00:00-05:00', 'minor')).toEqual({
      found: true,
      start: '2026-11-18T15:00:00Z',
      startLocal: '2026-11-18T10:00:00-05:00',
      timezone: 'America/New_York',
      chain: [],
    });
  });

  it('inside the freeze → Jan 4 at the working day’s start when Jan 4 is a weekday (2028: a Tuesday)', () => {
    // The weekend window ends at 09:00: the calendar's working day starts then, not at midnight.
    const slot = nextAllowedSlot(calendar, '2027-12-24T12:00:00-05:00', 'minor');
    expect(slot).toMatchObject({ found: true, startLocal: '2028-01-04T09:00:00-05:00' });
    expect(ids(slot.chain)).toEqual(['year-end-freeze']);
  });

  it('…but the weekend window chains on when Jan 4 falls on it', () => {
    // 2027-01-04 is a Monday: the weekend window Fri Jan 1 15:00 → Mon 09:00 is still on.
    expect(nextAllowedSlot(calendar, '2026-12-24T12:00:00-05:00', 'minor')).toMatchObject({
      found: true,
      startLocal: '2027-01-04T09:00:00-05:00',
    });
    // 2031-01-04 is a Saturday, 2032-01-04 a Sunday: both go to Monday 09:00.
    const sat = nextAllowedSlot(calendar, '2030-12-20T10:00:00-05:00', 'major');
    expect(sat).toMatchObject({
      found: true,
      start: '2031-01-06T14:00:00Z',
      startLocal: '2031-01-06T09:00:00-05:00',
    });
    expect(ids(sat.chain)).toEqual(['year-end-freeze', 'weekend']);
    expect(nextAllowedSlot(calendar, '2031-12-31T10:00:00-05:00', 'major')).toMatchObject({
      found: true,
      startLocal: '2032-01-05T09:00:00-05:00',
    });
  });

  it('finds a slot long enough for the planned window', () => {
    const tuesdays: BlackoutEntry = {
      ...weekend,
      id: 'standup',
      start: '2026-11-24T10:00',
      end: '2026-11-24T11:00',
      rrule: 'FREQ=WEEKLY;BYDAY=TU',
    };
    const cal = ny([tuesdays]);
    expect(nextAllowedSlot(cal, '2026-12-01T08:30:00-05:00', 'patch')).toMatchObject({
      startLocal: '2026-12-01T08:30:00-05:00',
    });
    expect(nextAllowedSlot(cal, '2026-12-01T08:30:00-05:00', 'patch', 'PT2H')).toMatchObject({
      found: true,
      startLocal: '2026-12-01T11:00:00-05:00',
    });
    expect(nextAllowedSlot(cal, '2026-12-01T08:30:00-05:00', 'patch', { minutes: 90 })).toMatchObject({
      startLocal: '2026-12-01T08:30:00-05:00',
    });
    // A day is 24 hours of elapsed time: from 11:00 Tuesday, the next one free of standups.
    expect(nextAllowedSlot(cal, '2026-12-01T08:30:00-05:00', 'patch', 'P1D')).toMatchObject({
      startLocal: '2026-12-01T11:00:00-05:00',
    });
    // Tuesday 11:00 to the next Tuesday 10:00 is 167 hours, except over the night the clocks go
    // back (2027-11-07): 11:00 EDT → 10:00 EST is exactly 7 × 24 hours.
    expect(nextAllowedSlot(cal, '2026-12-01T08:30:00-05:00', 'patch', 'P7D')).toMatchObject({
      found: true,
      startLocal: '2027-11-02T11:00:00-04:00',
    });
    expect(
      nextAllowedSlot(cal, '2026-12-01T08:30:00-05:00', 'patch', 'P8D', { horizonDays: 30 }),
    ).toMatchObject({ found: false });
    expect(() => nextAllowedSlot(cal, '2026-12-01T08:30:00-05:00', 'patch', 'two hours')).toThrow(
      CalendarError,
    );
    expect(() => nextAllowedSlot(cal, '2026-12-01T08:30:00-05:00', 'patch', 'P1M')).toThrow(CalendarError);
  });

  it('after a whole-day window, the slot is the working day’s start the calendar implies', () => {
    const holidays = (dates: string[]): Partial<CalendarData> => ({
      holidays: {
        blocks: ['minor', 'major'],
        enforcement: 'soft',
        dates: dates.map((date) => ({ date, name: 'Holiday' })),
      },
    });
    // Martin Luther King Jr. Day 2027 is a Monday: the weekend runs into it, then Tuesday 09:00.
    const mlk = nextAllowedSlot(
      ny([weekend], holidays(['2027-01-18'])),
      '2027-01-15T16:00:00-05:00',
      'minor',
    );
    expect(mlk).toMatchObject({ found: true, startLocal: '2027-01-19T09:00:00-05:00' });
    expect(ids(mlk.chain)).toEqual(['weekend', 'holiday-2027-01-18']);
    // No timed blackout to tell the hour: 09:00.
    expect(
      nextAllowedSlot(ny([], holidays(['2027-01-18'])), '2027-01-18T10:00:00-05:00', 'minor'),
    ).toMatchObject({ startLocal: '2027-01-19T09:00:00-05:00' });
    // A calendar whose nightly window ends at 07:30 starts its working day then.
    const nightly: BlackoutEntry = {
      ...weekend,
      id: 'nightly',
      start: '2027-01-01T22:00',
      end: '2027-01-02T07:30',
      rrule: 'FREQ=DAILY',
    };
    expect(
      nextAllowedSlot(ny([nightly], holidays(['2027-01-18'])), '2027-01-18T10:00:00-05:00', 'minor'),
    ).toMatchObject({ startLocal: '2027-01-19T07:30:00-05:00' });
    // An instant nothing blocks is its own slot, at any hour.
    expect(
      nextAllowedSlot(ny([], holidays(['2027-01-18'])), '2027-01-19T00:00:00-05:00', 'minor'),
    ).toMatchObject({ startLocal: '2027-01-19T00:00:00-05:00', chain: [] });
  });

  it('gives up after the horizon and says so', () => {
    const always: BlackoutEntry = {
      ...weekend,
      id: 'always',
      start: '2026-01-01',
      end: '2026-01-02',
      rrule: 'FREQ=DAILY',
    };
    const slot = nextAllowedSlot(ny([always]), '2026-06-01T12:00:00-04:00', 'patch');
    expect(slot.found).toBe(false);
    if (slot.found) return;
    expect(slot.searchedUntil).toBe('2028-06-01T16:00:00Z');
    expect(slot.message).toMatch(/no patch release slot is free of blackouts within 731 days/);
    expect(
      nextAllowedSlot(ny([always]), '2026-06-01T12:00:00-04:00', 'patch', undefined, { horizonDays: 3 }),
    ).toMatchObject({
      found: false,
      searchedUntil: '2026-06-04T16:00:00Z',
    });
  });
});

describe('range queries far from the first occurrence', () => {
  it('jump to 2040 without walking from 2025', () => {
    const calendar = ny([yearEnd, weekend, thanksgiving]);
    const began = performance.now();
    const got = calendarOccurrences(calendar, I('2040-11-20T00:00:00Z'), I('2041-01-10T00:00:00Z'));
    const slot = nextAllowedSlot(calendar, '2040-12-24T12:00:00-05:00', 'minor');
    const elapsed = performance.now() - began;
    expect(
      got
        .filter((o) => o.kind === 'blackout' && o.entry.id === 'thanksgiving')
        .map((o) => o.start.toString()),
    ).toEqual(['2040-11-22T05:00:00Z']);
    // 2041-01-04 is a Friday: allowed from the working day's start until the weekend window at 15:00.
    expect(slot).toMatchObject({ found: true, startLocal: '2041-01-04T09:00:00-05:00' });
    expect(elapsed).toBeLessThan(500);
  });
});

describe('bad calendars', () => {
  it('refuse a fixed offset, an unknown zone and an end before the start', () => {
    expect(() =>
      blackoutsAt({ timezone: '-05:00', blackouts: [weekend] }, '2026-01-01T00:00:00Z', 'minor'),
    ).toThrow(CalendarError);
    expect(() =>
      blackoutsAt({ timezone: 'Mars/Olympus_Mons', blackouts: [weekend] }, '2026-01-01T00:00:00Z', 'minor'),
    ).toThrow(/not a known IANA time zone/);
    expect(() =>
      blackoutsAt(ny([{ ...weekend, end: '2026-01-02T15:00' }]), '2026-01-01T00:00:00Z', 'minor'),
    ).toThrow(/"weekend": end .* must be after start/);
    expect(() =>
      blackoutsAt(ny([{ ...weekend, rrule: 'FREQ=SOMETIMES' }]), '2026-01-01T00:00:00Z', 'minor'),
    ).toThrow(CalendarError);
  });

  it('refuse an instant without an offset', () => {
    expect(() => blackoutsAt(ny([weekend]), '2026-01-01T00:00:00', 'minor')).toThrow(
      /RFC 3339 date-time with an offset/,
    );
  });
});
