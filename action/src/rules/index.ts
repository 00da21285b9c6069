import type { RuleContext } from './context.ts';
import { notesMissing } from './notes-missing.ts';
import type { Rule, RuleMeta } from './rule.ts';
import { meta as exceptionInvalid } from './exception-invalid.ts';
import { meta as schema } from './schema.ts';
import { meta as yamlSyntax } from './yaml-syntax.ts';

/** The rules that run on a parsed, schema-valid release.yml, in catalogue order. */
export const rules: readonly Rule<RuleContext>[] = [notesMissing];

/** Every rule's metadata, in catalogue order: the parser's two, the rules above, then the waiver stage. */
export const ruleMetas: readonly RuleMeta[] = [
  yamlSyntax,
  schema,
  ...rules.map((r) => r.meta),
  exceptionInvalid,
];

const byId = new Map(ruleMetas.map((m) => [m.id, m]));

export function findRuleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}
