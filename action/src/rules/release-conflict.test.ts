import { describe, expect, it } from 'vitest';
import { policyWithCalendar } from '../../../test/helpers/calendar.ts';
import { places, policyWith, runRule } from '../../../test/helpers/rules.ts';
import { parseInstant } from '../engine/calendar/index.ts';
import { releaseConflict, spansOverlap } from './release-conflict.ts';

/** release.yml with `date` on line 5 (column 7), `window` on line 6 when given, then `extra`. */
function release(date: string, end?: string, extra = '', product = 'pay', version = '1.1.0'): string {
  return [
    `product: ${product}`,
    `version: '${version}'`,
    "previous: '1.0.0'",
    'type: minor',
    `date: ${date}`,
    ...(end ? [`window: { end: ${end} }`] : []),
    extra,
  ].join('\n');
}

/** `depends_on` as block items: the first on line `6 + (window ? 1 : 0) + 1`, column 5. */
function dependsOn(...refs: string[]): string {
  return [
    'depends_on:',
    ...refs.map((r) => `  - { product: ${r.split(' ')[0]}, version: '${r.split(' ')[1]}' }`),
    '',
  ].join('\n');
}

const CHECKOUT =
  'overlaps the planned release checkout-web 3.12.0 (2026-12-10 11:00 to 13:00 America/New_York)';

