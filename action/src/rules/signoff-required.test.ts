import { describe, expect, it } from 'vitest';
import { places, policyWith, runRule } from '../../../test/helpers/rules.ts';
import { signoffRequired } from './signoff-required.ts';

const head = (type: string, extra = '') => `product: pay
version: '2.4.0'
type: ${type}
date: 2026-12-08T15:00:00-05:00
${extra}`;

const sign = (...roles: string[]) =>
  `signoffs:\n${roles.map((role) => `  - { role: ${role}, by: '@someone', date: '2026-12-01' }\n`).join('')}`;

const MINOR = ['qa-lead', 'tech-lead', 'product-owner', 'release-manager', 'devops'];

// Ready-made policies, built once: a team that signs patches with the Tech Lead alone, names its QA
// signers and a `tester` alias, and asks for QA on infrastructure changes.
const team = policyWith(`roles:
  qa-lead:
    aliases: [tester]
    users: ['@bob']
types:
  patch:
    signoffs: [tech-lead, qa-lead]
changes:
  infrastructure:
    signoffs: [security]
`);

describe('signoff-required', () => {
  it.each([
    ['a patch: Tech Lead and Product Owner', head('patch', sign('tech-lead', 'product-owner')), undefined],
    [
      'a patch with the product-manager alias',
      head('patch', sign('tech-lead', 'product-manager')),
      undefined,
    ],
    [
      'a minor with the qa and sre aliases',
      head('minor', sign('qa', 'tech-lead', 'product-owner', 'release-manager', 'sre')),
      undefined,
    ],
    [
      'kinds of change set to false add nothing',
      head('minor', `changes: { ui: false, security: false }\n${sign(...MINOR)}`),
      undefined,
    ],
    [
      'UI changes with the UX sign-off and accessibility testing',
      head(
        'minor',
        `changes: { ui: true }\nverification: { accessibility_tested: true }\n${sign(...MINOR, 'ux')}`,
      ),
      undefined,
    ],
    [
      'customer-facing changes signed by the customer-support-lead alias',
      head('minor', `changes: { customer_facing: true }\n${sign(...MINOR, 'customer-support-lead')}`),
      undefined,
    ],
    [
      'a stale sign-off still counts (signoff-stale reports it)',
      head(
        'patch',
        `signoffs:\n  - { role: tech-lead, by: '@carol', date: '2020-01-01', version: '0.1.0' }\n  - { role: product-owner, by: '@erin', date: '2026-12-01' }\n`,
      ),
      undefined,
    ],
    [
      'a team policy: the patch needs Tech Lead and QA (as tester)',
      head('patch', sign('tech-lead', 'tester')),
      team,
    ],
  ])('passes: %s', (_name, release, policy) => {
    expect(runRule(signoffRequired, { release, ...(policy ? { policy } : {}) })).toEqual([]);
  });

  it.each([
    [
      'no signoffs at all: each role on the type that asks for it',
      head('patch'),
      undefined,
      [
        '3:1 error missing sign-off from Product Owner "product-owner" for a patch release (may sign: @octoacme/product-owners)',
        '3:1 error missing sign-off from Tech Lead "tech-lead" for a patch release (may sign: @octoacme/tech-leads)',
      ],
    ],
    [
      'one role missing: on the signoffs key',
      head('patch', sign('tech-lead')),
      undefined,
      [
        '5:1 error missing sign-off from Product Owner "product-owner" for a patch release (may sign: @octoacme/product-owners)',
      ],
    ],
    [
      'an empty list',
      head('patch', 'signoffs: []\n'),
      undefined,
      [
        '5:1 error missing sign-off from Product Owner "product-owner" for a patch release (may sign: @octoacme/product-owners)',
        '5:1 error missing sign-off from Tech Lead "tech-lead" for a patch release (may sign: @octoacme/tech-leads)',
      ],
    ],
    [
      'the executive review of a major',
      head('major', sign(...MINOR)),
      undefined,
      [
        '5:1 error missing sign-off from Executive Stakeholder "executive" for a major release (may sign: @octoacme/executives)',
      ],
    ],
    [
      'security-sensitive changes need Security',
      head('minor', `changes: { security: true }\n${sign(...MINOR)}`),
      undefined,
      [
        '6:1 error missing sign-off from Security "security", required for security-sensitive changes (may sign: @octoacme/security)',
      ],
    ],
    [
      'customer-facing changes need the Customer Support Lead',
      head('minor', `changes: { customer_facing: true }\n${sign(...MINOR)}`),
      undefined,
      [
        '6:1 error missing sign-off from Customer Support Lead "support-lead", required for customer-facing changes (may sign: @octoacme/support-leads)',
      ],
    ],
    [
      'a misspelt role: did you mean, and the role stays missing',
      head('patch', sign('tech-lead', 'product-ownr')),
      undefined,
      [
        '5:1 error missing sign-off from Product Owner "product-owner" for a patch release (may sign: @octoacme/product-owners)',
        '7:13 error unknown role "product-ownr"; did you mean "product-owner"?',
      ],
    ],
    [
      'a role that is nothing like any other: the list of roles',
      head('patch', sign('tech-lead', 'product-owner', 'janitor')),
      undefined,
      [
        '8:13 error unknown role "janitor"; the policy\'s roles are release-manager, product-owner, qa-lead, tech-lead, devops, ux, security, executive, support-lead, product-manager, qa, qa-engineer, sre, devops-engineer, customer-support-lead',
      ],
    ],
    [
      'UI changes without verification: accessibility on the change that asks for it',
      head('minor', `changes: { ui: true }\n${sign(...MINOR, 'ux')}`),
      undefined,
      [
        '5:12 error no accessibility testing recorded: UI changes need verification.accessibility_tested: true',
      ],
    ],
    [
      'UI changes with verification but no accessibility_tested: on the verification key',
      head('minor', `changes: { ui: true }\nverification: { smoke_tests: tests/ }\n${sign(...MINOR, 'ux')}`),
      undefined,
      [
        '6:1 error no accessibility testing recorded: UI changes need verification.accessibility_tested: true',
      ],
    ],
    [
      'UI changes with accessibility_tested: false, and no UX sign-off',
      head('minor', `changes: { ui: true }\nverification:\n  accessibility_tested: false\n${sign(...MINOR)}`),
      undefined,
      [
        '7:25 error verification.accessibility_tested is false, but UI changes need accessibility testing',
        '8:1 error missing sign-off from UX "ux", required for UI changes (may sign: @octoacme/design)',
      ],
    ],
    [
      'a team policy: its own patch roles, signers (users first) and kinds of change',
      head('patch', `changes: { infrastructure: true }\n${sign('product-owner')}`),
      team,
      [
        '6:1 error missing sign-off from QA Lead "qa-lead" for a patch release (may sign: @bob, @octoacme/qa)',
        '6:1 error missing sign-off from Security "security", required for infrastructure changes (may sign: @octoacme/security)',
        '6:1 error missing sign-off from Tech Lead "tech-lead" for a patch release (may sign: @octoacme/tech-leads)',
      ],
    ],
  ])('fails: %s', (_name, release, policy, expected) => {
    expect(places(runRule(signoffRequired, { release, ...(policy ? { policy } : {}) }))).toEqual(expected);
  });

  it('hints the YAML line to paste, with a signer when the policy names one', () => {
    // Findings at one place come in message order: QA Lead, then Tech Lead.
    const onTop = runRule(signoffRequired, { release: head('patch', 'manager: "@dana"\n'), policy: team });
    expect(onTop.map((f) => f.hint)).toEqual([
      // Both hints are the one list of both missing sign-offs: pasting it once clears both findings.
      'Add one list for the 2 missing sign-offs:\nsignoffs:\n' +
        '  - { role: tech-lead, by: "@octoacme/tech-leads", date: "2026-12-04" }\n' +
        '  - { role: qa-lead, by: "@bob", date: "2026-12-04" }',
      'Add one list for the 2 missing sign-offs:\nsignoffs:\n' +
        '  - { role: tech-lead, by: "@octoacme/tech-leads", date: "2026-12-04" }\n' +
        '  - { role: qa-lead, by: "@bob", date: "2026-12-04" }',
    ]);
    const findings = runRule(signoffRequired, {
      release: head('minor', `manager: "@dana"\n${sign('tech-lead')}`),
      policy: team,
    });
    expect(findings.map((f) => f.hint).sort()).toEqual([
      // A team may sign when the policy names no user; the date is the latest a sign-off counts on.
      'Add under signoffs:\n  - { role: devops, by: "@octoacme/sre", date: "2026-12-04" }',
      'Add under signoffs:\n  - { role: product-owner, by: "@octoacme/product-owners", date: "2026-12-04" }',
      'Add under signoffs:\n  - { role: qa-lead, by: "@bob", date: "2026-12-04" }',
      'Add under signoffs:\n  - { role: release-manager, by: "@dana", date: "2026-12-04" }',
    ]);
    const [typo] = runRule(signoffRequired, {
      release: head('patch', sign('tech-lead', 'product-owner', 'sre-')),
    });
    expect(typo!.hint).toBe('role: sre');
  });
});
