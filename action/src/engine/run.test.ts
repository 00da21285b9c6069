import { describe, expect, it } from 'vitest';
import type { CalendarData } from './calendar/index.ts';
import type { LoadedReleases } from './releases.ts';
import { buildRunPicture, isProposal, refText } from './run.ts';
import type { Release } from './types/index.ts';

function release(product: string, version: string, date: string, depends: string[] = []): Release {
  return {
    product,
    version,
    type: 'minor',
    date,
    depends_on: depends.map((d) => ({ product: d.split(' ')[0]!, version: d.split(' ')[1]! })),
  } as Release;
}

const calendar = (releases: NonNullable<CalendarData['releases']>) => ({
  file: 'calendar.yml',
  data: { timezone: 'UTC', releases } as CalendarData,
});

/** A collected releases file of entries `product version date [pull]`. */
function collected(file: string, entries: [string, string, string, number?][]): LoadedReleases {
  return {
    file,
    sha256: '0'.repeat(64),
    data: {
      org: 'octoacme',
      collected_at: '2026-05-01T00:00:00Z',
      problems: [],
      releases: entries.map(([product, version, date, pull]) => ({
        product,
        version,
        type: 'minor',
        date,
        depends_on: [],
        systems: [],
        source: {
          repo: `octoacme/${product}`,
          path: 'release.yml',
          ref: pull === undefined ? 'main' : 'topic',
          sha: '1'.repeat(40),
          url: `https://github.com/octoacme/${product}/blob/main/release.yml`,
          ...(pull !== undefined ? { pull } : {}),
        },
      })),
    },
  };
}

