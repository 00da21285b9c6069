/**
 * The run's picture: every release planned by this run's release.yml files, by collected releases
 * files and by the calendar, with the dependency graph between them. Built once per run,
 * before any rule runs, so that a rule judging one release can see all the others. Pure.
 */
import { CalendarError, releaseWindow, Temporal, type CalendarData } from './calendar/index.ts';
import { plannedWindow } from './planned-window.ts';
import type { LoadedReleases } from './releases.ts';
import type { Release } from './types/index.ts';

/**
 * Where a planned release was read: the calendar's `releases`, a release.yml checked in this run, or
 * a releases file collected from the organisation's repositories (with the repository, path and URL
 * it was collected from; `pull` when an open pull request only proposes it).
 */
export type ReleaseSource =
  | { kind: 'calendar'; file: string }
  | { kind: 'run'; file: string }
  | {
      kind: 'collected';
      file: string;
      repo: string;
      path: string;
      url: string;
      pull?: number;
      collectedAt: string;
    };

/** A release named by product and version: how `depends_on` points at another release. */
export interface ReleaseRef {
  product: string;
  version: string;
}

/** One release as planned by one source. */
export interface PlannedRelease extends ReleaseRef {
  type?: string;
  /** The planned start, RFC 3339, as written. */
  date: string;
  start: Temporal.Instant;
  /** The exclusive end of the deployment window; absent when the release is the instant `start`. */
  end?: Temporal.Instant;
  manager?: string;
  depends_on: ReleaseRef[];
  /** The systems (configuration items) the release changes; empty when it lists none. */
  systems: string[];
  source: ReleaseSource;
}

export interface RunPicture {
  /** Every planned release, each from the source that plans it: a release may appear once per source. */
  releases: readonly PlannedRelease[];
  /** The collected releases files the picture holds, by name. */
  collected: readonly string[];
  /** Why the calendar's planned releases could not all be read, when one could not. */
  calendarProblem?: string;
  /**
   * The plan that counts: this run's release.yml, else a collected entry from a default branch, else
   * the calendar, else a collected entry an open pull request proposes.
   */
  planOf(ref: ReleaseRef): PlannedRelease | undefined;
  /** Every plan of the release `ref` names, from every source, in the order of `releases`. */
  plansOf(ref: ReleaseRef): readonly PlannedRelease[];
  /**
   * The plans that count whose time overlaps `span` (`spansOverlap`: ends exclusive, an instant
   * alone is its own nanosecond), in the order of `releases`. Indexed by start, so a run of many
   * releases does not compare each with every other.
   */
  overlapping(span: { start: Temporal.Instant; end?: Temporal.Instant | undefined }): PlannedRelease[];
  /** The plans that count of the releases whose `depends_on` names `ref`. */
  dependentsOf(ref: ReleaseRef): PlannedRelease[];
  /**
   * A dependency path that leads from `from` through its dependency `via` back to `from`
   * (`[from, via, …, from]`), following the plans that count; `undefined` when there is none.
   */
  cycleThrough(from: ReleaseRef, via: ReleaseRef): ReleaseRef[] | undefined;
}

/** What the picture reads of a release.yml: when it runs, what it touches, what it depends on. */
export type RunRelease = Pick<
  Release,
  'product' | 'version' | 'type' | 'date' | 'window' | 'manager' | 'depends_on' | 'systems'
>;

/** What the picture is built from: this run's release.yml files that loaded, collected files, the calendar. */
export interface RunInputs {
  releases: { file: string; release: RunRelease }[];
  collected?: readonly LoadedReleases[];
  calendar?: { file: string; data: CalendarData };
}

/**
 * Which plan counts when several sources plan the same release: this run's release.yml, then a
 * collected entry from a default branch, then the calendar, and last an entry an open pull request
 * only proposes (it counts only when nothing else plans that release).
 */
function precedence(source: ReleaseSource): number {
  switch (source.kind) {
    case 'run':
      return 0;
    case 'collected':
      return source.pull === undefined ? 1 : 3;
    case 'calendar':
      return 2;
  }
}

/** Whether a plan is only proposed by an open pull request. */
export function isProposal(plan: PlannedRelease): boolean {
  return plan.source.kind === 'collected' && plan.source.pull !== undefined;
}

export function refKey(ref: ReleaseRef): string {
  return `${ref.product}\u0000${ref.version}`;
}

