// Zone-aware day arithmetic checked against an independent oracle: Intl.DateTimeFormat names the
// local day of an instant, and Date.UTC counts whole days between two dates. The rules use
// Temporal; if both agree over random instants across DST changes, leap days and year ends, the
// rules' notion of "N days before the release" is the calendar's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadTime } from '../action/src/rules/lead-time.ts';
import { runRule } from './helpers/rules.ts';
import { policyWithCalendar } from './helpers/calendar.ts';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata'];
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2029, 0, 1);

/** The local calendar day of an instant in a zone, by Intl (the oracle). */
function localDay(ms: number, zone: string): { y: number; m: number; d: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

function isoDay(day: { y: number; m: number; d: number }): string {
  return `${String(day.y).padStart(4, '0')}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

/** Shifts a calendar day by whole days, by Date.UTC arithmetic (no zones involved). */
function shift(day: { y: number; m: number; d: number }, days: number) {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const policies = new Map(ZONES.map((zone) => [zone, policyWithCalendar({ timezone: zone })] as const));

describe('lead time in whole days of the calendar zone', () => {
  it('a code freeze k days before the release day passes exactly when k ≥ 14', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: FROM, max: TO }),
        fc.integer({ min: 0, max: 30 }),
        (zone, ms, k) => {
          const instant = new Date(Math.floor(ms / 60_000) * 60_000).toISOString().replace('.000Z', 'Z');
          const releaseDay = localDay(Date.parse(instant), zone);
          const codeFreeze = isoDay(shift(releaseDay, -k));
          const featureFreeze = isoDay(shift(releaseDay, -60));
          const release = `product: pay\nversion: '2.4.0'\ntype: minor\ndate: ${instant}\nmilestones: { feature_freeze: '${featureFreeze}', code_freeze: '${codeFreeze}' }\n`;
          const findings = runRule(leadTime, {
            release,
            policy: policies.get(zone)!,
            now: '2025-06-01T00:00:00Z',
          });
          const late = findings.filter((f) => f.message.startsWith('code freeze'));
          expect(late.length > 0, `${zone} ${instant} code freeze ${codeFreeze} (k=${k})`).toBe(k < 14);
        },
      ),
      { seed: 20261122, numRuns: 400 },
    );
  });

  it.each([
    // Around the spring-forward and fall-back days, the leap day and the year end, in each zone.
    ['America/New_York', '2026-03-22T06:30:00Z'],
    ['America/New_York', '2026-11-15T04:30:00Z'],
    ['Europe/Berlin', '2026-04-12T22:30:00Z'],
    ['Australia/Sydney', '2026-10-18T13:30:00Z'],
    ['Asia/Kolkata', '2028-03-14T18:45:00Z'],
    ['America/New_York', '2027-01-14T04:59:00Z'],
  ])('in %s, a release at %s: 14 days before its local day passes, 13 fails', (zone, instant) => {
    const day = localDay(Date.parse(instant), zone);
    const run = (k: number) =>
      runRule(leadTime, {
        release: `product: pay\nversion: '2.4.0'\ntype: minor\ndate: ${instant}\nmilestones: { feature_freeze: '${isoDay(shift(day, -60))}', code_freeze: '${isoDay(shift(day, -k))}' }\n`,
        policy: policies.get(zone)!,
        now: '2025-06-01T00:00:00Z',
      }).filter((f) => f.message.startsWith('code freeze'));
    expect(run(14)).toEqual([]);
    expect(run(13)).toHaveLength(1);
  });
});
