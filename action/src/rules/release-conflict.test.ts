import { describe, expect, it } from 'vitest';
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
      'itself, planned at another time than the calendar says (product and version identify it)',
      release('2026-12-10T12:00:00-05:00', '2026-12-10T14:00:00-05:00', '', 'checkout-web', '3.12.0'),
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
      'a dependency the calendar does not plan (taken to be in production already)',
      release('2026-12-09T10:00:00-05:00', undefined, dependsOn('ledger 5.0.3', 'billing 1.0.0')),
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
      ],
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
    const policy = policyWith('calendar: cal.yml\n', {
      'cal.yml': `timezone: Europe/Berlin
releases:
  - { product: api, version: '2.0.0', type: major, date: '2026-06-10T09:00:00+02:00' }
  - { product: web, version: '1.0.0', type: minor, date: '2026-06-10T10:45:00+02:00' }
`,
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
