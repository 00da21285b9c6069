import { describe, it, expect } from 'vitest';
import {
  blackoutsAt,
  expandEntry,
  parseInstant,
  Temporal,
  type BlackoutEntry,
  type CalendarData,
} from '../action/src/engine/calendar/index.ts';

/*
 * The oracle: wall clock → UTC found by brute force over UTC minutes, reading each minute's local
 * time with Intl.DateTimeFormat (the host's ICU, not Temporal). An existing local time takes its
 * earliest matching minute; one in a gap is read with the offset in force just before the gap,
 * which moves it forward by the gap (RFC 5545 3.3.5; the product's rule).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function localMinute(epochMs: number, zone: string): string {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(epochMs)).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

function oracleUtc(zone: string, wall: string): string {
  const naive = Date.parse(`${wall}:00Z`);
  const matches: number[] = [];
  let lastBefore: number | undefined;
  for (let t = naive - 15 * 3_600_000; t <= naive + 15 * 3_600_000; t += 60_000) {
    const local = localMinute(t, zone);
    if (local === wall) matches.push(t);
    if (local < wall) lastBefore = t;
  }
  if (matches.length > 0) return new Date(Math.min(...matches)).toISOString().replace('.000Z', 'Z');
  if (lastBefore === undefined) throw new Error(`oracle: no instant before ${wall} in ${zone}`);
  const offsetBefore = Date.parse(`${localMinute(lastBefore, zone)}:00Z`) - lastBefore;
  return new Date(naive - offsetBefore).toISOString().replace('.000Z', 'Z');
}

const I = (s: string) => parseInstant(s);

function window(id: string, zone: string, start: string, end: string, rrule?: string): BlackoutEntry {
  return {
    id,
    name: id,
    reason: 'test',
    start,
    end,
    timezone: zone,
    ...(rrule ? { rrule } : {}),
    blocks: ['patch', 'minor', 'major'],
    enforcement: 'hard',
  };
}

/** Occurrences as `start/end` in UTC, over `[from, to)`. */
function utc(entry: BlackoutEntry, from: string, to: string): string[] {
  return expandEntry(entry, 'UTC', I(from), I(to)).map((o) => `${o.start.toString()}/${o.end.toString()}`);
}

/** The occurrence starting on each local date, with the entry's local times, per the oracle. */
function expected(zone: string, pairs: [string, string][]): string[] {
  return pairs.map(([s, e]) => `${oracleUtc(zone, s)}/${oracleUtc(zone, e)}`);
}

describe('the oracle itself', () => {
  it('agrees with hand-computed instants', () => {
    // 02:30 on 2026-03-08 does not exist in New York; read with EST (-05:00) it is 07:30Z = 03:30 EDT.
    expect(oracleUtc('America/New_York', '2026-03-08T02:30')).toBe('2026-03-08T07:30:00Z');
    // 01:30 on 2026-11-01 happens twice; the first is EDT (-04:00): 05:30Z.
    expect(oracleUtc('America/New_York', '2026-11-01T01:30')).toBe('2026-11-01T05:30:00Z');
    // Kolkata is +05:30 all year: 15:00 - 5:30 = 09:30Z.
    expect(oracleUtc('Asia/Kolkata', '2026-07-03T15:00')).toBe('2026-07-03T09:30:00Z');
  });
});

