import { parseInstant } from '../engine/calendar/time.ts';
import type { Release } from '../engine/types/index.ts';
import type { RuleContext } from './context.ts';
import {
  askedBy,
  changesRequiring,
  missingPlace,
  type RequiredRole,
  requiredRoles,
} from './lib/requirements.ts';
import { countOf, dayIn, policyZone, signoffDays } from './lib/days.ts';
import { closestRoleName, resolveRole, roleNames, signoffYaml } from './lib/roles.ts';
import type { Rule } from './rule.ts';

/**
 * Every role the policy requires for this release type and these kinds of change has a sign-off
 * (by role id or alias), every sign-off names a role the policy knows, and UI changes come with
 * accessibility testing (the `accessibility-tested` check).
 */
export const signoffRequired: Rule<RuleContext> = {
  meta: {
    id: 'signoff-required',
    title: 'Required sign-offs are present',
    description:
      'release.yml has a sign-off from every role the policy requires for the release type and for each kind of change it sets to true, every sign-off names a known role or alias, and UI changes are accessibility-tested.',
    rationale:
      'No release ships without its approvals (Pre-Release Requirements › Approvals: QA Lead, Tech Lead, Product Owner, the Release Manager’s go/no-go, Security for security-sensitive changes); patches take the streamlined Tech Lead + Product Owner, majors add the executive review (Release Types), and the shorter guide adds the cross-functional sign-offs (QA, UX, DevOps, Product Manager). UI changes need accessibility testing (Pre-Release Requirements › Testing).',
    guide: 'guide/pre-release/#approvals',
    fix: 'Get the missing approvals and record each under `signoffs:` as `- { role: <role>, by: "@<handle>", date: "YYYY-MM-DD" }`, using a role id or alias of the policy (the hint names the Release Manager, the role’s first user or its team, and the latest day a sign-off counts on; without a `signoffs:` list, every missing sign-off’s hint is the same one list); for UI changes, complete accessibility testing and set `verification.accessibility_tested: true`.',
    severity: 'error',
    waivable: false,
    examples: { pass: 'minor-compliant', fail: 'minor-missing-signoffs' },
  },
  check({ release, yaml, policy, now, mode }, report) {
    const signoffs = release.signoffs ?? [];

    signoffs.forEach((signoff, index) => {
      if (resolveRole(policy.data, signoff.role) !== undefined) return;
      const near = closestRoleName(policy.data, signoff.role);
      report({
        ...yaml.locate(['signoffs', index, 'role']),
        message: near
          ? `unknown role "${signoff.role}"; did you mean "${near}"?`
          : `unknown role "${signoff.role}"; the policy's roles are ${roleNames(policy.data).join(', ')}`,
        ...(near ? { hint: `role: ${near}` } : {}),
      });
    });

    // The most recent day a sign-off counts on: today, or the release day when that came first.
    const today = dayIn(parseInstant(now), policyZone(policy));
    const releaseDay =
      release.date === undefined ? today : dayIn(parseInstant(release.date), policyZone(policy));
    const days = signoffDays({
      today,
      releaseDay,
      deploy: mode === 'deploy',
      maxAge: policy.data.signoffs?.max_age_days,
    });
    const date = days.empty ? days.earliest!.toString() : days.suggested.toString();
    const missing = requiredRoles(release, policy.data).filter((required) => required.signoffs.length === 0);
    const lines = missing.map((required) =>
      signoffYaml({ role: required.role, by: suggestedSigner(required, release), date }),
    );
    // Without a `signoffs:` list, every missing sign-off's hint is the one list they all go in.
    const hasList = yaml.has(['signoffs']);
    const all =
      lines.length > 1
        ? `Add one list for the ${lines.length} missing sign-offs:\nsignoffs:\n  ${lines.join('\n  ')}`
        : `Add:\nsignoffs:\n  ${lines[0]}`;
    const when = days.empty
      ? `\nSign-offs count from ${date} (${countOf(policy.data.signoffs!.max_age_days!, 'day')} before the release date): collect them then.`
      : '';
    missing.forEach((required, index) => {
      report({
        ...missingPlace(yaml, ['signoffs'], askedBy(required.byType, required.byChanges)),
        message: missingMessage(required, release.type),
        hint: (hasList ? `Add under signoffs:\n  ${lines[index]}` : all) + when,
      });
    });

    const needsA11y = changesRequiring(release, policy.data, 'accessibility-tested');
    if (needsA11y.length > 0 && release.verification?.accessibility_tested !== true) {
      const why = needsA11y.map((c) => c.label).join(' and ');
      const written = yaml.has(['verification', 'accessibility_tested']);
      report({
        ...(written
          ? yaml.locate(['verification', 'accessibility_tested'])
          : missingPlace(yaml, ['verification'], askedBy(false, needsA11y))),
        message: written
          ? `verification.accessibility_tested is ${JSON.stringify(release.verification?.accessibility_tested)}, but ${why} need accessibility testing`
          : `no accessibility testing recorded: ${why} need verification.accessibility_tested: true`,
        hint: 'Once accessibility testing is complete:\nverification:\n  accessibility_tested: true',
      });
    }
  },
};

/** `missing sign-off from QA Lead "qa-lead" (may sign: @octoacme/qa)`, with the kinds of change that add it. */
function missingMessage(required: RequiredRole, type: Release['type']): string {
  const why = required.byType ? '' : `, required for ${required.byChanges.map((c) => c.label).join(' and ')}`;
  const who = required.signers.length > 0 ? ` (may sign: ${required.signers.join(', ')})` : '';
  const what = required.byType ? ` for a ${type} release` : '';
  return `missing sign-off from ${required.title} "${required.role}"${what}${why}${who}`;
}

/**
 * The handle to put in the hint: the Release Manager named in release.yml, else the role's first
 * user, else its first team (a team may sign, `signoff-verified` checks who approved for it).
 */
function suggestedSigner(required: RequiredRole, release: Release): string {
  if (required.role === 'release-manager' && release.manager) return release.manager;
  return required.signers.find((s) => !s.includes('/')) ?? required.signers[0] ?? '@…';
}