describe('buildRunPicture', () => {
  it('counts run > collected from a default branch > calendar > a pull request’s proposal', () => {
    const run = buildRunPicture({
      releases: [{ file: 'a/release.yml', release: release('a', '1.0.0', '2026-06-05T10:00:00Z') }],
      collected: [
        collected('first.json', [
          ['a', '1.0.0', '2026-06-04T10:00:00Z'],
          ['b', '1.0.0', '2026-06-04T10:00:00Z', 7],
          ['b', '1.0.0', '2026-06-03T10:00:00Z'],
          ['d', '1.0.0', '2026-06-09T10:00:00Z', 8],
        ]),
        collected('second.json', [['b', '1.0.0', '2026-06-02T10:00:00Z']]),
      ],
      calendar: calendar([
        { product: 'b', version: '1.0.0', type: 'minor', date: '2026-06-01T10:00:00Z' },
        { product: 'c', version: '1.0.0', type: 'minor', date: '2026-06-01T10:00:00Z' },
      ]),
    });
    expect(run.collected).toEqual(['first.json', 'second.json']);
    expect(run.planOf({ product: 'a', version: '1.0.0' })?.source.kind).toBe('run');
    // The default branch of the first file that has it, over the later file, the proposal and the calendar.
    const b = run.planOf({ product: 'b', version: '1.0.0' })!;
    expect([b.date, b.source.file, isProposal(b)]).toEqual(['2026-06-03T10:00:00Z', 'first.json', false]);
    expect(run.planOf({ product: 'c', version: '1.0.0' })?.source.kind).toBe('calendar');
    // A proposal counts only when nothing else plans the release.
    expect(isProposal(run.planOf({ product: 'd', version: '1.0.0' })!)).toBe(true);
  });

  it('keeps every source’s plan, and counts this run’s release.yml over the calendar', () => {
    const run = buildRunPicture({
      releases: [{ file: 'a/release.yml', release: release('a', '1.0.0', '2026-06-02T10:00:00Z') }],
      calendar: calendar([
        { product: 'a', version: '1.0.0', type: 'minor', date: '2026-06-01T10:00:00Z' },
        { product: 'b', version: '2.0.0', type: 'minor', date: '2026-06-03T10:00:00Z', manager: '@kim' },
      ]),
    });
    expect(run.releases.map((r) => `${refText(r)} ${r.source.kind} ${r.source.file}`)).toEqual([
      'a 1.0.0 run a/release.yml',
      'a 1.0.0 calendar calendar.yml',
      'b 2.0.0 calendar calendar.yml',
    ]);
    expect(run.planOf({ product: 'a', version: '1.0.0' })?.date).toBe('2026-06-02T10:00:00Z');
    expect(run.planOf({ product: 'b', version: '2.0.0' })?.manager).toBe('@kim');
    expect(run.planOf({ product: 'c', version: '1.0.0' })).toBeUndefined();
    expect(run.releases.map((r) => r.systems)).toEqual([[], [], []]);
  });

  it('carries the systems each source lists', () => {
    const mine = { ...release('a', '1.0.0', '2026-06-02T10:00:00Z'), systems: ['cache'] } as Release;
    const run = buildRunPicture({
      releases: [{ file: 'a/release.yml', release: mine }],
      calendar: calendar([
        { product: 'b', version: '2.0.0', type: 'minor', date: '2026-06-03T10:00:00Z', systems: ['queue'] },
      ]),
    });
    expect(run.releases.map((r) => [refText(r), r.systems])).toEqual([
      ['a 1.0.0', ['cache']],
      ['b 2.0.0', ['queue']],
    ]);
  });

  it('leaves out a release whose window cannot be read', () => {
    const broken = {
      ...release('a', '1.0.0', '2026-06-02T10:00:00Z'),
      window: { end: '2026-06-01T10:00:00Z' },
    };
    expect(buildRunPicture({ releases: [{ file: 'release.yml', release: broken }] }).releases).toEqual([]);
  });

  it('finds dependents by the plan that counts: a release.yml that drops a dependency drops the edge', () => {
    const run = buildRunPicture({
      releases: [{ file: 'b/release.yml', release: release('b', '2.0.0', '2026-06-03T10:00:00Z') }],
      calendar: calendar([
        {
          product: 'b',
          version: '2.0.0',
          type: 'minor',
          date: '2026-06-03T10:00:00Z',
          depends_on: [{ product: 'a', version: '1.0.0' }],
        },
      ]),
    });
    expect(run.dependentsOf({ product: 'a', version: '1.0.0' })).toEqual([]);
  });

  it('finds a cycle through a dependency, and none where the path does not come back', () => {
    const run = buildRunPicture({
      releases: [
        { file: 'a.yml', release: release('a', '1.0.0', '2026-06-01T10:00:00Z', ['b 1.0.0', 'x 1.0.0']) },
        { file: 'b.yml', release: release('b', '1.0.0', '2026-06-02T10:00:00Z', ['c 1.0.0']) },
        { file: 'c.yml', release: release('c', '1.0.0', '2026-06-03T10:00:00Z', ['a 1.0.0']) },
      ],
    });
    const a = { product: 'a', version: '1.0.0' };
    expect(run.cycleThrough(a, { product: 'b', version: '1.0.0' })?.map(refText)).toEqual([
      'a 1.0.0',
      'b 1.0.0',
      'c 1.0.0',
      'a 1.0.0',
    ]);
    expect(run.cycleThrough(a, { product: 'x', version: '1.0.0' })).toBeUndefined();
  });

  it('walks a long chain in linear time, without recursion', () => {
    const n = 20_000;
    const releases = Array.from({ length: n }, (_, i) => ({
      file: `s${i}/release.yml`,
      release: release(`s${i}`, '1.0.0', '2026-06-01T10:00:00Z', [`s${(i + 1) % n} 1.0.0`]),
    }));
    const run = buildRunPicture({ releases });
    const started = performance.now();
    const cycle = run.cycleThrough({ product: 's0', version: '1.0.0' }, { product: 's1', version: '1.0.0' });
    expect(cycle).toHaveLength(n + 1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