describe('America/New_York', () => {
  const weekend = window(
    'weekend',
    'America/New_York',
    '2026-01-02T15:00',
    '2026-01-05T09:00',
    'FREQ=WEEKLY',
  );

  it('keeps Friday 15:00 → Monday 09:00 local across the spring-forward weekend (2026-03-08)', () => {
    const got = utc(weekend, '2026-02-26T00:00:00Z', '2026-03-17T00:00:00Z');
    expect(got).toEqual(
      expected('America/New_York', [
        ['2026-02-27T15:00', '2026-03-02T09:00'],
        ['2026-03-06T15:00', '2026-03-09T09:00'],
        ['2026-03-13T15:00', '2026-03-16T09:00'],
      ]),
    );
    // Hand-checked: Fri 15:00 EST = 20:00Z; Mon 09:00 EDT = 13:00Z; 65 hours, one less than usual.
    expect(got[1]).toBe('2026-03-06T20:00:00Z/2026-03-09T13:00:00Z');
  });

  it('keeps Friday 15:00 → Monday 09:00 local across the fall-back weekend (2026-11-01)', () => {
    const got = utc(weekend, '2026-10-22T00:00:00Z', '2026-11-10T00:00:00Z');
    expect(got).toEqual(
      expected('America/New_York', [
        ['2026-10-23T15:00', '2026-10-26T09:00'],
        ['2026-10-30T15:00', '2026-11-02T09:00'],
        ['2026-11-06T15:00', '2026-11-09T09:00'],
      ]),
    );
    // Hand-checked: Fri 15:00 EDT = 19:00Z; Mon 09:00 EST = 14:00Z; 67 hours.
    expect(got[1]).toBe('2026-10-30T19:00:00Z/2026-11-02T14:00:00Z');
  });

  it('agrees with the oracle on every weekend of 2026 and 2027', () => {
    const got = utc(weekend, '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z');
    const pairs: [string, string][] = [];
    for (let fri = Temporal.PlainDate.from('2026-01-02'); fri.year < 2028; fri = fri.add({ weeks: 1 })) {
      pairs.push([`${fri}T15:00`, `${fri.add({ days: 3 })}T09:00`]);
    }
    expect(got).toEqual(expected('America/New_York', pairs));
  });

  it('moves a start in the spring-forward gap forward: 02:30 → 03:30 EDT', () => {
    const once = window('gap', 'America/New_York', '2026-03-08T02:30', '2026-03-08T05:00');
    // 02:30 read with EST is 07:30Z (03:30 EDT); 05:00 EDT is 09:00Z.
    expect(utc(once, '2026-03-01T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
      '2026-03-08T07:30:00Z/2026-03-08T09:00:00Z',
    ]);
    const daily = window(
      'gap-daily',
      'America/New_York',
      '2026-03-06T02:30',
      '2026-03-06T04:00',
      'FREQ=DAILY',
    );
    // RFC 5545 would drop the 2026-03-08 instance; the product moves it forward instead.
    const got = utc(daily, '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z');
    expect(got).toEqual(
      expected('America/New_York', [
        ['2026-03-07T02:30', '2026-03-07T04:00'],
        ['2026-03-08T02:30', '2026-03-08T04:00'],
        ['2026-03-09T02:30', '2026-03-09T04:00'],
      ]),
    );
    // 02:30 EST = 07:30Z; 04:00 EDT = 08:00Z.
    expect(got[1]).toBe('2026-03-08T07:30:00Z/2026-03-08T08:00:00Z');
  });

  it('drops an occurrence that lies wholly in the gap (02:30 → 03:00 does not exist that day)', () => {
    const daily = window('in-gap', 'America/New_York', '2026-03-06T02:30', '2026-03-06T03:00', 'FREQ=DAILY');
    expect(utc(daily, '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual(
      expected('America/New_York', [
        ['2026-03-07T02:30', '2026-03-07T03:00'],
        ['2026-03-09T02:30', '2026-03-09T03:00'],
      ]),
    );
  });

  it('reads an ambiguous 01:30 on the fall-back day as the first one (EDT, -04:00)', () => {
    const once = window('overlap', 'America/New_York', '2026-11-01T01:30', '2026-11-01T03:00');
    const [o] = expandEntry(once, 'UTC', I('2026-10-31T00:00:00Z'), I('2026-11-02T00:00:00Z'));
    // 01:30 EDT = 05:30Z; 03:00 EST = 08:00Z: two and a half hours of real time.
    expect(o?.start.toString()).toBe('2026-11-01T05:30:00Z');
    expect(o?.end.toString()).toBe('2026-11-01T08:00:00Z');
    expect(o?.start.toZonedDateTimeISO('America/New_York').offset).toBe('-04:00');
    expect(`${o?.start}/${o?.end}`).toBe(
      expected('America/New_York', [['2026-11-01T01:30', '2026-11-01T03:00']])[0],
    );
  });
});

describe('Europe/Berlin', () => {
  // Saturday 22:00 → Sunday 06:00, over both 2026 changes (03-29 02:00→03:00, 10-25 03:00→02:00).
  const night = window('night', 'Europe/Berlin', '2026-01-03T22:00', '2026-01-04T06:00', 'FREQ=WEEKLY');

  it('keeps the local times across both changes', () => {
    const got = utc(night, '2026-03-27T00:00:00Z', '2026-03-30T00:00:00Z').concat(
      utc(night, '2026-10-23T00:00:00Z', '2026-10-26T00:00:00Z'),
    );
    expect(got).toEqual(
      expected('Europe/Berlin', [
        ['2026-03-28T22:00', '2026-03-29T06:00'],
        ['2026-10-24T22:00', '2026-10-25T06:00'],
      ]),
    );
    // 22:00 CET = 21:00Z → 06:00 CEST = 04:00Z (7 h); 22:00 CEST = 20:00Z → 06:00 CET = 05:00Z (9 h).
    expect(got).toEqual([
      '2026-03-28T21:00:00Z/2026-03-29T04:00:00Z',
      '2026-10-24T20:00:00Z/2026-10-25T05:00:00Z',
    ]);
  });

  it('agrees with the oracle on every occurrence of 2026', () => {
    const pairs: [string, string][] = [];
    for (let sat = Temporal.PlainDate.from('2026-01-03'); sat.year < 2027; sat = sat.add({ weeks: 1 })) {
      pairs.push([`${sat}T22:00`, `${sat.add({ days: 1 })}T06:00`]);
    }
    expect(utc(night, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toEqual(
      expected('Europe/Berlin', pairs),
    );
  });
});

describe('Australia/Sydney (southern hemisphere)', () => {
  const weekend = window(
    'weekend',
    'Australia/Sydney',
    '2026-01-02T15:00',
    '2026-01-05T09:00',
    'FREQ=WEEKLY',
  );

  it('keeps Friday 15:00 → Monday 09:00 local when DST ends (04-05) and starts (10-04)', () => {
    const got = utc(weekend, '2026-04-02T00:00:00Z', '2026-04-06T00:00:00Z').concat(
      utc(weekend, '2026-10-01T00:00:00Z', '2026-10-05T00:00:00Z'),
    );
    // 15:00 AEDT (+11) = 04:00Z → 09:00 AEST (+10) = 23:00Z the day before (67 h);
    // 15:00 AEST = 05:00Z → 09:00 AEDT = 22:00Z the day before (65 h).
    expect(got).toEqual([
      '2026-04-03T04:00:00Z/2026-04-05T23:00:00Z',
      '2026-10-02T05:00:00Z/2026-10-04T22:00:00Z',
    ]);
    expect(got).toEqual(
      expected('Australia/Sydney', [
        ['2026-04-03T15:00', '2026-04-06T09:00'],
        ['2026-10-02T15:00', '2026-10-05T09:00'],
      ]),
    );
  });

  it('moves a gap start forward and takes the first of an ambiguous time', () => {
    const gap = window('gap', 'Australia/Sydney', '2026-10-04T02:30', '2026-10-04T04:00');
    const overlap = window('overlap', 'Australia/Sydney', '2026-04-05T02:30', '2026-04-05T04:00');
    // 02:30 read with AEST (+10) = 16:30Z the day before = 03:30 AEDT.
    expect(utc(gap, '2026-10-01T00:00:00Z', '2026-10-06T00:00:00Z')).toEqual(
      expected('Australia/Sydney', [['2026-10-04T02:30', '2026-10-04T04:00']]),
    );
    expect(utc(gap, '2026-10-01T00:00:00Z', '2026-10-06T00:00:00Z')[0]).toMatch(/^2026-10-03T16:30:00Z\//);
    // The first 02:30 is still AEDT (+11): 15:30Z the day before.
    expect(utc(overlap, '2026-04-01T00:00:00Z', '2026-04-06T00:00:00Z')[0]).toMatch(
      /^2026-04-04T15:30:00Z\//,
    );
  });
});

describe('Asia/Kolkata (+05:30, no DST)', () => {
  it('is 66 hours every week of the year, half-hour offset included', () => {
    const weekend = window('weekend', 'Asia/Kolkata', '2026-01-02T15:00', '2026-01-05T09:00', 'FREQ=WEEKLY');
    const all = expandEntry(weekend, 'UTC', I('2026-01-01T00:00:00Z'), I('2027-01-01T00:00:00Z'));
    expect(all).toHaveLength(52);
    for (const o of all) {
      expect(o.start.until(o.end).total('hours')).toBe(66);
      // 15:00 IST - 5:30 = 09:30Z.
      expect(o.start.toString()).toMatch(/T09:30:00Z$/);
    }
    const pairs: [string, string][] = [];
    for (let fri = Temporal.PlainDate.from('2026-01-02'); fri.year < 2027; fri = fri.add({ weeks: 1 })) {
      pairs.push([`${fri}T15:00`, `${fri.add({ days: 3 })}T09:00`]);
    }
    expect(all.map((o) => `${o.start}/${o.end}`)).toEqual(expected('Asia/Kolkata', pairs));
  });
});

describe('blackoutsAt around a DST change', () => {
  const calendar: CalendarData = {
    timezone: 'America/New_York',
    blackouts: [window('weekend', 'America/New_York', '2026-01-02T15:00', '2026-01-05T09:00', 'FREQ=WEEKLY')],
  };

  it('ends at 09:00 EDT on the Monday after spring forward', () => {
    expect(blackoutsAt(calendar, '2026-03-09T08:59:00-04:00', 'minor').map((w) => w.id)).toEqual(['weekend']);
    expect(blackoutsAt(calendar, '2026-03-09T09:00:00-04:00', 'minor')).toEqual([]);
    const [w] = blackoutsAt(calendar, '2026-03-08T12:00:00Z', 'minor');
    expect(w).toMatchObject({
      start: '2026-03-06T20:00:00Z',
      end: '2026-03-09T13:00:00Z',
      startLocal: '2026-03-06T15:00:00-05:00',
      endLocal: '2026-03-09T09:00:00-04:00',
      timezone: 'America/New_York',
    });
  });
});
