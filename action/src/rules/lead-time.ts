import {
  CalendarError,
  nextAllowedSlot,
  testingWindowsOf,
  type CalendarData,
} from '../engine/calendar/index.ts';
import { parseInstant, Temporal } from '../engine/calendar/time.ts';
import { plannedWindow } from '../engine/planned-window.ts';
import type { Report } from '../engine/finding.ts';
import type { Release } from '../engine/types/index.ts';
import type { RuleContext } from './context.ts';
import {
  compareMoments,
  countOf,
  dayIn,
  daysFrom,
  type Moment,
  policyZone,
  readMoment,
  shiftDays,
} from './lib/days.ts';
import { missingPlace, type TypeRequirements, typeRequirements } from './lib/requirements.ts';
import { localInstant, localSpan, moveYaml, slotYaml } from './blackout-window.ts';
import type { Rule } from './rule.ts';

type MilestoneKey = keyof NonNullable<Release['milestones']>;
type LeadKey = keyof NonNullable<TypeRequirements['lead_time']>;

/** The planning timeline in order, each milestone with the policy's lead time that governs it. */
const MILESTONES: readonly { key: MilestoneKey; lead: LeadKey; label: string }[] = [
  { key: 'planning', lead: 'planned_days', label: 'planning start' },
  { key: 'feature_freeze', lead: 'feature_freeze_days', label: 'feature freeze' },
  { key: 'code_freeze', lead: 'code_freeze_days', label: 'code freeze' },
];

/**
 * Each milestone the release type's lead times name is in release.yml, at least that many whole
 * calendar days (in the policy calendar's zone) before `date`; and the milestones come in order.
 */
