/**
 * Team calendars for tests, built from their entries instead of written out as YAML in each test:
 * the calendar file's text, and a policy on OctoAcme that names it.
 */
import { stringify } from 'yaml';
import type { BlackoutEntry, CalendarData } from '../../action/src/engine/calendar/index.ts';
import type { LoadedPolicy } from '../../action/src/engine/policy.ts';
import { policyWith } from './rules.ts';

/** A calendar file's YAML: the entries given, in `timezone` (New York unless given). */
export function calendarYaml(calendar: Partial<CalendarData> = {}): string {
  return stringify({ timezone: 'America/New_York', ...calendar });
}

/**
 * A policy on OctoAcme (as `policyWith`, with `yaml` merged on top) whose calendar is a file of its
 * own with these entries.
 */
export function policyWithCalendar(calendar: Partial<CalendarData> = {}, yaml = ''): LoadedPolicy {
  return policyWith(`calendar: cal.yml\n${yaml}`, { 'cal.yml': calendarYaml(calendar) });
}

/** OctoAcme's weekend blackout: no deploys from Friday 15:00 to Monday 09:00, every week. */
export const WEEKEND: BlackoutEntry = {
  id: 'weekend',
  name: 'No weekend deploys',
  reason: 'Fewer people on hand.',
  start: '2026-01-02T15:00',
  end: '2026-01-05T09:00',
  rrule: 'FREQ=WEEKLY',
  blocks: ['patch', 'minor', 'major'],
  enforcement: 'hard',
};
