import { describe, it, expect } from 'vitest';
import {
  CalendarError,
  renderCalendar,
  upcomingEvents,
  type CalendarData,
} from '../action/src/engine/calendar/index.ts';
import { PAYMENTS_API_2_4_0, PAYMENTS_API_2_4_0_FREEZE, WEEKEND } from './helpers/calendar.ts';

const calendar: CalendarData = {
  timezone: 'America/New_York',
  blackouts: [WEEKEND],
  maintenance: [
    {
      id: 'db',
      name: 'Database maintenance',
      start: '2026-01-03T02:00',
      end: '2026-01-03T06:00',
      rrule: 'FREQ=MONTHLY;BYDAY=+1SA',
      systems: ['postgres'],
    },
  ],
  holidays: {
    blocks: ['minor', 'major'],
    enforcement: 'soft',
    dates: [{ date: '2026-11-26', name: 'Thanksgiving Day' }],
  },
  code_freezes: [PAYMENTS_API_2_4_0_FREEZE],
  releases: [PAYMENTS_API_2_4_0],
};

const NOW = '2026-11-23T12:00:00Z';

describe('renderCalendar("json")', () => {
  it('lists what overlaps the next `days`, in order, in the calendar zone', () => {
    const json = JSON.parse(renderCalendar('json', calendar, { now: NOW, days: 14 }));
    expect(json.timezone).toBe('America/New_York');
    expect(json.from).toBe('2026-11-23T07:00:00-05:00');
    expect(json.to).toBe('2026-12-07T07:00:00-05:00');
    expect(
      json.upcoming.map((e: { kind: string; id: string; start: string }) => [e.kind, e.id, e.start]),
    ).toEqual([
      // Monday 07:00: the weekend window is still on until 09:00.
      ['blackout', 'weekend', '2026-11-20T15:00:00-05:00'],
      ['code-freeze', 'payments-api-2-4-0', '2026-11-24T00:00:00-05:00'],
      ['holiday', 'holiday-2026-11-26', '2026-11-26T00:00:00-05:00'],
      ['blackout', 'weekend', '2026-11-27T15:00:00-05:00'],
      ['blackout', 'weekend', '2026-12-04T15:00:00-05:00'],
      ['maintenance', 'db', '2026-12-05T02:00:00-05:00'],
    ]);
    expect(json.upcoming[1]).toEqual({
      kind: 'code-freeze',
      id: 'payments-api-2-4-0',
      name: 'payments-api 2.4.0 code freeze',
      start: '2026-11-24T00:00:00-05:00',
      end: '2026-11-25T00:00:00-05:00',
      allDay: true,
      blocks: [],
      enforcement: null,
      detail: 'for payments-api 2.4.0',
    });
  });

  it('includes a window already running at `now`, and defaults to 90 days', () => {
    const { upcoming } = upcomingEvents(calendar, '2026-11-28T12:00:00-05:00');
    expect(upcoming[0]).toMatchObject({
      id: 'weekend',
      start: '2026-11-27T15:00:00-05:00',
      end: '2026-11-30T09:00:00-05:00',
    });
    expect(upcoming.find((e) => e.kind === 'release')).toMatchObject({
      id: 'release-payments-api-2.4.0',
      name: 'payments-api 2.4.0',
      detail: 'minor release; depends on ledger 5.1.0',
    });
    // 90 days from 2026-11-28 12:00 run to 2027-02-26 12:00.
    // 90 days from 2026-11-28 12:00 run to 2027-02-26 12:00, before that Friday's window.
    expect(upcoming.at(-1)).toMatchObject({ id: 'weekend', start: '2027-02-19T15:00:00-05:00' });
  });
});

describe('renderCalendar("text")', () => {
  it('prints an aligned list with local times and offsets', () => {
    const text = renderCalendar('text', calendar, { now: NOW, days: 14 });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('Release calendar (America/New_York): 14 days from 2026-11-23 Mon 07:00 -05:00');
    expect(lines[2]).toBe(
      'FROM                         UNTIL                        KIND         ID                  NAME                            EFFECT',
    );
    expect(lines.slice(3)).toEqual([
      '2026-11-20 Fri 15:00 -05:00  2026-11-23 Mon 09:00 -05:00  blackout     weekend             No weekend deploys              blocks patch, minor, major (hard); Fewer people on hand.',
      '2026-11-24 Tue 00:00 -05:00  2026-11-25 Wed 00:00 -05:00  code-freeze  payments-api-2-4-0  payments-api 2.4.0 code freeze  for payments-api 2.4.0',
      '2026-11-26 Thu 00:00 -05:00  2026-11-27 Fri 00:00 -05:00  holiday      holiday-2026-11-26  Thanksgiving Day                blocks minor, major (soft); holiday',
      '2026-11-27 Fri 15:00 -05:00  2026-11-30 Mon 09:00 -05:00  blackout     weekend             No weekend deploys              blocks patch, minor, major (hard); Fewer people on hand.',
      '2026-12-04 Fri 15:00 -05:00  2026-12-07 Mon 09:00 -05:00  blackout     weekend             No weekend deploys              blocks patch, minor, major (hard); Fewer people on hand.',
      '2026-12-05 Sat 02:00 -05:00  2026-12-05 Sat 06:00 -05:00  maintenance  db                  Database maintenance            systems: postgres',
    ]);
  });

  it('says so when nothing is scheduled', () => {
    expect(renderCalendar('text', { timezone: 'Europe/Berlin' }, { now: NOW, days: 7 })).toBe(
      'Release calendar (Europe/Berlin): 7 days from 2026-11-23 Mon 13:00 +01:00\n\nNothing scheduled.\n',
    );
  });

  it('refuses an unknown format and a bad range', () => {
    expect(() => renderCalendar('xml' as 'json', calendar, { now: NOW })).toThrow(CalendarError);
    expect(() => renderCalendar('json', calendar, { now: NOW, days: 0 })).toThrow(
      /days must be a positive number/,
    );
  });
});
