/**
 * /calendar.ics: the release calendar as an iCalendar feed, written at build time by the engine's
 * `toIcs` from policies/octoacme/calendar.yml and the collected releases.json — the rules `blackout-window` enforces, recurrence
 * carried natively (RRULE, EXDATE, VTIMEZONE), as `release-policy calendar --format ics` prints it.
 */
import type { APIRoute } from 'astro';
import { renderCalendar } from '../../../action/src/engine/calendar/index.ts';
import { buildInstant } from '../lib/build-time.ts';
import { octoacmeCalendar } from '../lib/engine.ts';
import { absoluteUrl } from '../lib/url.ts';

export const GET: APIRoute = () => {
  const calendar = octoacmeCalendar();
  if (!calendar) throw new Error('the OctoAcme policy names no calendar');
  const ics = renderCalendar('ics', calendar, {
    now: buildInstant(calendar.timezone),
    ics: { url: absoluteUrl('calendar.ics') },
  });
  return new Response(ics, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
