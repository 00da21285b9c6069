// Generated from schemas/policy.schema.json by scripts/gen-types.ts. Do not edit: run `npm run gen:types`.

/**
 * Free text; it must not be empty or only whitespace.
 */
export type Text = string;
/**
 * The id of a role defined under `roles` in the policy, such as release-manager, qa-lead or tech-lead. Written in lowercase with hyphens; the policy loader checks that the role exists.
 */
export type RoleId = string;
/**
 * An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.
 */
export type GithubUser = string;
/**
 * An @, the organization login, a slash and the team slug.
 */
export type GithubTeam = string;
/**
 * One of the guide’s deployment strategies: blue-green, canary, rolling, feature-flags or maintenance-window.
 */
export type Strategy = 'blue-green' | 'canary' | 'rolling' | 'feature-flags' | 'maintenance-window';
/**
 * communication-plan: release.yml names `communication.customer_plan` (customer-communication). support-briefed: `communication.support_briefed` is true (customer-communication). accessibility-tested: `verification.accessibility_tested` is true (signoff-required, with the UX sign-off). rollback-tested: `rollback.plan` exists and `rollback.tested` is true (rollback-plan). migration-steps: the notes list each breaking change and their Migration Steps section has steps (breaking-change).
 */
export type RequiredCheck =
  'communication-plan' | 'support-briefed' | 'accessibility-tested' | 'rollback-tested' | 'migration-steps';
/**
 * SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide’s incident severity levels.
 */
export type IncidentSeverity = 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';

/**
 * A release policy as data (never code): the roles who sign off, what each release type requires, the conditional requirements of each kind of change, the notes templates, the incident severities, which rules may be waived and by whom, severity overrides and the calendar. A policy that `extends` another merges onto it key by key (mappings merge, lists and values replace), so only what differs needs writing; without `extends` a policy must be complete.
 */
export interface Policy {
  /**
   * The URL of this schema, for editors that read a `$schema` key rather than the `# yaml-language-server: $schema=…` comment. The checker ignores it.
   */
  $schema?: string;
  /**
   * The policy’s name, a lowercase slug. Reports and the audit record name the policy by it; a built-in policy is extended by this name.
   */
  name?: string;
  /**
   * The policy’s human-readable name, shown on the site and in reports.
   */
  title?: string;
  /**
   * What the policy is for and where it comes from, in a sentence or two.
   */
  description?: string;
  /**
   * The policy this one builds on: the name of a built-in policy (octoacme) or a path to a policy file relative to this one, starting with ./ or ../. The base is loaded first and this file merges onto it: mappings (roles, types, changes, templates, severity, …) merge key by key, lists and single values replace. With `extends`, every other key is optional.
   */
  extends?: string;
  /**
   * The roles that sign off or approve, by id (lowercase with hyphens). Sign-offs in release.yml name a role by its id or an alias; with a token, `signoff-verified` checks that the signer is one of the role’s users or teams.
   */
  roles?: {
    [k: string]: Role;
  };
  /**
   * What each release type requires: sign-offs, notes template, lead times, rollback, strategies and breaking changes, plus the guide’s prose about it for the site.
   */
  types?: {
    patch?: ReleaseTypePolicy;
    minor?: ReleaseTypePolicy1;
    major?: ReleaseTypePolicy2;
  };
  /**
   * Requirements added when release.yml sets a kind under `changes` to true: extra sign-offs and named checks. They add to the release type’s requirements.
   */
  changes?: {
    customer_facing?: ChangeRequirement;
    ui?: ChangeRequirement1;
    security?: ChangeRequirement2;
    database_migrations?: ChangeRequirement3;
    breaking?: ChangeRequirement4;
    infrastructure?: ChangeRequirement5;
  };
  /**
   * How sign-offs age.
   */
  signoffs?: {
    /**
     * A sign-off dated more than this many days before the release `date` is stale (`signoff-stale`), as is one for another version or dated after `date`.
     */
    max_age_days?: number;
  };
  /**
   * What the deploy gate (`--mode deploy`) allows besides the blackouts: how far the deploy may be from the planned `date` (`lead-time`).
   */
  deploy?: {
    /**
     * A deploy more than this many whole days (in the calendar’s zone) before or after the planned `date` is a `lead-time` finding: the plan, its sign-offs and the calendar no longer describe it. Absent: any distance is accepted.
     */
    tolerance_days?: number;
  };
  /**
   * The release notes templates (a release type names one) and the placeholders that must not be left in finished notes.
   */
  notes?: {
    /**
     * Notes templates by id (lowercase slug), named by `types.<type>.notes`.
     */
    templates?: {
      [k: string]: NotesTemplate;
    };
    /**
     * Literal texts that mark an unfinished template, besides the bracketed placeholders (like [Feature Name]) that `notes-placeholder` takes from the template itself. Matched case-sensitively anywhere in the notes.
     */
    placeholders?: Text[];
  };
  /**
   * The incident severity matrix (what each level means and the response it gets), and which levels count as emergencies.
   */
  incidents?: {
    /**
     * The guide’s incident severity levels, SEV1 (critical) to SEV4 (low).
     */
    severities?: {
      SEV1?: SeverityLevel;
      SEV2?: SeverityLevel1;
      SEV3?: SeverityLevel2;
      SEV4?: SeverityLevel3;
    };
    /**
     * The severities that count as an emergency. A calendar blackout’s `exception` that lists no `incident_severities` admits releases fixing an incident of one of these.
     */
    emergency?: IncidentSeverity[];
  };
  /**
   * Which rules a release may waive in its `exceptions`, who may approve each waiver, and how long a waiver may last. A rule not listed here cannot be waived; yaml-syntax, schema, exception-invalid, signoff-required, signoff-verified, breaking-change, notes-missing and notes-mismatch never can.
   */
  exceptions?: {
    /**
     * A waiver’s `expires` may be at most this many days after the release it is for: its `date` in plan mode, the deploy in deploy mode; a later expiry is reported by `exception-invalid`.
     */
    max_days?: number;
    /**
     * The rules that may be waived, each with the roles whose holders may approve the waiver. For `blackout-window`, a calendar entry with its own `exception` names its own approving roles instead.
     */
    waivable?: {
      [k: string]: WaiverGrant;
    };
  };
  /**
   * Changes the severity of a rule’s findings: error (fails the check), warning (reported, does not fail unless `fail-on: warning`) or off (not run). yaml-syntax and schema cannot be changed.
   */
  severity?: {
    /**
     * error, warning or off.
     */
    [k: string]: 'error' | 'warning' | 'off';
  };
  /**
   * Path of the release calendar (calendar.schema.json), relative to this policy file: blackouts, holidays, code freezes, maintenance windows and planned releases.
   */
  calendar?: string;
  /**
   * Path of a collected releases file (releases.schema.json, written by `release-policy collect`), relative to this policy file. Its releases join every check and the calendar export, beside the calendar's own planned releases: a release.yml checked in the run wins over a collected entry, which wins over the calendar. A file named here is read with the policy: a broken one makes the policy invalid.
   */
  releases?: string;
}
/**
 * One role: who it is, what it does, the other names it goes by, and who may sign for it.
 */
