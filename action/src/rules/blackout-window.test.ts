import { describe, expect, it } from 'vitest';
import { octoacmePolicy, places, policyWith, runRule } from '../../../test/helpers/rules.ts';
import { policyWithCalendar } from '../../../test/helpers/calendar.ts';
import { parseInstant, type BlackoutEntry, type BlackoutException } from '../engine/calendar/index.ts';
import type { LoadedPolicy } from '../engine/policy.ts';
import type { Release } from '../engine/types/index.ts';
import { plannedWindow } from '../engine/planned-window.ts';
import { blackoutWindow, exceptionApplies, localSpan } from './blackout-window.ts';

const VERSION_OF: Record<string, string> = { patch: '1.0.1', minor: '1.1.0', major: '2.0.0' };

/** release.yml with `date` on line 5 (column 7) and, when given, `window` on line 6; the version its type makes. */
function release(type: string, date: string, end?: string, extra = ''): string {
  return [
    'product: pay',
    `version: '${VERSION_OF[type] ?? '1.1.0'}'`,
    "previous: '1.0.0'",
    `type: ${type}`,
    `date: ${date}`,
    ...(end ? [`window: { end: ${end} }`] : []),
    "manager: '@dana'",
    extra,
  ].join('\n');
}

/** A SEV1 hotfix in the year-end freeze, its waiver approved by the release manager (@dana). */
function emergency(
  over: { severity?: string; approver?: string; expires?: string; type?: string } = {},
): string {
  return release(
    over.type ?? 'patch',
    '2026-12-23T10:00:00-05:00',
    '2026-12-23T11:00:00-05:00',
    [
      `incident: { id: INC-5188, severity: ${over.severity ?? 'SEV1'} }`,
      'signoffs:',
      "  - { role: tech-lead, by: '@nora', date: '2026-12-23' }",
      'exceptions:',
      `  - { rule: blackout-window, reason: 'SEV1: card payments failing', approved_by: '${over.approver ?? '@dana'}', expires: '${over.expires ?? '2026-12-24'}' }`,
      '',
    ].join('\n'),
  );
}

/** A team's soft blackout that patch and minor releases may pass in an emergency. */
const LAUNCH_WEEK: BlackoutEntry = {
  id: 'launch',
  name: 'Launch week',
  reason: 'Marketing launch.',
  start: '2026-06-01',
  end: '2026-06-06',
  blocks: ['patch', 'minor', 'major'],
  enforcement: 'soft',
  exception: { types: ['patch', 'minor'], approved_by: ['release-manager'] },
};

const NOW_BEFORE_FREEZE = '2026-12-22T09:00:00-05:00';
const FREEZE = '"Year-end freeze" (2026-12-18 00:00 to 2027-01-04 00:00 America/New_York)';