describe('release-conflict', () => {
  it.each([
    [
      'payments-api 2.4.0 as the calendar plans it: itself is not a conflict, ledger 5.1.0 ships before',
      release(
        '2026-12-08T15:00:00-05:00',
        '2026-12-08T17:00:00-05:00',
        dependsOn('ledger 5.1.0'),
        'payments-api',
        '2.4.0',
      ),
    ],
    [
      'itself, planned exactly as the calendar says (product and version identify it)',
      release('2026-12-10T11:00:00-05:00', '2026-12-10T13:00:00-05:00', '', 'checkout-web', '3.12.0'),
    ],
    [
      'a window that ends exactly when the other release starts (exclusive end)',
      release('2026-12-10T09:00:00-05:00', '2026-12-10T11:00:00-05:00'),
    ],
    [
      'a window that starts exactly when the other release ends',
      release('2026-12-10T13:00:00-05:00', '2026-12-10T14:00:00-05:00'),
    ],
    ['an instant release at the other release’s end', release('2026-12-10T13:00:00-05:00')],
    [
      'a window that ends when database maintenance starts',
      release('2026-12-05T00:00:00-05:00', '2026-12-05T02:00:00-05:00'),
    ],
    [
      'the same manager on a release that does not overlap',
      release('2026-12-10T13:00:00-05:00', '2026-12-10T14:00:00-05:00', "manager: '@sam'"),
    ],
    [
      'March DST: 23:00Z on the third Wednesday is 19:00 EDT, before OS patching at 20:00',
      release('2026-03-18T23:00:00Z', '2026-03-19T00:00:00Z'),
    ],
  ])('passes: %s', (_name, yaml) => {
    expect(runRule(releaseConflict, { release: yaml })).toEqual([]);
  });

  it.each([
    [
      'a window overlapping another team’s release',
      release('2026-12-10T12:00:00-05:00', '2026-12-10T14:00:00-05:00'),
      [`5:7 warning ${CHECKOUT}`],
    ],
    [
      'an instant inside another release’s window',
      release('2026-12-10T12:59:59-05:00'),
      [`5:7 warning ${CHECKOUT}`],
    ],
    [
      'a long window over two releases',
      release('2026-12-02T09:00:00-05:00', '2026-12-03T15:00:00-05:00'),
      [
        '5:7 warning overlaps the planned release ledger 5.1.0 (2026-12-03 14:00 to 16:00 America/New_York)',
        '5:7 warning overlaps the planned release notifications 1.8.1 (2026-12-02 10:00 to 11:00 America/New_York)',
      ],
    ],
    [
      'database maintenance, the first Saturday of the month',
      release('2026-12-05T05:30:00-05:00', '2026-12-05T07:00:00-05:00'),
      [
        '5:7 warning overlaps maintenance "Database maintenance" (2026-12-05 02:00 to 06:00 America/New_York) on postgres-primary, postgres-replicas, ledger-db, payments-db',
      ],
    ],
    [
      'March DST: 00:30Z on Thursday is 20:30 EDT on Wednesday, in OS patching (a fixed -05:00 would read 19:30)',
      release('2026-03-19T00:30:00Z'),
      [
        '5:7 warning overlaps maintenance "OS patching" (2026-03-18 20:00 to 22:00 America/New_York) on linux-fleet, bastion-hosts',
      ],
    ],
    [
      'November DST: 01:30Z on Thursday 2026-11-19 is 20:30 EST, in OS patching',
      release('2026-11-19T01:30:00Z'),
      [
        '5:7 warning overlaps maintenance "OS patching" (2026-11-18 20:00 to 22:00 America/New_York) on linux-fleet, bastion-hosts',
      ],
    ],
    [
      'a dependency planned after this release, placed on its item',
      release(
        '2026-12-08T15:00:00-05:00',
        '2026-12-08T17:00:00-05:00',
        dependsOn('ledger 5.1.0', 'checkout-web 3.12.0', 'billing 1.0.0'),
      ),
      [
        '9:5 error checkout-web 3.12.0 ships 2026-12-10T11:00-05:00, after this release (2026-12-08T15:00-05:00)',
        '5:7 warning overlaps the planned release payments-api 2.4.0 (2026-12-08 15:00 to 17:00 America/New_York)',
        "10:5 warning billing 1.0.0 is planned neither in this run, in the calendar nor in the collected releases: can't tell when it ships",
      ],
    ],
    [
      'a dependency planned nowhere: nobody can tell when it ships',
      release('2026-12-09T10:00:00-05:00', undefined, dependsOn('ledger 5.0.3', 'billing 1.0.0')),
      [
        "7:5 warning ledger 5.0.3 is planned neither in this run, in the calendar nor in the collected releases: can't tell when it ships",
        "8:5 warning billing 1.0.0 is planned neither in this run, in the calendar nor in the collected releases: can't tell when it ships",
      ],
    ],
    [
      'itself, planned at another time than the calendar says',
      release('2026-12-10T12:00:00-05:00', '2026-12-10T14:00:00-05:00', '', 'checkout-web', '3.12.0'),
      [
        '5:7 warning the calendar plans checkout-web 3.12.0 for 2026-12-10 11:00 to 13:00 America/New_York, but release.yml for 2026-12-10 12:00 to 14:00 America/New_York',
      ],
    ],
    [
      'itself, moved after a release the calendar says depends on it',
      release('2026-12-10T14:00:00-05:00', '2026-12-10T16:00:00-05:00', '', 'payments-api', '2.4.0'),
      [
        '5:7 warning checkout-web 3.12.0 depends on this release and is planned for 2026-12-10T11:00-05:00 (the calendar), not after this release (2026-12-10T14:00-05:00)',
        '5:7 warning the calendar plans payments-api 2.4.0 for 2026-12-08 15:00 to 17:00 America/New_York, but release.yml for 2026-12-10 14:00 to 16:00 America/New_York',
      ],
    ],
    [
      'its manager booked on another release at the same time (handles ignore case)',
      release('2026-12-10T12:00:00-05:00', '2026-12-10T14:00:00-05:00', "manager: '@Sam'"),
      [
        `5:7 warning ${CHECKOUT}`,
        '7:10 warning @Sam also manages checkout-web 3.12.0 (2026-12-10 11:00 to 13:00 America/New_York, the calendar), which overlaps this release',
      ],
    ],
    [
      'a dependency cycle through the calendar: ledger 5.1.0 → payments-api 2.4.0 → ledger 5.1.0',
      release(
        '2026-12-03T14:00:00-05:00',
        '2026-12-03T16:00:00-05:00',
        dependsOn('payments-api 2.4.0'),
        'ledger',
        '5.1.0',
      ),
      ['8:5 error dependency cycle: ledger 5.1.0 → payments-api 2.4.0 → ledger 5.1.0'],
    ],
    [
      'a release that depends on itself',
      release('2026-12-09T10:00:00-05:00', undefined, dependsOn('pay 1.1.0')),
      ['7:5 error dependency cycle: pay 1.1.0 → pay 1.1.0'],
    ],
    [
      'a dependency planned at the same instant (its start ≥ this start), which also overlaps',
      release('2026-12-10T11:00:00-05:00', undefined, dependsOn('checkout-web 3.12.0')),
      [
        '7:5 error checkout-web 3.12.0 ships 2026-12-10T11:00-05:00, at the same time as this release (2026-12-10T11:00-05:00)',
        `5:7 warning ${CHECKOUT}`,
      ],
    ],
    [
      'a dependency in the next year, after the DST change: its time in its own offset',
      release('2027-03-16T14:00:00-04:00', undefined, dependsOn('ledger 6.0.0')),
      ['7:5 error ledger 6.0.0 ships 2027-03-23T14:00-04:00, after this release (2027-03-16T14:00-04:00)'],
    ],
  ])('fails: %s', (_name, yaml, expected) => {
    expect(places(runRule(releaseConflict, { release: yaml }))).toEqual(expected);
  });

  describe('systems', () => {
    // Database maintenance, the first Saturday of the month 02:00–06:00, works on postgres-primary,
    // postgres-replicas, ledger-db and payments-db.
    const saturday = (systems: string) =>
      release('2026-12-05T05:30:00-05:00', '2026-12-05T07:00:00-05:00', `systems: [${systems}]\n`);

    it('a release that lists none of the maintenance’s systems does not conflict with it', () => {
      expect(places(runRule(releaseConflict, { release: saturday('search-index') }))).toEqual([]);
    });

    it('a release that touches a system under maintenance is warned on that system', () => {
      expect(places(runRule(releaseConflict, { release: saturday('search-index, payments-db') }))).toEqual([
        '7:25 warning overlaps maintenance "Database maintenance" (2026-12-05 02:00 to 06:00 America/New_York) on payments-db, which this release touches',
      ]);
    });

    it('a release that lists no systems is warned, and told to list them', () => {
      const [finding] = runRule(releaseConflict, {
        release: release('2026-12-05T05:30:00-05:00', '2026-12-05T07:00:00-05:00'),
      });
      expect(finding!.hint).toContain('list the systems this release changes under `systems`');
    });

    it('two releases touching the same system at once: named, with the system, on the system', () => {
      // ledger 5.1.0 (calendar) touches ledger-db from 14:00 to 16:00.
      const yaml = release(
        '2026-12-03T15:00:00-05:00',
        '2026-12-03T17:00:00-05:00',
        'systems: [ledger-db]\n',
      );
      expect(places(runRule(releaseConflict, { release: yaml }))).toEqual([
        '7:11 warning overlaps the planned release ledger 5.1.0 (2026-12-03 14:00 to 16:00 America/New_York); both touch ledger-db',
      ]);
    });

    it('between siblings of one run too', () => {
      const a = release('2027-02-02T10:00:00-05:00', '2027-02-02T11:00:00-05:00', 'systems: [cache]\n', 'a');
      const b = release(
        '2027-02-02T10:30:00-05:00',
        '2027-02-02T12:00:00-05:00',
        'systems: [queue, cache]\n',
        'b',
      );
      expect(places(runRule(releaseConflict, { release: a, siblings: { 'b/release.yml': b } }))).toEqual([
        '7:11 warning overlaps the planned release b 1.1.0 (2027-02-02 10:30 to 12:00 America/New_York); both touch cache',
      ]);
    });
  });

  describe('sibling release.yml files in the same run', () => {
    const ledger = (date: string, end: string, extra = '') =>
      release(date, end, extra, 'ledger-core', '7.2.0').replace("'1.0.0'", "'7.1.0'");
    const payments = release(
      '2026-12-08T15:00:00-05:00',
      '2026-12-08T17:00:00-05:00',
      dependsOn('ledger-core 7.2.0'),
      'payments-api',
      '2.4.0',
    );

    it('passes when the sibling it depends on ships first', () => {
      const siblings = {
        'services/ledger/release.yml': ledger('2026-12-07T15:00:00-05:00', '2026-12-07T17:00:00-05:00'),
      };
      expect(runRule(releaseConflict, { release: payments, siblings })).toEqual([]);
    });

    it('is an error on the depends_on entry when the sibling ships a day later', () => {
      const siblings = {
        'services/ledger/release.yml': ledger('2026-12-09T15:00:00-05:00', '2026-12-09T17:00:00-05:00'),
      };
      const [finding, ...more] = runRule(releaseConflict, { release: payments, siblings });
      expect(more).toEqual([]);
      expect(places([finding!])).toEqual([
        '8:5 error ledger-core 7.2.0 ships 2026-12-09T15:00-05:00 (services/ledger/release.yml), after this release (2026-12-08T15:00-05:00)',
      ]);
      expect(finding!.hint).toBe(
        "ledger-core 7.2.0 must be in production first: move `date` to 2026-12-09T17:00-05:00 or later (and this release's entry in policies/octoacme/calendar.yml with it).",
      );
    });

    it('takes the sibling’s plan over the calendar’s for the same release', () => {
      const siblings = {
        'services/ledger/release.yml': release(
          '2026-12-09T09:00:00-05:00',
          '2026-12-09T10:00:00-05:00',
          '',
          'ledger',
          '5.1.0',
        ).replace("'1.0.0'", "'5.0.0'"),
      };
      const yaml = release(
        '2026-12-08T15:00:00-05:00',
        '2026-12-08T16:00:00-05:00',
        dependsOn('ledger 5.1.0'),
      );
      expect(places(runRule(releaseConflict, { release: yaml, siblings }))).toEqual([
        '8:5 error ledger 5.1.0 ships 2026-12-09T09:00-05:00 (services/ledger/release.yml), after this release (2026-12-08T15:00-05:00)',
        '5:7 warning overlaps the planned release payments-api 2.4.0 (2026-12-08 15:00 to 17:00 America/New_York)',
      ]);
    });

    it('finds a cycle between siblings, on each side', () => {
      const a = release('2026-12-09T10:00:00-05:00', undefined, dependsOn('b 2.0.0'), 'a', '1.1.0');
      const b = release('2026-12-09T12:00:00-05:00', undefined, dependsOn('a 1.1.0'), 'b', '2.0.0');
      expect(places(runRule(releaseConflict, { release: a, siblings: { 'b/release.yml': b } }))).toEqual([
        '7:5 error dependency cycle: a 1.1.0 → b 2.0.0 → a 1.1.0',
      ]);
      expect(places(runRule(releaseConflict, { release: b, siblings: { 'a/release.yml': a } }))).toEqual([
        '7:5 error dependency cycle: b 2.0.0 → a 1.1.0 → b 2.0.0',
      ]);
    });

    it('shortens a long cycle in its message', () => {
      const chain = Array.from({ length: 12 }, (_, i) =>
        release(
          '2026-12-09T10:00:00-05:00',
          undefined,
          dependsOn(`s${(i + 1) % 12} 1.1.0`),
          `s${i}`,
          '1.1.0',
        ),
      );
      const siblings = Object.fromEntries(chain.slice(1).map((yaml, i) => [`s${i + 1}/release.yml`, yaml]));
      const findings = runRule(releaseConflict, { release: chain[0]!, siblings });
      expect(places(findings.filter((f) => f.severity === 'error'))).toEqual([
        '7:5 error dependency cycle: s0 1.1.0 → s1 1.1.0 → s2 1.1.0 → s3 1.1.0 → s4 1.1.0 → s5 1.1.0 → … (5 more) → s11 1.1.0 → s0 1.1.0',
      ]);
    });

    it('warns when the same manager runs two overlapping siblings', () => {
      const mine = release('2026-12-09T10:00:00-05:00', '2026-12-09T12:00:00-05:00', "manager: '@kim'");
      const other = release(
        '2026-12-09T11:00:00-05:00',
        '2026-12-09T11:30:00-05:00',
        "manager: '@kim'",
        'web',
        '1.1.0',
      );
      expect(
        places(runRule(releaseConflict, { release: mine, siblings: { 'web/release.yml': other } })),
      ).toEqual([
        '5:7 warning overlaps the planned release web 1.1.0 (2026-12-09 11:00 to 11:30 America/New_York)',
        '7:10 warning @kim also manages web 1.1.0 (2026-12-09 11:00 to 11:30 America/New_York, web/release.yml), which overlaps this release',
      ]);
    });
  });

  it('gives the calendar’s time as YAML to paste when release.yml drifted from it', () => {
    const yaml = release('2026-12-10T12:00:00-05:00', undefined, '', 'checkout-web', '3.12.0');
    const [drift] = runRule(releaseConflict, { release: yaml });
    expect(drift!.hint).toBe(
      "Teams plan around the calendar: update this release's entry in policies/octoacme/calendar.yml to the time release.yml says, or plan the release as it does:\ndate: 2026-12-10T11:00:00-05:00\nwindow: { end: 2026-12-10T13:00:00-05:00 }",
    );
    const fixed = release(
      '2026-12-10T11:00:00-05:00',
      '2026-12-10T13:00:00-05:00',
      '',
      'checkout-web',
      '3.12.0',
    );
    expect(runRule(releaseConflict, { release: fixed })).toEqual([]);
  });

  it('checks the same plan in deploy mode, whatever the clock says', () => {
    const yaml = release(
      '2026-12-08T15:00:00-05:00',
      '2026-12-08T17:00:00-05:00',
      dependsOn('checkout-web 3.12.0'),
    );
    const plan = places(runRule(releaseConflict, { release: yaml }));
    expect(plan).toEqual([
      '8:5 error checkout-web 3.12.0 ships 2026-12-10T11:00-05:00, after this release (2026-12-08T15:00-05:00)',
      '5:7 warning overlaps the planned release payments-api 2.4.0 (2026-12-08 15:00 to 17:00 America/New_York)',
    ]);
    expect(
      places(runRule(releaseConflict, { release: yaml, mode: 'deploy', now: '2026-12-08T15:00:00-05:00' })),
    ).toEqual(plan);
  });

  it('says whom to talk to and where the dependency’s window ends', () => {
    const [dependency, overlap] = runRule(releaseConflict, {
      release: release(
        '2026-12-08T15:00:00-05:00',
        '2026-12-08T17:00:00-05:00',
        dependsOn('checkout-web 3.12.0'),
      ),
    });
    expect(dependency!.hint).toBe(
      'checkout-web 3.12.0 must be in production first: move `date` to 2026-12-10T13:00-05:00 or later, or agree an earlier date for it with @sam.',
    );
    expect(overlap!.hint).toBe(
      'Guide, T-24 hours: check for conflicting releases or maintenance. Agree the order with @dana, or move `date` and `window` clear of it.',
    );
  });

  it('reads a team’s calendar: releases without a window are instants', () => {
    const policy = policyWithCalendar({
      timezone: 'Europe/Berlin',
      releases: [
        { product: 'api', version: '2.0.0', type: 'major', date: '2026-06-10T09:00:00+02:00' },
        { product: 'web', version: '1.0.0', type: 'minor', date: '2026-06-10T10:45:00+02:00' },
      ],
    });
    const yaml = release('2026-06-10T08:30:00Z', '2026-06-10T09:00:00Z', dependsOn('api 2.0.0'));
    expect(places(runRule(releaseConflict, { release: yaml, policy }))).toEqual([
      '5:7 warning overlaps the planned release web 1.0.0 (2026-06-10 10:45 Europe/Berlin)',
    ]);
  });

  it('is off when the policy says so', () => {
    const yaml = release('2026-12-10T12:00:00-05:00', '2026-12-10T14:00:00-05:00');
    expect(
      runRule(releaseConflict, {
        release: yaml,
        policy: policyWith('severity: { release-conflict: off }\n'),
      }),
    ).toEqual([]);
  });
});

