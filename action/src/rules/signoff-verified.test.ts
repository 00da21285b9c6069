import { describe, expect, it } from 'vitest';
import { places, policyWith, runRule } from '../../../test/helpers/rules.ts';
import type { OnlineFacts } from './context.ts';
import { signoffVerified } from './signoff-verified.ts';

const release = (by: string) => `product: pay
version: '2.4.0'
type: patch
date: 2026-12-08T15:00:00-05:00
signoffs:
  - { role: tech-lead, by: '${by}', date: '2026-12-01' }
`;

// Two sign-offs: the second by an alias of product-owner.
const TWO = `product: pay
version: '2.4.0'
type: patch
date: 2026-12-08T15:00:00-05:00
signoffs:
  - { role: tech-lead, by: '@carol', date: '2026-12-01' }
  - { role: product-manager, by: '@bob', date: '2026-12-01' }
`;

const HEAD = 'abc1234def5678abc1234def5678abc1234def56';
/** Facts as the action gathers them: both signers approved the head and hold their roles. */
const facts = (over: Partial<OnlineFacts> = {}): OnlineFacts => ({
  author: '@alice',
  headSha: HEAD,
  approvals: ['@bob', '@carol'],
  roles: { '@carol': ['tech-lead'], '@bob': ['product-owner'] },
  unresolved: {},
  ...over,
});
const UNREADABLE = 'the token cannot read team membership in @octoacme (403: it needs members: read)';

