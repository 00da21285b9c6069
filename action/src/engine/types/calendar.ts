// Generated from schemas/calendar.schema.json by scripts/gen-types.ts. Do not edit: run `npm run gen:types`.

/**
 * A wall-clock value in the entry’s zone: YYYY-MM-DD (that day at 00:00) or YYYY-MM-DDTHH:MM. No seconds and no offset: the zone gives the offset.
 */
export type LocalDateTime = string;
/**
 * The release types this window blocks.
 *
 * @minItems 1
 */
export type Blocks = [ReleaseType, ...ReleaseType[]];
/**
 * patch (1.2.3 → 1.2.4), minor (1.2.0 → 1.3.0) or major (1.0.0 → 2.0.0).
 */
export type ReleaseType = 'patch' | 'minor' | 'major';
/**
 * The release types that may pass (OctoAcme: patch).
 *
 * @minItems 1
 */
export type Blocks1 = [ReleaseType, ...ReleaseType[]];
/**
 * SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide’s incident severity levels.
 */
export type IncidentSeverity = 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';
/**
 * The id of a role defined under `roles` in the policy, such as release-manager, qa-lead or tech-lead. Written in lowercase with hyphens; the policy loader checks that the role exists.
 */
export type RoleId = string;
/**
 * Scope: the window blocks only releases of these products (with `systems` too: releases of these products or touching these systems). Leave out both for a window that blocks every release.
 *
 * @minItems 1
 */
export type Products = [Slug, ...Slug[]];
/**
 * Lowercase letters and digits, words joined by single hyphens, at most 64 characters.
 */
export type Slug = string;
/**
 * Scope: the window blocks only releases whose release.yml lists one of these systems under `systems` (with `products` too: or that are releases of those products). Leave out both for a window that blocks every release.
 *
 * @minItems 1
 */
export type Systems = [Slug, ...Slug[]];
/**
 * The release types blocked on a holiday.
 *
 * @minItems 1
 */
export type Blocks2 = [ReleaseType, ...ReleaseType[]];
/**
 * The release types this window allows. A type listed by no deployment window may deploy at any time that no blackout blocks.
 *
 * @minItems 1
 */
export type Blocks3 = [ReleaseType, ...ReleaseType[]];
/**
 * Scope: the window applies only to releases of these products (with `systems` too: or touching those systems). Leave out both for every release of the listed types.
 *
 * @minItems 1
 */
export type Products1 = [Slug, ...Slug[]];
/**
 * Scope: the window applies only to releases that list one of these systems (with `products` too: or are releases of those products).
 *
 * @minItems 1
 */
export type Systems1 = [Slug, ...Slug[]];
/**
 * Free text; it must not be empty or only whitespace.
 */
export type Text = string;
/**
 * Scope: the maintenance concerns releases of these products too, whatever systems they list.
 *
 * @minItems 1
 */
export type Products2 = [Slug, ...Slug[]];
/**
 * The systems (configuration items) the release changes, as its release.yml lists them: two releases touching the same system at overlapping times conflict.
 *
 * @minItems 1
 */
export type Systems2 = [Slug, ...Slug[]];

/**
 * The shared release calendar: blackout windows, holidays, code freezes, deployment (allow) windows, testing windows, maintenance windows and the planned releases of all teams, with their dependencies. Times are wall-clock times in an IANA time zone (never a fixed offset), so they stay right across daylight-saving changes; blackouts and maintenance windows repeat with RFC 5545 rules, the form an .ics feed carries natively. A wall-clock time that does not exist on a DST change moves forward; an ambiguous one takes its first occurrence.
 */
export interface Calendar {
  /**
   * The URL of this schema, for editors that read a `$schema` key rather than the `# yaml-language-server: $schema=…` comment. The checker ignores it.
   */
  $schema?: string;
  /**
   * The calendar’s name, shown on the site and as the name of the .ics feed.
   */
  title?: string;
  /**
   * What the calendar covers.
   */
  description?: string;
  /**
   * The calendar’s default IANA time zone: every wall-clock time and date in it is read in this zone unless its entry names another. Fixed offsets (-05:00, UTC+1, GMT-5, Etc/GMT+5) are refused; use UTC for UTC.
   */
  timezone: string;
  /**
   * Periods when releases are blocked (`blackout-window`), each with the release types it blocks, how hard, and who may pass it in an emergency.
   */
  blackouts?: Blackout[];
  /**
   * Public holidays: whole days on which the listed release types are blocked.
   */
  holidays?: {
    blocks: Blocks2;
    /**
     * hard: a release on a holiday is an error; soft: a warning.
     */
    enforcement: 'hard' | 'soft';
    exception?: BlackoutException1;
    /**
     * The zone the holiday dates are read in, if not the calendar’s.
     */
    timezone?: string;
    /**
     * The holidays, one whole day each (from 00:00 to 00:00 the next day in the zone).
     */
    dates: Holiday[];
  };
  /**
   * Code freeze dates, when release branches are cut, shown on the calendar.
   */
  code_freezes?: CodeFreeze[];
  /**
   * Periods in which releases are allowed, per release type (`blackout-window`): once a type has windows, a release of that type must fit its whole deployment window inside one of them. Deny beats allow: blackouts apply inside them too.
   */
  deployment_windows?: DeploymentWindow[];
  /**
   * Integration and acceptance testing of planned releases, shown on the calendar; a release planned before its testing window ends is a `lead-time` error.
   */
  testing_windows?: TestingWindow[];
  /**
   * Planned maintenance of shared systems. A release whose window overlaps one is reported by `release-conflict` (a warning) when it touches one of the window’s `systems` (release.yml `systems`), is a release of one of its `products`, or lists no systems at all (then nobody can tell).
   */
  maintenance?: MaintenanceWindow[];
  /**
   * The planned releases of all teams. `release-conflict` warns when a release overlaps another one, and reports a dependency planned after the release that needs it.
   */
  releases?: PlannedRelease[];
}
/**
 * A period when releases of the listed types are blocked. With `rrule` it repeats; without, it happens once.
 */
