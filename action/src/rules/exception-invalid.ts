import type { RuleMeta } from './rule.ts';

/** Reported by the waiver stage (see engine/waivers.ts), which runs after every other rule. */
export const meta: RuleMeta = {
  id: 'exception-invalid',
  title: 'Waivers are valid and used',
  description:
    'Each entry of `exceptions` waives a rule the policy lets be waived, gives a reason, is approved by someone who holds a granting role, has not expired and lasts no longer than the policy allows; one that waives nothing is reported as a warning.',
  rationale:
    'Exceptions are how a release proceeds against the guide on purpose (an emergency patch during a freeze): each must be deliberate, approved by the right role and short-lived, and a stale one must not silently cover the next problem.',
  guide: 'reference/waivers/',
  fix: 'Fix the waiver at the place shown: name a waivable rule, give the reason, have a holder of a granting role approve it (offline: the release `manager` or a signer of that role), and set `expires` no later than the policy allows. Remove waivers that no longer waive anything.',
  severity: 'error',
  waivable: false,
  examples: { pass: 'patch-emergency-in-freeze', fail: 'expired-waiver' },
};