describe('blackout-window', () => {
  describe('plan mode: the planned window [date, window.end)', () => {
    it.each([
      [
        'a minor on a Tuesday afternoon',
        release('minor', '2026-12-08T15:00:00-05:00', '2026-12-08T17:00:00-05:00'),
      ],
      [
        'a window that ends exactly when the weekend starts (exclusive end)',
        release('minor', '2026-03-06T13:00:00-05:00', '2026-03-06T15:00:00-05:00'),
      ],
      [
        'a release at exactly the end of the weekend, after spring-forward (09:00 EDT)',
        release('minor', '2026-03-09T09:00:00-04:00'),
      ],
      [
        'the same instant written in UTC (13:00Z is 09:00 EDT, not 08:00 EST)',
        release('minor', '2026-03-09T13:00:00Z'),
      ],
      [
        'a Monday 09:00 after fall-back, in UTC (14:00Z is 09:00 EST)',
        release('minor', '2026-11-02T14:00:00Z'),
      ],
      [
        'a Friday 14:00 before fall-back weekend, in UTC (18:00Z is 14:00 EDT)',
        release('minor', '2026-10-30T18:00:00Z', '2026-10-30T19:00:00Z'),
      ],
      [
        'a minor at exactly the end of the year-end freeze and its weekend',
        release('minor', '2027-01-04T09:00:00-05:00', '2027-01-04T11:00:00-05:00'),
      ],
      [
        'a patch on a holiday (holidays block minor and major only)',
        release('patch', '2026-11-11T10:00:00-05:00'),
      ],
      [
        'a minor the day before Thanksgiving',
        release('minor', '2026-11-25T10:00:00-05:00', '2026-11-25T12:00:00-05:00'),
      ],
      [
        'a major on the Monday after Thanksgiving, 09:00',
        release('major', '2026-11-30T09:00:00-05:00', '2026-11-30T12:00:00-05:00'),
      ],
      [
        'a window that starts at `window.start`, after the weekend',
        release(
          'minor',
          '2026-03-09T08:00:00-04:00',
          undefined,
          "window: { start: '2026-03-09T09:00:00-04:00', end: '2026-03-09T10:00:00-04:00' }\n",
        ),
      ],
    ])('passes: %s', (_name, yaml) => {
      expect(runRule(blackoutWindow, { release: yaml })).toEqual([]);
    });

    it.each([
      [
        'a minor in the year-end freeze',
        release('minor', '2026-12-21T15:00:00-05:00', '2026-12-21T17:00:00-05:00'),
        [`5:7 error 2026-12-21T15:00-05:00 falls in ${FREEZE}; next allowed slot: 2027-01-04T09:00-05:00`],
      ],
      [
        'the freeze across the year end: New Year’s Day inside it is not repeated as a holiday',
        release('minor', '2027-01-01T10:00:00-05:00', '2027-01-01T12:00:00-05:00'),
        [`5:7 error 2027-01-01T10:00-05:00 falls in ${FREEZE}; next allowed slot: 2027-01-04T09:00-05:00`],
      ],
      [
        'a major on 2027-01-03, a Sunday: the freeze and the weekend',
        release('major', '2027-01-03T12:00:00-05:00'),
        [
          '5:7 error 2027-01-03T12:00-05:00 falls in "No weekend deploys" (2027-01-01 15:00 to 2027-01-04 09:00 America/New_York); next allowed slot: 2027-01-04T09:00-05:00',
          `5:7 error 2027-01-03T12:00-05:00 falls in ${FREEZE}; next allowed slot: 2027-01-04T09:00-05:00`,
          '5:7 warning 2027-01-03T12:00-05:00 is not inside a deployment window for major releases ("Weekday deploy hours"); next allowed slot: 2027-01-04T09:00-05:00',
        ],
      ],
      [
        'a window that starts before the freeze and ends inside it',
        release('minor', '2026-12-17T23:00:00-05:00', '2026-12-18T01:00:00-05:00'),
        [
          `5:7 error the window 2026-12-17T23:00-05:00 to 2026-12-18T01:00-05:00 runs into ${FREEZE}; next allowed slot: 2027-01-04T09:00-05:00`,
          '5:7 warning the window 2026-12-17T23:00-05:00 to 2026-12-18T01:00-05:00 is not inside a deployment window for minor releases ("Weekday deploy hours"); next allowed slot: 2027-01-04T09:00-05:00',
        ],
      ],
      [
        'Thanksgiving: the hard blackout only, not the soft holiday inside it as well',
        release('minor', '2026-11-26T10:00:00-05:00', '2026-11-26T12:00:00-05:00'),
        [
          '5:7 error 2026-11-26T10:00-05:00 falls in "Thanksgiving blackout" (2026-11-26 00:00 to 2026-11-30 00:00 America/New_York); next allowed slot: 2026-11-30T09:00-05:00',
        ],
      ],
      [
        'a patch on Thanksgiving: the blackout only (holidays do not block patches)',
        release('patch', '2026-11-26T10:00:00-05:00'),
        [
          '5:7 error 2026-11-26T10:00-05:00 falls in "Thanksgiving blackout" (2026-11-26 00:00 to 2026-11-30 00:00 America/New_York); next allowed slot: 2026-11-30T09:00-05:00',
        ],
      ],
      [
        'a holiday alone is soft: a warning, and the next slot is the next morning’s deploy hours',
        release('minor', '2026-11-11T10:00:00-05:00', '2026-11-11T12:00:00-05:00'),
        [
          '5:7 warning 2026-11-11T10:00-05:00 falls on the holiday "Veterans Day" (2026-11-11 America/New_York); next allowed slot: 2026-11-12T08:00-05:00',
        ],
      ],
      [
        'March DST: Monday 08:30 EDT is still the weekend (12:30Z; a fixed -05:00 would read 07:30)',
        release('minor', '2026-03-09T12:30:00Z'),
        [
          '5:7 error 2026-03-09T08:30-04:00 falls in "No weekend deploys" (2026-03-06 15:00 to 2026-03-09 09:00 America/New_York); next allowed slot: 2026-03-09T09:00-04:00',
        ],
      ],
      [
        'March DST: a window from Friday 14:00 EST into the weekend; the slot keeps its 2 hours',
        release('minor', '2026-03-06T14:00:00-05:00', '2026-03-06T16:00:00-05:00'),
        [
          '5:7 error the window 2026-03-06T14:00-05:00 to 2026-03-06T16:00-05:00 runs into "No weekend deploys" (2026-03-06 15:00 to 2026-03-09 09:00 America/New_York); next allowed slot: 2026-03-09T09:00-04:00',
        ],
      ],
      [
        'November DST: Friday 15:00 EDT is 19:00Z (a fixed -05:00 would read 14:00)',
        release('minor', '2026-10-30T19:00:00Z'),
        [
          '5:7 error 2026-10-30T15:00-04:00 falls in "No weekend deploys" (2026-10-30 15:00 to 2026-11-02 09:00 America/New_York); next allowed slot: 2026-11-02T09:00-05:00',
        ],
      ],
      [
        'November DST: Monday 08:30 EST, after fall-back',
        release('minor', '2026-11-02T08:30:00-05:00'),
        [
          '5:7 error 2026-11-02T08:30-05:00 falls in "No weekend deploys" (2026-10-30 15:00 to 2026-11-02 09:00 America/New_York); next allowed slot: 2026-11-02T09:00-05:00',
        ],
      ],
      [
        'placed on `window.start` when release.yml gives one',
        release(
          'minor',
          '2026-12-04T12:00:00-05:00',
          undefined,
          "window: { start: '2026-12-04T14:00:00-05:00', end: '2026-12-04T16:00:00-05:00' }\n",
        ),
        [
          '7:18 error the window 2026-12-04T14:00-05:00 to 2026-12-04T16:00-05:00 runs into "No weekend deploys" (2026-12-04 15:00 to 2026-12-07 09:00 America/New_York); next allowed slot: 2026-12-07T09:00-05:00',
        ],
      ],
      [
        'a window that ends before it starts',
        release('minor', '2026-12-08T15:00:00-05:00', '2026-12-08T14:00:00-05:00'),
        [
          '6:16 error window.end (2026-12-08T14:00:00-05:00) is not after the start of the window (date: 2026-12-08T15:00:00-05:00); the end is exclusive',
        ],
      ],
    ])('fails: %s', (_name, yaml, expected) => {
      expect(places(runRule(blackoutWindow, { release: yaml }))).toEqual(expected);
    });
  });

  describe('deploy mode: from now for the planned window’s length', () => {
    const planned = release('minor', '2026-12-08T15:00:00-05:00', '2026-12-08T17:00:00-05:00');
    const instant = release('minor', '2026-12-08T15:00:00-05:00');

    it.each([
      [
        'now on a Tuesday, a plan in the freeze (deploy mode checks the clock, not the plan)',
        release('minor', '2026-12-21T15:00:00-05:00'),
        '2026-12-08T15:05:00-05:00',
      ],
      ['now on Monday 09:00, the end of the weekend', planned, '2026-12-07T09:00:00-05:00'],
      ['now on Friday 14:59, a release without a window', instant, '2026-12-04T14:59:00-05:00'],
      ['a two-hour deploy from Friday 12:30, done by 14:30', planned, '2026-12-04T12:30:00-05:00'],
      [
        'a two-hour deploy from Friday 13:00, ending as the weekend starts',
        planned,
        '2026-12-04T13:00:00-05:00',
      ],
    ])('passes: %s', (_name, yaml, now) => {
      expect(runRule(blackoutWindow, { release: yaml, mode: 'deploy', now })).toEqual([]);
    });

    it.each([
      [
        'now on Friday 16:00, placed on the `date` key',
        planned,
        '2026-12-04T16:00:00-05:00',
        [
          '5:1 error now (2026-12-04T16:00-05:00, deploy mode) falls in "No weekend deploys" (2026-12-04 15:00 to 2026-12-07 09:00 America/New_York); next allowed slot: 2026-12-07T09:00-05:00',
        ],
      ],
      [
        'a two-hour deploy from Friday 14:30 runs into the weekend at 15:00',
        planned,
        '2026-12-04T14:30:00-05:00',
        [
          '5:1 error the deploy from now (2026-12-04T14:30-05:00, deploy mode) to 2026-12-04T16:30-05:00 (the planned window\'s length) runs into "No weekend deploys" (2026-12-04 15:00 to 2026-12-07 09:00 America/New_York); next allowed slot: 2026-12-07T09:00-05:00',
        ],
      ],
      [
        'a patch deploy from Thursday 22:00 for a 30-hour window runs into the weekend',
        release('patch', '2026-12-08T09:00:00-05:00', '2026-12-09T15:00:00-05:00'),
        '2026-12-03T22:00:00-05:00',
        [
          '5:1 error the deploy from now (2026-12-03T22:00-05:00, deploy mode) to 2026-12-05T04:00-05:00 (the planned window\'s length) runs into "No weekend deploys" (2026-12-04 15:00 to 2026-12-07 09:00 America/New_York); next allowed slot: 2026-12-07T09:00-05:00',
        ],
      ],
      [
        'now in the freeze, across the year end',
        planned,
        '2027-01-02T10:00:00Z',
        [
          '5:1 error now (2027-01-02T05:00-05:00, deploy mode) falls in "No weekend deploys" (2027-01-01 15:00 to 2027-01-04 09:00 America/New_York); next allowed slot: 2027-01-04T09:00-05:00',
          `5:1 error now (2027-01-02T05:00-05:00, deploy mode) falls in ${FREEZE}; next allowed slot: 2027-01-04T09:00-05:00`,
          '5:1 warning the deploy from now (2027-01-02T05:00-05:00, deploy mode) to 2027-01-02T07:00-05:00 (the planned window\'s length) is not inside a deployment window for minor releases ("Weekday deploy hours"); next allowed slot: 2027-01-04T09:00-05:00',
        ],
      ],
      [
        'now on Christmas Day: the freeze only, not the holiday inside it as well',
        planned,
        '2026-12-25T11:00:00-05:00',
        [
          `5:1 error now (2026-12-25T11:00-05:00, deploy mode) falls in ${FREEZE}; next allowed slot: 2027-01-04T09:00-05:00`,
        ],
      ],
    ])('fails: %s', (_name, yaml, now, expected) => {
      expect(places(runRule(blackoutWindow, { release: yaml, mode: 'deploy', now }))).toEqual(expected);
    });
  });

  describe('the emergency exception', () => {
    it('passes a SEV1 patch in the year-end freeze with a release manager’s waiver: the finding is waived', () => {
      const findings = runRule(blackoutWindow, { release: emergency(), now: NOW_BEFORE_FREEZE });
      expect(places(findings)).toEqual([
        `5:7 error 2026-12-23T10:00-05:00 falls in ${FREEZE}; passes as an emergency: SEV1 incident INC-5188`,
      ]);
      expect(findings[0]!.waived).toEqual({
        approvedBy: '@dana',
        reason: 'SEV1: card payments failing',
        expires: '2026-12-24',
      });
      expect(findings[0]!.hint).toBeUndefined();
    });

    it('passes in deploy mode too, while the waiver runs', () => {
      const findings = runRule(blackoutWindow, {
        release: emergency(),
        mode: 'deploy',
        now: '2026-12-23T10:05:00-05:00',
      });
      expect(findings.map((f) => [f.severity, Boolean(f.waived)])).toEqual([['error', true]]);
    });

    it('passes with an approver who holds the role through a sign-off (an alias resolved)', () => {
      const yaml = emergency({ approver: '@erin' }).replace(
        'signoffs:\n',
        "signoffs:\n  - { role: release-manager, by: '@erin', date: '2026-12-23' }\n",
      );
      expect(runRule(blackoutWindow, { release: yaml, now: NOW_BEFORE_FREEZE })[0]!.waived?.approvedBy).toBe(
        '@erin',
      );
    });

    it.each([
      [
        'a SEV3 incident',
        emergency({ severity: 'SEV3' }),
        NOW_BEFORE_FREEZE,
        [
          `5:7 error 2026-12-23T10:00-05:00 falls in ${FREEZE}; next allowed slot: 2027-01-04T09:00-05:00; waiver not applied: incident INC-5188 is SEV3, not SEV1 or SEV2`,
        ],
      ],
      [
        'an expired waiver (a date is valid through that day in the calendar’s zone)',
        emergency({ expires: '2026-12-21' }),
        NOW_BEFORE_FREEZE,
        [
          `5:7 error 2026-12-23T10:00-05:00 falls in ${FREEZE}; next allowed slot: 2027-01-04T09:00-05:00; waiver not applied: the waiver expired (2026-12-21)`,
        ],
      ],
      [
        'a waiver that runs out before the planned start',
        emergency({ expires: '2026-12-22T18:00:00-05:00' }),
        NOW_BEFORE_FREEZE,
        [
          `5:7 error 2026-12-23T10:00-05:00 falls in ${FREEZE}; next allowed slot: 2027-01-04T09:00-05:00; waiver not applied: the waiver expires (2026-12-22T18:00:00-05:00) before the planned start`,
        ],
      ],
      [
        'an approver who holds no release-manager role (a tech lead)',
        emergency({ approver: '@nora' }),
        NOW_BEFORE_FREEZE,
        [
          `5:7 error 2026-12-23T10:00-05:00 falls in ${FREEZE}; next allowed slot: 2027-01-04T09:00-05:00; waiver not applied: the waiver's approver @nora holds no release-manager role in release.yml`,
        ],
      ],
      [
        'a minor in the freeze with a waiver: the freeze admits exceptions for patches only',
        emergency({ type: 'minor' }),
        NOW_BEFORE_FREEZE,
        [
          `5:7 error 2026-12-23T10:00-05:00 falls in ${FREEZE}; next allowed slot: 2027-01-04T09:00-05:00; waiver not applied: "Year-end freeze" admits emergency exceptions only for patch releases`,
        ],
      ],
      [
        'a patch in the freeze with neither incident nor waiver',
        release('patch', '2026-12-23T10:00:00-05:00', '2026-12-23T11:00:00-05:00'),
        NOW_BEFORE_FREEZE,
        [`5:7 error 2026-12-23T10:00-05:00 falls in ${FREEZE}; next allowed slot: 2027-01-04T09:00-05:00`],
      ],
    ])('fails: %s', (_name, yaml, now, expected) => {
      const findings = runRule(blackoutWindow, { release: yaml, now });
      expect(places(findings)).toEqual(expected);
      // Only the window's own exception may pass it: the general waiver stage must leave these alone.
      expect(findings.every((f) => !f.waived)).toBe(true);
    });

    it('goes by the type the version makes: a minor version labelled patch gets no patch exception', () => {
      // version-bump waived, so only the label says patch: the freeze still sees a minor release.
      const labelled =
        emergency().replace("version: '1.0.1'", "version: '1.1.0'") +
        "  - { rule: version-bump, reason: 'hotfix branch', approved_by: '@dana', expires: '2026-12-24' }\n";
      const findings = runRule(blackoutWindow, { release: labelled, now: NOW_BEFORE_FREEZE });
      expect(places(findings)).toEqual([
        `5:7 error 2026-12-23T10:00-05:00 falls in ${FREEZE} (version 1.1.0 after 1.0.0 makes it a minor release, whatever type says); next allowed slot: 2027-01-04T09:00-05:00; waiver not applied: "Year-end freeze" admits emergency exceptions only for patch releases`,
      ]);
      expect(findings[0]!.waived).toBeUndefined();
      // A minor version step labelled patch is blocked where only minor and major are: on a holiday.
      const holiday = release('patch', '2026-11-11T10:00:00-05:00', '2026-11-11T12:00:00-05:00').replace(
        "version: '1.0.1'",
        "version: '1.1.0'",
      );
      expect(places(runRule(blackoutWindow, { release: holiday }))).toEqual([
        '5:7 warning 2026-11-11T10:00-05:00 falls on the holiday "Veterans Day" (2026-11-11 America/New_York) (version 1.1.0 after 1.0.0 makes it a minor release, whatever type says); next allowed slot: 2026-11-12T08:00-05:00',
      ]);
    });

    it('explains what an emergency needs, with the YAML to paste', () => {
      const [finding] = runRule(blackoutWindow, {
        release: release('patch', '2026-12-23T10:00:00-05:00', '2026-12-23T11:00:00-05:00'),
        now: NOW_BEFORE_FREEZE,
      });
      expect(finding!.hint).toBe(
        'Move the release to the next allowed slot:\n' +
          'date: 2027-01-04T09:00:00-05:00\n' +
          'window: { end: 2027-01-04T10:00:00-05:00 }\n' +
          'Or ship it as an emergency: "Year-end freeze" lets a patch release through as an emergency with an incident (incident: { id, severity }) of SEV1 or SEV2 and a blackout-window waiver in exceptions, with a reason, that has not expired, approved by a release-manager (offline: the release `manager` is the release-manager, and a sign-off’s `by` holds its role).\n' +
          'Missing: release.yml names no incident; exceptions holds no blackout-window waiver.\n' +
          'incident: { id: INC-1234, severity: SEV1 }\n' +
          'exceptions:\n' +
          '  - { rule: blackout-window, reason: "…", approved_by: "@dana", expires: 2026-12-23 }',
      );
    });

    it('says why a waiver cannot pass a minor release, and lists every unmet condition of a patch', () => {
      const [minor] = runRule(blackoutWindow, {
        release: emergency({ type: 'minor' }),
        now: NOW_BEFORE_FREEZE,
      });
      expect(minor!.hint).toBe(
        '"Year-end freeze" admits emergency exceptions only for patch releases, so no waiver can pass this minor release. Move it to the next allowed slot:\n' +
          'date: 2027-01-04T09:00:00-05:00\n' +
          'window: { end: 2027-01-04T10:00:00-05:00 }',
      );
      const [patch] = runRule(blackoutWindow, {
        release: emergency({ severity: 'SEV4', approver: '@zed', expires: '2026-12-01' }),
        now: NOW_BEFORE_FREEZE,
      });
      expect(patch!.message).toMatch(
        /; waiver not applied: incident INC-5188 is SEV4, not SEV1 or SEV2 \(and 2 more\)$/,
      );
      expect(patch!.hint).toMatch(
        /\nMissing: incident INC-5188 is SEV4, not SEV1 or SEV2; the waiver expired \(2026-12-01\); the waiver's approver @zed holds no release-manager role in release.yml\.$/,
      );
    });

    it('says a general waiver may cover a window without an exception of its own (a holiday)', () => {
      const [finding] = runRule(blackoutWindow, {
        release: release('minor', '2026-11-11T10:00:00-05:00', '2026-11-11T12:00:00-05:00'),
      });
      expect(finding!.hint).toBe(
        '"Veterans Day" admits no emergency exception; a blackout-window waiver in exceptions approved by a release-manager or executive can cover this finding. Move the release to the next allowed slot:\n' +
          'date: 2026-11-12T08:00:00-05:00\n' +
          'window: { end: 2026-11-12T10:00:00-05:00 }',
      );
    });
  });

  describe('one period is reported once', () => {
    const calendar = (holiday: 'hard' | 'soft') =>
      policyWithCalendar({
        blackouts: [LAUNCH_WEEK],
        holidays: {
          blocks: ['minor', 'major'],
          enforcement: holiday,
          dates: [{ date: '2026-06-03', name: 'Team day' }],
        },
      });
    const emergency = `incident: { id: INC-7, severity: SEV2 }\nexceptions:\n  - { rule: blackout-window, reason: launch fix, approved_by: '@dana', expires: 2026-06-05 }\n`;
    const run = (holiday: 'hard' | 'soft', extra?: string) =>
      runRule(blackoutWindow, {
        release: release('minor', '2026-06-03T10:00:00-04:00', undefined, extra),
        policy: calendar(holiday),
        now: '2026-06-01T09:00:00-04:00',
      }).map((f) => `${f.severity}${f.waived ? ' waived' : ''} ${f.message.split(';')[0]}`);

    it('a holiday inside a blackout as hard is not repeated; a harder one is', () => {
      expect(run('soft')).toEqual([
        'warning 2026-06-03T10:00-04:00 falls in "Launch week" (2026-06-01 00:00 to 2026-06-06 00:00 America/New_York)',
      ]);
      expect(run('hard')).toEqual([
        'error 2026-06-03T10:00-04:00 falls on the holiday "Team day" (2026-06-03 America/New_York)',
        'warning 2026-06-03T10:00-04:00 falls in "Launch week" (2026-06-01 00:00 to 2026-06-06 00:00 America/New_York)',
      ]);
    });

    it('a blackout passed as an emergency blocks nothing: the holiday inside it is reported', () => {
      // Here the waiver covers the holiday too (it has no exception of its own): still reported, marked waived.
      expect(run('soft', emergency)).toEqual([
        'warning waived 2026-06-03T10:00-04:00 falls in "Launch week" (2026-06-01 00:00 to 2026-06-06 00:00 America/New_York)',
        'warning waived 2026-06-03T10:00-04:00 falls on the holiday "Team day" (2026-06-03 America/New_York)',
      ]);
    });
  });

  describe('deployment windows: deny beats allow', () => {
    it.each([
      [
        'a minor inside the weekday deploy hours',
        release('minor', '2026-12-08T10:00:00-05:00', '2026-12-08T12:00:00-05:00'),
      ],
      [
        'a window that ends exactly when the deploy hours end (exclusive end)',
        release('minor', '2026-12-08T16:00:00-05:00', '2026-12-08T18:00:00-05:00'),
      ],
      [
        'a patch in the evening: patches have no deployment windows',
        release('patch', '2026-12-08T20:00:00-05:00', '2026-12-08T21:00:00-05:00'),
      ],
    ])('passes: %s', (_name, yaml) => {
      expect(places(runRule(blackoutWindow, { release: yaml }))).toEqual([]);
    });

    it.each([
      [
        'a minor that runs past 18:00 (soft: a warning), the slot the next morning',
        release('minor', '2026-12-08T17:00:00-05:00', '2026-12-08T19:00:00-05:00'),
        [
          '5:7 warning the window 2026-12-08T17:00-05:00 to 2026-12-08T19:00-05:00 is not inside a deployment window for minor releases ("Weekday deploy hours"); next allowed slot: 2026-12-09T08:00-05:00',
        ],
      ],
      [
        'a major at 07:00 on a Monday: the weekend ends at 09:00, so the slot is 09:00, not 08:00',
        release('major', '2026-12-07T07:00:00-05:00'),
        [
          '5:7 error 2026-12-07T07:00-05:00 falls in "No weekend deploys" (2026-12-04 15:00 to 2026-12-07 09:00 America/New_York); next allowed slot: 2026-12-07T09:00-05:00',
          '5:7 warning 2026-12-07T07:00-05:00 is not inside a deployment window for major releases ("Weekday deploy hours"); next allowed slot: 2026-12-07T09:00-05:00',
        ],
      ],
    ])('fails: %s', (_name, yaml, expected) => {
      expect(places(runRule(blackoutWindow, { release: yaml }))).toEqual(expected);
    });

    it('hints the next slot as YAML; pasted in, the finding is gone', () => {
      const yaml = release('minor', '2026-12-08T17:00:00-05:00', '2026-12-08T19:00:00-05:00');
      const [finding] = runRule(blackoutWindow, { release: yaml });
      expect(finding!.hint).toMatch(
        /\nMove the release to the next allowed slot:\ndate: 2026-12-09T08:00:00-05:00\nwindow: \{ end: 2026-12-09T10:00:00-05:00 \}$/,
      );
      const [date, window] = finding!.hint!.split('\n').slice(-2);
      const fixed = yaml.replace(/^date: .*$/m, date!).replace(/^window: .*$/m, window!);
      expect(runRule(blackoutWindow, { release: fixed })).toEqual([]);
    });

    it('a waiver approved by a release manager covers it, as for any blackout-window finding', () => {
      const yaml = release(
        'minor',
        '2026-12-08T17:00:00-05:00',
        '2026-12-08T19:00:00-05:00',
        "exceptions:\n  - { rule: blackout-window, reason: 'Partner cut-over at 18:00', approved_by: '@dana', expires: 2026-12-09 }\n",
      );
      const findings = runRule(blackoutWindow, { release: yaml });
      expect(findings.map((f) => [f.severity, Boolean(f.waived)])).toEqual([['warning', true]]);
    });

    const policy = policyWithCalendar({
      timezone: 'Europe/Berlin',
      deployment_windows: [
        {
          id: 'payments-mornings',
          name: 'Payments mornings',
          types: ['minor'],
          enforcement: 'hard',
          start: '2026-06-01T09:00',
          end: '2026-06-01T12:00',
          rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH',
          products: ['pay'],
        },
      ],
      blackouts: [
        {
          id: 'pay-db-migration',
          name: 'Payments database migration',
          reason: 'The payments database moves to a new cluster.',
          start: '2026-06-02T09:00',
          end: '2026-06-02T11:00',
          blocks: ['minor'],
          enforcement: 'hard',
          systems: ['payments-db'],
        },
      ],
    });

    it.each([
      [
        'a scoped hard window is an error for its product; deny beats allow: the slot skips the blackout',
        release('minor', '2026-06-02T09:30:00+02:00', undefined, 'systems: [payments-db]\n'),
        [
          '5:7 error 2026-06-02T09:30+02:00 falls in "Payments database migration" (2026-06-02 09:00 to 11:00 Europe/Berlin), which covers releases touching payments-db; next allowed slot: 2026-06-02T11:00+02:00',
        ],
      ],
      [
        'outside the scoped window, on a Friday',
        release('minor', '2026-06-05T10:00:00+02:00'),
        [
          '5:7 error 2026-06-05T10:00+02:00 is not inside a deployment window for minor releases ("Payments mornings"); next allowed slot: 2026-06-08T09:00+02:00',
        ],
      ],
    ])('fails: %s', (_name, yaml, expected) => {
      expect(
        places(runRule(blackoutWindow, { release: yaml, policy, now: '2026-06-01T08:00:00+02:00' })),
      ).toEqual(expected);
    });

    it('a scope leaves other products and systems alone', () => {
      const other = release('minor', '2026-06-05T10:00:00+02:00').replace('product: pay', 'product: search');
      const untouched = release('minor', '2026-06-02T09:30:00+02:00', undefined, 'systems: [search-index]\n');
      for (const yaml of [other, untouched]) {
        expect(
          places(runRule(blackoutWindow, { release: yaml, policy, now: '2026-06-01T08:00:00+02:00' })),
        ).toEqual([]);
      }
    });
  });

  describe('a team’s own calendar and policy', () => {
    const policy = policyWithCalendar({
      blackouts: [
        LAUNCH_WEEK,
        {
          id: 'berlin-offsite',
          name: 'Berlin offsite',
          reason: 'The platform team is away.',
          timezone: 'Europe/Berlin',
          start: '2026-06-10T09:00',
          end: '2026-06-10T18:00',
          blocks: ['major'],
          enforcement: 'hard',
        },
      ],
    });
    const waiver = (severity: string) =>
      `incident: { id: INC-7, severity: ${severity} }\nexceptions:\n  - { rule: blackout-window, reason: launch fix, approved_by: '@dana', expires: 2026-06-05 }\n`;

    it.each([
      [
        'an exception without severities takes the policy’s emergency ones (SEV2)',
        release('minor', '2026-06-02T10:00:00-04:00', undefined, waiver('SEV2')),
        'warning',
      ],
    ])('passes: %s', (_name, yaml, severity) => {
      const findings = runRule(blackoutWindow, { release: yaml, policy, now: '2026-06-01T09:00:00-04:00' });
      expect(findings.map((f) => [f.severity, Boolean(f.waived)])).toEqual([[severity, true]]);
    });

    it.each([
      [
        'a soft blackout warns; SEV3 is not among the policy’s emergencies',
        release('minor', '2026-06-02T10:00:00-04:00', undefined, waiver('SEV3')),
        [
          '5:7 warning 2026-06-02T10:00-04:00 falls in "Launch week" (2026-06-01 00:00 to 2026-06-06 00:00 America/New_York); next allowed slot: 2026-06-06T09:00-04:00; waiver not applied: incident INC-7 is SEV3, not SEV1 or SEV2',
        ],
      ],
      [
        'a window in another zone is shown in its own zone (09:00 Berlin is 03:00 New York)',
        release('major', '2026-06-10T04:00:00-04:00'),
        [
          '5:7 error 2026-06-10T04:00-04:00 falls in "Berlin offsite" (2026-06-10 09:00 to 18:00 Europe/Berlin); next allowed slot: 2026-06-10T12:00-04:00',
        ],
      ],
    ])('fails: %s', (_name, yaml, expected) => {
      expect(
        places(runRule(blackoutWindow, { release: yaml, policy, now: '2026-06-01T09:00:00-04:00' })),
      ).toEqual(expected);
    });

    it('a policy severity override applies to every finding; off switches the rule off', () => {
      const yaml = release('minor', '2026-11-26T10:00:00-05:00');
      const warn = policyWith('severity: { blackout-window: warning }\n');
      expect(runRule(blackoutWindow, { release: yaml, policy: warn }).map((f) => f.severity)).toEqual([
        'warning',
      ]);
      const off = policyWith('severity: { blackout-window: off }\n');
      expect(runRule(blackoutWindow, { release: yaml, policy: off })).toEqual([]);
    });

    it('reports a calendar it cannot evaluate on the calendar file, without throwing', () => {
      // The policy loader refuses such a calendar; a policy built in code could still hold one.
      const data = {
        timezone: 'UTC',
        blackouts: [
          {
            id: 'x',
            name: 'X',
            reason: 'r',
            start: '2026-01-02',
            end: '2026-01-01',
            blocks: ['minor'],
            enforcement: 'hard',
          },
        ],
      };
      const broken = { ...octoacmePolicy(), calendar: { file: 'cal.yml', data } } as LoadedPolicy;
      const findings = runRule(blackoutWindow, {
        release: release('minor', '2026-12-08T15:00:00-05:00'),
        policy: broken,
      });
      expect(findings.map((f) => [f.file, f.severity, f.message])).toEqual([
        [
          'cal.yml',
          'error',
          'the calendar cannot be evaluated: "x": end (2026-01-01) must be after start (2026-01-02); end is exclusive',
        ],
      ]);
    });
  });
});

