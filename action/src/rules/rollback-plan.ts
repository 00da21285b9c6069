import type { RuleContext } from './context.ts';
import { checkReference } from './lib/references.ts';
import { askedBy, changesRequiring, missingPlace, typeRequirements } from './lib/requirements.ts';
import type { Rule } from './rule.ts';

/**
 * A rollback plan exists where the release type (or a kind of change that needs a tested rollback)
 * asks for one, as an https:// URL or a file inside the repository, and it was tested where the
 * policy requires that.
 */
/** Where the hints put the runbook: the place the examples and templates use. */
const RUNBOOK = 'docs/runbooks/rollback.md';

export const rollbackPlan: Rule<RuleContext> = {
  meta: {
    id: 'rollback-plan',
    title: 'Rollback plan exists and is tested',
    description:
      'release.yml names a rollback plan (`rollback.plan`: a file in the repository or an https:// URL) when the release type requires one, and sets `rollback.tested: true` when the type or a kind of change (database migrations) requires a tested rollback.',
    rationale:
      'Every release needs a way back (Pre-Release Requirements › Infrastructure & Operations: “Rollback procedure documented and tested”; the shorter guide: “Rollback / mitigation plan documented”), and database changes need their rollback scripts tested in staging (Rollback Procedures › For database changes). Expedited hotfixes document the plan; minor and major releases test it.',
    guide: 'guide/pre-release/#infrastructure--operations',
    fix: 'Write the rollback runbook (or link it) under `rollback.plan`, rehearse it in staging, and set `rollback.tested: true`.',
    severity: 'error',
    waivable: true,
    examples: { pass: 'patch-compliant', fail: 'patch-no-rollback' },
  },
  check(context, report) {
    const { release, yaml, policy } = context;
    const rules = typeRequirements(policy.data, release.type).rollback ?? {};
    const testedFor = changesRequiring(release, policy.data, 'rollback-tested');
    // A tested rollback needs a plan to test, whoever asks for it.
    const planNeeded = rules.required === true || rules.tested === true || testedFor.length > 0;
    const testNeeded = rules.tested === true || testedFor.length > 0;
    // Who asks, as a sentence's subject: "a minor release needs", "database migrations need".
    const asker = (forTest: boolean) => {
      const byType = rules.tested === true || (!forTest && rules.required === true);
      const parts = [...(byType ? [`a ${release.type} release`] : []), ...testedFor.map((c) => c.label)];
      const plural = parts.length > 1 || !byType;
      return `${parts.join(' and ')} ${plural ? 'need' : 'needs'}`;
    };
    const example = `rollback:\n  plan: ${RUNBOOK}\n  tested: ${testNeeded}`;
    // Pasting a path that names no file would only trade this finding for another: say to write it first.
    const write = checkReference(context, RUNBOOK).ok
      ? ''
      : `Write the rollback runbook at ${RUNBOOK} (how to go back to the previous version), or use its https:// URL instead. `;

    const rollback = release.rollback;
    if (!rollback) {
      if (!planNeeded) return;
      const what = testNeeded ? 'a tested one' : 'one';
      report({
        ...missingPlace(
          yaml,
          ['rollback'],
          askedBy(rules.required === true || rules.tested === true, testedFor),
        ),
        message: `no rollback plan: ${asker(testNeeded)} ${what}`,
        hint: `${write}Add the plan (a runbook path or an https:// URL):\n${example}`,
      });
      return;
    }

    if (rollback.plan === undefined) {
      if (planNeeded) {
        report({
          ...yaml.locate(['rollback'], 'key'),
          message: `rollback.plan is missing: ${asker(false)} a rollback plan`,
          hint: `${write}Add under rollback: a runbook path or an https:// URL:\n  plan: ${RUNBOOK}`,
        });
      }
    } else {
      const plan = checkReference(context, rollback.plan);
      if (!plan.ok) {
        report({
          ...yaml.locate(['rollback', 'plan']),
          message: `rollback plan ${plan.problem}`,
          hint: `${write}Point it at a runbook in the repository (relative to release.yml) or an https:// URL:\nplan: ${RUNBOOK}`,
        });
      }
    }

    if (testNeeded && rollback.tested !== true) {
      const written = yaml.has(['rollback', 'tested']);
      report({
        ...(written ? yaml.locate(['rollback', 'tested']) : yaml.locate(['rollback'], 'key')),
        message: written
          ? `rollback.tested is ${JSON.stringify(rollback.tested)}, but ${asker(true)} a tested rollback`
          : `rollback.tested is not set: ${asker(true)} a tested rollback`,
        hint: 'Rehearse the rollback in staging, then:\nrollback:\n  tested: true',
      });
    }
  },
};