describe('signoff-verified', () => {
  // Verification needs the GitHub API: the action runs it with a token; offline there is nothing to check.
  it.each([
    ['a sign-off by a member of the role', release('@carol')],
    ['a sign-off by someone who cannot be verified offline', release('@mallory')],
    ['a sign-off by a team', release('@octoacme/tech-leads')],
  ])('reports nothing offline: %s', (_name, text) => {
    expect(runRule(signoffVerified, { release: text })).toEqual([]);
    expect(runRule(signoffVerified, { release: text, mode: 'deploy' })).toEqual([]);
  });

  it.each<[string, string, OnlineFacts]>([
    ['each signer approved the head and holds the role (an alias names product-owner)', TWO, facts()],
    [
      'handles compare without case',
      TWO.replace("'@carol'", "'@Carol'"),
      facts({ approvals: ['@BOB', '@carol'], roles: { '@carol': ['tech-lead'], '@Bob': ['product-owner'] } }),
    ],
    [
      'a team signs through an approving member, and the team is one of the role’s teams',
      release('@octoacme/tech-leads'),
      facts({
        approvals: ['@carol', '@octoacme/tech-leads'],
        roles: { '@octoacme/tech-leads': ['tech-lead'] },
      }),
    ],
    [
      'nothing to verify: no sign-offs, even when the API could not be asked',
      'product: pay\nversion: "2.4.0"\ntype: patch\ndate: 2026-12-08T15:00:00-05:00\n',
      { unavailable: 'reviews can only be verified on a pull request' },
    ],
  ])('passes: %s', (_name, text, online) => {
    expect(places(runRule(signoffVerified, { release: text, online }))).toEqual([]);
  });

  it('passes a signer the policy lists in the role’s users, whatever team membership said', () => {
    const policy = policyWith("roles:\n  tech-lead:\n    users: ['@carol']\n");
    const online = facts({ roles: { '@bob': ['product-owner'] }, unresolved: { '@carol': UNREADABLE } });
    expect(runRule(signoffVerified, { release: TWO, online, policy })).toEqual([]);
  });

  it.each<[string, string, OnlineFacts, string[]]>([
    [
      'the API could not be asked: one warning on signoffs, nothing else',
      TWO,
      { unavailable: 'reviews can only be verified on a pull request', author: '@alice' },
      ['5:1 warning sign-offs could not be verified: reviews can only be verified on a pull request'],
    ],
    [
      'no approving review on the head commit',
      TWO,
      facts({ approvals: ['@carol'] }),
      ["7:34 error @bob has no approving review on the pull request's head commit (abc1234)"],
    ],
    [
      'a signer outside the role’s users and teams',
      release('@mallory'),
      facts({ approvals: ['@mallory'], roles: { '@mallory': ['qa-lead'] } }),
      ["6:28 error @mallory is not one of Tech Lead's users or teams (@octoacme/tech-leads)"],
    ],
    [
      'both: no approval and not in the role (an alias is reported under its role’s title)',
      TWO,
      facts({ approvals: ['@carol'], roles: { '@carol': ['tech-lead'], '@bob': [] } }),
      [
        "7:34 error @bob has no approving review on the pull request's head commit (abc1234)",
        "7:34 error @bob is not one of Product Owner's users or teams (@octoacme/product-owners)",
      ],
    ],
    [
      'team membership unreadable: a warning instead of the role check',
      TWO,
      facts({ roles: { '@carol': ['tech-lead'] }, unresolved: { '@bob': UNREADABLE } }),
      [`7:34 warning team membership of @bob could not be read: ${UNREADABLE}`],
    ],
    [
      'team membership unreadable and no approval: the approval is still an error',
      TWO,
      facts({
        approvals: ['@carol'],
        roles: { '@carol': ['tech-lead'] },
        unresolved: { '@bob': UNREADABLE },
      }),
      [
        "7:34 error @bob has no approving review on the pull request's head commit (abc1234)",
        `7:34 warning team membership of @bob could not be read: ${UNREADABLE}`,
      ],
    ],
    [
      'a team with no approving member',
      release('@octoacme/tech-leads'),
      facts({ approvals: ['@carol'], roles: { '@octoacme/tech-leads': ['tech-lead'] } }),
      [
        "6:28 error no member of @octoacme/tech-leads has an approving review on the pull request's head commit (abc1234)",
      ],
    ],
    [
      'a team whose approvers’ membership could not be read',
      release('@octoacme/tech-leads'),
      facts({
        roles: { '@octoacme/tech-leads': ['tech-lead'] },
        unresolved: { '@octoacme/tech-leads': UNREADABLE },
      }),
      [`6:28 warning team membership of @octoacme/tech-leads could not be read: ${UNREADABLE}`],
    ],
    [
      'a team that is not one of the role’s teams',
      release('@octoacme/qa'),
      facts({ approvals: ['@dora', '@octoacme/qa'], roles: { '@octoacme/qa': ['qa-lead'] } }),
      ["6:28 error @octoacme/qa is not one of Tech Lead's users or teams (@octoacme/tech-leads)"],
    ],
    [
      'no head commit known: the message leaves it out',
      release('@carol'),
      facts({ headSha: undefined, approvals: [] }),
      ["6:28 error @carol has no approving review on the pull request's head commit"],
    ],
  ])('fails: %s', (_name, text, online, expected) => {
    expect(places(runRule(signoffVerified, { release: text, online }))).toEqual(expected);
  });

  it('says how to fix each finding', () => {
    const [approval, role] = runRule(signoffVerified, {
      release: TWO,
      online: facts({ approvals: ['@carol'], roles: { '@carol': ['tech-lead'], '@bob': [] } }),
    });
    expect(approval!.hint).toBe(
      'Ask @bob to approve the pull request after its last push: an approval of an earlier commit does not count.',
    );
    expect(role!.hint).toMatch(/^Only @octoacme\/product-owners may sign for Product Owner/);
    const [warning] = runRule(signoffVerified, {
      release: TWO,
      online: facts({ roles: { '@carol': ['tech-lead'] }, unresolved: { '@bob': UNREADABLE } }),
    });
    expect(warning!.hint).toMatch(/members: read/);
  });

  it('documents what the action checks: error, never waivable', () => {
    expect(signoffVerified.meta).toMatchObject({
      id: 'signoff-verified',
      severity: 'error',
      waivable: false,
    });
    expect(signoffVerified.meta.description).toMatch(/approving review/);
    expect(signoffVerified.meta.description).toMatch(/degrades to a warning/);
  });
});