export function sameRelease(a: ReleaseRef, b: ReleaseRef): boolean {
  return a.product === b.product && a.version === b.version;
}

/** `ledger 5.1.0`. */
export function refText(ref: ReleaseRef): string {
  return `${ref.product} ${ref.version}`;
}

/** A planned release as a calendar or a collected file writes it (`date`, `window_end`). */
interface PlanEntry extends ReleaseRef {
  type?: string;
  date: string;
  manager?: string;
  depends_on?: readonly ReleaseRef[];
  systems?: readonly string[];
}

function planFromEntry(
  entry: PlanEntry,
  window: { start: Temporal.Instant; end: Temporal.Instant },
  source: ReleaseSource,
): PlannedRelease {
  return {
    product: entry.product,
    version: entry.version,
    ...(entry.type !== undefined ? { type: entry.type } : {}),
    date: entry.date,
    start: window.start,
    ...(Temporal.Instant.compare(window.end, window.start) > 0 ? { end: window.end } : {}),
    ...(entry.manager !== undefined ? { manager: entry.manager } : {}),
    depends_on: (entry.depends_on ?? []).map(({ product, version }) => ({ product, version })),
    systems: [...(entry.systems ?? [])],
    source,
  };
}

export function buildRunPicture(inputs: RunInputs): RunPicture {
  const releases: PlannedRelease[] = [];
  for (const { file, release } of inputs.releases) {
    // A window that cannot be read is blackout-window's finding; such a release plans no time.
    const planned = plannedWindow(release);
    if (!planned.ok) continue;
    releases.push({
      product: release.product,
      version: release.version,
      type: release.type,
      date: release.window?.start ?? release.date,
      start: planned.window.start,
      ...(planned.window.end ? { end: planned.window.end } : {}),
      ...(release.manager !== undefined ? { manager: release.manager } : {}),
      depends_on: (release.depends_on ?? []).map(({ product, version }) => ({ product, version })),
      systems: [...(release.systems ?? [])],
      source: { kind: 'run', file },
    });
  }

  // A collected file was checked when it was loaded: every window reads.
  for (const { file, data } of inputs.collected ?? []) {
    for (const entry of data.releases) {
      const { repo, path, url, pull } = entry.source;
      releases.push(
        planFromEntry(entry, releaseWindow(entry), {
          kind: 'collected',
          file,
          repo,
          path,
          url,
          ...(pull !== undefined ? { pull } : {}),
          collectedAt: data.collected_at,
        }),
      );
    }
  }

  let calendarProblem: string | undefined;
  if (inputs.calendar) {
    for (const entry of inputs.calendar.data.releases ?? []) {
      let window: { start: Temporal.Instant; end: Temporal.Instant };
      try {
        window = releaseWindow(entry);
      } catch (error) {
        if (!(error instanceof CalendarError)) throw error;
        calendarProblem ??= error.message;
        continue;
      }
      releases.push(planFromEntry(entry, window, { kind: 'calendar', file: inputs.calendar.file }));
    }
  }

  // The plan that counts for each release: the first by source precedence, then by order.
  const counting = new Map<string, PlannedRelease>();
  for (const release of releases) {
    const key = refKey(release);
    const known = counting.get(key);
    if (!known || precedence(release.source) < precedence(known.source)) counting.set(key, release);
  }
  const dependents = new Map<string, PlannedRelease[]>();
  for (const release of counting.values()) {
    for (const dependency of release.depends_on) {
      const key = refKey(dependency);
      const list = dependents.get(key) ?? [];
      if (!list.includes(release)) list.push(release);
      dependents.set(key, list);
    }
  }

  const plans = new Map<string, PlannedRelease[]>();
  for (const release of releases) {
    const key = refKey(release);
    const list = plans.get(key);
    if (list) list.push(release);
    else plans.set(key, [release]);
  }
  const byStart = timeIndex(releases.filter((r) => counting.get(refKey(r)) === r));

  return {
    releases,
    collected: (inputs.collected ?? []).map((c) => c.file),
    ...(calendarProblem !== undefined ? { calendarProblem } : {}),
    planOf: (ref) => counting.get(refKey(ref)),
    plansOf: (ref) => plans.get(refKey(ref)) ?? [],
    overlapping(span) {
      const start = span.start.epochNanoseconds;
      // Only plans that start before the span ends can reach it; of those, the ones that end after it starts.
      const before = firstAtOrAfter(byStart.starts, effectiveEnd(span));
      const out: { index: number; plan: PlannedRelease }[] = [];
      for (const i of endingAfter(byStart, before, start)) out.push(byStart.entries[i]!);
      return out.sort((a, b) => a.index - b.index).map((e) => e.plan);
    },
    dependentsOf: (ref) => dependents.get(refKey(ref)) ?? [],
    cycleThrough(from, via) {
      // Breadth-first over the plans that count, each release visited once: linear in the graph.
      const target = refKey(from);
      const previous = new Map<string, ReleaseRef | null>([[refKey(via), null]]);
      const queue: ReleaseRef[] = [via];
      for (let i = 0; i < queue.length; i++) {
        const at = queue[i]!;
        if (refKey(at) === target) {
          const path: ReleaseRef[] = [];
          for (let step: ReleaseRef | null | undefined = at; step; step = previous.get(refKey(step))) {
            path.push({ product: step.product, version: step.version });
          }
          return [{ product: from.product, version: from.version }, ...path.reverse()];
        }
        for (const next of counting.get(refKey(at))?.depends_on ?? []) {
          if (previous.has(refKey(next))) continue;
          previous.set(refKey(next), at);
          queue.push(next);
        }
      }
      return undefined;
    },
  };
}

