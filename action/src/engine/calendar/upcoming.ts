/** The calendar's next days as a flat list: what the JSON and text formats print. */
import type { CalendarData, Enforcement, ReleaseType } from './types.ts';
import {
  calendarOccurrences,
  occurrenceId,
  type CalendarOccurrence,
  type OccurrenceKind,
} from './occurrences.ts';
import { CalendarError } from './errors.ts';
import { scopeText } from './scope.ts';
import { collectedFrom } from './types.ts';
import { checkZone, formatLocal, toInstant, type InstantInput } from './time.ts';

export interface UpcomingEvent {
  kind: OccurrenceKind;
  id: string;
  name: string;
  /** RFC 3339 in the calendar's zone, with its offset. */
  start: string;
  /** Exclusive; equal to `start` for a release planned without a window end. */
  end: string;
  allDay: boolean;
  /** Release types it blocks: empty for maintenance, code freezes, deployment and testing windows and releases. */
  blocks: ReleaseType[];
  /** How hard a blackout, holiday or deployment window is enforced; null for the others. */
  enforcement: Enforcement | null;
  /**
   * One line of kind-specific detail: systems, dependencies, the freeze's target, a window's scope, where a
   * release was collected.
   */
  detail: string;
  /** A release collected from a repository: its release.yml on GitHub. */
  source?: string;
  /** A release an open pull request only proposes (collected with `--include-pulls`). */
  proposed?: true;
}

export interface UpcomingCalendar {
  timezone: string;
  /** The range listed: `[from, to)`, in the calendar's zone. */
  from: string;
  to: string;
  upcoming: UpcomingEvent[];
}

function summarize(
  o: CalendarOccurrence,
): Pick<UpcomingEvent, 'name' | 'blocks' | 'enforcement' | 'detail' | 'source' | 'proposed'> {
  switch (o.kind) {
    case 'blackout': {
      const scope = scopeText(o.entry);
      return {
        name: o.entry.name,
        blocks: [...o.entry.blocks],
        enforcement: o.entry.enforcement,
        detail: scope ? `${o.entry.reason} (only ${scope})` : o.entry.reason,
      };
    }
    case 'holiday':
      return {
        name: o.entry.name,
        blocks: [...o.holidays.blocks],
        enforcement: o.holidays.enforcement,
        detail: 'holiday',
      };
    case 'maintenance':
      return {
        name: o.entry.name,
        blocks: [],
        enforcement: null,
        detail: `systems: ${o.entry.systems.join(', ')}${o.entry.products ? `; products: ${o.entry.products.join(', ')}` : ''}`,
      };
    case 'deployment': {
      const scope = scopeText(o.entry);
      return {
        name: o.entry.name,
        blocks: [],
        enforcement: o.entry.enforcement,
        detail: `allows ${o.entry.types.join(', ')} releases${scope ? ` (only ${scope})` : ''}`,
      };
    }
    case 'testing':
      return {
        name: o.entry.name,
        blocks: [],
        enforcement: null,
        detail: `${o.entry.product} ${o.entry.release} deploys after it ends`,
      };
    case 'code-freeze': {
      const target = [o.entry.product, o.entry.release].filter(Boolean).join(' ');
      return { name: o.entry.name, blocks: [], enforcement: null, detail: target ? `for ${target}` : '' };
    }
    case 'release': {
      const r = o.entry;
      const deps = r.depends_on?.length
        ? `; depends on ${r.depends_on.map((d) => `${d.product} ${d.version}`).join(', ')}`
        : '';
      const collected = collectedFrom(r);
      const from = collected
        ? collected.pull !== undefined
          ? `; proposed in ${collected.repo} pull request #${collected.pull}`
          : `; collected from ${collected.repo} ${collected.path}`
        : '';
      return {
        name: `${r.product} ${r.version}`,
        blocks: [],
        enforcement: null,
        detail: `${r.type} release${deps}${from}`,
        ...(collected ? { source: collected.url } : {}),
        ...(collected?.pull !== undefined ? { proposed: true as const } : {}),
      };
    }
  }
}

/** Every window overlapping `[now, now + days)`, in time order, with times in the calendar's zone. */
export function upcomingEvents(calendar: CalendarData, now: InstantInput, days = 90): UpcomingCalendar {
  if (!Number.isFinite(days) || days <= 0)
    throw new CalendarError(`days must be a positive number, not ${days}`);
  const zone = checkZone(calendar.timezone, 'timezone');
  const from = toInstant(now, 'now');
  const to = from.add({ hours: 24 * days });
  const upcoming = calendarOccurrences(calendar, from, to).map((o): UpcomingEvent => {
    const { name, blocks, enforcement, detail, source, proposed } = summarize(o);
    return {
      kind: o.kind,
      id: occurrenceId(o),
      name,
      start: formatLocal(o.start, zone),
      end: formatLocal(o.end, zone),
      allDay: o.allDay,
      blocks,
      enforcement,
      detail,
      ...(source !== undefined ? { source } : {}),
      ...(proposed ? { proposed } : {}),
    };
  });
  return { timezone: zone, from: formatLocal(from, zone), to: formatLocal(to, zone), upcoming };
}
