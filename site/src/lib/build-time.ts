/**
 * The instant the site is built, which starts the calendar's range. `CALENDAR_FROM` (an RFC 3339
 * instant, or YYYY-MM for the first of that month in the calendar's zone) pins it, for
 * reproducible builds.
 */
import { Temporal } from '../../../action/src/engine/calendar/index.ts';

let cached: Temporal.Instant | undefined;

export function buildInstant(zone = 'America/New_York'): Temporal.Instant {
  if (cached) return cached;
  const pinned = process.env.CALENDAR_FROM;
  if (pinned && /^\d{4}-\d{2}$/.test(pinned)) {
    cached = Temporal.PlainDate.from(`${pinned}-01`).toZonedDateTime(zone).toInstant();
  } else if (pinned) {
    cached = Temporal.Instant.from(pinned);
  } else {
    cached = Temporal.Now.instant();
  }
  return cached;
}
