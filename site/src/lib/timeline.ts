/**
 * The release timeline: the calendar's planned releases on a time axis, their dependencies, the
 * critical chain (the engine's `criticalChains`: the chain of releases that each wait for the one
 * before that spans the most time) and any
 * dependency planned to ship at or after its dependent — judged as `release-conflict` judges it,
 * by the start of each release's window (`releaseWindow`). Pure.
 */
import {
  calendarOccurrences,
  checkZone,
  isFrequent,
  MONTH_NAMES,
  releaseAnchor,
  Temporal,
  whenText,
  type CalendarData,
} from './calendar-view.ts';
import { collectedFrom, releaseWindow, testingWindowsOf } from '../../../action/src/engine/calendar/index.ts';
import { criticalChains } from '../../../action/src/engine/graph.ts';

export interface TimelineRelease {
  /** `ledger 6.0.0` */
  key: string;
  product: string;
  version: string;
  type: string;
  manager?: string;
  start: Temporal.Instant;
  end: Temporal.Instant;
  when: string;
  /** The release's entry on the calendar page. */
  anchor: string;
  critical: boolean;
  /** The calendar's testing windows of this release: it deploys once they end. */
  testing: { name: string; start: Temporal.Instant; end: Temporal.Instant; when: string }[];
  /** Collected from a repository: its release.yml on GitHub. */
  source?: string;
  /** Only proposed by an open pull request (shown when nothing else plans the release). */
  proposed?: true;
}

export interface TimelineEdge {
  /** The dependency (ships first). */
  from: string;
  /** The release that waits for it. */
  to: string;
  /** The dependency is planned at or after its dependent. */
  late: boolean;
  critical: boolean;
}

export interface TimelineShade {
  id: string;
  name: string;
  kind: 'blackout' | 'holiday';
  enforcement: 'hard' | 'soft';
  start: Temporal.Instant;
  end: Temporal.Instant;
}

export interface Timeline {
  zone: string;
  releases: TimelineRelease[];
  edges: TimelineEdge[];
  /** Keys of the critical chain, first to last (the first of equally long ones); empty when no release depends on another. */
  critical: string[];
  /** Dependencies the calendar does not plan: taken to be in production already. */
  unplanned: { release: string; dependency: string }[];
  shades: TimelineShade[];
  /** Blackouts that repeat weekly or more often (the weekend): each occurrence, drawn as light shading. */
  recurring: TimelineShade[];
  /** The axis: from the first of the month of the first release to the end of the last one's month. */
  from: Temporal.PlainDate;
  to: Temporal.PlainDate;
}

const keyOf = (product: string, version: string) => `${product} ${version}`;