/** `[start, end)` of a span in epoch nanoseconds: an instant alone (no end, or none after it) is its own nanosecond. */
function effectiveEnd(span: { start: Temporal.Instant; end?: Temporal.Instant | undefined }): bigint {
  const start = span.start.epochNanoseconds;
  const end = span.end?.epochNanoseconds;
  return end !== undefined && end > start ? end : start + 1n;
}

/**
 * Whether two spans share an instant. Ends are exclusive: a window ending when the other starts
 * does not overlap it. An instant overlaps a window it falls in (start ≤ t < end), or the same instant.
 */
export function spansOverlap(
  a: { start: Temporal.Instant; end?: Temporal.Instant | undefined },
  b: { start: Temporal.Instant; end?: Temporal.Instant | undefined },
): boolean {
  return a.start.epochNanoseconds < effectiveEnd(b) && b.start.epochNanoseconds < effectiveEnd(a);
}

/**
 * The plans that count, by start, with the latest end over each run of them (a tree over the list):
 * a query visits only the parts where some plan ends late enough, so one long plan (a calendar's
 * two-hour window among thousands of one-second ones) does not make every query scan all it covers.
 */
interface TimeIndex {
  /** Starts in epoch nanoseconds, ascending. */
  starts: bigint[];
  /** The plans in the same order, with their place in `releases`. */
  entries: { index: number; plan: PlannedRelease }[];
  /** The latest end under each node of a binary tree over the list (node 1 is the root; leaves from `size`). */
  latestEnd: bigint[];
  /** The number of leaves: a power of two, at least the number of plans. */
  size: number;
}

function timeIndex(plans: PlannedRelease[]): TimeIndex {
  const entries = plans
    .map((plan, index) => ({ index, plan, start: plan.start.epochNanoseconds }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.index - b.index));
  let size = 1;
  while (size < entries.length) size *= 2;
  // An empty leaf ends before any plan starts.
  const latestEnd = new Array<bigint>(2 * size).fill(-1n << 128n);
  entries.forEach(({ plan }, i) => (latestEnd[size + i] = effectiveEnd(plan)));
  for (let node = size - 1; node >= 1; node--) {
    const left = latestEnd[2 * node]!;
    const right = latestEnd[2 * node + 1]!;
    latestEnd[node] = left > right ? left : right;
  }
  return {
    starts: entries.map((e) => e.start),
    entries: entries.map(({ index, plan }) => ({ index, plan })),
    latestEnd,
    size,
  };
}

/** Positions below `before` in the index whose plan ends after `after`, ascending. */
function endingAfter(index: TimeIndex, before: number, after: bigint): number[] {
  const out: number[] = [];
  const visit = (node: number, from: number, width: number): void => {
    if (from >= before || index.latestEnd[node]! <= after) return;
    if (width === 1) {
      out.push(from);
      return;
    }
    const half = width / 2;
    visit(2 * node, from, half);
    visit(2 * node + 1, from + half, half);
  };
  visit(1, 0, index.size);
  return out;
}

/** The first position whose value is at least `value` in an ascending list. */
function firstAtOrAfter(list: readonly bigint[], value: bigint): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
