/**
 * The release calendar: blackouts, holidays, code freezes, maintenance windows and planned
 * releases, evaluated in their IANA zones. Pure: runs in Node, in the action bundle and in the
 * browser.
 */
import type { CalendarData } from './types.ts';
import { CalendarError } from './errors.ts';
import { toIcs, type IcsOptions } from './ics.ts';
import { renderUpcomingText } from './text.ts';
import { upcomingEvents } from './upcoming.ts';
import type { InstantInput } from './time.ts';
import type { Problem } from '../types/releases.ts';

export type * from './types.ts';
export { CalendarError } from './errors.ts';
export { collectedFrom } from './types.ts';
export {
  Temporal,
  checkZone,
  formatLocal,
  formatUtc,
  instantText,
  parseInstant,
  parseLocal,
  toInstant,
  wallToInstant,
  instantToWall,
  type InstantInput,
  type InstantText,
  type LocalValue,
} from './time.ts';
export {
  calendarOccurrences,
  codeFreezeOccurrences,
  compileEntry,
  expandEntry,
  holidayOccurrences,
  occurrenceId,
  releaseOccurrences,
  releaseWindow,
  testingOccurrences,
  testingWindowsOf,
  type CalendarOccurrence,
  type Occurrence,
  type OccurrenceKind,
  type WindowEntry,
} from './occurrences.ts';
export {
  blackoutsAt,
  blackoutsOverlapping,
  nextAllowedSlot,
  type BlockingWindow,
  type DurationInput,
  type NextAllowedSlot,
  type NextSlotOptions,
} from './blackouts.ts';
export {
  deploymentVerdict,
  deploymentWindowsFor,
  nextDeploymentStart,
  type DeploymentVerdict,
} from './deployment.ts';
export { appliesTo, isScoped, scopeText, sharedSystems, type ReleaseScope, type Scoped } from './scope.ts';
export {
  CALENDAR_LIMITS,
  calendarLimitProblems,
  compileCalendar,
  type CompiledCalendar,
} from './compiled.ts';
export { toIcs, type IcsOptions } from './ics.ts';
export { upcomingEvents, type UpcomingCalendar, type UpcomingEvent } from './upcoming.ts';

export type CalendarFormat = 'ics' | 'json' | 'text';

export const CALENDAR_FORMATS: readonly CalendarFormat[] = ['ics', 'json', 'text'];

export interface RenderCalendarOptions {
  /** Start of the listed range (json, text) and the feed's DTSTAMP unless `ics.dtstamp` says otherwise. */
  now: InstantInput;
  /** Length of the listed range in days (json, text). Default 90. */
  days?: number;
  ics?: Partial<IcsOptions>;
  /**
   * Problems listed by collected releases files (release.yml files of other repositories that could
   * not be read): the json format lists them under `problems`, the text format after the events.
   */
  problems?: readonly CalendarProblem[];
}

/** A release.yml a collected releases file could not read, where it is and why. */
export interface CalendarProblem extends Problem {
  /** The collected releases file that lists it. */
  file: string;
}

export const DEFAULT_PRODID = '-//OctoAcme//release-policy//EN';
export const DEFAULT_CALENDAR_NAME = 'OctoAcme release calendar';

/**
 * The calendar in one of the CLI's formats: `ics` (the whole calendar, recurrence carried natively),
 * `json` (`{ timezone, from, to, upcoming }` for the next `days`), `text` (the same, aligned).
 */
export function renderCalendar(
  format: CalendarFormat,
  calendar: CalendarData,
  options: RenderCalendarOptions,
): string {
  const days = options.days ?? 90;
  switch (format) {
    case 'ics':
      return toIcs(calendar, {
        prodId: DEFAULT_PRODID,
        calendarName: calendar.title ?? DEFAULT_CALENDAR_NAME,
        ...(calendar.description ? { description: calendar.description } : {}),
        dtstamp: options.now,
        ...options.ics,
      });
    case 'json': {
      const problems = options.problems ? { problems: options.problems } : {};
      return JSON.stringify({ ...upcomingEvents(calendar, options.now, days), ...problems }, null, 2) + '\n';
    }
    case 'text':
      return (
        renderUpcomingText(upcomingEvents(calendar, options.now, days), days) +
        problemsText(options.problems ?? [])
      );
    default:
      throw new CalendarError(`unknown calendar format "${String(format)}"; use ics, json or text`);
  }
}

/** The collected files' problems, compiler-style, each on the repository file at fault. */
function problemsText(problems: readonly CalendarProblem[]): string {
  if (problems.length === 0) return '';
  const lines = problems.map((p) => {
    const pull = p.pull !== undefined ? ` (pull request #${p.pull})` : '';
    // A repository's own problem (its files could not be listed) has no file to point at.
    const place = p.path ? `${p.repo}/${p.path}:${p.line ?? 1}:${p.column ?? 1}` : p.repo;
    return `${place}: ${p.message} [${p.rule}]${pull}`;
  });
  const title = `Release files the collection could not read (${problems.length}, not drawn above):`;
  return `\n${title}\n${lines.join('\n')}\n`;
}
