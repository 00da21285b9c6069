/**
 * The policy reference's tables, computed from a policy object (never typed out): who signs off
 * for each release type and kind of change, what each type requires, who may waive what, and the
 * incident severity matrix. Pure, so a test can hand it a changed policy and see the table change.
 */
import type { Policy } from '../../../action/src/engine/types/index.ts';
import type { RequiredCheck } from '../../../action/src/engine/types/policy.ts';
import { ruleMetas } from '../../../action/src/rules/index.ts';
import type { RuleMeta } from '../../../action/src/rules/rule.ts';
import { roleSigners, roleTitle } from '../../../action/src/rules/lib/roles.ts';

export const RELEASE_TYPES = ['patch', 'minor', 'major'] as const;
export type ReleaseType = (typeof RELEASE_TYPES)[number];

/** The rules that no policy can let a release waive: those whose metadata says so. */
export const NEVER_WAIVABLE = ruleMetas.filter((meta) => !meta.waivable).map((meta) => meta.id);

export interface Column {
  /** A release type (`minor`) or a kind of change (`ui`). */
  id: string;
  title: string;
}

export interface SignoffRow {
  role: string;
  title: string;
  aliases: string[];
  /** GitHub users and teams who may sign for the role. */
  signers: string[];
  /** Release type → whether every release of that type needs this sign-off. */
  byType: Record<string, boolean>;
  /** Kind of change → whether setting `changes.<kind>: true` adds this sign-off. */
  byChange: Record<string, boolean>;
}

export interface SignoffMatrix {
  types: Column[];
  changes: Column[];
  rows: SignoffRow[];
}

/**
 * Required sign-offs as a role × (release type, kind of change) matrix. Every role of the policy
 * has a row, in the policy's order; a role that a type or change names but the policy does not
 * define still gets one (titled by its id), so nothing required is ever hidden.
 */
export function signoffMatrix(policy: Policy): SignoffMatrix {
  const types: Column[] = RELEASE_TYPES.filter((t) => policy.types?.[t] !== undefined).map((t) => ({
    id: t,
    title: policy.types?.[t]?.title ?? t,
  }));
  const changeEntries = Object.entries(policy.changes ?? {}).filter(([, c]) => c !== undefined);
  const changes: Column[] = changeEntries.map(([kind, c]) => ({ id: kind, title: c?.title ?? kind }));

  const roleIds = [...Object.keys(policy.roles ?? {})];
  const mention = (role: string) => {
    if (!roleIds.includes(role)) roleIds.push(role);
  };
  for (const t of types) for (const r of policy.types?.[t.id as ReleaseType]?.signoffs ?? []) mention(r);
  for (const [, c] of changeEntries) for (const r of c?.signoffs ?? []) mention(r);

  const rows = roleIds.map((role): SignoffRow => ({
    role,
    title: roleTitle(policy, role),
    aliases: [...(policy.roles?.[role]?.aliases ?? [])],
    signers: roleSigners(policy, role),
    byType: Object.fromEntries(
      types.map((t) => [t.id, (policy.types?.[t.id as ReleaseType]?.signoffs ?? []).includes(role)]),
    ),
    byChange: Object.fromEntries(
      changeEntries.map(([kind, c]) => [kind, (c?.signoffs ?? []).includes(role)]),
    ),
  }));
  return { types, changes, rows };
}

export interface TypeRow {
  type: ReleaseType;
  title: string;
  description?: string;
  example?: string;
  /** The guide's prose about the type, in the policy's order. */
  guide: { label: string; text: string }[];
  typicalChanges: string[];
  signoffs: { role: string; title: string }[];
  notes?: { id: string; title: string; file?: string; requiredSections: string[] };
  /** Minimum days before `date`, by milestone. */
  leadTimes: { milestone: string; field: string; days: number }[];
  rollback: { required: boolean; tested: boolean };
  /** Allowed strategies; empty: any. */
  strategies: string[];
  breakingChanges?: 'allowed' | 'forbidden' | 'must-document';
}

const GUIDE_FIELDS = [
  ['scope', 'Scope'],
  ['timeline', 'Timeline'],
  ['testing', 'Testing'],
  ['approval', 'Approval'],
  ['risk', 'Risk'],
] as const;

