/**
 * A zone's UTC offsets over a range, computed beforehand (the build does it for the zones of the
 * built-in calendar): inside the range, wall clock ↔ instant in that zone is epoch arithmetic, with
 * no time-zone database. The polyfill's first use of a named zone builds an `Intl.DateTimeFormat`,
 * a cost a run with the built-in policy need not pay. Outside the range, or for a zone without a
 * table, `time.ts` asks Temporal.
 */
import { Temporal } from 'temporal-polyfill';

export interface ZoneOffsets {
  /** The range covered, `[from, to)`, in epoch milliseconds. */
  from: number;
  to: number;
  /** Where each offset takes effect (epoch ms, ascending; the first is `from`). */
  starts: number[];
  /** The offset from UTC from each start on, in milliseconds (whole minutes). */
  offsets: number[];
}

const MINUTE_NS = 60_000_000_000;

/** The offsets of `zone` over `[from, to)` (epoch ms), from Temporal's transitions. */
export function zoneOffsets(zone: string, from: number, to: number): ZoneOffsets {
  const starts: number[] = [];
  const offsets: number[] = [];
  let at: Temporal.ZonedDateTime | null =
    Temporal.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(zone);
  let start = from;
  while (at && start < to) {
    if (at.offsetNanoseconds % MINUTE_NS !== 0)
      throw new Error(`${zone}: an offset that is not whole minutes`);
    starts.push(start);
    offsets.push(at.offsetNanoseconds / 1_000_000);
    at = at.getTimeZoneTransition('next');
    if (at && at.epochNanoseconds % 1_000_000_000n !== 0n)
      throw new Error(`${zone}: a transition inside a second`);
    start = at ? at.epochMilliseconds : to;
  }
  return { from, to, starts, offsets };
}

const tables = new Map<string, ZoneOffsets>();

/** Makes the tables answer for their zones (keyed by the zone's id as `checkZone` spells it). */
export function useZoneOffsets(byZone: Readonly<Record<string, ZoneOffsets>>): void {
  for (const [zone, table] of Object.entries(byZone)) tables.set(zone, table);
}

/** Whether `zone` has a table: it is then a zone `checkZone` accepted when the table was made. */
export function hasZoneOffsets(zone: string): boolean {
  return tables.has(zone);
}

/** The offset (ms) of `zone` at epoch ms `at`, when a table covers it; else undefined. */
export function tabledOffset(zone: string, at: number): number | undefined {
  const table = tables.get(zone);
  if (!table || !(at >= table.from && at < table.to)) return undefined;
  const { starts, offsets } = table;
  // The last start at or before `at`.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return offsets[lo];
}