export interface Role {
  /**
   * The role’s name as people say it.
   */
  title?: string;
  /**
   * What the role is for, in a sentence.
   */
  description?: string;
  /**
   * What the role does in a release, from the guide.
   */
  responsibilities?: Text[];
  /**
   * Other ids a sign-off may use for this role (product-manager → product-owner). An alias must not be another role’s id or alias.
   */
  aliases?: RoleId[];
  /**
   * GitHub handles of the people who may sign for this role. With a token, `signoff-verified` accepts a sign-off by one of them (or a member of `teams`).
   */
  users?: GithubUser[];
  /**
   * GitHub teams whose members may sign for this role.
   */
  teams?: GithubTeam[];
}
/**
 * Hotfixes for critical production issues or security vulnerabilities (1.2.3 → 1.2.4).
 */
export interface ReleaseTypePolicy {
  /**
   * Free text; it must not be empty or only whitespace.
   */
  title?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  description?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  example?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  scope?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  timeline?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  testing?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  approval?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  risk?: string;
  /**
   * Typical releases of this type (the guide’s “Examples”).
   */
  typical_changes?: Text[];
  /**
   * The roles that must sign off every release of this type (`signoff-required`). Kinds of change add more.
   */
  signoffs?: RoleId[];
  /**
   * The id of the notes template (under `notes.templates`) that releases of this type use.
   */
  notes?: string;
  /**
   * Minimum days between a milestone in release.yml and the release `date` (`lead-time`). A lead time given here makes its milestone required.
   */
  lead_time?: {
    /**
     * `milestones.planning` must be at least this many days before `date`.
     */
    planned_days?: number;
    /**
     * `milestones.feature_freeze` must be at least this many days before `date`.
     */
    feature_freeze_days?: number;
    /**
     * `milestones.code_freeze` must be at least this many days before `date`.
     */
    code_freeze_days?: number;
  };
  /**
   * What `rollback-plan` asks of releases of this type.
   */
  rollback?: {
    /**
     * release.yml must name a rollback plan (`rollback.plan`) that exists.
     */
    required?: boolean;
    /**
     * The rollback must have been tested (`rollback.tested: true`).
     */
    tested?: boolean;
  };
  /**
   * The deployment strategies releases of this type may use; release.yml must then name one in `strategy`. Leave out to allow any.
   *
   * @minItems 1
   */
  strategies?: [Strategy, ...Strategy[]];
  /**
   * Whether releases of this type may break compatibility (`breaking-change`): forbidden (an error when `changes.breaking` is true or the notes list one), must-document (each must be listed in the notes with migration steps) or allowed.
   */
  breaking_changes?: 'allowed' | 'forbidden' | 'must-document';
}
/**
 * Incremental features and improvements without breaking changes (1.2.0 → 1.3.0).
 */
