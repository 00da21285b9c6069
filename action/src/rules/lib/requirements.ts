/**
 * What the policy asks of one release: the roles that must sign off (by release type and kind of
 * change), the named checks the kinds of change add, and how sign-offs map onto roles (by id or
 * alias). The rules use these, and so does the action's job summary, so both say the same thing.
 */
import type { Policy, Release } from '../../engine/types/index.ts';
import type { RequiredCheck } from '../../engine/types/policy.ts';
import type { PathSegment, YamlPlaces } from '../../engine/yaml-source.ts';
import { resolveRole, roleSigners, roleTitle } from './roles.ts';

/** A kind of change that `changes:` in release.yml can set. */
export type ChangeKind = keyof NonNullable<Release['changes']>;

/** The requirements one release type declares. */
export type TypeRequirements = NonNullable<NonNullable<Policy['types']>[Release['type']]>;

/** The requirements of the release's type (empty when the policy says nothing of it). */
export function typeRequirements(policy: Policy, type: Release['type']): TypeRequirements {
  return policy.types?.[type] ?? {};
}

/** A kind of change the release sets to true. */
export interface ActiveChange {
  kind: ChangeKind;
  /** The policy's title (`Database migrations`). */
  title: string;
  /** The title to use inside a sentence (`database migrations`, but `UI changes`). */
  label: string;
  signoffs: string[];
  requires: RequiredCheck[];
}

/** A title inside a sentence: first letter lowered, unless the first word is an acronym (`UI`). */
export function inSentence(title: string): string {
  return /^\p{Lu}\p{Ll}/u.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;
}

/** The kinds of change the release sets to true, in the policy's order, each with its requirements. */
export function activeChanges(release: Release, policy: Policy): ActiveChange[] {
  const changes = release.changes ?? {};
  return Object.entries(policy.changes ?? {})
    .filter(([kind]) => changes[kind as ChangeKind] === true)
    .map(([kind, requirement]) => {
      const title = requirement?.title ?? kind.replaceAll('_', ' ');
      return {
        kind: kind as ChangeKind,
        title,
        label: inSentence(title),
        signoffs: requirement?.signoffs ?? [],
        requires: requirement?.requires ?? [],
      };
    });
}

/** The kinds of change (set to true) that require `check`, in the policy's order. */
export function changesRequiring(release: Release, policy: Policy, check: RequiredCheck): ActiveChange[] {
  return activeChanges(release, policy).filter((change) => change.requires.includes(check));
}

/** One role the release must have a sign-off from. */
export interface RequiredRole {
  /** The role id. */
  role: string;
  title: string;
  /** Its users and teams: who may sign. */
  signers: string[];
  /** Whether the release type requires it. */
  byType: boolean;
  /** The kinds of change (set to true) that require it. */
  byChanges: ActiveChange[];
  /** Indexes in `signoffs` of the sign-offs for it (by id or alias), stale or not. */
  signoffs: number[];
}

/**
 * The roles that must sign off: the type's `signoffs`, then those of every kind of change set to
 * true, each once, with the sign-offs that cover it.
 */
export function requiredRoles(release: Release, policy: Policy): RequiredRole[] {
  const required = new Map<string, RequiredRole>();
  const need = (role: string): RequiredRole => {
    let entry = required.get(role);
    if (!entry) {
      entry = {
        role,
        title: roleTitle(policy, role),
        signers: roleSigners(policy, role),
        byType: false,
        byChanges: [],
        signoffs: [],
      };
      required.set(role, entry);
    }
    return entry;
  };
  for (const role of typeRequirements(policy, release.type).signoffs ?? []) need(role).byType = true;
  for (const change of activeChanges(release, policy)) {
    for (const role of change.signoffs) need(role).byChanges.push(change);
  }
  (release.signoffs ?? []).forEach((signoff, index) => {
    const role = resolveRole(policy, signoff.role);
    if (role !== undefined) required.get(role)?.signoffs.push(index);
  });
  return [...required.values()];
}

/**
 * Where to report a key that is missing under `section`: on `section:` when the file has it, else
 * on the key whose value asks for it (`type: minor`, `changes.customer_facing: true`), never on the
 * file's first key.
 */
export function missingPlace(
  yaml: YamlPlaces,
  section: readonly PathSegment[],
  askedBy: readonly PathSegment[],
): ReturnType<YamlPlaces['locate']> {
  if (section.length > 0 && yaml.has(section)) return yaml.locate(section, 'key');
  return yaml.has(askedBy) ? yaml.locate(askedBy, 'key') : yaml.locate([], 'value');
}

/** The key that asks for a requirement: the release type when it does, else the first kind of change. */
export function askedBy(byType: boolean, changes: readonly ActiveChange[]): PathSegment[] {
  const change = changes[0];
  return byType || change === undefined ? ['type'] : ['changes', change.kind];
}
