import { describe, expect, it } from 'vitest';
import type { Release } from '../../engine/types/index.ts';
import { octoacmePolicy, policyWith } from '../../../../test/helpers/rules.ts';
import {
  activeChanges,
  changesRequiring,
  inSentence,
  requiredRoles,
  typeRequirements,
} from './requirements.ts';

const policy = octoacmePolicy().data;
const release = (extra: Partial<Release>): Release => ({
  product: 'pay',
  version: '2.4.0',
  type: 'minor',
  date: '2026-12-08T15:00:00-05:00',
  ...extra,
});

describe('requirements', () => {
  it('requires the type’s roles, then those of each kind of change set to true, once each', () => {
    const roles = requiredRoles(
      release({ changes: { ui: true, security: false, infrastructure: true, customer_facing: true } }),
      policy,
    );
    expect(roles.map((r) => r.role)).toEqual([
      'qa-lead',
      'tech-lead',
      'product-owner',
      'release-manager',
      'devops',
      'support-lead',
      'ux',
    ]);
    const devops = roles.find((r) => r.role === 'devops')!;
    expect(devops.byType).toBe(true);
    expect(devops.byChanges.map((c) => c.kind)).toEqual(['infrastructure']);
    const ux = roles.find((r) => r.role === 'ux')!;
    expect(ux).toMatchObject({ title: 'UX', signers: ['@octoacme/design'], byType: false });
  });

  it('maps sign-offs onto roles by id or alias, stale or not', () => {
    const roles = requiredRoles(
      release({
        type: 'patch',
        signoffs: [
          { role: 'product-manager', by: '@erin', date: '2026-12-01' },
          { role: 'tech-lead', by: '@carol', date: '2020-01-01', version: '1.0.0' },
          { role: 'janitor', by: '@x', date: '2026-12-01' },
          { role: 'tech-lead', by: '@dave', date: '2026-12-02' },
        ],
      }),
      policy,
    );
    expect(roles.map((r) => [r.role, r.signoffs])).toEqual([
      ['tech-lead', [1, 3]],
      ['product-owner', [0]],
    ]);
  });

  it('lists the kinds of change that need a named check', () => {
    const r = release({ changes: { customer_facing: true, database_migrations: true, ui: false } });
    expect(activeChanges(r, policy).map((c) => c.kind)).toEqual(['customer_facing', 'database_migrations']);
    expect(changesRequiring(r, policy, 'rollback-tested').map((c) => c.label)).toEqual([
      'database migrations',
    ]);
    expect(changesRequiring(r, policy, 'accessibility-tested')).toEqual([]);
  });

  it('follows a team policy', () => {
    const team = policyWith(
      'types:\n  patch:\n    signoffs: [tech-lead]\nchanges:\n  ui:\n    signoffs: [ux, qa-lead]\n',
    ).data;
    const roles = requiredRoles(release({ type: 'patch', changes: { ui: true } }), team);
    expect(roles.map((r) => r.role)).toEqual(['tech-lead', 'ux', 'qa-lead']);
    expect(typeRequirements(team, 'patch').rollback).toEqual({ required: true, tested: false });
  });

  it('writes titles inside sentences', () => {
    expect(inSentence('Database migrations')).toBe('database migrations');
    expect(inSentence('UI changes')).toBe('UI changes');
    expect(inSentence('Customer-facing changes')).toBe('customer-facing changes');
  });
});
