/**
 * The calendar as it reaches the engine: YAML already parsed and validated against
 * `schemas/calendar.schema.json`, typed by the types generated from that schema.
 *
 * Local values (`start`, `end`, `exdates`, holiday and freeze dates) are wall-clock values in the
 * entry's zone: `YYYY-MM-DD` (midnight, whole days) or `YYYY-MM-DDTHH:MM`. Instants (`releases[].date`,
 * `window_end`) are RFC 3339 with an offset.
 */
import type { Calendar, PlannedRelease } from '../types/calendar.ts';

export type { ReleaseType, CodeFreeze, PlannedRelease } from '../types/calendar.ts';

export type CalendarData = Calendar;
/** A window in which releases of some types may not ship. `end` is exclusive. */
export type BlackoutEntry = NonNullable<Calendar['blackouts']>[number];
/** Who may pass a blackout in an emergency, and on what grounds. */
export type BlackoutException = NonNullable<BlackoutEntry['exception']>;
/** Whole days, all with the same effect, in `timezone` or the calendar's zone. */
export type Holidays = NonNullable<Calendar['holidays']>;
export type HolidayDate = Holidays['dates'][number];
/** A maintenance window: same time semantics as a blackout; it blocks nothing by itself. */
export type MaintenanceEntry = NonNullable<Calendar['maintenance']>[number];
/** A window in which releases of some types are allowed (deny beats allow: blackouts still apply). */
export type DeploymentWindowEntry = NonNullable<Calendar['deployment_windows']>[number];
/** The integration and acceptance testing of one planned release: it may not deploy before the end. */
export type TestingWindowEntry = NonNullable<Calendar['testing_windows']>[number];
export type ReleaseRef = NonNullable<PlannedReleaseOf['depends_on']>[number];
/** `hard` findings are errors, `soft` ones warnings. */
export type Enforcement = BlackoutEntry['enforcement'];

type PlannedReleaseOf = NonNullable<Calendar['releases']>[number];

/** Where a planned release added from a collected releases file was read (absent for the calendar's own). */
export interface CollectedFrom {
  /** The collected releases file, as reports name it. */
  file: string;
  repo: string;
  path: string;
  /** The release.yml on GitHub. */
  url: string;
  /** The open pull request that only proposes the release. */
  pull?: number;
}

/** A planned release as the calendar draws and exports it: its own, or one collected from a repository. */
export type CalendarRelease = PlannedRelease & { collected?: CollectedFrom };

/** The collected source of a planned release, if it was collected. */
export function collectedFrom(release: PlannedRelease): CollectedFrom | undefined {
  return (release as CalendarRelease).collected;
}
