import { describe, expect, it } from 'vitest';
import { calendarLimitProblems, CALENDAR_LIMITS, compileCalendar, occurrencesPerYear } from './compiled.ts';
import { expandEntry } from './occurrences.ts';
import { parseRrule } from './recurrence.ts';
import { renderUpcomingText } from './text.ts';
import { Temporal } from './time.ts';
import type { BlackoutEntry, CalendarData } from './types.ts';

function daily(id: string, rrule = 'FREQ=DAILY'): BlackoutEntry {
  return {
    id,
    name: id,
    reason: 'test',
    start: '2026-01-01T15:00',
    end: '2026-01-02T09:00',
    rrule,
    blocks: ['minor'],
    enforcement: 'soft',
  } as BlackoutEntry;
}

function calendar(blackouts: BlackoutEntry[]): CalendarData {
  return { timezone: 'America/New_York', blackouts } as CalendarData;
}

const at = (text: string) => Temporal.Instant.from(text);

describe('compileCalendar', () => {
  it('is built once per calendar and answers as a fresh expansion would, across DST', () => {
    const entry = daily('evenings', 'FREQ=WEEKLY;BYDAY=FR,SA');
    const data = calendar([entry]);
    const compiled = compileCalendar(data);
    expect(compileCalendar(data)).toBe(compiled);
    // Questions out of order, before and after what is already expanded, and across a DST change.
    const ranges: [string, string][] = [
      ['2026-12-01T00:00:00Z', '2026-12-20T00:00:00Z'],
      ['2026-03-01T00:00:00Z', '2026-03-20T00:00:00Z'],
      ['2027-10-25T00:00:00Z', '2027-11-15T00:00:00Z'],
      ['2026-12-05T10:00:00Z', '2026-12-05T10:00:00.000000001Z'],
    ];
    for (const [from, to] of ranges) {
      const fresh = expandEntry(entry, data.timezone, at(from), at(to)).map((o) => `${o.start}/${o.end}`);
      const cached = compiled.occurrences(entry, at(from), at(to)).map((o) => `${o.start}/${o.end}`);
      expect(cached).toEqual(fresh);
      expect(cached.length).toBeGreaterThan(0);
    }
  });
});

describe('calendarLimitProblems', () => {
  it('accepts the calendar at its limits', () => {
    const entries = Array.from({ length: 13 }, (_, i) => daily(`d${i}`));
    expect(calendarLimitProblems(calendar(entries))).toEqual([]);
  });

  it('refuses more entries than the limit, at the first one past it', () => {
    const entries = Array.from({ length: CALENDAR_LIMITS.windows + 1 }, (_, i) => ({
      ...daily(`w${i}`),
      rrule: undefined,
    })) as BlackoutEntry[];
    expect(calendarLimitProblems(calendar(entries))).toEqual([
      {
        path: ['blackouts', CALENDAR_LIMITS.windows],
        message: `the calendar has ${CALENDAR_LIMITS.windows + 1} blackout and maintenance entries; the limit is ${CALENDAR_LIMITS.windows}`,
      },
    ]);
  });

  it('refuses a COUNT the recurrence library cannot reach', () => {
    expect(calendarLimitProblems(calendar([daily('x', 'FREQ=DAILY;COUNT=999999999')]))).toEqual([
      {
        path: ['blackouts', 0, 'rrule'],
        message: 'COUNT=999999999 repeats "x" more than 10000 times; use UNTIL, or no end, instead',
      },
    ]);
  });

  it('refuses entries that together repeat too often, at the entry that goes past', () => {
    const entries = Array.from({ length: 20 }, (_, i) => daily(`d${i}`));
    expect(calendarLimitProblems(calendar(entries))).toEqual([
      {
        path: ['blackouts', 13, 'rrule'],
        message:
          'with "d13", the blackout and maintenance entries repeat about 5124 times a year; the limit is 5000',
      },
    ]);
  });

  it.each([
    ['FREQ=DAILY', 366],
    ['FREQ=DAILY;INTERVAL=2', 183],
    ['FREQ=WEEKLY', 53],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 265],
    ['FREQ=MONTHLY;BYDAY=-1FR', 60],
    ['FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=1,15', 4],
    ['FREQ=YEARLY', 1],
  ])('%s repeats at most %d times a year', (rrule, bound) => {
    expect(occurrencesPerYear(parseRrule(rrule))).toBe(bound);
  });
});

describe('renderUpcomingText', () => {
  it('lists a very long calendar without overflowing the stack', () => {
    const event = {
      kind: 'blackout' as const,
      id: 'x',
      name: 'X',
      start: '2026-12-04T00:00:00-05:00',
      end: '2026-12-05T00:00:00-05:00',
      allDay: true,
      blocks: [],
      enforcement: null,
      detail: '',
    };
    const upcoming = Array.from({ length: 150_000 }, () => event);
    const text = renderUpcomingText({ timezone: 'UTC', from: event.start, to: event.end, upcoming }, 1);
    expect(text.split('\n')).toHaveLength(150_004);
  });
});
