import { findRuleMeta, ruleMetas } from '../rules/index.ts';
import { ruleDocsUrl, DOCS_BASE } from '../rules/rule.ts';
import type { Io } from './io.ts';
import { nearest, parse } from './options.ts';
import { policyFrom } from './policy-files.ts';
import { UsageError } from './usage.ts';

/** `explain RULE`: the rule's page, in the terminal. */
export function explainCommand(args: string[], io: Io): number {
  const { values, positionals } = parse('explain', args, true);
  const [id, ...extra] = positionals;
  if (id === undefined || extra.length > 0) {
    throw new UsageError(`give one rule id; the rules are: ${ruleMetas.map((m) => m.id).join(', ')}`);
  }
  const meta = findRuleMeta(id);
  if (!meta) {
    const near = nearest(
      id,
      ruleMetas.map((m) => m.id),
    );
    throw new UsageError(
      `no rule "${id}"${near ? `; did you mean "${near}"?` : ''} (the rules: ${ruleMetas.map((m) => m.id).join(', ')})`,
    );
  }
  const policy = policyFrom(values.policy ?? 'octoacme', io.cwd, io.cwd);
  const override = policy.data.severity?.[meta.id as keyof NonNullable<typeof policy.data.severity>];
  const granted =
    policy.data.exceptions?.waivable?.[
      meta.id as keyof NonNullable<NonNullable<typeof policy.data.exceptions>['waivable']>
    ]?.granted_by;
  const waiver = !meta.waivable
    ? 'never: nothing can waive it'
    : granted
      ? `yes, with an exception approved by ${granted.join(' or ')} (policy "${policy.name}")`
      : `not under policy "${policy.name}"`;
  io.stdout(
    [
      `${meta.id} — ${meta.title}`,
      '',
      meta.description,
      '',
      `Why: ${meta.rationale}`,
      `     (${DOCS_BASE}${meta.guide})`,
      '',
      `Fix: ${meta.fix}`,
      '',
      `Severity: ${override ?? meta.severity}${override ? ` (policy "${policy.name}"; default ${meta.severity})` : ''}`,
      `Waivable: ${waiver}`,
      `Examples: examples/${meta.examples.fail} (fails), examples/${meta.examples.pass} (passes)`,
      `Docs: ${ruleDocsUrl(meta.id)}`,
      '',
    ].join('\n'),
  );
  return 0;
}