export interface Blackout {
  /**
   * A stable id, unique in the calendar: findings name it and the .ics feed derives its UID from it.
   */
  id: string;
  /**
   * The window’s name, as findings and the calendar show it.
   */
  name: string;
  /**
   * Why releases are blocked in this window.
   */
  reason: string;
  /**
   * The start of the first occurrence, in the zone: a date (from 00:00) or a date and time.
   */
  start: string;
  /**
   * The end of the first occurrence, exclusive: a date means 00:00 of that day, so `end: 2026-01-04` blocks up to the end of January 3. After `start`.
   */
  end: string;
  /**
   * The zone of `start`, `end` and `exdates`, if not the calendar’s.
   */
  timezone?: string;
  /**
   * An RFC 5545 RRULE value that repeats the window: `start` is the first occurrence (DTSTART) and every occurrence keeps the duration from `start` to `end`, in wall-clock time of the zone (across DST changes too). FREQ comes first; no DTSTART, no BYHOUR/BYMINUTE/BYSECOND: the time of day is the one in `start`.
   */
  rrule?: string;
  /**
   * Starts of occurrences of the window to skip (RFC 5545 EXDATE), written like `start`.
   */
  exdates?: LocalDateTime[];
  blocks: Blocks;
  /**
   * hard: a release in the window is an error; soft: a warning.
   */
  enforcement: 'hard' | 'soft';
  exception?: BlackoutException;
  products?: Products;
  systems?: Systems;
}
/**
 * Who may pass this window, and for which releases. Without it, the policy’s `exceptions.waivable.blackout-window` decides who may waive it.
 */
export interface BlackoutException {
  types: Blocks1;
  /**
   * The severities of the incident the release must fix (release.yml `incident.severity`). Leave out to use the policy’s `incidents.emergency`.
   *
   * @minItems 1
   */
  incident_severities?: [IncidentSeverity, ...IncidentSeverity[]];
  /**
   * The policy roles whose holders may approve the waiver.
   *
   * @minItems 1
   */
  approved_by: [RoleId, ...RoleId[]];
}
/**
 * Who may pass a holiday, and for which releases. Without it, the policy’s `exceptions.waivable.blackout-window` decides.
 */
export interface BlackoutException1 {
  types: Blocks1;
  /**
   * The severities of the incident the release must fix (release.yml `incident.severity`). Leave out to use the policy’s `incidents.emergency`.
   *
   * @minItems 1
   */
  incident_severities?: [IncidentSeverity, ...IncidentSeverity[]];
  /**
   * The policy roles whose holders may approve the waiver.
   *
   * @minItems 1
   */
  approved_by: [RoleId, ...RoleId[]];
}
/**
 * One holiday: a whole day.
 */
export interface Holiday {
  /**
   * The day (observed date when the holiday falls on a weekend).
   */
  date: string;
  /**
   * The holiday’s name.
   */
  name: string;
}
/**
 * A code freeze (branch cut) date, for one release, one product or everyone.
 */
export interface CodeFreeze {
  /**
   * Lowercase letters and digits, words joined by single hyphens, at most 64 characters.
   */
  id: string;
  /**
   * What is frozen, as the calendar shows it.
   */
  name: string;
  /**
   * The day the branch is cut, in the calendar’s zone.
   */
  date: string;
  /**
   * Lowercase letters and digits, words joined by single hyphens, at most 64 characters.
   */
  product?: string;
  /**
   * The version whose branch is cut.
   */
  release?: string;
}
/**
 * A period in which releases of the listed types are allowed. Once a release type has deployment windows (in scope for the release), a release of that type whose whole deployment window is not inside one occurrence is a `blackout-window` finding naming the next allowed window; blackouts still apply inside a deployment window (deny beats allow).
 */
