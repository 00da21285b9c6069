/**
 * A loaded policy as plain JSON, made by the build for each built-in policy so that a run does not
 * parse and validate the policy, the calendar and the notes templates again: `policySnapshot` is
 * what the full loader (`loadPolicy`) produced, and `restorePolicy` turns it back into the same
 * `LoadedPolicy`. The snapshot is used only while the files it was built from still hash to the
 * same SHA-256; otherwise the caller loads the policy the full way. The collected releases file a
 * policy names is data refreshed daily, not policy: a new collection never makes the snapshot
 * stale. The snapshot keeps the releases the build checked, by their SHA-256, as a cache: a run
 * whose file still hashes to it takes them as they are (checking them costs a one-off check a
 * tenth of its time), and any other file is loaded as the full loader loads it. `build --check`
 * leaves the cache out of its comparison (see `withoutReleasesCache`).
 */
import { type TemplateDigest, templateDigests, useTemplateDigests } from '../rules/notes-template.ts';
import { compileCalendar, intervalTable, type IntervalTable } from './calendar/compiled.ts';
import { checkZone } from './calendar/time.ts';
import type { CalendarData } from './calendar/types.ts';
import { useZoneOffsets, zoneOffsets, type ZoneOffsets } from './calendar/zone-offsets.ts';
import { hostSha256 } from './host-hash.ts';
import type { Host } from './host.ts';
import type { LoadedPolicy } from './policy.ts';
import { type LoadedReleases, loadReleases } from './releases.ts';

/** Changes whenever the snapshot's form does, so an older file is never read as a newer one. */
export const SNAPSHOT_FORMAT = 3;

/**
 * The range whose calendar occurrences a snapshot holds, epoch ms: 2024-01-01 to 2032-01-01 (UTC).
 * Questions outside it (a release years away, a long next-slot search) are answered the full way.
 * The zones' offset tables cover the same range.
 */
export const TABLE_RANGE = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2032, 0, 1) } as const;

export interface PolicySnapshot {
  format: number;
  /** The loaded policy, its calendar without the compiled part (compiled again on restore). */
  policy: Omit<LoadedPolicy, 'calendar' | 'releases'> & {
    calendar?: Omit<NonNullable<LoadedPolicy['calendar']>, 'compiled'> & { table: IntervalTable };
  };
  /** The collected releases file the policy names, and what the build read in it (a cache). */
  releases?: { file: string; checked?: Omit<LoadedReleases, 'file'> };
  /** The notes templates, digested (sections, placeholders, title). */
  templates: Record<string, TemplateDigest>;
  /** The UTC offsets over `TABLE_RANGE` of every zone the calendar names, by the zone's id. */
  zones: Record<string, ZoneOffsets>;
}

export function policySnapshot(policy: LoadedPolicy): PolicySnapshot {
  const { calendar, releases, ...rest } = policy;
  return {
    format: SNAPSHOT_FORMAT,
    ...(releases
      ? { releases: { file: releases.file, checked: { sha256: releases.sha256, data: releases.data } } }
      : {}),
    policy: {
      ...rest,
      ...(calendar
        ? {
            calendar: {
              file: calendar.file,
              data: calendar.data,
              table: intervalTable(calendar.data, TABLE_RANGE.from, TABLE_RANGE.to),
            },
          }
        : {}),
    },
    templates: templateDigests(policy),
    zones: Object.fromEntries(
      calendarZones(calendar?.data).map((zone) => [
        zone,
        zoneOffsets(zone, TABLE_RANGE.from, TABLE_RANGE.to),
      ]),
    ),
  };
}

/** The ids of the zones a calendar names (its own and any entry's), sorted. */
function calendarZones(data: CalendarData | undefined): string[] {
  if (!data) return [];
  const zones = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'timezone' && typeof inner === 'string') zones.add(checkZone(inner));
        else visit(inner);
      }
    }
  };
  visit(data);
  return [...zones].sort();
}

/**
 * The policy a snapshot holds, when its files (read through `host`, by the names in `files`) are
 * still what it was built from and the collected releases file it names loads; otherwise undefined.
 * Restoring also hands its zones' offset tables to `calendar/time.ts`, for the rest of the process:
 * they are what Temporal answers for those zones.
 */
export function restorePolicy(snapshot: PolicySnapshot, host: Host): LoadedPolicy | undefined {
  if (snapshot.format !== SNAPSHOT_FORMAT) return undefined;
  const bytes: Uint8Array[] = [];
  for (const file of snapshot.policy.files) {
    const read = host.read(file);
    if (!read.ok) return undefined;
    bytes.push(read.bytes);
  }
  if (hostSha256(host, ...bytes) !== snapshot.policy.sha256) return undefined;
  const releases = snapshot.releases && restoreReleases(snapshot.releases, host);
  // A collected releases file that is missing or broken: the full loader reports it at its place.
  if (releases === false) return undefined;
  useZoneOffsets(snapshot.zones);
  const { calendar, ...rest } = snapshot.policy;
  const policy: LoadedPolicy = {
    ...rest,
    calendar: calendar
      ? {
          file: calendar.file,
          data: calendar.data,
          compiled: compileCalendar(calendar.data, { table: calendar.table }),
        }
      : undefined,
    ...(releases ? { releases } : {}),
  };
  useTemplateDigests(policy, snapshot.templates);
  return policy;
}

/** The collected releases: the build's reading while the file is unchanged, else read now; false when they do not load. */
function restoreReleases(
  releases: NonNullable<PolicySnapshot['releases']>,
  host: Host,
): LoadedReleases | false {
  const { file, checked } = releases;
  if (checked) {
    const read = host.read(file);
    if (read.ok && hostSha256(host, read.bytes) === checked.sha256) return { file, ...checked };
  }
  const loaded = loadReleases(host, file);
  return loaded.ok && loaded.releases;
}

/**
 * A snapshot's text without the releases the build checked: the part `build --check` compares. The
 * cache follows the collected file, which changes daily and may be edited by hand; a stale cache
 * only costs a run the check of the file, and `npm run build` refreshes it.
 */
export function withoutReleasesCache(text: string): string {
  const snapshot = JSON.parse(text) as PolicySnapshot;
  if (snapshot.releases) delete snapshot.releases.checked;
  return JSON.stringify(snapshot);
}