describe('exceptionApplies', () => {
  const policy = octoacmePolicy().data;
  const freeze: BlackoutException = {
    types: ['patch'],
    incident_severities: ['SEV1', 'SEV2'],
    approved_by: ['release-manager'],
  };
  const base: Release = {
    product: 'pay',
    version: '1.0.1',
    type: 'patch',
    date: '2026-12-23T10:00:00-05:00',
    manager: '@dana',
    incident: { id: 'INC-1', severity: 'SEV2' },
    signoffs: [{ role: 'product-manager', by: '@pat', date: '2026-12-22' }],
    exceptions: [{ rule: 'blackout-window', reason: 'outage', approved_by: '@dana', expires: '2026-12-23' }],
  };
  const input = (
    release: Partial<Release>,
    exception: BlackoutException | null = freeze,
    now = '2026-12-23T08:00:00-05:00',
  ) => ({
    window: { name: 'Freeze', ...(exception ? { exception } : {}) },
    release: { ...base, ...release },
    policy,
    now,
    zone: 'America/New_York',
    deployAt: parseInstant('2026-12-23T10:00:00-05:00'),
  });

  it('applies when every condition holds, and names the waiver and incident', () => {
    expect(exceptionApplies(input({}))).toEqual({
      applies: true,
      incident: { id: 'INC-1', severity: 'SEV2' },
      waiver: base.exceptions![0],
    });
  });

  it('takes the first waiver that qualifies, whoever else tried', () => {
    const exceptions = [
      { rule: 'lead-time', reason: 'x', approved_by: '@dana', expires: '2026-12-24' },
      { rule: 'blackout-window', reason: 'x', approved_by: '@pat', expires: '2026-12-24' },
      {
        rule: 'blackout-window',
        reason: 'y',
        approved_by: '@DANA',
        expires: '2026-12-24',
        incident: 'INC-1',
      },
    ];
    expect(exceptionApplies(input({ exceptions }))).toMatchObject({ applies: true, waiver: { reason: 'y' } });
  });

  it.each([
    ['no exception at all', {}, null, { admits: false, why: '"Freeze" admits no emergency exception' }],
    [
      'a type it does not admit',
      { type: 'major' as const },
      freeze,
      { admits: false, why: '"Freeze" admits emergency exceptions only for patch releases' },
    ],
  ])('does not apply: %s', (_name, release, exception, expected) => {
    expect(exceptionApplies(input(release, exception))).toEqual({ applies: false, ...expected });
  });

  it.each([
    ['no incident', { incident: undefined }, ['release.yml names no incident']],
    [
      'a SEV3 incident',
      { incident: { id: 'INC-1', severity: 'SEV3' as const } },
      ['incident INC-1 is SEV3, not SEV1 or SEV2'],
    ],
    ['no waiver', { exceptions: [] }, ['exceptions holds no blackout-window waiver']],
    [
      'a waiver for another rule',
      { exceptions: [{ rule: 'lead-time', reason: 'r', approved_by: '@dana', expires: '2026-12-24' }] },
      ['exceptions holds no blackout-window waiver'],
    ],
    [
      'an empty reason',
      { exceptions: [{ ...base.exceptions![0]!, reason: '  ' }] },
      ['the waiver gives no reason'],
    ],
    [
      'a waiver for another incident',
      { exceptions: [{ ...base.exceptions![0]!, incident: 'INC-2' }] },
      ['the waiver names incident INC-2, not INC-1'],
    ],
    [
      'an approver who only signed as product manager',
      { exceptions: [{ ...base.exceptions![0]!, approved_by: '@pat' }] },
      ["the waiver's approver @pat holds no release-manager role in release.yml"],
    ],
    [
      'an expiry that is not a date',
      { exceptions: [{ ...base.exceptions![0]!, expires: '2026-02-30' }] },
      ['the waiver expires on "2026-02-30", which is not a date that exists'],
    ],
    [
      'two waivers, both wrong',
      {
        exceptions: [
          { ...base.exceptions![0]!, expires: '2026-12-22' },
          { ...base.exceptions![0]!, approved_by: '@pat' },
        ],
      },
      [
        'the waiver approved by @dana expired (2026-12-22)',
        "the waiver approved by @pat's approver @pat holds no release-manager role in release.yml",
      ],
    ],
  ])('does not apply: %s', (_name, release, missing) => {
    expect(exceptionApplies(input(release))).toMatchObject({ applies: false, admits: true, missing });
  });

  it('reads a date-only expiry as the whole day in the zone; a date-time expiry is exclusive', () => {
    // 2026-12-23 runs until 2026-12-24T00:00 in New York, which is 05:00Z.
    expect(
      exceptionApplies({ ...input({}, freeze, '2026-12-24T04:59:00Z'), deployAt: undefined }).applies,
    ).toBe(true);
    expect(
      exceptionApplies({ ...input({}, freeze, '2026-12-24T05:00:00Z'), deployAt: undefined }).applies,
    ).toBe(false);
    const at = { exceptions: [{ ...base.exceptions![0]!, expires: '2026-12-23T09:00:00-05:00' }] };
    expect(
      exceptionApplies({ ...input(at, freeze, '2026-12-23T08:59:00-05:00'), deployAt: undefined }).applies,
    ).toBe(true);
    expect(
      exceptionApplies({ ...input(at, freeze, '2026-12-23T09:00:00-05:00'), deployAt: undefined }).applies,
    ).toBe(false);
  });

  it('falls back to the policy’s emergency severities when the exception lists none', () => {
    const open: BlackoutException = { types: ['patch'], approved_by: ['release-manager'] };
    expect(exceptionApplies(input({ incident: { id: 'INC-1', severity: 'SEV1' } }, open)).applies).toBe(true);
    expect(exceptionApplies(input({ incident: { id: 'INC-1', severity: 'SEV3' } }, open))).toMatchObject({
      missing: ['incident INC-1 is SEV3, not SEV1 or SEV2'],
    });
  });
});

