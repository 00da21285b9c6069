import { describe, expect, it } from 'vitest';
import { octoacmePolicy } from '../../../test/helpers/rules.ts';
import type { CalendarData } from './calendar/index.ts';
import { Temporal } from './calendar/index.ts';
import { criticalChains } from './graph.ts';
import { buildRunPicture, refText } from './run.ts';

const at = (day: number) => Temporal.Instant.from(`2027-01-${String(day).padStart(2, '0')}T10:00:00Z`);
const r = (name: string, start: number, end: number | undefined, ...deps: string[]) => ({
  product: name,
  version: '1.0.0',
  start: at(start),
  end: end === undefined ? undefined : at(end),
  depends_on: deps.map((d) => ({ product: d, version: '1.0.0' })),
});
const names = (chains: ReturnType<typeof criticalChains>) =>
  chains.map((c) => c.releases.map((x) => x.product));

describe('criticalChains', () => {
  it('the OctoAcme calendar: identity 4.0.0 → ledger 6.0.0 → payments-api 3.0.0 → checkout-web 3.13.0', () => {
    const policy = octoacmePolicy();
    const run = buildRunPicture({
      releases: [],
      calendar: { file: policy.calendar!.file, data: policy.calendar!.data as CalendarData },
    });
    const chains = criticalChains(run.releases.filter((p) => run.planOf(p) === p));
    expect(chains.map((c) => c.releases.map(refText))).toEqual([
      ['identity 4.0.0', 'ledger 6.0.0', 'payments-api 3.0.0', 'checkout-web 3.13.0'],
    ]);
    expect(chains[0]!.span.total('hours')).toBe(77 * 24 - 1 + 3);
  });

  it('goes by time, not by the number of releases', () => {
    // a → b → c spans 3 days; d → e spans 20.
    const chains = criticalChains([
      r('a', 1, 2),
      r('b', 2, 3, 'a'),
      r('c', 3, 4, 'b'),
      r('d', 1, 2),
      r('e', 20, 21, 'd'),
    ]);
    expect(names(chains)).toEqual([['d', 'e']]);
  });

  it('keeps chains of equal length, and from several dependencies takes the one that starts first', () => {
    const chains = criticalChains([
      r('a', 1, 2),
      r('b', 3, 4),
      r('c', 5, 6, 'a', 'b'),
      r('x', 1, 2),
      r('y', 6, undefined, 'x'),
    ]);
    expect(names(chains)).toEqual([
      ['a', 'c'],
      ['x', 'y'],
    ]);
  });

  it('has none when no release depends on another, ends at an unplanned dependency and cuts cycles', () => {
    expect(criticalChains([r('a', 1, 2), r('b', 3, 4)])).toEqual([]);
    expect(names(criticalChains([r('a', 1, 2, 'gone'), r('b', 3, 4, 'a')]))).toEqual([['a', 'b']]);
    const cycle = criticalChains([r('a', 1, 2, 'c'), r('b', 3, 4, 'a'), r('c', 5, 6, 'b')]);
    expect(cycle.every((c) => new Set(c.releases).size === c.releases.length)).toBe(true);
    expect(cycle.length).toBeGreaterThan(0);
  });
});