/** The timeline of a calendar's planned releases. */
export function timeline(calendar: CalendarData): Timeline {
  const zone = checkZone(calendar.timezone, 'timezone');
  // A pull request's proposal is drawn only when nothing else plans that release: one bar per release.
  const plannedKeys = new Set(
    (calendar.releases ?? [])
      .filter((r) => collectedFrom(r)?.pull === undefined)
      .map((r) => keyOf(r.product, r.version)),
  );
  const drawn = new Set<string>();
  const planned = (calendar.releases ?? [])
    .filter((r) => {
      const key = keyOf(r.product, r.version);
      if (collectedFrom(r)?.pull !== undefined && plannedKeys.has(key)) return false;
      if (drawn.has(key)) return false;
      drawn.add(key);
      return true;
    })
    .map((r) => ({ r, ...releaseWindow(r) }))
    .sort((a, b) => Temporal.Instant.compare(a.start, b.start));
  const byKey = new Map(planned.map((p) => [keyOf(p.r.product, p.r.version), p]));
  const edges: TimelineEdge[] = [];
  const unplanned: Timeline['unplanned'] = [];
  for (const p of planned) {
    const key = keyOf(p.r.product, p.r.version);
    for (const d of p.r.depends_on ?? []) {
      const dep = byKey.get(keyOf(d.product, d.version));
      if (!dep) {
        unplanned.push({ release: key, dependency: keyOf(d.product, d.version) });
        continue;
      }
      const from = keyOf(d.product, d.version);
      edges.push({ from, to: key, late: Temporal.Instant.compare(dep.start, p.start) >= 0, critical: false });
    }
  }
  const chains = criticalChains(
    planned.map((p) => ({
      product: p.r.product,
      version: p.r.version,
      start: p.start,
      end: p.end,
      depends_on: p.r.depends_on ?? [],
    })),
  );
  const critical = (chains[0]?.releases ?? []).map((r) => keyOf(r.product, r.version));
  const onChain = new Set(critical);
  for (const e of edges) {
    e.critical =
      onChain.has(e.from) && onChain.has(e.to) && critical.indexOf(e.to) === critical.indexOf(e.from) + 1;
  }
  const releases: TimelineRelease[] = planned.map((p) => {
    const key = keyOf(p.r.product, p.r.version);
    const startDate = p.start.toZonedDateTimeISO(zone).toPlainDate().toString();
    return {
      key,
      product: p.r.product,
      version: p.r.version,
      type: p.r.type,
      ...(p.r.manager ? { manager: p.r.manager } : {}),
      start: p.start,
      end: p.end,
      when: whenText({ start: p.start, end: p.end, allDay: false }, zone),
      anchor: releaseAnchor(p.r.product, p.r.version, startDate),
      critical: onChain.has(key),
      testing: testingWindowsOf(calendar, p.r).map((w) => ({
        name: w.entry.name,
        start: w.start,
        end: w.end,
        when: whenText(w, zone),
      })),
      ...(collectedFrom(p.r) ? { source: collectedFrom(p.r)!.url } : {}),
      ...(collectedFrom(p.r)?.pull !== undefined ? { proposed: true as const } : {}),
    };
  });

  const firstDay = (planned[0]?.start ?? Temporal.Now.instant()).toZonedDateTimeISO(zone).toPlainDate();
  const lastDay = (planned.at(-1)?.end ?? planned.at(-1)?.start ?? Temporal.Now.instant())
    .toZonedDateTimeISO(zone)
    .toPlainDate();
  const from = firstDay.with({ day: 1 });
  const to = lastDay.with({ day: 1 }).add({ months: 1 });
  const shades: TimelineShade[] = [];
  const recurring: TimelineShade[] = [];
  for (const o of calendarOccurrences(
    calendar,
    from.toZonedDateTime(zone).toInstant(),
    to.toZonedDateTime(zone).toInstant(),
    ['blackout', 'holiday'],
  )) {
    if (o.kind === 'blackout') {
      (isFrequent(o) ? recurring : shades).push({
        id: o.entry.id,
        name: o.entry.name,
        kind: 'blackout',
        enforcement: o.entry.enforcement,
        start: o.start,
        end: o.end,
      });
    } else if (o.kind === 'holiday') {
      shades.push({
        id: `holiday-${o.entry.date}`,
        name: o.entry.name,
        kind: 'holiday',
        enforcement: o.holidays.enforcement,
        start: o.start,
        end: o.end,
      });
    }
  }
  return { zone, releases, edges, critical, unplanned, shades, recurring, from, to };
}

/** The months of the axis: where each starts, in days from `from`, and its name. */
export function axisMonths(t: Timeline): { day: number; label: string; year: number }[] {
  const out: { day: number; label: string; year: number }[] = [];
  for (let m = t.from; Temporal.PlainDate.compare(m, t.to) < 0; m = m.add({ months: 1 })) {
    out.push({ day: t.from.until(m).days, label: MONTH_NAMES[m.month - 1]!.slice(0, 3), year: m.year });
  }
  return out;
}

/** Days (fractional) from the axis start to an instant, on the calendar's wall clock. */
export function dayOffset(t: Timeline, instant: Temporal.Instant): number {
  const start = t.from.toZonedDateTime(t.zone);
  return (
    start.until(instant.toZonedDateTimeISO(t.zone), { largestUnit: 'hours' }).total({ unit: 'hours' }) / 24
  );
}
