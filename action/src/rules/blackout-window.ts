import {
  blackoutsOverlapping,
  CalendarError,
  checkZone,
  deploymentVerdict,
  nextAllowedSlot,
  scopeText,
  sharedSystems,
  type DeploymentVerdict,
  parseInstant,
  Temporal,
  type BlockingWindow,
  type CalendarData,
} from '../engine/calendar/index.ts';
import {
  formatLocal,
  instantToDate,
  instantToWall,
  maxInstant,
  minInstant,
} from '../engine/calendar/time.ts';
import type { Report } from '../engine/finding.ts';
import type { Policy, Release } from '../engine/types/index.ts';
import { plannedWindow } from '../engine/planned-window.ts';
import { memo } from '../engine/memo.ts';
import type { RuleContext } from './context.ts';
import type { Rule } from './rule.ts';
import { endOf } from './lib/days.ts';
import { rolesNamedInRelease } from './lib/roles.ts';
import { grantProblems, type WaiverProblem } from './lib/waivers.ts';
import { typeByVersion } from './version-bump.ts';

const ID = 'blackout-window';

type Waiver = NonNullable<Release['exceptions']>[number];

// ---------------------------------------------------------------------------------------------
// How times read in messages (release-conflict and lead-time use these too).

/** `2026-12-21T15:00-05:00`: an instant in `zone` with its offset, to the minute when it has no seconds. */
export function localInstant(instant: Temporal.Instant, zone: string): string {
  return formatLocal(instant, zone, wholeMinute(instantToWall(instant, zone)) ? 'minute' : undefined);
}

function wall(instant: Temporal.Instant, zone: string): { date: string; time: string } {
  const z = instantToWall(instant, zone);
  return {
    date: z.toPlainDate().toString(),
    time: z.toPlainTime().toString(wholeMinute(z) ? { smallestUnit: 'minute' } : {}),
  };
}

function wholeMinute(z: Temporal.PlainDateTime): boolean {
  return z.second === 0 && z.millisecond === 0 && z.microsecond === 0 && z.nanosecond === 0;
}

/**
 * `2026-12-18 00:00 to 2027-01-04 00:00 America/New_York`: wall-clock times in the zone the window
 * is written in; the end's date is left out when it is the start's (`2026-12-05 02:00 to 06:00 …`),
 * and a window without an end is its start alone.
 */
export function localSpan(start: Temporal.Instant, end: Temporal.Instant | undefined, zone: string): string {
  return spanText(`${zone} ${start.epochNanoseconds} ${end?.epochNanoseconds ?? ''}`);
}

// Many releases of a run overlap the same plan or blackout, and each of their messages writes it.
const spanText = memo((key: string): string => {
  const [zone, from, to] = key.split(' ') as [string, string, string];
  const start = Temporal.Instant.fromEpochNanoseconds(BigInt(from));
  const a = wall(start, zone);
  if (to === '' || BigInt(to) === start.epochNanoseconds) return `${a.date} ${a.time} ${zone}`;
  const b = wall(Temporal.Instant.fromEpochNanoseconds(BigInt(to)), zone);
  return `${a.date} ${a.time} to ${b.date === a.date ? '' : `${b.date} `}${b.time} ${zone}`;
});

/**
 * The YAML that moves a release to start at `to`, keeping the planned window's length: `date`, and
 * `window` when release.yml has one. Then, as a sentence, what moving also asks: a notes title that
 * carries the old date, sign-offs the policy's maximum age no longer covers on the new day.
 */
export function moveYaml(release: Release, to: Temporal.Instant, zone: string, maxAgeDays?: number): string {
  const planned = plannedWindow(release);
  const at = (instant: Temporal.Instant) => formatLocal(instant, zone);
  const lines = [`date: ${at(to)}`];
  if (planned.ok && planned.window.end) {
    const end = at(to.add(planned.window.start.until(planned.window.end)));
    lines.push(
      release.window?.start !== undefined
        ? `window: { start: ${at(to)}, end: ${end} }`
        : `window: { end: ${end} }`,
    );
  }
  const then: string[] = [];
  if (release.date !== undefined && release.notes !== undefined)
    then.push('write the new date in the notes’ title');
  if (maxAgeDays !== undefined) {
    const oldest = instantToDate(to, zone).subtract({ days: maxAgeDays });
    const stale = (release.signoffs ?? []).filter(
      (s) => s.date !== undefined && s.date.slice(0, 10) < oldest.toString(),
    );
    if (stale.length > 0) {
      then.push(
        `ask ${orList([...new Set(stale.map((s) => s.by))]).replace(/ or /, ' and ')} to sign off again (sign-offs from before ${oldest.toString()} are too old for the new date)`,
      );
    }
  }
  return lines.join('\n') + (then.length > 0 ? `\nThen ${then.join(', and ')}.` : '');
}

