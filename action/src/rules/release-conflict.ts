import { CalendarError, sharedSystems, Temporal, type CalendarData } from '../engine/calendar/index.ts';
import {
  isProposal,
  type PlannedRelease,
  type ReleaseRef,
  refText,
  sameRelease,
  spansOverlap,
} from '../engine/run.ts';
import { formatLocal, instantToDate } from '../engine/calendar/time.ts';
import { plannedWindow } from '../engine/planned-window.ts';
import { localInstant, localSpan, orList } from './blackout-window.ts';
import type { RuleContext } from './context.ts';
import { policyZone } from './lib/days.ts';
import type { Rule } from './rule.ts';

const ONE_NANOSECOND = Temporal.Duration.from({ nanoseconds: 1 });

/** A window `[start, end)`, or the instant `start` alone when `end` is absent or equal to it. */
interface Span {
  start: Temporal.Instant;
  end?: Temporal.Instant | undefined;
}

export { spansOverlap };

/**
 * Where a plan comes from, for messages: the calendar, the release.yml of this run that plans it, or
 * the repository and path a collected entry was read from (and the pull request that proposes it).
 */
function whereFrom(plan: PlannedRelease): string {
  switch (plan.source.kind) {
    case 'calendar':
      return 'the calendar';
    case 'run':
      return plan.source.file;
    case 'collected': {
      const { repo, path, pull } = plan.source;
      return `${repo} ${path}${pull !== undefined ? `, proposed in pull request #${pull}` : ''}`;
    }
  }
}

/** ` (octoacme/search release.yml)` for a collected plan; nothing for the calendar's own. */
function collectedFrom(plan: PlannedRelease): string {
  return plan.source.kind === 'collected' ? ` (${whereFrom(plan)})` : '';
}

/** Whether two plans name the same time: the same start and the same end (or both none). */
function sameTime(a: Span, b: Span): boolean {
  if (Temporal.Instant.compare(a.start, b.start) !== 0) return false;
  if (a.end === undefined || b.end === undefined) return a.end === b.end;
  return Temporal.Instant.compare(a.end, b.end) === 0;
}

/** `2026-12-10T11:00:00-05:00`: an instant as release.yml writes it, in the calendar's zone. */
function rfc3339(instant: Temporal.Instant, zone: string): string {
  return formatLocal(instant, zone, 'second');
}

/** Steps of a cycle a message lists before it elides the middle: cycles from a calendar may be long. */
const CYCLE_STEPS_SHOWN = 8;

/** `a 1.0.0 → b 2.0.0 → a 1.0.0`; a long cycle keeps its first and last steps around the count left out. */
function cycleText(cycle: ReleaseRef[]): string {
  const names = cycle.map(refText);
  if (names.length <= CYCLE_STEPS_SHOWN) return names.join(' → ');
  const head = names.slice(0, CYCLE_STEPS_SHOWN - 2);
  const tail = names.slice(-2);
  return [...head, `… (${names.length - head.length - tail.length} more)`, ...tail].join(' → ');
}

/** GitHub handles are case-insensitive. */
function sameHandle(a: string, b: string): boolean {
  return a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();
}

/**
 * Judges one release against the run's picture (this run's release.yml files, the collected releases
 * and the calendar's planned releases): overlaps with other releases, maintenance and the manager's
 * other releases (warnings); drift from the calendar's or a collected plan of the same release (a
 * warning); dependencies planned after it or not planned at all, and dependency cycles.
 */