describe('plannedWindow and localSpan', () => {
  it('reads [date, window.end) and prefers window.start', () => {
    const r = plannedWindow({
      product: 'p',
      version: '1.0.0',
      type: 'patch',
      date: '2026-12-08T15:00:00-05:00',
      window: { start: '2026-12-08T16:00:00-05:00', end: '2026-12-08T17:00:00-05:00' },
    });
    expect(r.ok && [r.window.start.toString(), r.window.end?.toString(), r.window.startPath]).toEqual([
      '2026-12-08T21:00:00Z',
      '2026-12-08T22:00:00Z',
      ['window', 'start'],
    ]);
  });

  it('shows wall-clock times in the window’s zone, the end’s date only when it differs', () => {
    const i = (s: string) => parseInstant(s);
    expect(localSpan(i('2026-12-05T07:00:00Z'), i('2026-12-05T11:00:00Z'), 'America/New_York')).toBe(
      '2026-12-05 02:00 to 06:00 America/New_York',
    );
    expect(localSpan(i('2026-03-06T20:00:00Z'), i('2026-03-09T13:00:00Z'), 'America/New_York')).toBe(
      '2026-03-06 15:00 to 2026-03-09 09:00 America/New_York',
    );
    expect(localSpan(i('2026-12-05T07:00:30Z'), undefined, 'UTC')).toBe('2026-12-05 07:00:30 UTC');
  });
});