export interface ReleaseTypePolicy1 {
  /**
   * Free text; it must not be empty or only whitespace.
   */
  title?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  description?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  example?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  scope?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  timeline?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  testing?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  approval?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  risk?: string;
  /**
   * Typical releases of this type (the guide’s “Examples”).
   */
  typical_changes?: Text[];
  /**
   * The roles that must sign off every release of this type (`signoff-required`). Kinds of change add more.
   */
  signoffs?: RoleId[];
  /**
   * The id of the notes template (under `notes.templates`) that releases of this type use.
   */
  notes?: string;
  /**
   * Minimum days between a milestone in release.yml and the release `date` (`lead-time`). A lead time given here makes its milestone required.
   */
  lead_time?: {
    /**
     * `milestones.planning` must be at least this many days before `date`.
     */
    planned_days?: number;
    /**
     * `milestones.feature_freeze` must be at least this many days before `date`.
     */
    feature_freeze_days?: number;
    /**
     * `milestones.code_freeze` must be at least this many days before `date`.
     */
    code_freeze_days?: number;
  };
  /**
   * What `rollback-plan` asks of releases of this type.
   */
  rollback?: {
    /**
     * release.yml must name a rollback plan (`rollback.plan`) that exists.
     */
    required?: boolean;
    /**
     * The rollback must have been tested (`rollback.tested: true`).
     */
    tested?: boolean;
  };
  /**
   * The deployment strategies releases of this type may use; release.yml must then name one in `strategy`. Leave out to allow any.
   *
   * @minItems 1
   */
  strategies?: [Strategy, ...Strategy[]];
  /**
   * Whether releases of this type may break compatibility (`breaking-change`): forbidden (an error when `changes.breaking` is true or the notes list one), must-document (each must be listed in the notes with migration steps) or allowed.
   */
  breaking_changes?: 'allowed' | 'forbidden' | 'must-document';
}
/**
 * Significant functionality or breaking changes (1.0.0 → 2.0.0).
 */
export interface ReleaseTypePolicy2 {
  /**
   * Free text; it must not be empty or only whitespace.
   */
  title?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  description?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  example?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  scope?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  timeline?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  testing?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  approval?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  risk?: string;
  /**
   * Typical releases of this type (the guide’s “Examples”).
   */
  typical_changes?: Text[];
  /**
   * The roles that must sign off every release of this type (`signoff-required`). Kinds of change add more.
   */
  signoffs?: RoleId[];
  /**
   * The id of the notes template (under `notes.templates`) that releases of this type use.
   */
  notes?: string;
  /**
   * Minimum days between a milestone in release.yml and the release `date` (`lead-time`). A lead time given here makes its milestone required.
   */
  lead_time?: {
    /**
     * `milestones.planning` must be at least this many days before `date`.
     */
    planned_days?: number;
    /**
     * `milestones.feature_freeze` must be at least this many days before `date`.
     */
    feature_freeze_days?: number;
    /**
     * `milestones.code_freeze` must be at least this many days before `date`.
     */
    code_freeze_days?: number;
  };
  /**
   * What `rollback-plan` asks of releases of this type.
   */
  rollback?: {
    /**
     * release.yml must name a rollback plan (`rollback.plan`) that exists.
     */
    required?: boolean;
    /**
     * The rollback must have been tested (`rollback.tested: true`).
     */
    tested?: boolean;
  };
  /**
   * The deployment strategies releases of this type may use; release.yml must then name one in `strategy`. Leave out to allow any.
   *
   * @minItems 1
   */
  strategies?: [Strategy, ...Strategy[]];
  /**
   * Whether releases of this type may break compatibility (`breaking-change`): forbidden (an error when `changes.breaking` is true or the notes list one), must-document (each must be listed in the notes with migration steps) or allowed.
   */
  breaking_changes?: 'allowed' | 'forbidden' | 'must-document';
}
/**
 * Added when `changes.customer_facing` is true.
 */
export interface ChangeRequirement {
  /**
   * Free text; it must not be empty or only whitespace.
   */
  title?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  description?: string;
  /**
   * Roles that must also sign off (`signoff-required`).
   */
  signoffs?: RoleId[];
  /**
   * Named checks release.yml and the notes must pass: communication-plan, support-briefed, accessibility-tested, rollback-tested, migration-steps.
   */
  requires?: RequiredCheck[];
}
/**
 * Added when `changes.ui` is true.
 */
