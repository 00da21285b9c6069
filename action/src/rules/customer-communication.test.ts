import { describe, expect, it } from 'vitest';
import { places, policyWith, runRule } from '../../../test/helpers/rules.ts';
import { customerCommunication } from './customer-communication.ts';

const release = (changes: string, extra = '') => `product: pay
version: '2.4.0'
type: minor
date: 2026-12-08T15:00:00-05:00
changes: { ${changes} }
${extra}`;

const PLAN = { 'docs/comms/2.4.0.md': '# Saved cards: customer communication\n' };
const CUSTOMER = 'customer_facing: true';
// A team that also briefs support for UI changes, and no longer asks customer-facing changes for a plan.
const team = policyWith(
  'changes:\n  ui:\n    requires: [support-briefed]\n  customer_facing:\n    requires: [support-briefed]\n',
);

describe('customer-communication', () => {
  it.each([
    [
      'a plan in the repository and a briefed support team',
      release(CUSTOMER, 'communication: { customer_plan: docs/comms/2.4.0.md, support_briefed: true }\n'),
      undefined,
    ],
    [
      'a plan at an https:// URL',
      release(
        CUSTOMER,
        'communication:\n  customer_plan: https://wiki.octoacme.example/comms/pay-2.4\n  support_briefed: true\n',
      ),
      undefined,
    ],
    ['nothing customer-facing: nothing required', release('customer_facing: false, ui: true'), undefined],
    ['no changes at all', release('').replace('changes: {  }\n', ''), undefined],
    [
      'a team policy that needs no plan',
      release(CUSTOMER, 'communication: { support_briefed: true }\n'),
      team,
    ],
  ])('passes: %s', (_name, text, policy) => {
    expect(
      runRule(customerCommunication, { release: text, files: PLAN, ...(policy ? { policy } : {}) }),
    ).toEqual([]);
  });

  it.each([
    [
      'customer-facing without communication: both on the change that asks for them',
      release(CUSTOMER),
      undefined,
      [
        '5:12 error no customer communication plan: customer-facing changes need communication.customer_plan',
        '5:12 error support team not briefed: customer-facing changes need communication.support_briefed: true',
      ],
    ],
    [
      'a communication section without a plan: on its key',
      release(CUSTOMER, 'communication:\n  support_briefed: true\n'),
      undefined,
      ['6:1 error no customer communication plan: customer-facing changes need communication.customer_plan'],
    ],
    [
      'support not briefed: on the value',
      release(CUSTOMER, 'communication:\n  customer_plan: docs/comms/2.4.0.md\n  support_briefed: false\n'),
      undefined,
      [
        '8:20 error communication.support_briefed is false, but customer-facing changes need a briefed support team',
      ],
    ],
    [
      'a plan file that does not exist',
      release(CUSTOMER, 'communication:\n  customer_plan: docs/comms/2.4.md\n  support_briefed: true\n'),
      undefined,
      ['7:18 error customer communication plan "docs/comms/2.4.md" does not exist'],
    ],
    [
      'a plan that leaves the repository, even where none is required',
      release('customer_facing: false', 'communication: { customer_plan: ../comms.md }\n'),
      undefined,
      ['6:33 error customer communication plan "../comms.md" leads outside the repository'],
    ],
    [
      'a team policy: UI changes need support briefed',
      release('ui: true', 'communication: { support_briefed: false }\n'),
      team,
      ['6:35 error communication.support_briefed is false, but UI changes need a briefed support team'],
    ],
    [
      'a team policy: both kinds named',
      release('ui: true, customer_facing: true'),
      team,
      [
        '5:22 error support team not briefed: customer-facing changes and UI changes need communication.support_briefed: true',
      ],
    ],
  ])('fails: %s', (_name, text, policy, expected) => {
    expect(
      places(runRule(customerCommunication, { release: text, files: PLAN, ...(policy ? { policy } : {}) })),
    ).toEqual(expected);
  });

  it('hints the YAML to paste', () => {
    const hints = runRule(customerCommunication, { release: release(CUSTOMER) }).map((f) => f.hint);
    expect(hints).toEqual([
      'Add (a path in the repository or an https:// URL):\ncommunication:\n  customer_plan: docs/comms/2.4.0-customers.md',
      'Once the support team has the notes and known issues:\ncommunication:\n  support_briefed: true',
    ]);
  });
});
