import { describe, expect, it } from 'vitest';
import { runRule } from '../../../test/helpers/rules.ts';
import { signoffVerified } from './signoff-verified.ts';

const release = (by: string) => `product: pay
version: '2.4.0'
type: patch
date: 2026-12-08T15:00:00-05:00
signoffs:
  - { role: tech-lead, by: '${by}', date: '2026-12-01' }
`;

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
