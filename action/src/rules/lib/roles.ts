/**
 * The policy's roles as sign-offs name them: by id or by alias (`product-manager` signs as
 * `product-owner`, `sre` as `devops`), with the title people know them by and who may sign.
 */
import { closestMatch } from 'leven';
import type { Policy, Release } from '../../engine/types/index.ts';
import type { Role } from '../../engine/types/policy.ts';

/** A role of the policy, by id; `undefined` when the policy has none by that id. */
export function roleOf(policy: Policy, id: string): Role | undefined {
  return Object.hasOwn(policy.roles ?? {}, id) ? policy.roles![id] : undefined;
}

/**
 * The role a sign-off's `role:` names: a role id, or an alias of one (`product-manager` →
 * `product-owner`). `undefined` when it names neither.
 */
export function resolveRole(policy: Policy, name: string): string | undefined {
  if (roleOf(policy, name)) return name;
  for (const [id, role] of Object.entries(policy.roles ?? {})) {
    if (role.aliases?.includes(name)) return id;
  }
  return undefined;
}

/** Every name a sign-off may use: role ids, then aliases. */
export function roleNames(policy: Policy): string[] {
  const roles = Object.entries(policy.roles ?? {});
  return [...roles.map(([id]) => id), ...roles.flatMap(([, role]) => role.aliases ?? [])];
}

/** The role's title (`QA Lead`), or its id when it has none. */
export function roleTitle(policy: Policy, id: string): string {
  return roleOf(policy, id)?.title ?? id;
}

/** Who may sign for the role: its users, then its teams. */
export function roleSigners(policy: Policy, id: string): string[] {
  const role = roleOf(policy, id);
  return [...(role?.users ?? []), ...(role?.teams ?? [])];
}

/**
 * The role id or alias closest to a misspelt one (`qa-leed` → `qa-lead`), if one is close enough to
 * be a likely typo: at most a third of its length away, and never more than 3 edits.
 */
export function closestRoleName(policy: Policy, name: string): string | undefined {
  const maxDistance = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  return closestMatch(name.toLowerCase(), roleNames(policy), { maxDistance });
}

/** One sign-off as a YAML flow mapping, ready to paste under `signoffs:`. */
export function signoffYaml(signoff: { role: string; by: string; date: string; version?: string }): string {
  const version = signoff.version === undefined ? '' : `, version: "${signoff.version}"`;
  return `- { role: ${signoff.role}, by: "${signoff.by}", date: "${signoff.date}"${version} }`;
}

/**
 * The roles a handle holds as far as release.yml itself says: the `manager` is the release manager,
 * and a sign-off's `by` holds that sign-off's role. With a token, the policy's users and teams decide
 * instead (that needs the GitHub API, so it lives in the action).
 */
export function rolesNamedInRelease(release: Release, policy: Policy, handle: string): Set<string> {
  const same = (a: string | undefined) => a !== undefined && a.toLowerCase() === handle.toLowerCase();
  const held = new Set<string>();
  if (same(release.manager) && roleOf(policy, 'release-manager')) held.add('release-manager');
  for (const signoff of release.signoffs ?? []) {
    const role = resolveRole(policy, signoff.role);
    if (role && same(signoff.by)) held.add(role);
  }
  return held;
}
