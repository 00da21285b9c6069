/**
 * Deployment (allow) windows: once the calendar gives a release type windows, a release of that
 * type must fit its whole deployment inside one occurrence. Blackouts still apply inside them: deny
 * beats allow (`nextAllowedSlot` looks for a slot that is both).
 */
import type { CalendarData, DeploymentWindowEntry, Enforcement, ReleaseType } from './types.ts';
import { compileCalendar } from './compiled.ts';
import { appliesTo, type ReleaseScope } from './scope.ts';
import { Temporal, isBefore, maxInstant } from './time.ts';

/** The deployment windows that allow `type` for this release; empty when the type may deploy any time. */
export function deploymentWindowsFor(
  calendar: CalendarData,
  type: ReleaseType,
  scope: ReleaseScope | undefined,
): DeploymentWindowEntry[] {
  return (calendar.deployment_windows ?? []).filter((w) => w.types.includes(type) && appliesTo(w, scope));
}

/** What the deployment windows say of a planned deployment `[from, to)`. */
export type DeploymentVerdict =
  | { applies: false }
  | {
      applies: true;
      /** Whether the whole deployment fits in one occurrence of one window. */
      inside: boolean;
      windows: DeploymentWindowEntry[];
      /** The hardest enforcement of the windows: `hard` when any is. */
      enforcement: Enforcement;
    };

const ONE_NANOSECOND = Temporal.Duration.from({ nanoseconds: 1 });

/** Whether `[from, to)` (the instant `from` when `to` is absent or not after it) fits one allowed occurrence. */
export function deploymentVerdict(
  calendar: CalendarData,
  from: Temporal.Instant,
  to: Temporal.Instant | undefined,
  type: ReleaseType,
  scope: ReleaseScope | undefined,
): DeploymentVerdict {
  const windows = deploymentWindowsFor(calendar, type, scope);
  if (windows.length === 0) return { applies: false };
  const end = to && isBefore(from, to) ? to : from;
  const enforcement: Enforcement = windows.some((w) => w.enforcement === 'hard') ? 'hard' : 'soft';
  return { applies: true, inside: fits(calendar, windows, from, end), windows, enforcement };
}

function fits(
  calendar: CalendarData,
  windows: readonly DeploymentWindowEntry[],
  from: Temporal.Instant,
  end: Temporal.Instant,
): boolean {
  const compiled = compileCalendar(calendar);
  return windows.some((w) =>
    compiled
      .occurrences(w, from, from.add(ONE_NANOSECOND))
      .some((o) => !isBefore(from, o.start) && Temporal.Instant.compare(end, o.end) <= 0),
  );
}

/** How far ahead one step of the search for the next allowed occurrence looks. */
const LOOKAHEAD_DAYS = 31;

/**
 * The first instant at or after `at` from which `length` (an instant when zero) fits inside one
 * occurrence of `windows`, before `limit`; `undefined` when none does.
 */
export function nextDeploymentStart(
  calendar: CalendarData,
  windows: readonly DeploymentWindowEntry[],
  at: Temporal.Instant,
  length: Temporal.Duration | undefined,
  limit: Temporal.Instant,
): Temporal.Instant | undefined {
  const compiled = compileCalendar(calendar);
  for (let from = at; isBefore(from, limit); from = from.add({ hours: 24 * LOOKAHEAD_DAYS })) {
    const to = from.add({ hours: 24 * LOOKAHEAD_DAYS });
    let best: Temporal.Instant | undefined;
    for (const w of windows) {
      for (const o of compiled.occurrences(w, from, to)) {
        const start = maxInstant(o.start, at);
        const end = length && length.sign > 0 ? start.add(length) : start;
        const room =
          length && length.sign > 0 ? Temporal.Instant.compare(end, o.end) <= 0 : isBefore(start, o.end);
        if (room && (!best || isBefore(start, best))) best = start;
      }
    }
    if (best) return isBefore(best, limit) ? best : undefined;
  }
  return undefined;
}
