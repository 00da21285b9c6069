import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant, Temporal } from '../../engine/calendar/time.ts';
import { policyWith } from '../../../../test/helpers/rules.ts';
import { policyWithCalendar } from '../../../../test/helpers/calendar.ts';
import {
  compareMoments,
  countOf,
  dayIn,
  daysFrom,
  DEFAULT_ZONE,
  describeGap,
  policyZone,
  readMoment,
  shiftDays,
  startsAfter,
} from './days.ts';

const NY = 'America/New_York';

describe('days in a zone', () => {
  it('reads a date as the whole day in the zone, and a date-time as its instant', () => {
    const day = readMoment('2026-12-01', NY)!;
    expect(day.allDay).toBe(true);
    expect(day.day.toString()).toBe('2026-12-01');
    expect(day.start.toString()).toBe('2026-12-01T05:00:00Z');
    const time = readMoment('2026-12-02T01:30:00Z', NY)!;
    expect(time.allDay).toBe(false);
    // 01:30 UTC is still the evening before in New York.
    expect(time.day.toString()).toBe('2026-12-01');
    expect(readMoment('2026-12-02T01:30:00Z', 'Europe/Paris')!.day.toString()).toBe('2026-12-02');
  });

  it('refuses dates that do not exist instead of throwing', () => {
    expect(readMoment('2026-02-30', NY)).toBeUndefined();
    expect(readMoment('2026-12-01T25:00:00Z', NY)).toBeUndefined();
    expect(readMoment('next week', NY)).toBeUndefined();
  });

  it('counts whole calendar days, across a DST change', () => {
    const a = readMoment('2026-10-30', NY)!.day;
    const b = readMoment('2026-11-02', NY)!.day;
    expect(daysFrom(a, b)).toBe(3);
    expect(daysFrom(b, a)).toBe(-3);
  });

  it('counts days as Temporal does, over leap years, centuries and years before 100', () => {
    const dates = [
      '0001-01-01',
      '0099-12-31',
      '0100-03-01',
      '1900-02-28',
      '2000-02-29',
      '2026-12-08',
      '2400-03-01',
    ];
    for (const x of dates) {
      for (const y of dates) {
        const [a, b] = [Temporal.PlainDate.from(x), Temporal.PlainDate.from(y)];
        expect(daysFrom(a, b), `${x} → ${y}`).toBe(a.until(b, { largestUnit: 'days' }).days);
      }
    }
  });

  it('orders a whole day against a time by day, two times by instant', () => {
    const day = readMoment('2026-12-08', NY)!;
    const afternoon = readMoment('2026-12-08T15:00:00-05:00', NY)!;
    const morning = readMoment('2026-12-08T09:00:00-05:00', NY)!;
    expect(compareMoments(day, afternoon)).toBe(0);
    expect(compareMoments(morning, afternoon)).toBeLessThan(0);
    expect(compareMoments(readMoment('2026-12-09', NY)!, afternoon)).toBeGreaterThan(0);
  });

  it('says a whole day starts after an instant only when its first instant does', () => {
    const release = parseInstant('2026-12-08T15:00:00-05:00');
    expect(startsAfter(readMoment('2026-12-08', NY)!, release)).toBe(false);
    expect(startsAfter(readMoment('2026-12-09', NY)!, release)).toBe(true);
    expect(startsAfter(readMoment('2026-12-08T15:00:01-05:00', NY)!, release)).toBe(true);
  });

  it('describes gaps in days across days and in hours and minutes within one', () => {
    const at = (t: string) => parseInstant(t);
    expect(describeGap(at('2026-12-08T15:00:00-05:00'), at('2026-12-10T09:00:00-05:00'), NY)).toBe('2 days');
    expect(describeGap(at('2026-12-08T15:00:00-05:00'), at('2026-12-08T16:30:00-05:00'), NY)).toBe(
      '1 hour 30 minutes',
    );
    expect(describeGap(at('2026-12-08T15:00:00-05:00'), at('2026-12-08T15:00:20-05:00'), NY)).toBe(
      '1 minute',
    );
    expect(describeGap(at('2026-12-08T15:00:00-05:00'), at('2026-12-08T17:00:00-05:00'), NY)).toBe('2 hours');
    expect(countOf(1, 'day')).toBe('1 day');
  });

  it('shifts by calendar days keeping the wall-clock time over DST', () => {
    expect(shiftDays(parseInstant('2026-10-30T10:00:00-04:00'), 3, NY)).toBe('2026-11-02T10:00:00-05:00');
    expect(dayIn(parseInstant('2026-12-09T03:00:00Z'), NY).toString()).toBe('2026-12-08');
  });

  it("takes the zone from the policy's calendar", () => {
    expect(policyZone(policyWith(''))).toBe('America/New_York');
    expect(policyZone(policyWithCalendar({ timezone: 'Asia/Tokyo' }))).toBe('Asia/Tokyo');
    expect(policyZone({ ...policyWith(''), calendar: undefined })).toBe(DEFAULT_ZONE);
    expect(DEFAULT_ZONE).toBe('America/New_York');
  });
});

describe('daysFrom', () => {
  it('counts what Temporal’s until counts, over any two days of years 1–9999', () => {
    const day = fc
      .tuple(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
      )
      .map(([y, m, d]) => Temporal.PlainDate.from({ year: y, month: m, day: d }));
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(daysFrom(a, b)).toBe(a.until(b, { largestUnit: 'days' }).days);
      }),
      { numRuns: 3000, seed: 13 },
    );
  });
});
