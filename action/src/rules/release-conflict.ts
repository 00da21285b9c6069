import {
  CalendarError,
  checkZone,
  releaseWindow,
  Temporal,
  type CalendarData,
  type PlannedRelease,
} from '../engine/calendar/index.ts';
import { localInstant, localSpan, plannedWindow } from './blackout-window.ts';
import type { RuleContext } from './context.ts';
import type { Rule } from './rule.ts';

const ONE_NANOSECOND = Temporal.Duration.from({ nanoseconds: 1 });

/** A window `[start, end)`, or the instant `start` alone when `end` is absent or equal to it. */
interface Span {
  start: Temporal.Instant;
  end?: Temporal.Instant | undefined;
}

/**
 * Whether two spans share an instant. Ends are exclusive: a window ending when the other starts
 * does not overlap it. An instant overlaps a window it falls in (start ≤ t < end), or the same instant.
 */
export function spansOverlap(a: Span, b: Span): boolean {
  const aEnd = a.end && Temporal.Instant.compare(a.end, a.start) > 0 ? a.end : a.start.add(ONE_NANOSECOND);
  const bEnd = b.end && Temporal.Instant.compare(b.end, b.start) > 0 ? b.end : b.start.add(ONE_NANOSECOND);
  return Temporal.Instant.compare(a.start, bEnd) < 0 && Temporal.Instant.compare(b.start, aEnd) < 0;
}

/** Whether a calendar entry is the release being checked: the same product and version. */
function isThisRelease(entry: PlannedRelease, product: string, version: string): boolean {
  return entry.product === product && entry.version === version;
}

/**
 * Other planned releases and maintenance windows in the calendar overlap this release's deployment
 * window (warnings); a release this one depends on is planned to ship later (an error).
 */
export const releaseConflict: Rule<RuleContext> = {
  meta: {
    id: 'release-conflict',
    title: 'No conflicting releases or maintenance',
    description:
      'The deployment window overlaps no other planned release or maintenance window in the calendar (a warning), and every release in `depends_on` is planned to ship before this one (an error).',
    rationale:
      'The Deployment Checklist asks, 24 hours before a deployment, to “check for conflicting releases or maintenance”, and the shared release calendar records the “dependency relationships between releases” (Release Planning › Release Calendar): two deploys or a maintenance at once make a failure hard to attribute and to roll back, and a release that ships before what it depends on breaks in production.',
    guide: 'guide/deployment-checklist/#pre-deployment-t-24-hours',
    fix: 'Agree a different window with the other release’s manager or the maintenance owners and move `date` and `window`; for a dependency, ship after it, or have its release moved earlier in the calendar.',
    severity: 'warning',
    waivable: true,
    examples: { pass: 'minor-compliant', fail: 'minor-dependency-later' },
  },
  check(context, report) {
    const calendar = context.policy.calendar;
    if (!calendar) return;
    const data = calendar.data as CalendarData;
    const { release, yaml } = context;
    if (release.date === undefined) return; // a date that does not exist: the schema's finding
    // A window that cannot be read is blackout-window's finding; there is nothing to compare here.
    const planned = plannedWindow(release);
    if (!planned.ok) return;
    const mine: Span = { start: planned.window.start, end: planned.window.end };
    const place = yaml.locate(planned.window.startPath);

    try {
      const zone = checkZone(data.timezone, 'timezone');
      const others = (data.releases ?? []).filter((r) => !isThisRelease(r, release.product, release.version));

      for (const other of others) {
        const theirs = releaseWindow(other);
        if (!spansOverlap(mine, theirs)) continue;
        report({
          ...place,
          message: `overlaps the planned release ${other.product} ${other.version} (${localSpan(theirs.start, theirs.end, zone)})`,
          hint: `Guide, T-24 hours: check for conflicting releases or maintenance. Agree the order with ${other.manager ?? `the ${other.product} team`}, or move \`date\`${release.window ? ' and `window`' : ''} clear of it.`,
        });
      }

      const until = mine.end ?? mine.start.add(ONE_NANOSECOND);
      for (const entry of data.maintenance ?? []) {
        for (const o of calendar.compiled.occurrences(entry, mine.start, until)) {
          report({
            ...place,
            message: `overlaps maintenance "${entry.name}" (${localSpan(o.start, o.end, o.zone)}) on ${entry.systems.join(', ')}`,
            hint: `Guide, T-24 hours: check for conflicting releases or maintenance. Move \`date\`${release.window ? ' and `window`' : ''} clear of it, or confirm with the maintenance owners that this release touches none of ${entry.systems.join(', ')}.`,
          });
        }
      }

      (release.depends_on ?? []).forEach((dependency, index) => {
        // A dependency the calendar does not plan is taken to be in production already: releases
        // leave the calendar once shipped, and nothing else could say when it ships.
        const planned = (data.releases ?? []).find((r) =>
          isThisRelease(r, dependency.product, dependency.version),
        );
        if (!planned) return;
        const theirs = releaseWindow(planned);
        const order = Temporal.Instant.compare(theirs.start, mine.start);
        if (order < 0) return;
        const when = localInstant(theirs.start, zone);
        const finished =
          theirs.end && Temporal.Instant.compare(theirs.end, theirs.start) > 0 ? theirs.end : theirs.start;
        report({
          ...yaml.locate(['depends_on', index]),
          severity: 'error',
          message: `${dependency.product} ${dependency.version} ships ${when}, ${order === 0 ? 'at the same time as' : 'after'} this release (${localInstant(mine.start, zone)})`,
          hint: `${dependency.product} ${dependency.version} must be in production first: move \`date\` to ${localInstant(finished, zone)} or later${planned.manager ? `, or agree an earlier date for it with ${planned.manager}` : ''}.`,
        });
      });
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      report({
        file: calendar.file,
        severity: 'error',
        message: `the calendar cannot be evaluated: ${error.message}`,
      });
    }
  },
};