/** `SEV1 or SEV2`, `a, b or c`. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

// ---------------------------------------------------------------------------------------------
// The emergency exception.

/** What `exceptionApplies` needs: the window, the release, the policy and when the check runs. */
export interface EmergencyInput {
  window: Pick<BlockingWindow, 'name' | 'exception'>;
  release: Release;
  /** The policy's data: its roles (aliases) and `incidents.emergency`. */
  policy: Policy;
  /** The instant of the check, RFC 3339: the waiver must not have expired. */
  now: string;
  /** The zone a date-only `expires` is read in (valid through that whole day): the calendar's. */
  zone: string;
  /** In plan mode, the planned start: the waiver must still be in force when the deployment begins. */
  deployAt?: Temporal.Instant;
  /** What every waiver must meet besides (its length, the policy's grant): see `grantProblems`. */
  waiverProblems?: (waiver: Waiver) => readonly WaiverProblem[];
}

/** Whether a blocking window's emergency exception lets this release through, and if not, why. */
export type EmergencyVerdict =
  | {
      applies: true;
      incident: { id: string; severity: string };
      /** The waiver in `exceptions` that carries the approval. */
      waiver: Waiver;
    }
  | {
      applies: false;
      /** The window admits no exception for this release type: no waiver can pass it. */
      admits: false;
      why: string;
    }
  | {
      applies: false;
      /** The window admits an exception for this type, but a condition is not met. */
      admits: true;
      /** What an exception needs, as a sentence: shown in hints and the job summary. */
      needs: string;
      /** Each unmet condition, short enough for a message. */
      missing: string[];
    };

/**
 * Decides whether the emergency exception of a blocking window applies to a release. It does when
 * all hold: the release type is among `exception.types`; `incident` has an id and a severity among
 * `exception.incident_severities` (absent: the policy's `incidents.emergency`); and `exceptions`
 * holds a `blackout-window` waiver with a reason, not expired at `now` (nor, in plan mode, by the
 * planned start), naming the release's incident if it names one, approved by someone who holds one
 * of `exception.approved_by`. Offline, release.yml itself says who holds a role: the `manager` is the
 * release-manager, a sign-off's `by` holds its role (aliases resolved). Pure.
 */
export function exceptionApplies(input: EmergencyInput): EmergencyVerdict {
  const { window, release, policy } = input;
  const exception = window.exception;
  if (!exception)
    return { applies: false, admits: false, why: `"${window.name}" admits no emergency exception` };
  if (!exception.types.includes(release.type)) {
    return {
      applies: false,
      admits: false,
      why: `"${window.name}" admits emergency exceptions only for ${orList(exception.types)} releases`,
    };
  }
  const severities: string[] = exception.incident_severities ?? policy.incidents?.emergency ?? [];
  const approvers: string[] = exception.approved_by;
  const needs =
    `"${window.name}" lets a ${release.type} release through as an emergency with an incident ` +
    `(incident: { id, severity }) of ${severities.length > 0 ? orList(severities) : 'a severity the policy lists (it lists none)'} ` +
    `and a ${ID} waiver in exceptions, with a reason, that has not expired, approved by a ${orList(approvers)} ` +
    '(offline: the release `manager` is the release-manager, and a sign-off’s `by` holds its role)';
  const missing: string[] = [];

  const incident = release.incident;
  if (!incident || !incident.id) missing.push('release.yml names no incident');
  else if (!severities.includes(incident.severity)) {
    missing.push(
      `incident ${incident.id} is ${incident.severity}, not ${severities.length > 0 ? orList(severities) : 'an emergency severity'}`,
    );
  }

  const waivers = (release.exceptions ?? []).filter((w) => w.rule === ID);
  if (waivers.length === 0) missing.push(`exceptions holds no ${ID} waiver`);
  let accepted: Waiver | undefined;
  const waiverProblems: string[] = [];
  for (const waiver of waivers) {
    const problems = waiverProblemsOf(waiver, input, approvers);
    if (problems.length === 0) {
      accepted = waiver;
      break;
    }
    const label = waivers.length > 1 ? `the waiver approved by ${waiver.approved_by}` : 'the waiver';
    waiverProblems.push(...problems.map((p) => p.replace(/^the waiver/, label)));
  }
  if (!accepted) missing.push(...waiverProblems);

  if (missing.length > 0 || !accepted || !incident) return { applies: false, admits: true, needs, missing };
  return { applies: true, incident: { id: incident.id, severity: incident.severity }, waiver: accepted };
}

