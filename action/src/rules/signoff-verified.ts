import type { RuleContext } from './context.ts';
import { resolveRole, roleOf, roleSigners, roleTitle } from './lib/roles.ts';
import type { Rule } from './rule.ts';

/** How to give the action's token what team membership needs. */
const MEMBERSHIP_HINT =
  'Reading team membership needs the organization permission members: read, which GITHUB_TOKEN never has: pass the action a GitHub App or fine-grained token that has it as `github-token`.';

/**
 * A claimed sign-off is backed by a real approving review from someone allowed to sign for the role.
 * It needs the GitHub API, so the action runs it (with a token, on a pull request); offline this
 * rule reports nothing, and its metadata documents it for the site, `explain` and SARIF.
 */
export const signoffVerified: Rule<RuleContext> = {
  meta: {
    id: 'signoff-verified',
    title: 'Sign-offs are backed by approving reviews',
    description:
      'With a GitHub token on a pull request, each sign-off’s `by` has an approving review on the pull request’s current head commit and is one of the role’s `users` or a member of its `teams`; without permission to read reviews or team membership (a fork’s pull request), it degrades to a warning. Offline it does not run.',
    rationale:
      'A sign-off is a claim written in release.yml by whoever edits it; the approvals the guide requires (Pre-Release Requirements › Approvals) only count when the person holding the role actually approved the change that ships. A review on an older commit approved something else, and a signer outside the role’s users and teams cannot sign for it.',
    guide: 'guide/pre-release/#approvals',
    fix: 'Have each signer approve the release pull request after its last push (an approval of an earlier commit does not count), and list only people who belong to the role’s users or teams in the policy.',
    severity: 'error',
    waivable: false,
    examples: { pass: 'minor-compliant', fail: 'minor-unverified-signoff' },
  },
  check({ release, yaml, policy, online }, report) {
    // Offline there is nothing to verify against: the action gathers reviews and team membership.
    const signoffs = release.signoffs ?? [];
    if (!online || signoffs.length === 0) return;
    if (online.unavailable !== undefined) {
      report({
        ...yaml.locate(['signoffs'], 'key'),
        severity: 'warning',
        message: `sign-offs could not be verified: ${online.unavailable}`,
      });
      return;
    }
    const commit = online.headSha ? ` (${online.headSha.slice(0, 7)})` : '';
    const same = (a: string) => (b: string) => a.toLowerCase() === b.toLowerCase();
    const lookup = <T>(record: Record<string, T> | undefined, handle: string): T | undefined => {
      const key = Object.keys(record ?? {}).find(same(handle));
      return key === undefined ? undefined : record![key];
    };

    signoffs.forEach((signoff, index) => {
      const { by } = signoff;
      const at = yaml.locate(['signoffs', index, 'by']);
      const team = by.includes('/');
      const unresolved = lookup(online.unresolved, by);
      const membershipUnread = () =>
        report({
          ...at,
          severity: 'warning',
          message: `team membership of ${by} could not be read: ${unresolved}`,
          ...(unresolved?.includes('members: read') ? { hint: MEMBERSHIP_HINT } : {}),
        });

      // A person approves on the head commit; a team, through one of its members' approvals.
      if (!(online.approvals ?? []).some(same(by))) {
        if (team && unresolved !== undefined) {
          membershipUnread();
        } else if (team) {
          report({
            ...at,
            message: `no member of ${by} has an approving review on the pull request's head commit${commit}`,
            hint: `Ask a member of ${by} to approve the pull request after its last push: an approval of an earlier commit does not count.`,
          });
        } else {
          report({
            ...at,
            message: `${by} has no approving review on the pull request's head commit${commit}`,
            hint: `Ask ${by} to approve the pull request after its last push: an approval of an earlier commit does not count.`,
          });
        }
      }

      // The signer belongs to the role: the policy's own lists say so, or the API did.
      const role = resolveRole(policy.data, signoff.role);
      if (role === undefined) return; // signoff-required reports a role the policy does not have
      const listed = (team ? roleOf(policy.data, role)?.teams : roleOf(policy.data, role)?.users) ?? [];
      if (listed.some(same(by)) || (lookup(online.roles, by) ?? []).includes(role)) return;
      if (!team && unresolved !== undefined) {
        membershipUnread();
        return;
      }
      const title = roleTitle(policy.data, role);
      const signers = roleSigners(policy.data, role);
      report({
        ...at,
        message:
          signers.length > 0
            ? `${by} is not one of ${title}'s users or teams (${signers.join(', ')})`
            : `${by} cannot sign for ${title}: the policy names no users or teams for it`,
        hint:
          signers.length > 0
            ? `Only ${signers.join(', ')} may sign for ${title}: have one of them sign, or add ${by} to the role's \`users\` or \`teams\` in the policy.`
            : `List who may sign for ${role} under \`roles.${role}.users\` or \`teams\` in the policy.`,
      });
    });
  },
};
