import { describe, expect, it } from 'vitest';
import { places, policyWith, runRule } from '../../../test/helpers/rules.ts';
import { policyWithCalendar } from '../../../test/helpers/calendar.ts';
import { signoffStale } from './signoff-stale.ts';

const release = (signoff: string, date = '2026-12-08T15:00:00-05:00') => `product: pay
version: '2.4.0'
type: minor
date: ${date}
signoffs:
  - { role: tech-lead, by: '@carol', date: '2026-12-01' }
  - ${signoff}
`;

const DEC_4 = '2026-12-04T12:00:00-05:00';
const AFTER_RELEASE = '2026-12-10T12:00:00-05:00';
const patient = policyWith('signoffs:\n  max_age_days: 60\n');
const strict = policyWith('signoffs:\n  max_age_days: 7\n');

describe('signoff-stale', () => {
  describe('deploy mode: the age at the deploy', () => {
    // Signed 30 days before the planned date: fresh for the plan, 42 days old on a deploy 12 days late.
    const signed = release("{ role: qa, by: '@bob', date: '2026-11-08' }");

    it('passes a deploy on the planned date', () => {
      const now = '2026-12-08T15:00:00-05:00';
      expect(runRule(signoffStale, { release: signed, mode: 'deploy', now })).toEqual([]);
    });

    it('passes a sign-off renewed after the planned date, before a late deploy', () => {
      const now = '2026-12-20T10:00:00-05:00';
      const renewed = release("{ role: qa, by: '@bob', date: '2026-12-19' }");
      expect(runRule(signoffStale, { release: renewed, mode: 'deploy', now })).toEqual([]);
    });

    it('fails sign-offs 42 days old at the deploy, with a 30-day maximum', () => {
      const now = '2026-12-20T10:00:00-05:00';
      const findings = runRule(signoffStale, { release: signed, mode: 'deploy', now });
      expect(places(findings)).toEqual([
        '7:35 error sign-off date "2026-11-08" is 42 days before the deploy (now, 2026-12-20), 12 over the 30-day maximum',
      ]);
      expect(findings[0]!.hint).toBe(
        'Ask @bob to sign off 2.4.0 again (between 2026-11-20 and 2026-12-20), then write:\n- { role: qa, by: "@bob", date: "2026-12-20" }',
      );
    });

    it('measures the same sign-off from the planned date in plan mode', () => {
      expect(runRule(signoffStale, { release: signed, now: '2026-12-20T10:00:00-05:00' })).toEqual([]);
    });
  });

  it.each([
    ['a week before the release', "{ role: qa, by: '@bob', date: '2026-12-01' }", DEC_4, undefined],
    [
      'for this version, said explicitly',
      "{ role: qa, by: '@bob', date: '2026-12-01', version: '2.4.0' }",
      DEC_4,
      undefined,
    ],
    ['exactly the maximum age (30 days)', "{ role: qa, by: '@bob', date: '2026-11-08' }", DEC_4, undefined],
    [
      'today, as a whole day, when now is its noon',
      "{ role: qa, by: '@bob', date: '2026-12-04' }",
      DEC_4,
      undefined,
    ],
    [
      'on the release day itself (a whole day)',
      "{ role: qa, by: '@bob', date: '2026-12-08' }",
      AFTER_RELEASE,
      undefined,
    ],
    [
      'an hour before the release',
      "{ role: qa, by: '@bob', date: '2026-12-08T14:00:00-05:00' }",
      AFTER_RELEASE,
      undefined,
    ],
    [
      '45 days old under a team policy allowing 60',
      "{ role: qa, by: '@bob', date: '2026-10-24' }",
      DEC_4,
      patient,
    ],
  ])('passes: %s', (_name, signoff, now, policy) => {
    expect(runRule(signoffStale, { release: release(signoff), now, ...(policy ? { policy } : {}) })).toEqual(
      [],
    );
  });

  it('reads days in the zone of the policy’s calendar', () => {
    // 15:00 in New York on Dec 8 is 05:00 on Dec 9 in Tokyo: a sign-off dated Dec 9 is after the
    // release for a New York calendar, and on the release day for a Tokyo one.
    const text = release("{ role: qa, by: '@bob', date: '2026-12-09' }");
    const tokyo = policyWithCalendar({ timezone: 'Asia/Tokyo' });
    expect(places(runRule(signoffStale, { release: text, now: AFTER_RELEASE }))).toEqual([
      '7:35 error sign-off date "2026-12-09" is 1 day after the release date (2026-12-08T15:00:00-05:00)',
    ]);
    expect(runRule(signoffStale, { release: text, now: AFTER_RELEASE, policy: tokyo })).toEqual([]);
  });

  it('reads a date alone as a day of the calendar zone, not of the release’s offset', () => {
    // 23:30 in Los Angeles is 02:30 the next day in New York: a sign-off dated that next day is not after it.
    const late = release("{ role: qa, by: '@bob', date: '2026-12-09' }", '2026-12-08T23:30:00-08:00');
    expect(runRule(signoffStale, { release: late, now: '2026-12-09T12:00:00-05:00' })).toEqual([]);
  });

  it.each([
    [
      'for another version: on the version',
      "{ role: qa, by: '@bob', date: '2026-12-01', version: '2.3.0' }",
      DEC_4,
      undefined,
      ['7:58 error sign-off by @bob is for version "2.3.0", not "2.4.0"'],
    ],
    [
      'for another version and too old: one finding, the version',
      "{ role: qa, by: '@bob', date: '2026-01-01', version: '2.3.0' }",
      DEC_4,
      undefined,
      ['7:58 error sign-off by @bob is for version "2.3.0", not "2.4.0"'],
    ],
    [
      'the day after the release',
      "{ role: qa, by: '@bob', date: '2026-12-09' }",
      AFTER_RELEASE,
      undefined,
      ['7:35 error sign-off date "2026-12-09" is 1 day after the release date (2026-12-08T15:00:00-05:00)'],
    ],
    [
      'later on the release day',
      "{ role: qa, by: '@bob', date: '2026-12-08T17:30:00-05:00' }",
      AFTER_RELEASE,
      undefined,
      [
        '7:35 error sign-off date "2026-12-08T17:30:00-05:00" is 2 hours 30 minutes after the release date (2026-12-08T15:00:00-05:00)',
      ],
    ],
    [
      'after the release and in the future: the release',
      "{ role: qa, by: '@bob', date: '2026-12-12' }",
      DEC_4,
      undefined,
      ['7:35 error sign-off date "2026-12-12" is 4 days after the release date (2026-12-08T15:00:00-05:00)'],
    ],
    [
      'a day that has not started yet',
      "{ role: qa, by: '@bob', date: '2026-12-06' }",
      DEC_4,
      undefined,
      ['7:35 error sign-off date "2026-12-06" is 2 days in the future'],
    ],
    [
      'a time later today',
      "{ role: qa, by: '@bob', date: '2026-12-04T15:00:00-05:00' }",
      DEC_4,
      undefined,
      ['7:35 error sign-off date "2026-12-04T15:00:00-05:00" is 3 hours in the future'],
    ],
    [
      'one day older than the maximum',
      "{ role: qa, by: '@bob', date: '2026-11-07' }",
      DEC_4,
      undefined,
      ['7:35 error sign-off date "2026-11-07" is 31 days before the release date, 1 over the 30-day maximum'],
    ],
    [
      'a time in another offset that falls on an older day in the calendar zone',
      "{ role: qa, by: '@bob', date: '2026-11-08T03:00:00+01:00' }",
      DEC_4,
      undefined,
      [
        '7:35 error sign-off date "2026-11-08T03:00:00+01:00" is 31 days before the release date, 1 over the 30-day maximum',
      ],
    ],
    [
      'a team policy with a 7-day maximum (the 7-day-old sign-off passes)',
      "{ role: qa, by: '@bob', date: '2026-11-30' }",
      DEC_4,
      strict,
      ['7:35 error sign-off date "2026-11-30" is 8 days before the release date, 1 over the 7-day maximum'],
    ],
  ])('fails: %s', (_name, signoff, now, policy, expected) => {
    expect(
      places(runRule(signoffStale, { release: release(signoff), now, ...(policy ? { policy } : {}) })),
    ).toEqual(expected);
  });

  it('hints the line to write once the signer signs again, dated within the allowed days', () => {
    const [old] = runRule(signoffStale, { release: release("{ role: qa, by: '@bob', date: '2026-10-01' }") });
    expect(old!.hint).toBe(
      'Ask @bob to sign off 2.4.0 again (between 2026-11-08 and 2026-12-04), then write:\n- { role: qa, by: "@bob", date: "2026-12-04" }',
    );
    const [late] = runRule(signoffStale, {
      release: release("{ role: qa, by: '@bob', date: '2026-12-09' }"),
      now: AFTER_RELEASE,
    });
    expect(late!.hint).toBe(
      'Ask @bob to sign off 2.4.0 again (between 2026-11-08 and 2026-12-08), then write:\n- { role: qa, by: "@bob", date: "2026-12-08" }',
    );
  });
});
