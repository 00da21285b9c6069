import { describe, expect, it } from 'vitest';
import { places, policyWith, runRule } from '../../../test/helpers/rules.ts';
import { policyWithCalendar } from '../../../test/helpers/calendar.ts';
import { leadTime } from './lead-time.ts';

const release = (type: string, milestones: string, date = '2026-12-08T15:00:00-05:00') => `product: pay
version: '2.4.0'
type: ${type}
date: ${date}
${milestones}`;

const ON_TIME = "milestones:\n  feature_freeze: '2026-11-10'\n  code_freeze: '2026-11-24'\n";
// A team that plans minors 6 weeks ahead, freezes features 3 weeks and code 1 week before.
const team = policyWith(
  'types:\n  minor:\n    lead_time: { planned_days: 42, feature_freeze_days: 21, code_freeze_days: 7 }\n',
);

describe('lead-time', () => {
  describe('testing windows: the release deploys once testing is done', () => {
    // The calendar tests payments-api 2.4.0 from 2026-11-24 until 2026-12-05 (exclusive).
    const payments = (date: string, end?: string) =>
      release(
        'minor',
        "milestones:\n  feature_freeze: '2026-11-01'\n  code_freeze: '2026-11-15'\n",
        date,
      ).replace('product: pay', 'product: payments-api') + (end ? `window: { end: ${end} }\n` : '');

    it.each([
      ['as the calendar plans it', payments('2026-12-08T15:00:00-05:00')],
      ['at the very end of testing (the end is exclusive)', payments('2026-12-05T00:00:00-05:00')],
    ])('passes: %s', (_name, yaml) => {
      expect(places(runRule(leadTime, { release: yaml }))).toEqual([]);
    });

    it('fails a release planned before testing ends, and hints the next allowed slot after it', () => {
      const yaml = payments('2026-12-04T10:00:00-05:00', '2026-12-04T12:00:00-05:00');
      const findings = runRule(leadTime, { release: yaml });
      expect(places(findings)).toEqual([
        '4:7 error the release (2026-12-04T10:00-05:00) is before the end of "payments-api 2.4.0 acceptance testing" (2026-11-24 00:00 to 2026-12-05 00:00 America/New_York); next allowed slot after it: 2026-12-07T09:00-05:00',
      ]);
      // The weekend runs to Monday 09:00; pasted in, the hint clears the finding.
      const hint = findings[0]!.hint!;
      expect(hint).toBe(
        'The release deploys once testing is done: move it to the next allowed slot after the testing window:\ndate: 2026-12-07T09:00:00-05:00\nwindow: { end: 2026-12-07T11:00:00-05:00 }',
      );
      const [date, window] = hint.split('\n').slice(1);
      const fixed = yaml.replace(/^date: .*$/m, date!).replace(/^window: .*$/m, window!);
      expect(runRule(leadTime, { release: fixed })).toEqual([]);
    });

    it('in deploy mode, judges now', () => {
      const yaml = payments('2026-12-08T15:00:00-05:00');
      expect(
        places(runRule(leadTime, { release: yaml, mode: 'deploy', now: '2026-12-04T10:00:00-05:00' })),
      ).toEqual([
        '4:1 error deploying now (2026-12-04T10:00-05:00, deploy mode) is before the end of "payments-api 2.4.0 acceptance testing" (2026-11-24 00:00 to 2026-12-05 00:00 America/New_York); next allowed slot after it: 2026-12-07T09:00-05:00',
        '4:7 error deploying now (2026-12-04T10:00-05:00, deploy mode) is 4 days before the planned date (2026-12-08T15:00-05:00); the policy allows 2 days (deploy.tolerance_days)',
      ]);
    });
  });

  describe('deploy mode: after the code freeze, near the planned date', () => {
    const onTime = release('minor', ON_TIME);

    it.each([
      ['on the planned date', '2026-12-08T15:00:00-05:00'],
      ['two days early, the whole tolerance', '2026-12-06T09:00:00-05:00'],
      ['two days late, the whole tolerance', '2026-12-10T23:59:00-05:00'],
    ])('passes: %s', (_name, now) => {
      expect(runRule(leadTime, { release: onTime, mode: 'deploy', now })).toEqual([]);
    });

    it.each([
      [
        'a deploy the day before the code freeze (and far too early)',
        '2026-11-23T10:00:00-05:00',
        [
          '4:7 error deploying now (2026-11-23T10:00-05:00, deploy mode) is 15 days before the planned date (2026-12-08T15:00-05:00); the policy allows 2 days (deploy.tolerance_days)',
          '7:16 error deploying now (2026-11-23T10:00-05:00, deploy mode) is before the code freeze "2026-11-24"',
        ],
      ],
      [
        'a deploy three days late',
        '2026-12-11T00:00:00-05:00',
        [
          '4:7 error deploying now (2026-12-11T00:00-05:00, deploy mode) is 3 days after the planned date (2026-12-08T15:00-05:00); the policy allows 2 days (deploy.tolerance_days)',
        ],
      ],
    ])('fails: %s', (_name, now, expected) => {
      expect(places(runRule(leadTime, { release: onTime, mode: 'deploy', now }))).toEqual(expected);
    });

    it('takes the tolerance from the policy, and checks none when it sets none', () => {
      const now = '2026-12-14T10:00:00-05:00';
      const week = policyWith('deploy: { tolerance_days: 7 }\n');
      expect(runRule(leadTime, { release: onTime, mode: 'deploy', now, policy: week })).toEqual([]);
      expect(runRule(leadTime, { release: onTime, mode: 'plan', now })).toEqual([]);
    });

    it('says when to deploy instead', () => {
      const [late] = runRule(leadTime, { release: onTime, mode: 'deploy', now: '2026-12-11T10:00:00-05:00' });
      expect(late!.hint).toBe(
        'Deploy between 2026-12-06 and 2026-12-10, or plan the release again: a new `date` (and `window`), with its calendar entry, sign-offs and customer communication brought in line.',
      );
    });
  });

  it.each([
    ['a minor frozen exactly 28 and 14 days ahead', release('minor', ON_TIME), undefined],
    [
      'a major planned 98 days ahead',
      release(
        'major',
        "milestones: { planning: '2026-09-01', feature_freeze: '2026-11-01', code_freeze: '2026-11-20' }\n",
      ),
      undefined,
    ],
    ['a patch needs no milestones', release('patch', ''), undefined],
    [
      'a date-time milestone on the right day',
      release(
        'minor',
        "milestones:\n  feature_freeze: '2026-11-10T18:00:00-05:00'\n  code_freeze: '2026-11-24T09:00:00-05:00'\n",
      ),
      undefined,
    ],
    [
      'feature and code freeze on the same day',
      release('patch', "milestones: { feature_freeze: '2026-11-24', code_freeze: '2026-11-24' }\n"),
      undefined,
    ],
    [
      'a release date in the past of now is not this rule’s concern',
      release(
        'minor',
        "milestones: { feature_freeze: '2026-01-05', code_freeze: '2026-01-19' }\n",
        '2026-02-02T15:00:00-05:00',
      ),
      undefined,
    ],
    [
      'a team policy: planning 42, feature freeze 21 and code freeze 7 days ahead',
      release(
        'minor',
        "milestones: { planning: '2026-10-27', feature_freeze: '2026-11-17', code_freeze: '2026-12-01' }\n",
      ),
      team,
    ],
  ])('passes: %s', (_name, text, policy) => {
    expect(runRule(leadTime, { release: text, ...(policy ? { policy } : {}) })).toEqual([]);
  });

  it('counts whole days in the zone of the policy’s calendar', () => {
    // The release (15:00 in New York on Dec 8) falls on Dec 9 in Tokyo: a code freeze on Nov 25 is 13
    // days ahead for a New York calendar, 14 for a Tokyo one.
    const text = release(
      'minor',
      "milestones:\n  feature_freeze: '2026-11-10'\n  code_freeze: '2026-11-25'\n",
    );
    const tokyo = policyWithCalendar({ timezone: 'Asia/Tokyo' });
    expect(places(runRule(leadTime, { release: text }))).toEqual([
      '7:16 error code freeze "2026-11-25" is 13 days before the release; a minor release needs at least 14 (1 short)',
    ]);
    expect(runRule(leadTime, { release: text, policy: tokyo })).toEqual([]);
  });

  it('counts whole days in the calendar zone, not in the offset written', () => {
    // 01:00 UTC on Nov 25 is still Nov 24 in New York: 14 days before Dec 8.
    const text = release(
      'minor',
      "milestones:\n  feature_freeze: '2026-11-10'\n  code_freeze: '2026-11-25T01:00:00Z'\n",
    );
    expect(runRule(leadTime, { release: text })).toEqual([]);
  });

  it.each([
    [
      'a minor without milestones: each on the type that asks for them',
      release('minor', ''),
      undefined,
      [
        '3:1 error no code freeze date: a minor release needs milestones.code_freeze at least 14 days before the release',
        '3:1 error no feature freeze date: a minor release needs milestones.feature_freeze at least 28 days before the release',
      ],
    ],
    [
      'a major without a planning date: on the milestones key',
      release('major', "milestones:\n  feature_freeze: '2026-11-01'\n  code_freeze: '2026-11-20'\n"),
      undefined,
      [
        '5:1 error no planning start date: a major release needs milestones.planning at least 56 days before the release',
      ],
    ],
    [
      'a code freeze 11 days ahead',
      release('minor', "milestones:\n  feature_freeze: '2026-11-10'\n  code_freeze: '2026-11-27'\n"),
      undefined,
      [
        '7:16 error code freeze "2026-11-27" is 11 days before the release; a minor release needs at least 14 (3 short)',
      ],
    ],
    [
      'a feature freeze one day short, across the DST change',
      release('minor', "milestones:\n  feature_freeze: '2026-11-11'\n  code_freeze: '2026-11-24'\n"),
      undefined,
      [
        '6:19 error feature freeze "2026-11-11" is 27 days before the release; a minor release needs at least 28 (1 short)',
      ],
    ],
    [
      'a freeze after the release',
      release('minor', "milestones:\n  feature_freeze: '2026-11-10'\n  code_freeze: '2026-12-10'\n"),
      undefined,
      [
        '7:16 error code freeze "2026-12-10" is 2 days after the release; a minor release needs it at least 14 days before',
      ],
    ],
    [
      'code freeze before feature freeze: out of order',
      release('minor', "milestones:\n  feature_freeze: '2026-11-10'\n  code_freeze: '2026-11-03'\n"),
      undefined,
      ['7:16 error code freeze "2026-11-03" is before the feature freeze "2026-11-10"'],
    ],
    [
      'a planning start after the feature freeze, where the type has no lead time for it',
      release(
        'minor',
        "milestones:\n  planning: '2026-11-12'\n  feature_freeze: '2026-11-10'\n  code_freeze: '2026-11-24'\n",
      ),
      undefined,
      ['7:19 error feature freeze "2026-11-10" is before the planning start "2026-11-12"'],
    ],
    [
      'a milestone the type does not time, after the release',
      release('patch', "milestones: { code_freeze: '2026-12-09' }\n"),
      undefined,
      ['5:28 error code freeze "2026-12-09" is after the release date (2026-12-08T15:00:00-05:00)'],
    ],
    [
      'a team policy: its own lead times',
      release(
        'minor',
        "milestones: { planning: '2026-11-01', feature_freeze: '2026-11-17', code_freeze: '2026-12-03' }\n",
      ),
      team,
      [
        '5:25 error planning start "2026-11-01" is 37 days before the release; a minor release needs at least 42 (5 short)',
        '5:82 error code freeze "2026-12-03" is 5 days before the release; a minor release needs at least 7 (2 short)',
      ],
    ],
  ])('fails: %s', (_name, text, policy, expected) => {
    expect(places(runRule(leadTime, { release: text, ...(policy ? { policy } : {}) }))).toEqual(expected);
  });

  it('hints the latest milestone date, or the date the release would have to move to', () => {
    const [missing] = runRule(leadTime, {
      release: release('major', "milestones:\n  feature_freeze: '2026-11-01'\n  code_freeze: '2026-11-20'\n"),
    });
    expect(missing!.hint).toBe(
      'Add under milestones:\n  planning: "2026-10-13"   # 56 days before the release, at the latest',
    );
    const [short] = runRule(leadTime, {
      release: release('minor', "milestones:\n  feature_freeze: '2026-11-10'\n  code_freeze: '2026-11-27'\n"),
    });
    expect(short!.hint).toBe(
      'The code freeze had to be on 2026-11-24 at the latest; otherwise move the release to the first allowed slot 3 days later or more:\ndate: 2026-12-14T09:00:00-05:00',
    );
  });
});
