/**
 * Team calendars for tests, built from their entries instead of written out as YAML in each test:
 * the calendar file's text, and a policy on OctoAcme that names it.
 */
import { stringify } from 'yaml';
import type {
  BlackoutEntry,
  CalendarData,
  CodeFreeze,
  PlannedRelease,
} from '../../action/src/engine/calendar/index.ts';
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

/** OctoAcme's payments-api 2.4.0: a minor release after ledger 5.1.0, on Tuesday Dec 8 2026, 15:00–17:00. */
export const PAYMENTS_API_2_4_0: PlannedRelease = {
  product: 'payments-api',
  version: '2.4.0',
  type: 'minor',
  date: '2026-12-08T15:00:00-05:00',
  window_end: '2026-12-08T17:00:00-05:00',
  depends_on: [{ product: 'ledger', version: '5.1.0' }],
};

/** The code freeze of payments-api 2.4.0, two weeks before it. */
export const PAYMENTS_API_2_4_0_FREEZE: CodeFreeze = {
  id: 'payments-api-2-4-0',
  name: 'payments-api 2.4.0 code freeze',
  date: '2026-11-24',
  product: 'payments-api',
  release: '2.4.0',
};