export const releaseConflict: Rule<RuleContext> = {
  meta: {
    id: 'release-conflict',
    title: 'No conflicting releases or maintenance',
    description:
      'Judged against every release planned in the run (sibling release.yml files checked together), in the collected releases files (`--releases`, the action’s `releases` input, the policy’s `releases`) and in the calendar: the deployment window overlaps no other planned release (a warning, naming the systems both list in `systems` when they share one) or maintenance window (a warning: only maintenance on a system the release lists, or of its product, when release.yml lists `systems`; every overlapping maintenance when it lists none, since then nobody can tell); the manager is not booked on another release at the same time (a warning); the calendar and the release’s own collected entry plan it at the time release.yml says, and no release that depends on it is planned before it (warnings); every release in `depends_on` is planned to ship before this one (an error; a warning when nothing plans it, since then nobody can tell when it ships); and dependencies form no cycle (an error). When several sources plan one release, release.yml in the run wins over a collected entry from a default branch, which wins over the calendar; an entry an open pull request only proposes counts only when nothing else plans that release, and is never compared for drift.',
    rationale:
      'The Deployment Checklist asks, 24 hours before a deployment, to “check for conflicting releases or maintenance”, and the shared release calendar records the “dependency relationships between releases” (Release Planning › Release Calendar): two deploys or a maintenance at once make a failure hard to attribute and to roll back, a Release Manager cannot run two go/no-go calls at once, a release that ships before what it depends on breaks in production, and a calendar that disagrees with release.yml misleads every team that plans around it.',
    guide: 'guide/deployment-checklist/#pre-deployment-t-24-hours',
    fix: 'Agree a different window with the other release’s manager or the maintenance owners and move `date` and `window`; list the systems the release changes in `systems` so that maintenance elsewhere is not reported; for a dependency, ship after it, or have its release moved earlier; keep the calendar’s entry for this release at the time release.yml says, and collect the releases again (`release-policy collect`) once a change of time is merged, so that the collected file says it too; break a dependency cycle by removing the entry that is not needed.',
    severity: 'warning',
    waivable: true,
    examples: { pass: 'monorepo-compliant', fail: 'minor-dependency-later' },
  },
  check(context, report) {
    const { release, yaml, run } = context;
    const calendar = context.policy.calendar;
    if (release.date === undefined) return; // a date that does not exist: the schema's finding
    // A window that cannot be read is blackout-window's finding; there is nothing to compare here.
    const planned = plannedWindow(release);
    if (!planned.ok) return;
    const mine: Span = { start: planned.window.start, end: planned.window.end };
    const place = yaml.locate(planned.window.startPath);
    const self = { product: release.product, version: release.version };
    const zone = policyZone(context.policy);
    const moveHint = `move \`date\`${release.window ? ' and `window`' : ''}`;

    if (calendar && run.calendarProblem !== undefined) {
      report({
        file: calendar.file,
        severity: 'error',
        message: `the calendar cannot be evaluated: ${run.calendarProblem}`,
      });
    }

    // Each other release once, as the plan that counts says (a sibling's release.yml over the calendar).
    const others = run.overlapping(mine).filter((r) => !sameRelease(r, self));
    const systems = release.systems ?? [];
    for (const other of others) {
      // Two changes to one system at once: neither can be told apart from the other if it breaks.
      const shared = sharedSystems(systems, other.systems);
      const on = shared.length > 0 ? `; both touch ${orList(shared)}` : '';
      report({
        ...(shared.length > 0 ? yaml.locate(['systems', systems.indexOf(shared[0]!)]) : place),
        message: `overlaps the planned release ${refText(other)} (${localSpan(other.start, other.end, zone)})${collectedFrom(other)}${on}`,
        hint: `Guide, T-24 hours: check for conflicting releases or maintenance. Agree the order with ${other.manager ?? `the ${other.product} team`}, or ${moveHint} clear of it${shared.length > 0 ? `: two changes to ${orList(shared)} at once cannot be told apart when one fails` : ''}.`,
      });
    }

    const manager = release.manager;
    if (manager !== undefined) {
      for (const other of others) {
        if (other.manager === undefined || !sameHandle(other.manager, manager) || !spansOverlap(mine, other))
          continue;
        report({
          ...yaml.locate(['manager']),
          message: `${manager} also manages ${refText(other)} (${localSpan(other.start, other.end, zone)}, ${whereFrom(other)}), which overlaps this release`,
          hint: `A Release Manager runs one go/no-go at a time: name another \`manager\`, or ${moveHint} clear of ${refText(other)}.`,
        });
      }
    }

    // Drift: the calendar's entry for this release, or its collected entry from a default branch
    // (a pull request's proposal is not a plan yet), names another time than release.yml.
    for (const plan of run.plansOf(self)) {
      if (plan.source.kind === 'run' || isProposal(plan) || sameTime(mine, plan)) continue;
      const asPlanned = [
        `date: ${rfc3339(plan.start, zone)}`,
        ...(plan.end ? [`window: { end: ${rfc3339(plan.end, zone)} }`] : []),
      ].join('\n');
      const removeWindow = plan.end || !release.window ? '' : ' (and remove `window`)';
      // The notes' title carries the day: only a move to another day changes it.
      const dayOf = (t: Temporal.Instant) => instantToDate(t, zone).toString();
      const retitle =
        release.notes === undefined || dayOf(plan.start) === dayOf(mine.start)
          ? ''
          : '\nThen write the new date in the notes’ title.';
      const times = `${refText(self)} for ${localSpan(plan.start, plan.end, zone)}, but release.yml for ${localSpan(mine.start, mine.end, zone)}`;
      if (plan.source.kind === 'collected') {
        const { url, collectedAt, file } = plan.source;
        report({
          ...place,
          message: `${whereFrom(plan)} plans ${times} (collected ${collectedAt} into ${file}: ${url})`,
          hint: `Other teams plan around the collected releases: once this change is merged, collect again (release-policy collect) so that ${file} says the new time; or plan the release as the default branch does${removeWindow}:\n${asPlanned}${retitle}`,
        });
        continue;
      }
      report({
        ...place,
        message: `${whereFrom(plan)} plans ${times}`,
        hint: `Teams plan around the calendar: update this release's entry in ${plan.source.file} to the time release.yml says, or plan the release as it does${removeWindow}:\n${asPlanned}${retitle}`,
      });
    }

    for (const dependent of run.dependentsOf(self)) {
      // A sibling in this run gets the error on its own `depends_on`.
      if (dependent.source.kind === 'run' || sameRelease(dependent, self)) continue;
      if (Temporal.Instant.compare(dependent.start, mine.start) > 0) continue;
      report({
        ...place,
        message: `${refText(dependent)} depends on this release and is planned for ${localInstant(dependent.start, zone)} (${whereFrom(dependent)}), not after this release (${localInstant(mine.start, zone)})`,
        hint: `${refText(dependent)} would ship before what it needs: agree a new order with ${dependent.manager ?? `the ${dependent.product} team`}, or ${moveHint} before ${localInstant(dependent.start, zone)}.`,
      });
    }

    if (calendar) {
      try {
        const data = calendar.data as CalendarData;
        const until = mine.end ?? mine.start.add(ONE_NANOSECOND);
        for (const entry of data.maintenance ?? []) {
          // A release that lists its systems conflicts only with maintenance on them (or on its
          // product); one that lists none cannot tell, so it is warned of every maintenance.
          const touched = sharedSystems(entry.systems, systems);
          const ofProduct = entry.products?.includes(release.product) ?? false;
          if (systems.length > 0 && touched.length === 0 && !ofProduct) continue;
          for (const o of calendar.compiled.occurrences(entry, mine.start, until)) {
            const at = touched.length > 0 ? yaml.locate(['systems', systems.indexOf(touched[0]!)]) : place;
            report({
              ...at,
              message:
                touched.length > 0
                  ? `overlaps maintenance "${entry.name}" (${localSpan(o.start, o.end, o.zone)}) on ${touched.join(', ')}, which this release touches`
                  : `overlaps maintenance "${entry.name}" (${localSpan(o.start, o.end, o.zone)}) on ${entry.systems.join(', ')}`,
              hint:
                touched.length > 0 || ofProduct
                  ? `Guide, T-24 hours: check for conflicting releases or maintenance. Move \`date\`${release.window ? ' and `window`' : ''} clear of it, or agree the order with the maintenance owners.`
                  : `Guide, T-24 hours: check for conflicting releases or maintenance. Move \`date\`${release.window ? ' and `window`' : ''} clear of it, or list the systems this release changes under \`systems\` (release.yml) so that only maintenance on them is reported.`,
            });
          }
        }
      } catch (error) {
        if (!(error instanceof CalendarError)) throw error;
        report({
          file: calendar.file,
          severity: 'error',
          message: `the calendar cannot be evaluated: ${error.message}`,
        });
      }
    }

    // Moving this release means moving its calendar entry too, or the two drift apart.
    const calendarPlan = run.plansOf(self).find((r) => r.source.kind === 'calendar');
    (release.depends_on ?? []).forEach((dependency, index) => {
      const at = yaml.locate(['depends_on', index]);
      const cycle = run.cycleThrough(self, dependency);
      if (cycle) {
        report({
          ...at,
          severity: 'error',
          message: `dependency cycle: ${cycleText(cycle)}`,
          hint: `Releases in a cycle can never ship in order: remove this entry from \`depends_on\` if ${refText(dependency)} does not need this release first, or remove the dependency on ${refText(self)} from ${cycle.length > 2 ? refText(cycle.at(-2)!) : 'this release'}.`,
        });
        return;
      }
      const plan = run.planOf(dependency);
      if (!plan) {
        report({
          ...at,
          message: `${refText(dependency)} is planned neither in this run${run.collected.length > 0 ? ', in the calendar nor in the collected releases' : ' nor in the calendar'}: can't tell when it ships`,
          hint: `Add ${refText(dependency)} to the calendar's \`releases\` (or check its release.yml in the same run, or collect the releases again once its repository plans it) so its date can be compared; if it is already in production, remove this entry from \`depends_on\`.`,
        });
        return;
      }
      const order = Temporal.Instant.compare(plan.start, mine.start);
      if (order < 0) return;
      const when = localInstant(plan.start, zone);
      const finished = plan.end ?? plan.start;
      const source = plan.source.kind === 'calendar' ? '' : ` (${whereFrom(plan)})`;
      report({
        ...at,
        severity: 'error',
        message: `${refText(dependency)} ships ${when}${source}, ${order === 0 ? 'at the same time as' : 'after'} this release (${localInstant(mine.start, zone)})`,
        hint: `${refText(dependency)} must be in production first: move \`date\` to ${localInstant(finished, zone)} or later${calendarPlan ? ` (and this release's entry in ${calendarPlan.source.file} with it)` : ''}${plan.manager ? `, or agree an earlier date for it with ${plan.manager}` : ''}.`,
      });
    });
  },
};
