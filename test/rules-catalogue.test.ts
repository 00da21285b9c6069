import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleMetas, rules } from '../action/src/rules/index.ts';
import { withRulesTable } from '../scripts/gen-readme.ts';
import { RULE_CATALOGUE } from './helpers/catalogue.ts';
import { REPO } from './helpers/cli.ts';
import { readExpected } from './helpers/examples.ts';
import { octoacmePolicy } from './helpers/rules.ts';

/** Rules reported by an engine stage rather than a `check`, and the tests that cover them. */
const STAGE_TESTS: Record<string, string> = {
  'yaml-syntax': 'action/src/engine/yaml-source.test.ts',
  schema: 'test/cli.test.ts',
  'exception-invalid': 'action/src/engine/waivers.test.ts',
};

/** Rules whose failing example fails only where the GitHub API answers (the action). */
const ONLINE_ONLY = new Set(['signoff-verified']);

const expected = readExpected;

describe('the rule catalogue', () => {
  it('has every public rule id, in order', () => {
    expect(ruleMetas.map((m) => m.id)).toEqual(RULE_CATALOGUE);
  });

  it('is the table in the README', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    expect(withRulesTable(readme)).toBe(readme);
  });

  describe.each(ruleMetas.map((meta) => [meta.id, meta] as const))('%s', (id, meta) => {
    it('has complete docs', () => {
      for (const key of ['title', 'description', 'rationale', 'fix'] as const)
        expect(meta[key].trim()).not.toBe('');
      expect(meta.guide).toMatch(/^(guide|reference)\/[a-z-]+\/(#[a-z0-9-]+)?$/);
    });

    it('has tests', () => {
      const beside = rules.some((r) => r.meta.id === id) ? `action/src/rules/${id}.test.ts` : STAGE_TESTS[id];
      expect(beside && existsSync(join(REPO, beside)), `${beside}`).toBe(true);
    });

    it('has a passing example that it leaves alone', () => {
      const pass = expected(meta.examples.pass);
      expect(pass.findings.filter((f) => f.rule === id && !f.waived)).toEqual([]);
    });

    it.skipIf(ONLINE_ONLY.has(id))('has a failing example where it reports', () => {
      const fail = expected(meta.examples.fail);
      expect(fail.findings.some((f) => f.rule === id)).toBe(true);
    });

    it('is waivable exactly when the OctoAcme policy says who may waive it', () => {
      const waivable = Object.keys(octoacmePolicy().data.exceptions?.waivable ?? {});
      expect(meta.waivable).toBe(waivable.includes(id));
    });
  });
});
