import type { Policy, Release } from './types/index.ts';

/** The role id a sign-off or approver names, aliases resolved (`product-manager` → `product-owner`). */
export function canonicalRole(policy: Policy, id: string): string | undefined {
  const roles = policy.roles ?? {};
  if (Object.hasOwn(roles, id)) return id;
  for (const [role, definition] of Object.entries(roles)) {
    if (definition.aliases?.includes(id)) return role;
  }
  return undefined;
}

/**
 * The roles a handle holds as far as release.yml itself says: the `manager` is the release manager,
 * and a sign-off's `by` holds that sign-off's role. With a token, the policy's users and teams decide
 * instead (that needs the GitHub API, so it lives in the action).
 */
export function rolesNamedInRelease(release: Release, policy: Policy, handle: string): Set<string> {
  const same = (a: string | undefined) => a !== undefined && a.toLowerCase() === handle.toLowerCase();
  const held = new Set<string>();
  if (same(release.manager) && canonicalRole(policy, 'release-manager')) held.add('release-manager');
  for (const signoff of release.signoffs ?? []) {
    const role = canonicalRole(policy, signoff.role);
    if (role && same(signoff.by)) held.add(role);
  }
  return held;
}