/** What keeps one waiver from carrying the exception, each starting "the waiver". */
function waiverProblemsOf(waiver: Waiver, input: EmergencyInput, approvers: readonly string[]): string[] {
  const problems: string[] = [];
  if (waiver.reason.trim() === '') problems.push('the waiver gives no reason');
  let expires: Temporal.Instant | undefined;
  try {
    expires = endOf(waiver.expires, input.zone);
  } catch {
    problems.push(`the waiver expires on "${waiver.expires}", which is not a date that exists`);
  }
  if (expires && Temporal.Instant.compare(expires, parseInstant(input.now)) <= 0) {
    problems.push(`the waiver expired (${waiver.expires})`);
  } else if (expires && input.deployAt && Temporal.Instant.compare(expires, input.deployAt) <= 0) {
    problems.push(`the waiver expires (${waiver.expires}) before the planned start`);
  }
  const incident = input.release.incident;
  if (waiver.incident !== undefined && waiver.incident !== incident?.id) {
    problems.push(
      `the waiver names incident ${waiver.incident}, not ${incident ? incident.id : 'the release’s (it names none)'}`,
    );
  }
  const held = rolesNamedInRelease(input.release, input.policy, waiver.approved_by);
  const approved = approvers.some((role) => held.has(role));
  if (!approved) {
    // Offline, release.yml says who holds a role: `manager` is the release-manager, a sign-off's `by` its role.
    problems.push(
      `the waiver's approver ${waiver.approved_by} holds no ${orList(approvers)} role in release.yml`,
    );
  }
  for (const { key, message } of input.waiverProblems?.(waiver) ?? []) {
    if (key !== 'approved_by' || approved) problems.push(message);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The rule.

/** The planned deployment (plan mode) or the deploy from now (deploy mode) runs into no blackout or holiday. */
export const blackoutWindow: Rule<RuleContext> = {
  meta: {
    id: ID,
    title: 'No release in a blackout',
    description:
      'The planned deployment window (plan mode), or the deploy itself from now for the planned window’s length (`window.end` − `date`; deploy mode), overlaps no calendar blackout or holiday that blocks the release type, unless the blackout’s emergency exception applies; and, when the calendar gives the type deployment windows, it fits inside one of them (the window’s `enforcement` decides error or warning). Deny beats allow: the next allowed slot a finding names is inside a deployment window and clear of every blackout. A blackout or deployment window scoped with `products` or `systems` concerns only releases of those products or that list one of those systems in `systems`; an unscoped one concerns every release. Blackouts and their exceptions go by the type the version makes after `previous` when that is a bigger step than `type` says (1.9.0 after 1.8.1 is a minor release), so a waived `version-bump` cannot buy a patch’s emergency exception.',
    rationale:
      'The guide’s shared release calendar marks “holiday/blackout periods (no deploys)” (Release Planning › Release Calendar): the year-end freeze, weekends and Thanksgiving, when fewer people can respond to an incident. Checking only the planned date lets a late deploy slip in, so the deploy-time gate checks the clock as well, and the whole deployment: a two-hour deploy started at 14:30 on a Friday still runs into the weekend. Only a SEV1/SEV2 hotfix with a Release Manager’s approval may pass the year-end freeze.',
    guide: 'guide/planning/#release-calendar',
    fix: 'Move `date` (and `window`) to the next allowed slot the finding names: the hint gives the YAML, with the window kept as long as planned. The slot is the first instant no blackout or holiday of the type blocks, inside a deployment window when the type has them; without deployment windows, after a whole-day window (a holiday, the year-end freeze) it is the working day’s start the calendar implies (the latest morning end of its timed blackouts: 09:00 for OctoAcme, else 09:00), never midnight. A holiday inside a blackout that already blocks the release as hard (Thanksgiving Day in the Thanksgiving blackout, Christmas in the year-end freeze) is reported once, as the blackout. For an emergency hotfix in a blackout that admits one, add the incident (`incident: { id, severity }`) and a `blackout-window` waiver in `exceptions` approved by a Release Manager.',
    severity: 'error',
    waivable: true,
    examples: { pass: 'patch-emergency-in-freeze', fail: 'minor-in-year-end-freeze' },
  },
  check(context, report) {
    const calendar = context.policy.calendar;
    if (!calendar) return;
    const data = calendar.data as CalendarData;
    const { yaml } = context;
    // A date that does not exist is the schema's finding; the engine leaves it out.
    if (context.release.date === undefined) return;
    // Blackouts and their exceptions go by the type the version makes, not a label that says less.
    const byVersion = typeByVersion(context.release);
    const release = byVersion.step ? { ...context.release, type: byVersion.step } : context.release;
    const relabelled = byVersion.step
      ? ` (version ${release.version} after ${release.previous} makes it a ${byVersion.step} release, whatever type says)`
      : '';

    const planned = plannedWindow(release);
    if (!planned.ok) {
      report({ ...yaml.locate(planned.path), message: planned.message });
      return;
    }
    const { start, end } = planned.window;
    const length = end ? start.until(end) : undefined;
    const deploy = context.mode === 'deploy';

    let zone: string;
    let at: Temporal.Instant;
    let until: Temporal.Instant | undefined;
    let windows: BlockingWindow[];
    let allowed: DeploymentVerdict;
    let slot: string;
    let nextSlot: string | undefined;
    let nextAt: Temporal.Instant | undefined;
    // Windows scoped to products or systems concern this release only when they name its own.
    const scope = { product: release.product, systems: release.systems };
    try {
      zone = checkZone(data.timezone, 'timezone');
      at = deploy ? parseInstant(context.now) : start;
      // A deploy runs from now for as long as the planned window: all of it must be clear.
      until = deploy ? (length ? at.add(length) : undefined) : end;
      windows = blackoutsOverlapping(data, at, until, release.type, scope);
      allowed = deploymentVerdict(data, at, until, release.type, scope);
      if (windows.length === 0 && (!allowed.applies || allowed.inside)) return;
      const next = nextAllowedSlot(data, at, release.type, length, { scope });
      if (next.found) {
        nextAt = Temporal.Instant.from(next.start);
        nextSlot = localInstant(nextAt, zone);
        slot = `next allowed slot: ${nextSlot}`;
      } else {
        slot = next.message;
      }
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      report({ file: calendar.file, message: `the calendar cannot be evaluated: ${error.message}` });
      return;
    }

    const place = deploy ? yaml.locate(['date'], 'key') : yaml.locate(planned.window.startPath);
    const hasWaiver = (release.exceptions ?? []).some((w) => w.rule === ID);
    const grant = context.policy.data.exceptions?.waivable?.[ID];

    const judged = windows.map((window) => ({
      window,
      verdict: exceptionApplies({
        window,
        release,
        policy: context.policy.data,
        now: context.now,
        zone,
        ...(deploy ? {} : { deployAt: start }),
        waiverProblems: (waiver) => grantProblems(waiver, { ...context, zone }),
      }),
    }));
    for (const { window, verdict } of withoutRepeats(judged, at, until)) {
      const blocked = Temporal.Instant.from(window.start);
      const falls = window.kind === 'holiday' ? 'falls on' : 'falls in';
      const subject =
        until !== undefined && Temporal.Instant.compare(at, blocked) < 0
          ? deploy
            ? `the deploy from now (${localInstant(at, zone)}, deploy mode) to ${localInstant(until, zone)} (the planned window's length) runs into`
            : `the window ${localInstant(at, zone)} to ${localInstant(until, zone)} runs into`
          : deploy
            ? `now (${localInstant(at, zone)}, deploy mode) ${falls}`
            : `${localInstant(at, zone)} ${falls}`;
      const what =
        window.kind === 'holiday'
          ? `the holiday "${window.name}" (${wall(blocked, window.timezone).date} ${window.timezone})`
          : `"${window.name}" (${localSpan(blocked, Temporal.Instant.from(window.end), window.timezone)})${scopedFor(window, release)}`;
      const severity = window.enforcement === 'hard' ? 'error' : 'warning';

      if (verdict.applies) {
        const { waiver, incident } = verdict;
        // Reported waived, so that reports and the audit show the exception and its waiver counts as used.
        report({
          ...place,
          severity,
          message: `${subject} ${what}; passes as an emergency: ${incident.severity} incident ${incident.id}`,
          waived: { approvedBy: waiver.approved_by, reason: waiver.reason, expires: waiver.expires },
        });
        continue;
      }

      const moveTo =
        nextSlot && !deploy
          ? moveYaml(context.release, nextAt!, zone, context.policy.data.signoffs?.max_age_days)
          : undefined;
      const move = `Move the ${deploy ? 'deploy' : 'release'} ${nextSlot ? `to ${nextSlot} or later` : 'out of the blackout'}`;
      const finding: Report = { ...place, severity, message: `${subject} ${what}${relabelled}; ${slot}` };
      if (verdict.admits) {
        // Only the window's own exception can pass it: no general waiver may cover the finding.
        finding.waivable = false;
        const [first, ...more] = verdict.missing;
        finding.waiverRefused = verdict.missing.join('; ');
        if (hasWaiver)
          finding.message += `; waiver not applied: ${first}${more.length > 0 ? ` (and ${more.length} more)` : ''}`;
        finding.hint =
          (moveTo ? `Move the release to the next allowed slot:\n${moveTo}\nOr` : `${move}, or`) +
          ` ship it as an emergency: ${verdict.needs}.\nMissing: ${verdict.missing.join('; ')}.` +
          (hasWaiver ? '' : `\n${emergencyYaml(release, at, zone)}`);
      } else if (window.exception) {
        finding.waivable = false;
        finding.waiverRefused = verdict.why;
        if (hasWaiver) finding.message += `; waiver not applied: ${verdict.why}`;
        finding.hint = moveTo
          ? `${verdict.why}, so no waiver can pass this ${release.type} release. Move it to the next allowed slot:\n${moveTo}`
          : `${move}: ${verdict.why}, so no waiver can pass this ${release.type} release.`;
      } else {
        // A window without an exception of its own: the policy's general waiver may cover it.
        const waiver = grant
          ? `; a ${ID} waiver in exceptions approved by a ${orList(grant.granted_by)} can cover this finding.`
          : '.';
        finding.hint = moveTo
          ? `${verdict.why}${waiver} Move the release to the next allowed slot:\n${moveTo}`
          : `${move}. ${verdict.why}${waiver}`;
      }
      report(finding);
    }

    if (allowed.applies && !allowed.inside) {
      const subject =
        until !== undefined
          ? deploy
            ? `the deploy from now (${localInstant(at, zone)}, deploy mode) to ${localInstant(until, zone)} (the planned window's length)`
            : `the window ${localInstant(at, zone)} to ${localInstant(until, zone)}`
          : deploy
            ? `now (${localInstant(at, zone)}, deploy mode)`
            : localInstant(at, zone);
      const names = orList(allowed.windows.map((w) => `"${w.name}"`));
      const described = allowed.windows.map((w) => `${w.name}: ${deploymentText(w, zone)}`).join('; ');
      const move = nextAt
        ? deploy
          ? `Deploy at ${nextSlot} or later`
          : `Move the release to the next allowed slot:\n${slotYaml(release, nextAt, length, zone)}`
        : 'Move the release inside a deployment window';
      report({
        ...place,
        severity: allowed.enforcement === 'hard' ? 'error' : 'warning',
        message: `${subject} is not inside a deployment window for ${release.type} releases (${names})${relabelled}; ${slot}`,
        // What the windows are comes first: the YAML to paste ends the hint.
        hint:
          `${release.type} releases deploy inside ${described}; blackouts apply there too.` +
          (grant
            ? ` A ${ID} waiver in exceptions approved by a ${orList(grant.granted_by)} can cover this finding.`
            : '') +
          `\n${move}`,
      });
    }
  },
};

/**
 * One period is reported once: a holiday whose part in the planned window lies inside a blackout
 * that blocks the release at least as hard (Thanksgiving Day inside the Thanksgiving blackout,
 * Christmas inside the year-end freeze) is not repeated as a warning of its own. A blackout passed
 * as an emergency blocks nothing, so the holidays inside it are still reported.
 */
function withoutRepeats<T extends { window: BlockingWindow; verdict: EmergencyVerdict }>(
  judged: readonly T[],
  at: Temporal.Instant,
  until: Temporal.Instant | undefined,
): T[] {
  const hardness = (w: BlockingWindow) => (w.enforcement === 'hard' ? 2 : 1);
  const blocking = judged.filter((j) => j.window.kind === 'blackout' && !j.verdict.applies);
  return judged.filter(({ window }) => {
    if (window.kind !== 'holiday') return true;
    // The holiday's part in the planned window [at, until), or the instant `at`.
    const from = maxInstant(Temporal.Instant.from(window.start), at);
    const to = until ? minInstant(Temporal.Instant.from(window.end), until) : from;
    return !blocking.some(
      ({ window: b }) =>
        hardness(b) >= hardness(window) &&
        Temporal.Instant.compare(Temporal.Instant.from(b.start), from) <= 0 &&
        Temporal.Instant.compare(to, Temporal.Instant.from(b.end)) <= 0 &&
        (until !== undefined || Temporal.Instant.compare(from, Temporal.Instant.from(b.end)) < 0),
    );
  });
}

/** `, for releases touching ledger-db`: why a scoped window concerns this release; '' for an unscoped one. */
function scopedFor(window: Pick<BlockingWindow, 'products' | 'systems'>, release: Release): string {
  const parts: string[] = [];
  if (window.products?.includes(release.product)) parts.push(`${release.product} releases`);
  const touched = sharedSystems(window.systems, release.systems);
  if (touched.length > 0) parts.push(`releases touching ${orList(touched)}`);
  return parts.length > 0 ? `, which covers ${parts.join(' and ')}` : '';
}

/** `08:00 to 18:00 America/New_York, FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR (only products: …)`: a window as written. */
function deploymentText(
  w: {
    start: string;
    end: string;
    rrule?: string;
    timezone?: string;
    products?: string[];
    systems?: string[];
  },
  zone: string,
): string {
  const time = (v: string) => (v.includes('T') ? v.slice(11) : `${v} 00:00`);
  const sameDay = w.start.slice(0, 10) === w.end.slice(0, 10);
  const span = sameDay ? `${time(w.start)} to ${time(w.end)}` : `${w.start} to ${w.end}`;
  const scope = scopeText(w);
  return `${span} ${w.timezone ?? zone}${w.rrule ? `, repeating ${w.rrule}` : ''}${scope ? ` (only ${scope})` : ''}`;
}

/** `date:` (and `window: { end }` for a release with a window) at the slot, to paste into release.yml. */
export function slotYaml(
  release: Release,
  at: Temporal.Instant,
  length: Temporal.Duration | undefined,
  zone: string,
): string {
  const text = (i: Temporal.Instant) => formatLocal(i, zone, 'second');
  const lines = [`date: ${text(at)}`];
  if (length && release.window) {
    lines.push(
      release.window.start !== undefined
        ? `window: { start: ${text(at)}, end: ${text(at.add(length))} }`
        : `window: { end: ${text(at.add(length))} }`,
    );
  }
  // Moving the date moves the date in the notes' title too.
  return (
    lines.join('\n') + (release.notes === undefined ? '' : '\nThen write the new date in the notes’ title.')
  );
}

/** The YAML an emergency needs, to paste: an incident, and a waiver valid through the day of the deploy. */
function emergencyYaml(release: Release, at: Temporal.Instant, zone: string): string {
  const day = instantToDate(at, zone).toString();
  const manager = release.manager ?? '@release-manager';
  const incident = release.incident ? '' : 'incident: { id: INC-1234, severity: SEV1 }\n';
  return `${incident}exceptions:\n  - { rule: ${ID}, reason: "…", approved_by: "${manager}", expires: ${day} }`;
}
