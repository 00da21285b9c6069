import type { RuleMeta } from './rule.ts';

/** Reported by the waiver stage (see engine/waivers.ts), which runs after every other rule. */
export const meta: RuleMeta = {
  id: 'exception-invalid',
  title: 'Waivers are valid and used',
  description:
    'Each entry of `exceptions` waives a rule the policy lets be waived, gives a reason, is approved by someone who holds a granting role, has not expired and lasts no longer than the policy allows (`exceptions.max_days`, counted from the release date in plan mode and from the deploy in deploy mode). An invalid waiver waives nothing, not even a blackout’s emergency exception. A waiver that a rule refuses for a reason (an emergency exception whose conditions are not met, such as a SEV3 incident in the year-end freeze) is an error that gives that reason; one that matches no finding at all is reported as a warning, to be removed.',
  rationale:
    'Exceptions are how a release proceeds against the guide on purpose (an emergency patch during a freeze): each must be deliberate, approved by the right role and short-lived, and a stale one must not silently cover the next problem.',
  guide: 'reference/waivers/',
  fix: 'Fix the waiver at the place shown: name a waivable rule, give the reason, have a holder of a granting role approve it (offline: the release `manager` or a signer of that role), and set `expires` no later than the policy allows after the release date. Where a rule refused the waiver, meet what that rule’s finding asks for or remove the waiver. Remove waivers that no longer waive anything.',
  severity: 'error',
  waivable: false,
  examples: { pass: 'patch-emergency-in-freeze', fail: 'expired-waiver' },
};