const LEAD_TIMES = [
  ['planned_days', 'Planning', 'milestones.planning'],
  ['feature_freeze_days', 'Feature freeze', 'milestones.feature_freeze'],
  ['code_freeze_days', 'Code freeze', 'milestones.code_freeze'],
] as const;

/** What each release type requires, from `types` (and the notes templates they name). */
export function typeRows(policy: Policy): TypeRow[] {
  return RELEASE_TYPES.flatMap((type): TypeRow[] => {
    const t = policy.types?.[type];
    if (!t) return [];
    const template = t.notes !== undefined ? policy.notes?.templates?.[t.notes] : undefined;
    return [
      {
        type,
        title: t.title ?? type,
        ...(t.description !== undefined ? { description: t.description } : {}),
        ...(t.example !== undefined ? { example: t.example } : {}),
        guide: GUIDE_FIELDS.flatMap(([key, label]) => (t[key] ? [{ label, text: t[key] }] : [])),
        typicalChanges: [...(t.typical_changes ?? [])],
        signoffs: (t.signoffs ?? []).map((role) => ({ role, title: roleTitle(policy, role) })),
        ...(t.notes !== undefined
          ? {
              notes: {
                id: t.notes,
                title: template?.title ?? t.notes,
                ...(template?.file !== undefined ? { file: template.file } : {}),
                requiredSections: [...(template?.required_sections ?? [])],
              },
            }
          : {}),
        leadTimes: LEAD_TIMES.flatMap(([key, milestone, field]) => {
          const days = t.lead_time?.[key];
          return days === undefined ? [] : [{ milestone, field, days }];
        }),
        rollback: { required: t.rollback?.required ?? false, tested: t.rollback?.tested ?? false },
        strategies: [...(t.strategies ?? [])],
        ...(t.breaking_changes !== undefined ? { breakingChanges: t.breaking_changes } : {}),
      },
    ];
  });
}

export interface ChangeRow {
  kind: string;
  title: string;
  description?: string;
  signoffs: { role: string; title: string }[];
  requires: RequiredCheck[];
}

/** The conditional requirements of each kind of change (`changes.<kind>: true`). */
export function changeRows(policy: Policy): ChangeRow[] {
  return Object.entries(policy.changes ?? {}).flatMap(([kind, c]): ChangeRow[] =>
    c === undefined
      ? []
      : [
          {
            kind,
            title: c.title ?? kind,
            ...(c.description !== undefined ? { description: c.description } : {}),
            signoffs: (c.signoffs ?? []).map((role) => ({ role, title: roleTitle(policy, role) })),
            requires: [...(c.requires ?? [])],
          },
        ],
  );
}

export interface WaiverRow {
  rule: string;
  title: string;
  /** The rule lets itself be waived at all (its metadata). */
  waivable: boolean;
  /** The roles whose holders may approve a waiver, by the policy; empty: nobody. */
  grantedBy: { role: string; title: string }[];
}

/** Who may waive each rule: the rule's own `waivable`, then the policy's `exceptions.waivable`. */
export function waiverRows(policy: Policy, metas: readonly RuleMeta[]): WaiverRow[] {
  return metas.map((meta) => {
    const grant = meta.waivable ? policy.exceptions?.waivable?.[meta.id] : undefined;
    return {
      rule: meta.id,
      title: meta.title,
      waivable: meta.waivable,
      grantedBy: (grant?.granted_by ?? []).map((role) => ({ role, title: roleTitle(policy, role) })),
    };
  });
}

export interface SeverityRow {
  level: string;
  title: string;
  criteria: string[];
  response?: string;
  /** An emergency severity: it may pass a blackout's emergency exception. */
  emergency: boolean;
}

/** The incident severity matrix from `incidents`. */
export function severityRows(policy: Policy): SeverityRow[] {
  const emergency = new Set<string>(policy.incidents?.emergency ?? []);
  return Object.entries(policy.incidents?.severities ?? {}).flatMap(([level, s]): SeverityRow[] =>
    s === undefined
      ? []
      : [
          {
            level,
            title: s.title ?? level,
            criteria: [...(s.description ?? [])],
            ...(s.response !== undefined ? { response: s.response } : {}),
            emergency: emergency.has(level),
          },
        ],
  );
}

/** `a, b and c`. */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `a, b or c`. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