export interface DeploymentWindow {
  /**
   * Lowercase letters and digits, words joined by single hyphens, at most 64 characters.
   */
  id: string;
  /**
   * The window’s name, as findings and the calendar show it.
   */
  name: string;
  /**
   * Why releases are allowed in this window, or who staffs it.
   */
  description?: string;
  types: Blocks3;
  /**
   * hard: a release outside every window of its type is an error; soft: a warning. With several windows for a type, the hardest decides.
   */
  enforcement: 'hard' | 'soft';
  /**
   * A wall-clock value in the entry’s zone: YYYY-MM-DD (that day at 00:00) or YYYY-MM-DDTHH:MM. No seconds and no offset: the zone gives the offset.
   */
  start: string;
  /**
   * A wall-clock value in the entry’s zone: YYYY-MM-DD (that day at 00:00) or YYYY-MM-DDTHH:MM. No seconds and no offset: the zone gives the offset.
   */
  end: string;
  /**
   * The zone of `start`, `end` and `exdates`, if not the calendar’s.
   */
  timezone?: string;
  /**
   * An RFC 5545 RRULE value that repeats the window, as for blackouts: `start` is the first occurrence and every occurrence keeps the wall-clock length from `start` to `end`.
   */
  rrule?: string;
  /**
   * Starts of occurrences of the window to skip (RFC 5545 EXDATE), written like `start`.
   */
  exdates?: LocalDateTime[];
  products?: Products1;
  systems?: Systems1;
}
/**
 * The integration and acceptance testing of one planned release. A release planned to deploy before its testing window ends is a `lead-time` error.
 */
export interface TestingWindow {
  /**
   * Lowercase letters and digits, words joined by single hyphens, at most 64 characters.
   */
  id: string;
  /**
   * What is tested, as the calendar shows it.
   */
  name: string;
  /**
   * What happens in the window: environments, test suites, who signs off.
   */
  description?: string;
  /**
   * Lowercase letters and digits, words joined by single hyphens, at most 64 characters.
   */
  product: string;
  /**
   * The version tested.
   */
  release: string;
  /**
   * A wall-clock value in the entry’s zone: YYYY-MM-DD (that day at 00:00) or YYYY-MM-DDTHH:MM. No seconds and no offset: the zone gives the offset.
   */
  start: string;
  /**
   * A wall-clock value in the entry’s zone: YYYY-MM-DD (that day at 00:00) or YYYY-MM-DDTHH:MM. No seconds and no offset: the zone gives the offset.
   */
  end: string;
}
/**
 * Planned maintenance of shared systems, once or repeating.
 */
export interface MaintenanceWindow {
  /**
   * Lowercase letters and digits, words joined by single hyphens, at most 64 characters.
   */
  id: string;
  /**
   * The window’s name.
   */
  name: string;
  /**
   * What happens in the window.
   */
  description?: string;
  /**
   * A wall-clock value in the entry’s zone: YYYY-MM-DD (that day at 00:00) or YYYY-MM-DDTHH:MM. No seconds and no offset: the zone gives the offset.
   */
  start: string;
  /**
   * A wall-clock value in the entry’s zone: YYYY-MM-DD (that day at 00:00) or YYYY-MM-DDTHH:MM. No seconds and no offset: the zone gives the offset.
   */
  end: string;
  /**
   * The zone of `start`, `end` and `exdates`, if not the calendar’s.
   */
  timezone?: string;
  /**
   * An RFC 5545 RRULE value that repeats the maintenance window: `start` is the first occurrence (DTSTART) and every occurrence keeps the duration from `start` to `end`, in wall-clock time of the zone (across DST changes too). FREQ comes first; no DTSTART, no BYHOUR/BYMINUTE/BYSECOND: the time of day is the one in `start`.
   */
  rrule?: string;
  /**
   * Starts of occurrences of the maintenance window to skip (RFC 5545 EXDATE), written like `start`.
   */
  exdates?: LocalDateTime[];
  /**
   * The systems under maintenance. A release whose release.yml lists one of them under `systems` and whose window overlaps the maintenance gets a `release-conflict` warning; a release that lists no systems is warned of every maintenance it overlaps, since nobody can tell what it touches.
   *
   * @minItems 1
   */
  systems: [Text, ...Text[]];
  products?: Products2;
}
/**
 * One team’s planned release, as its release.yml will say it.
 */
export interface PlannedRelease {
  /**
   * Lowercase letters and digits, words joined by single hyphens, at most 64 characters.
   */
  product: string;
  /**
   * The version released.
   */
  version: string;
  /**
   * patch (1.2.3 → 1.2.4), minor (1.2.0 → 1.3.0) or major (1.0.0 → 2.0.0).
   */
  type: 'patch' | 'minor' | 'major';
  /**
   * The planned start of the production deployment, RFC 3339 with its offset.
   */
  date: string;
  /**
   * When the deployment is planned to be finished (exclusive). Without it, the release is an instant.
   */
  window_end?: string;
  /**
   * GitHub handle of the release’s Release Manager.
   */
  manager?: string;
  /**
   * Releases of other products that must ship first.
   */
  depends_on?: Dependency[];
  systems?: Systems2;
}
/**
 * A release of another product, named as in the release calendar.
 */
export interface Dependency {
  /**
   * Lowercase letters and digits, words joined by single hyphens, at most 64 characters.
   */
  product: string;
  /**
   * The version of that product that must be in production first.
   */
  version: string;
}