export const leadTime: Rule<RuleContext> = {
  meta: {
    id: 'lead-time',
    title: 'Milestones respect the lead times',
    description:
      'For the release type’s lead times (`types.<type>.lead_time`), `milestones.planning`, `feature_freeze` and `code_freeze` are in release.yml and at least that many whole days (in the calendar’s zone) before `date`; milestones run planning → feature freeze → code freeze → release; and the release is not planned before the end of its testing window in the calendar (`testing_windows` for its product and version; the hint gives the next allowed slot after it). The deploy gate (deploy mode) also reports a deploy before `milestones.code_freeze`, and one more than `deploy.tolerance_days` whole days before or after `date`.',
    rationale:
      'Releases follow the planning timeline (Release Planning Process): planning starts 8 weeks before release, the scope is frozen 4 weeks before (feature freeze) and the branch is cut 2 weeks before (code freeze), leaving time for integration and acceptance testing (the calendar’s “testing windows”), release notes and the rollback procedure; major releases are “planned quarters in advance” (Release Types).',
    guide: 'guide/planning/#release-planning-process',
    fix: 'Record the milestones under `milestones:` as dates (YYYY-MM-DD); when a freeze came too late, move the release `date` out so the whole timeline fits: the hint proposes the first allowed slot (no blackout, no holiday for the type, at the working day’s start) at least that many days later, with `window` moved along. At deploy time, deploy after the code freeze and near the planned date, or plan the release again.',
    severity: 'error',
    waivable: true,
    examples: { pass: 'major-compliant', fail: 'major-short-lead-time' },
  },
  check({ release, yaml, policy, mode, now }, report) {
    const section = yaml.has(['milestones']);
    // A date that does not exist is the schema's finding; the engine leaves it out, and so nothing is measured.
    if (release.date === undefined) return;
    const zone = policyZone(policy);
    const releaseAt = parseInstant(release.date);
    const releaseDay = dayIn(releaseAt, zone);
    const releaseMoment: Moment = { text: release.date, allDay: false, day: releaseDay, start: releaseAt };
    const leads = typeRequirements(policy.data, release.type).lead_time ?? {};
    const written = release.milestones ?? {};
    // Without a `milestones:` section, every missing milestone's hint is the one section they all go in.
    const missing = MILESTONES.filter(
      ({ key, lead }) =>
        leads[lead] !== undefined && written[key] === undefined && !yaml.has(['milestones', key]),
    ).map(({ key, lead }) => {
      const need = leads[lead]!;
      const latest = releaseDay.subtract({ days: need }).toString();
      return `${key}: "${latest}"   # ${countOf(need, 'day')} before the release, at the latest`;
    });

    let previous: { label: string; moment: Moment } | undefined;
    for (const { key, lead, label } of MILESTONES) {
      const need = leads[lead];
      const text = written[key];

      if (text === undefined) {
        // Written but left out by the engine: a date that does not exist, which the schema reports.
        if (need === undefined || yaml.has(['milestones', key])) continue;
        const latest = releaseDay.subtract({ days: need }).toString();
        const line = `${key}: "${latest}"   # ${countOf(need, 'day')} before the release, at the latest`;
        report({
          ...missingPlace(yaml, ['milestones'], ['type']),
          message: `no ${label} date: a ${release.type} release needs milestones.${key} at least ${countOf(need, 'day')} before the release`,
          hint: section
            ? `Add under milestones:\n  ${line}`
            : `Add${missing.length > 1 ? ` one section for the ${missing.length} missing milestones` : ''}:\nmilestones:\n  ${missing.join('\n  ')}`,
        });
        continue;
      }

      const moment = readMoment(text, zone);
      if (!moment) continue; // Not a real date: nothing to measure.
      const at = yaml.locate(['milestones', key]);

      if (previous && compareMoments(moment, previous.moment) < 0) {
        report({
          ...at,
          message: `${label} "${text}" is before the ${previous.label} "${previous.moment.text}"`,
          hint: `Milestones run planning, feature freeze, code freeze, then the release; correct the date that is wrong, for example:\n${key}: "${previous.moment.day.toString()}"`,
        });
      }
      previous = { label, moment };

      const days = daysFrom(moment.day, releaseDay);
      if (need !== undefined && days < need) {
        const latest = releaseDay.subtract({ days: need }).toString();
        const when =
          days >= 0
            ? `${countOf(days, 'day')} before the release; a ${release.type} release needs at least ${need} (${need - days} short)`
            : `${countOf(-days, 'day')} after the release; a ${release.type} release needs it at least ${countOf(need, 'day')} before`;
        report({
          ...at,
          message: `${label} "${text}" is ${when}`,
          hint: `The ${label} had to be on ${latest} at the latest; otherwise move the release to the first allowed slot ${countOf(need - days, 'day')} later or more:\n${moveLater(release, releaseAt, need - days, policy, zone)}`,
        });
      } else if (need === undefined && compareMoments(moment, releaseMoment) > 0) {
        report({
          ...at,
          message: `${label} "${text}" is after the release date (${release.date})`,
          hint: `A milestone comes before the release; for example:\n${key}: "${releaseDay.toString()}"`,
        });
      }
    }

    checkTesting({ release, yaml, policy, mode, now }, report);
    if (mode === 'deploy') checkDeploy({ release, yaml, policy, now, zone, releaseAt, releaseDay }, report);
  },
};

/**
 * The calendar's testing windows of this release: the release deploys once testing is done, so its
 * planned start (deploy mode: now) is not before a testing window's end.
 */
function checkTesting(
  c: Pick<RuleContext, 'release' | 'yaml' | 'policy' | 'mode' | 'now'>,
  report: (finding: Report) => void,
): void {
  const { release, yaml, policy, mode } = c;
  const calendar = policy.calendar;
  if (!calendar) return;
  const planned = plannedWindow(release);
  if (!planned.ok) return; // blackout-window reports a window that cannot be read
  const data = calendar.data as CalendarData;
  const deploy = mode === 'deploy';
  const zone = policyZone(policy);
  const at = deploy ? parseInstant(c.now) : planned.window.start;
  const length = planned.window.end ? planned.window.start.until(planned.window.end) : undefined;
  try {
    for (const testing of testingWindowsOf(data, release)) {
      if (Temporal.Instant.compare(at, testing.end) >= 0) continue;
      const scope = { product: release.product, systems: release.systems };
      const next = nextAllowedSlot(data, testing.end, release.type, length, { scope });
      const nextAt = next.found ? Temporal.Instant.from(next.start) : undefined;
      const when = deploy
        ? `deploying now (${localInstant(at, zone)}, deploy mode)`
        : `the release (${localInstant(at, zone)})`;
      const slot = nextAt
        ? `next allowed slot after it: ${localInstant(nextAt, zone)}`
        : next.found
          ? ''
          : next.message;
      report({
        ...(deploy ? yaml.locate(['date'], 'key') : yaml.locate(planned.window.startPath)),
        message: `${when} is before the end of "${testing.entry.name}" (${localSpan(testing.start, testing.end, testing.zone)}); ${slot}`,
        hint: nextAt
          ? deploy
            ? `Deploy once testing is done, at ${localInstant(nextAt, zone)} or later.`
            : `The release deploys once testing is done: move it to the next allowed slot after the testing window:\n${slotYaml(release, nextAt, length, zone)}`
          : `The release deploys once testing is done: move it after ${localSpan(testing.start, testing.end, testing.zone)}.`,
      });
    }
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    report({ file: calendar.file, message: `the calendar cannot be evaluated: ${error.message}` });
  }
}

