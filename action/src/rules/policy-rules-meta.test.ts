import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { octoacmePolicy } from '../../../test/helpers/rules.ts';
import { customerCommunication } from './customer-communication.ts';
import { deploymentStrategy } from './deployment-strategy.ts';
import { leadTime } from './lead-time.ts';
import { rollbackPlan } from './rollback-plan.ts';
import { signoffRequired } from './signoff-required.ts';
import { signoffStale } from './signoff-stale.ts';
import { signoffVerified } from './signoff-verified.ts';

const EXAMPLES = join(import.meta.dirname, '../../../examples');
const RULES = [
  signoffRequired,
  signoffStale,
  signoffVerified,
  leadTime,
  rollbackPlan,
  customerCommunication,
  deploymentStrategy,
];

describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s metadata', (id, rule) => {
  const { meta } = rule;

  it('is complete and written in the house style', () => {
    for (const key of ['title', 'description', 'rationale', 'fix'] as const)
      expect(meta[key].trim()).not.toBe('');
    expect(meta.guide).toMatch(/^guide\/[a-z-]+\/(#[a-z0-9-]+)?$/);
    expect(meta.severity).toBe('error');
  });

  it('names example repositories that exist: a compliant one and a failing one', () => {
    expect(existsSync(join(EXAMPLES, meta.examples.pass, 'expected.json'))).toBe(true);
    expect(existsSync(join(EXAMPLES, meta.examples.fail, 'release.yml'))).toBe(true);
  });

  it('is waivable exactly when the OctoAcme policy lets a waiver cover it', () => {
    const waivable = Object.keys(octoacmePolicy().data.exceptions?.waivable ?? {});
    expect(meta.waivable).toBe(waivable.includes(id));
  });
});
