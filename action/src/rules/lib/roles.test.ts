import { describe, expect, it } from 'vitest';
import { octoacmePolicy, policyWith } from '../../../../test/helpers/rules.ts';
import { closestRoleName, resolveRole, roleNames, roleSigners, roleTitle, signoffYaml } from './roles.ts';

const policy = octoacmePolicy().data;

describe('roles', () => {
  it.each([
    ['qa-lead', 'qa-lead'],
    ['product-manager', 'product-owner'],
    ['sre', 'devops'],
    ['devops-engineer', 'devops'],
    ['customer-support-lead', 'support-lead'],
    ['QA-Lead', undefined],
    ['janitor', undefined],
    ['toString', undefined],
  ])('resolves %s to %s', (name, id) => {
    expect(resolveRole(policy, name)).toBe(id);
  });

  it('lists ids then aliases, and knows titles and signers', () => {
    expect(roleNames(policy).slice(0, 2)).toEqual(['release-manager', 'product-owner']);
    expect(roleNames(policy)).toContain('product-manager');
    expect(roleTitle(policy, 'devops')).toBe('DevOps/SRE');
    expect(roleTitle(policy, 'nobody')).toBe('nobody');
    expect(roleSigners(policy, 'qa-lead')).toEqual(['@octoacme/qa']);
  });

  it('follows a team policy: new aliases and users', () => {
    const team = policyWith("roles:\n  qa-lead:\n    aliases: [tester]\n    users: ['@bob']\n").data;
    expect(resolveRole(team, 'tester')).toBe('qa-lead');
    expect(resolveRole(team, 'qa')).toBeUndefined();
    expect(roleSigners(team, 'qa-lead')).toEqual(['@bob', '@octoacme/qa']);
  });

  it('suggests the closest name only when it is a likely typo', () => {
    expect(closestRoleName(policy, 'qa-leed')).toBe('qa-lead');
    expect(closestRoleName(policy, 'Tech-Lead')).toBe('tech-lead');
    expect(closestRoleName(policy, 'product-manger')).toBe('product-manager');
    expect(closestRoleName(policy, 'janitor')).toBeUndefined();
  });

  it('writes a sign-off as one YAML line', () => {
    expect(signoffYaml({ role: 'qa-lead', by: '@bob', date: '2026-12-01' })).toBe(
      '- { role: qa-lead, by: "@bob", date: "2026-12-01" }',
    );
    expect(signoffYaml({ role: 'qa-lead', by: '@bob', date: '2026-12-01', version: '2.4.0' })).toBe(
      '- { role: qa-lead, by: "@bob", date: "2026-12-01", version: "2.4.0" }',
    );
  });
});
