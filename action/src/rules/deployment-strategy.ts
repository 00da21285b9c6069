import type { RuleContext } from './context.ts';
import { missingPlace, typeRequirements } from './lib/requirements.ts';
import type { Rule } from './rule.ts';

/** When the policy limits a release type's strategies, `strategy` names one of them. */
export const deploymentStrategy: Rule<RuleContext> = {
  meta: {
    id: 'deployment-strategy',
    title: 'Deployment strategy fits the release type',
    description:
      'When the policy lists the strategies a release type may use (`types.<type>.strategies`), release.yml names one of them in `strategy`.',
    rationale:
      'Major releases are rolled out in stages (Release Types › Major Release: “Testing: Comprehensive testing, beta testing, staged rollout”): canary, blue-green or rolling deployments limit the exposure of a risky change and keep a fast way back (Deployment Strategies).',
    guide: 'guide/strategies/',
    fix: 'Set `strategy:` to one of the strategies the policy allows for the release type (OctoAcme majors: canary, blue-green or rolling).',
    severity: 'error',
    waivable: true,
    examples: { pass: 'major-compliant', fail: 'major-maintenance-window' },
  },
  check({ release, yaml, policy }, report) {
    const allowed = typeRequirements(policy.data, release.type).strategies;
    if (!allowed || allowed.length === 0) return;
    const list =
      allowed.length === 1 ? allowed[0]! : `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)!}`;
    const hint = `Use a strategy the policy allows for ${release.type} releases (${allowed.join(', ')}), for example:\nstrategy: ${allowed[0]!}`;
    if (release.strategy === undefined) {
      report({
        ...missingPlace(yaml, [], ['type']),
        message: `no deployment strategy: a ${release.type} release must use ${list}`,
        hint,
      });
    } else if (!(allowed as readonly string[]).includes(release.strategy)) {
      report({
        ...yaml.locate(['strategy']),
        message: `strategy "${release.strategy}" is not allowed for a ${release.type} release; use ${list}`,
        hint,
      });
    }
  },
};
