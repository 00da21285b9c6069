import { blackoutWindow } from './blackout-window.ts';
import { breakingChange } from './breaking-change.ts';
import type { RuleContext } from './context.ts';
import { customerCommunication } from './customer-communication.ts';
import { deploymentStrategy } from './deployment-strategy.ts';
import { meta as exceptionInvalid } from './exception-invalid.ts';
import { leadTime } from './lead-time.ts';
import { notesMismatch } from './notes-mismatch.ts';
import { notesMissing } from './notes-missing.ts';
import { notesPlaceholder } from './notes-placeholder.ts';
import { notesSection } from './notes-section.ts';
import { releaseConflict } from './release-conflict.ts';
import { rollbackPlan } from './rollback-plan.ts';
import type { Rule, RuleMeta } from './rule.ts';
import { meta as schema } from './schema.ts';
import { signoffRequired } from './signoff-required.ts';
import { signoffStale } from './signoff-stale.ts';
import { signoffVerified } from './signoff-verified.ts';
import { versionBump } from './version-bump.ts';
import { meta as yamlSyntax } from './yaml-syntax.ts';

/** The rules that run on a parsed, schema-valid release.yml, in catalogue order. */
export const rules: readonly Rule<RuleContext>[] = [
  versionBump,
  signoffRequired,
  signoffStale,
  signoffVerified,
  blackoutWindow,
  leadTime,
  releaseConflict,
  rollbackPlan,
  deploymentStrategy,
  notesMissing,
  notesSection,
  notesPlaceholder,
  notesMismatch,
  breakingChange,
  customerCommunication,
];

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