/**
 * The deploy gate: the code freeze has happened (what ships is what was frozen and tested), and the
 * deploy is within the policy's tolerance of the planned date (the plan still describes it).
 */
function checkDeploy(
  c: Pick<RuleContext, 'release' | 'yaml' | 'policy' | 'now'> & {
    zone: string;
    releaseAt: Temporal.Instant;
    releaseDay: Temporal.PlainDate;
  },
  report: (finding: Report) => void,
): void {
  const { release, yaml, policy, zone, releaseAt, releaseDay } = c;
  const nowAt = parseInstant(c.now);
  const today = dayIn(nowAt, zone);
  const deploying = `deploying now (${localInstant(nowAt, zone)}, deploy mode)`;

  const freezeText = release.milestones?.code_freeze;
  const freeze = freezeText === undefined ? undefined : readMoment(freezeText, zone);
  if (freeze && Temporal.Instant.compare(nowAt, freeze.start) < 0) {
    report({
      ...yaml.locate(['milestones', 'code_freeze']),
      message: `${deploying} is before the code freeze "${freeze.text}"`,
      hint: `What ships must be what was frozen and tested: deploy on or after ${freeze.allDay ? freeze.day.toString() : localInstant(freeze.start, zone)}, from the release branch cut at the code freeze.`,
    });
  }

  const tolerance = policy.data.deploy?.tolerance_days;
  if (tolerance === undefined) return;
  const off = daysFrom(releaseDay, today);
  if (Math.abs(off) <= tolerance) return;
  const earliest = releaseDay.subtract({ days: tolerance }).toString();
  const latest = releaseDay.add({ days: tolerance }).toString();
  report({
    ...yaml.locate(['date']),
    message: `${deploying} is ${countOf(Math.abs(off), 'day')} ${off > 0 ? 'after' : 'before'} the planned date (${localInstant(releaseAt, zone)}); the policy allows ${countOf(tolerance, 'day')} (deploy.tolerance_days)`,
    hint: `Deploy between ${earliest} and ${latest}, or plan the release again: a new \`date\` (and \`window\`), with its calendar entry, sign-offs and customer communication brought in line.`,
  });
}

/**
 * `date` (and `window`) moved at least `days` days later, to the first slot the calendar allows from
 * there (no blackout, no holiday for the type, the working day's start after a whole-day window):
 * the engine's next-slot search decides, so the hint never proposes a Saturday or the year-end freeze.
 */
function moveLater(
  release: Release,
  releaseAt: Temporal.Instant,
  days: number,
  policy: RuleContext['policy'],
  zone: string,
): string {
  let to = parseInstant(shiftDays(releaseAt, days, zone));
  const calendar = policy.calendar?.data as CalendarData | undefined;
  const planned = plannedWindow(release);
  if (calendar) {
    try {
      const length =
        planned.ok && planned.window.end ? planned.window.start.until(planned.window.end) : undefined;
      const slot = nextAllowedSlot(calendar, to, release.type, length, {
        scope: { product: release.product, systems: release.systems },
      });
      if (slot.found) to = Temporal.Instant.from(slot.start);
    } catch (error) {
      // blackout-window reports a calendar that cannot be evaluated; the shifted day stands.
      if (!(error instanceof CalendarError)) throw error;
    }
  }
  return moveYaml(release, to, zone, policy.data.signoffs?.max_age_days);
}
