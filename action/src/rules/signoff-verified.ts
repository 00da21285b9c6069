import type { RuleContext } from './context.ts';
import type { Rule } from './rule.ts';

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
  check() {
    // Offline there is nothing to verify against: the action checks reviews and team membership.
  },
};
