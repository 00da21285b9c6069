// The offset tables against Temporal: for zones north and south of the equator, with whole-hour,
// half-hour and half-hour-shift DST and with changes at midnight, every answer `time.ts` gives from a
// table is the one Temporal gives with the zone's own rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE_RANGE } from '../snapshot.ts';
import {
  addDays,
  checkZone,
  formatLocal,
  instantToDate,
  instantToWall,
  startOfDay,
  Temporal,
  wallToInstant,
} from './time.ts';
import { useZoneOffsets, zoneOffsets } from './zone-offsets.ts';

const ZONES = [
  'America/New_York',
  'Australia/Sydney', // southern hemisphere
  'Australia/Adelaide', // half-hour offset with DST
  'Asia/Kolkata', // half-hour offset, no DST
  'Australia/Lord_Howe', // a half-hour DST shift
  'America/Santiago', // southern, changes at midnight
] as const;

const tables = Object.fromEntries(ZONES.map((z) => [z, zoneOffsets(z, TABLE_RANGE.from, TABLE_RANGE.to)]));
useZoneOffsets(tables);

const HOUR = 3_600_000;

/** What Temporal answers with the zone's rules, the table left out. */
const reference = {
  wall: (i: Temporal.Instant, zone: string) => i.toZonedDateTimeISO(zone).toPlainDateTime(),
  instant: (w: Temporal.PlainDateTime, zone: string) =>
    w.toZonedDateTime(zone, { disambiguation: 'compatible' }).toInstant(),
  local: (i: Temporal.Instant, zone: string, smallestUnit?: 'minute' | 'second') =>
    i.toZonedDateTimeISO(zone).toString({ timeZoneName: 'never', ...(smallestUnit ? { smallestUnit } : {}) }),
  addDays: (i: Temporal.Instant, days: number, zone: string) =>
    i.toZonedDateTimeISO(zone).add({ days }).toInstant(),
  startOfDay: (d: Temporal.PlainDate, zone: string) => d.toZonedDateTime(zone).toInstant(),
};

function sameInstant(instant: Temporal.Instant, zone: string): void {
  const where = `${instant.toString()} in ${zone}`;
  expect(instantToWall(instant, zone).toString(), where).toBe(reference.wall(instant, zone).toString());
  expect(instantToDate(instant, zone).toString(), where).toBe(
    reference.wall(instant, zone).toPlainDate().toString(),
  );
  for (const unit of [undefined, 'minute', 'second'] as const) {
    expect(formatLocal(instant, zone, unit), where).toBe(reference.local(instant, zone, unit));
  }
  for (const days of [1, -1, 7]) {
    expect(addDays(instant, days, zone).epochNanoseconds, `${where} + ${days} days`).toBe(
      reference.addDays(instant, days, zone).epochNanoseconds,
    );
  }
}

function sameWall(wall: Temporal.PlainDateTime, zone: string): void {
  expect(wallToInstant(wall, zone).epochNanoseconds, `${wall.toString()} in ${zone}`).toBe(
    reference.instant(wall, zone).epochNanoseconds,
  );
  const day = wall.toPlainDate();
  expect(startOfDay(day, zone).epochNanoseconds, `${day.toString()} in ${zone}`).toBe(
    reference.startOfDay(day, zone).epochNanoseconds,
  );
}

describe.each(ZONES)('the offset table of %s', (zone) => {
  const { starts, offsets } = tables[zone]!;
  // Every change of offset inside the range (the first start is the range's own).
  const changes = starts.slice(1);

  it('spells the zone as checkZone does, and knows its changes', () => {
    expect(checkZone(zone)).toBe(zone);
    if (zone !== 'Asia/Kolkata') expect(changes.length).toBeGreaterThanOrEqual(14);
    expect(offsets.every((o) => o % 60_000 === 0)).toBe(true);
  });

  it('reads every hour around each change as Temporal does, and the range’s edges', () => {
    for (const change of changes) {
      for (let at = change - 30 * HOUR; at <= change + 30 * HOUR; at += HOUR) {
        sameInstant(Temporal.Instant.fromEpochMilliseconds(at), zone);
      }
    }
    for (const ms of [TABLE_RANGE.from - 1, TABLE_RANGE.from, TABLE_RANGE.to - 1, TABLE_RANGE.to]) {
      sameInstant(Temporal.Instant.fromEpochMilliseconds(ms), zone);
    }
    // A nanosecond and a millisecond before and after a change.
    for (const change of changes) {
      for (const d of [-1_000_000n, -1n, 1n, 1_000_000n])
        sameInstant(new Temporal.Instant(BigInt(change) * 1_000_000n + d), zone);
    }
  });

  it('turns wall-clock times in and around gaps and overlaps into the instants Temporal does', () => {
    for (const change of changes) {
      // The change's wall-clock time read in the offsets on both sides, every 15 minutes for 3 hours around.
      const around = Temporal.Instant.fromEpochMilliseconds(change);
      for (const side of [-1, 0]) {
        const wall = reference.wall(around.add({ milliseconds: side }), zone);
        for (let q = -12; q <= 12; q++) sameWall(wall.add({ minutes: 15 * q }), zone);
      }
    }
  });

  it('agrees with Temporal at random instants and wall-clock times, to the nanosecond', () => {
    const ns = fc.bigInt({
      min: BigInt(TABLE_RANGE.from - 30 * 86_400_000) * 1_000_000n,
      max: BigInt(TABLE_RANGE.to + 30 * 86_400_000) * 1_000_000n,
    });
    fc.assert(
      fc.property(ns, (n) => {
        const instant = new Temporal.Instant(n);
        sameInstant(instant, zone);
        sameWall(instant.toZonedDateTimeISO('UTC').toPlainDateTime(), zone);
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});
