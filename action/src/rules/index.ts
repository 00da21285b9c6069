import type { RuleContext } from './context.ts';
import type { Rule, RuleMeta } from './rule.ts';
import { meta as yamlSyntax } from './yaml-syntax.ts';
import { meta as schema } from './schema.ts';

/** Every rule's metadata, in catalogue order. */
export const ruleMetas: readonly RuleMeta[] = [yamlSyntax, schema];

const byId = new Map(ruleMetas.map((m) => [m.id, m]));

export function findRuleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}

/** The rules that run on a parsed, schema-valid release.yml, in catalogue order. */
export const rules: readonly Rule<RuleContext>[] = [];