export interface ChangeRequirement1 {
  /**
   * Free text; it must not be empty or only whitespace.
   */
  title?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  description?: string;
  /**
   * Roles that must also sign off (`signoff-required`).
   */
  signoffs?: RoleId[];
  /**
   * Named checks release.yml and the notes must pass: communication-plan, support-briefed, accessibility-tested, rollback-tested, migration-steps.
   */
  requires?: RequiredCheck[];
}
/**
 * Added when `changes.security` is true.
 */
export interface ChangeRequirement2 {
  /**
   * Free text; it must not be empty or only whitespace.
   */
  title?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  description?: string;
  /**
   * Roles that must also sign off (`signoff-required`).
   */
  signoffs?: RoleId[];
  /**
   * Named checks release.yml and the notes must pass: communication-plan, support-briefed, accessibility-tested, rollback-tested, migration-steps.
   */
  requires?: RequiredCheck[];
}
/**
 * Added when `changes.database_migrations` is true.
 */
export interface ChangeRequirement3 {
  /**
   * Free text; it must not be empty or only whitespace.
   */
  title?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  description?: string;
  /**
   * Roles that must also sign off (`signoff-required`).
   */
  signoffs?: RoleId[];
  /**
   * Named checks release.yml and the notes must pass: communication-plan, support-briefed, accessibility-tested, rollback-tested, migration-steps.
   */
  requires?: RequiredCheck[];
}
/**
 * Added when `changes.breaking` is true.
 */
export interface ChangeRequirement4 {
  /**
   * Free text; it must not be empty or only whitespace.
   */
  title?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  description?: string;
  /**
   * Roles that must also sign off (`signoff-required`).
   */
  signoffs?: RoleId[];
  /**
   * Named checks release.yml and the notes must pass: communication-plan, support-briefed, accessibility-tested, rollback-tested, migration-steps.
   */
  requires?: RequiredCheck[];
}
/**
 * Added when `changes.infrastructure` is true.
 */
export interface ChangeRequirement5 {
  /**
   * Free text; it must not be empty or only whitespace.
   */
  title?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  description?: string;
  /**
   * Roles that must also sign off (`signoff-required`).
   */
  signoffs?: RoleId[];
  /**
   * Named checks release.yml and the notes must pass: communication-plan, support-briefed, accessibility-tested, rollback-tested, migration-steps.
   */
  requires?: RequiredCheck[];
}
/**
 * A release notes template: the Markdown file and the sections finished notes must have.
 */
export interface NotesTemplate {
  /**
   * Free text; it must not be empty or only whitespace.
   */
  title?: string;
  /**
   * Free text; it must not be empty or only whitespace.
   */
  description?: string;
  /**
   * The template’s Markdown file, relative to this policy file. `notes-placeholder` takes the bracketed placeholders ([Feature Name], [Date], …) from it.
   */
  file?: string;
  /**
   * Headings the notes must have, each with content under it (`notes-section`). Matched loosely: case, punctuation and emoji do not count.
   */
  required_sections?: Text[];
  /**
   * A JavaScript regular expression that the notes’ first level-1 heading must match (`notes-mismatch`). Named groups `version` and `date`, when present, are compared with release.yml’s `version` and `date`.
   */
  title_pattern?: string;
}
/**
 * The most severe level.
 */
export interface SeverityLevel {
  /**
   * Free text; it must not be empty or only whitespace.
   */
  title?: string;
  /**
   * What an incident of this level looks like, one sign per item.
   */
  description?: Text[];
  /**
   * Free text; it must not be empty or only whitespace.
   */
  response?: string;
}
/**
 * The second level.
 */
export interface SeverityLevel1 {
  /**
   * Free text; it must not be empty or only whitespace.
   */
  title?: string;
  /**
   * What an incident of this level looks like, one sign per item.
   */
  description?: Text[];
  /**
   * Free text; it must not be empty or only whitespace.
   */
  response?: string;
}
/**
 * The third level.
 */
export interface SeverityLevel2 {
  /**
   * Free text; it must not be empty or only whitespace.
   */
  title?: string;
  /**
   * What an incident of this level looks like, one sign per item.
   */
  description?: Text[];
  /**
   * Free text; it must not be empty or only whitespace.
   */
  response?: string;
}
/**
 * The least severe level.
 */
export interface SeverityLevel3 {
  /**
   * Free text; it must not be empty or only whitespace.
   */
  title?: string;
  /**
   * What an incident of this level looks like, one sign per item.
   */
  description?: Text[];
  /**
   * Free text; it must not be empty or only whitespace.
   */
  response?: string;
}
/**
 * Who may approve waivers of one rule.
 */
export interface WaiverGrant {
  /**
   * The roles whose holders may approve a waiver of this rule.
   *
   * @minItems 1
   */
  granted_by: [RoleId, ...RoleId[]];
}
