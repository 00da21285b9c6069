import { parseInstant, parseLocal, Temporal, wallToInstant } from './calendar/time.ts';
import type { LoadedPolicy } from './policy.ts';

/** The zone date-only values are read in: the policy calendar's, else UTC. */
export function policyZone(policy: LoadedPolicy): string {
  return policy.calendar?.data.timezone ?? 'UTC';
}

/**
 * The first instant a date or date-time value no longer covers: a date-only value (`2026-12-20`)
 * covers that whole day in `zone`, a date-time is the instant itself.
 */
export function endOf(value: string, zone: string): Temporal.Instant {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return wallToInstant(parseLocal(value).wall.add({ days: 1 }), zone);
  }
  return parseInstant(value);
}

/** The instant a date or date-time value starts: midnight in `zone` for a date-only value. */
export function startOf(value: string, zone: string): Temporal.Instant {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return wallToInstant(parseLocal(value).wall, zone);
  return parseInstant(value);
}
