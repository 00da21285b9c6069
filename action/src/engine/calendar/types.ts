/**
 * The calendar as it reaches the engine: YAML already parsed and validated against
 * `schemas/calendar.schema.json`. Plain interfaces kept in this one file so they can be replaced by
 * types generated from the schema.
 *
 * Local values (`start`, `end`, `exdates`, holiday and freeze dates) are wall-clock values in the
 * entry's zone: `YYYY-MM-DD` (midnight, whole days) or `YYYY-MM-DDTHH:MM`. Instants (`releases[].date`,
 * `window_end`) are RFC 3339 with an offset.
 */

export type ReleaseType = 'patch' | 'minor' | 'major';

/** `hard` findings are errors, `soft` ones warnings. */
export type Enforcement = 'hard' | 'soft';

/** Who may pass a blackout in an emergency, and on what grounds. */
export interface BlackoutException {
  types: ReleaseType[];
  /** The incident severities that may pass (SEV1 …); absent: the policy's emergency severities. */
  incident_severities?: string[];
  /** Policy role ids whose holders may approve the waiver. */
  approved_by: string[];
}

/** A window in which releases of some types may not ship. `end` is exclusive. */
export interface BlackoutEntry {
  id: string;
  name: string;
  reason: string;
  start: string;
  end: string;
  /** IANA zone; the calendar's zone when absent. */
  timezone?: string;
  /** RFC 5545 RRULE value without DTSTART; `start` is the first occurrence. */
  rrule?: string;
  /** Occurrence starts to skip, in the same form as `start`. */
  exdates?: string[];
  blocks: ReleaseType[];
  enforcement: Enforcement;
  exception?: BlackoutException;
}

export interface HolidayDate {
  date: string;
  name: string;
}

/** Whole days, all with the same effect, in `timezone` or the calendar's zone. */
export interface Holidays {
  blocks: ReleaseType[];
  enforcement: Enforcement;
  exception?: BlackoutException;
  timezone?: string;
  dates: HolidayDate[];
}

export interface CodeFreeze {
  id: string;
  name: string;
  date: string;
  product?: string;
  release?: string;
}

/** A maintenance window: same time semantics as a blackout; it blocks nothing by itself. */
export interface MaintenanceEntry {
  id: string;
  name: string;
  description?: string;
  start: string;
  end: string;
  timezone?: string;
  rrule?: string;
  exdates?: string[];
  systems: string[];
}

export interface ReleaseRef {
  product: string;
  version: string;
}

export interface PlannedRelease {
  product: string;
  version: string;
  type: ReleaseType;
  /** RFC 3339 with an offset. */
  date: string;
  /** RFC 3339 with an offset; the deploy window's exclusive end. */
  window_end?: string;
  manager?: string;
  depends_on?: ReleaseRef[];
}

export interface CalendarData {
  /** The feed's name. */
  title?: string;
  description?: string;
  /** IANA zone: the default for every entry. Fixed offsets are refused. */
  timezone: string;
  blackouts?: BlackoutEntry[];
  holidays?: Holidays;
  code_freezes?: CodeFreeze[];
  maintenance?: MaintenanceEntry[];
  releases?: PlannedRelease[];
}
