import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import ICAL from 'ical.js';
import {
  blackoutsOverlapping,
  calendarOccurrences,
  expandEntry,
  nextAllowedSlot,
  occurrenceId,
  parseInstant,
  toIcs,
  type CalendarData,
} from '../action/src/engine/calendar/index.ts';

const FILE = new URL('../policies/octoacme/calendar.yml', import.meta.url);
const present = existsSync(FILE);

describe.skipIf(!present)('the OctoAcme calendar (policies/octoacme/calendar.yml)', () => {
  const calendar = (present ? parse(readFileSync(FILE, 'utf8')) : { timezone: 'UTC' }) as CalendarData;
  const from = parseInstant('2026-11-01T00:00:00-04:00');
  const to = parseInstant('2028-01-01T00:00:00-05:00');
  const local = (i: { toZonedDateTimeISO(z: string): { toString(o: object): string } }) =>
    i.toZonedDateTimeISO('America/New_York').toString({ timeZoneName: 'never' });

  it('expands from 2026-11 to 2027-12', () => {
    const all = calendarOccurrences(calendar, from, to);
    const of = (id: string) =>
      all.filter((o) => occurrenceId(o) === id).map((o) => `${local(o.start)} → ${local(o.end)}`);
    expect(of('year-end-freeze')).toEqual([
      '2026-12-18T00:00:00-05:00 → 2027-01-04T00:00:00-05:00',
      '2027-12-18T00:00:00-05:00 → 2028-01-04T00:00:00-05:00',
    ]);
    expect(of('thanksgiving')).toEqual([
      '2026-11-26T00:00:00-05:00 → 2026-11-30T00:00:00-05:00',
      '2027-11-25T00:00:00-05:00 → 2027-11-29T00:00:00-05:00',
    ]);
    // The first Saturday of each month, but not 2027-01-02 (an exdate).
    const db = of('db-maintenance');
    expect(db).toHaveLength(13);
    expect(db.some((o) => o.startsWith('2027-01-02'))).toBe(false);
    expect(db[0]).toBe('2026-11-07T02:00:00-05:00 → 2026-11-07T06:00:00-05:00');
    // Every weekend window is Friday 15:00 → Monday 09:00 local, DST or not.
    const weekends = of('weekend');
    expect(weekends.length).toBeGreaterThanOrEqual(60);
    for (const w of weekends) expect(w).toMatch(/T15:00:00-0[45]:00 → .*T09:00:00-0[45]:00$/);
    expect(all.filter((o) => o.kind === 'release')).toHaveLength(calendar.releases?.length ?? 0);
    expect(all.filter((o) => o.kind === 'code-freeze')).toHaveLength(calendar.code_freezes?.length ?? 0);
  });

  it('its planned releases are clear of hard blackouts for their type', () => {
    for (const release of calendar.releases ?? []) {
      const hard = blackoutsOverlapping(calendar, release.date, release.window_end, release.type).filter(
        (w) => w.enforcement === 'hard',
      );
      expect([release.product, release.version, hard.map((w) => w.id)]).toEqual([
        release.product,
        release.version,
        [],
      ]);
    }
  });

  it('the next slot after Christmas 2026 for a minor is Monday 2027-01-04 09:00', () => {
    expect(nextAllowedSlot(calendar, '2026-12-24T10:00:00-05:00', 'minor')).toMatchObject({
      found: true,
      startLocal: '2027-01-04T09:00:00-05:00',
    });
  });

  it('exports a feed that ical.js reads back to the same weekend windows', () => {
    const ics = toIcs(calendar, {
      prodId: '-//OctoAcme//release-policy//EN',
      calendarName: 'OctoAcme',
      dtstamp: '2026-11-01T00:00:00Z',
    });
    const root = new ICAL.Component(ICAL.parse(ics));
    for (const tz of root.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(new ICAL.Timezone(tz));
    const vevent = root
      .getAllSubcomponents('vevent')
      .find((e) => e.getFirstPropertyValue('uid') === 'weekend@octoacme.github.io');
    const event = new ICAL.Event(vevent);
    const iterator = event.iterator();
    const theirs: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) {
      const d = event.getOccurrenceDetails(next);
      const start = d.startDate.toJSDate().getTime();
      if (start >= to.epochMilliseconds) break;
      if (d.endDate.toJSDate().getTime() > from.epochMilliseconds) {
        theirs.push(`${new Date(start).toISOString()}/${d.endDate.toJSDate().toISOString()}`);
      }
    }
    const entry = calendar.blackouts?.find((b) => b.id === 'weekend');
    expect(entry).toBeDefined();
    const ours = expandEntry(entry!, calendar.timezone, from, to).map(
      (o) =>
        `${new Date(o.start.epochMilliseconds).toISOString()}/${new Date(o.end.epochMilliseconds).toISOString()}`,
    );
    expect(theirs).toEqual(ours);
  });
});