describe('spansOverlap', () => {
  const span = (start: string, end?: string) => ({
    start: parseInstant(start),
    end: end ? parseInstant(end) : undefined,
  });
  const a = span('2026-12-10T11:00:00Z', '2026-12-10T13:00:00Z');
  it.each([
    ['a window inside', span('2026-12-10T11:30:00Z', '2026-12-10T12:00:00Z'), true],
    ['a window that ends at the start', span('2026-12-10T10:00:00Z', '2026-12-10T11:00:00Z'), false],
    ['a window that starts at the end', span('2026-12-10T13:00:00Z', '2026-12-10T14:00:00Z'), false],
    ['an instant at the start', span('2026-12-10T11:00:00Z'), true],
    ['an instant at the end', span('2026-12-10T13:00:00Z'), false],
  ])('%s', (_name, b, expected) => {
    expect(spansOverlap(a, b)).toBe(expected);
    expect(spansOverlap(b, a)).toBe(expected);
  });

  it('two instants overlap only when equal', () => {
    expect(spansOverlap(span('2026-12-10T11:00:00Z'), span('2026-12-10T11:00:00Z'))).toBe(true);
    expect(spansOverlap(span('2026-12-10T11:00:00Z'), span('2026-12-10T11:00:00.001Z'))).toBe(false);
  });
});
