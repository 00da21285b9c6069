// Generated from schemas/release.schema.json by scripts/gen-types.ts. Do not edit: run `npm run gen:types`.

/**
 * Lowercase letters and digits, words joined by single hyphens, at most 64 characters.
 */
export type Slug = string;

/**
 * One release of one product: what ships and when, how it is deployed, verified and rolled back, and who signed off. `release-policy check` validates it against this schema, then against the policy (by default OctoAcme’s release & deployment guide). Paths are relative to the folder that holds this file and must stay inside the repository.
 */
export interface Release {
  /**
   * The URL of this schema, for editors that read a `$schema` key rather than the `# yaml-language-server: $schema=…` comment. The checker ignores it.
   */
  $schema?: string;
  /**
   * The product (service, app or library) this release ships, as a lowercase slug. Use the same name as the release calendar, so planned releases, dependencies and conflicts line up.
   */
  product: string;
  /**
   * The version this release ships, SemVer 2.0.0 without a leading "v". Quote it: YAML reads an unquoted 1.10 as the number 1.1.
   */
  version: string;
  /**
   * The version this release replaces (the one in production now). `version-bump` checks that `version` follows it as `type` says: patch x.y.z → x.y.(z+1), minor → x.(y+1).0, major → (x+1).0.0. Leave it out for a product’s first release.
   */
  previous?: string;
  /**
   * patch: hotfixes for critical production issues or security vulnerabilities; minor: incremental features and improvements, no breaking changes; major: significant functionality or breaking changes. The policy derives the required sign-offs, notes template, lead times and rollback rigour from it.
   */
  type: 'patch' | 'minor' | 'major';
  /**
   * When the production deployment is planned to start: an RFC 3339 date-time with its UTC offset (Z or ±hh:mm). In plan mode blackouts, lead times and sign-off freshness are measured against it.
   */
  date: string;
  /**
   * When the production deployment runs, from `start` (default: `date`) up to `end` (exclusive). The whole window is checked against blackouts, and against other releases and maintenance windows in the calendar.
   */
  window?: {
    /**
     * When the deployment starts, if not at `date`. RFC 3339 with its offset.
     */
    start?: string;
    /**
     * When the deployment must be finished (exclusive). RFC 3339 with its offset; after the start.
     */
    end: string;
  };
  /**
   * How the release reaches production. blue-green: two identical environments, traffic switched; canary: a small share of users first, then expand; rolling: instances updated one at a time; feature-flags: deployed dark, enabled selectively; maintenance-window: system taken offline. The policy may limit the strategies a release type allows.
   */
  strategy?: 'blue-green' | 'canary' | 'rolling' | 'feature-flags' | 'maintenance-window';
  /**
   * GitHub handle of the Release Manager, who coordinates the release and makes the go/no-go decision. Offline, this person holds the release-manager role (for example to approve a waiver).
   */
  manager?: string;
  /**
   * Path of the release notes (Markdown), relative to this file’s folder. Start them from the policy’s notes template for this type (OctoAcme: standard notes for minor and major, hotfix notes for patch).
   */
  notes?: string;
  /**
   * What this release changes. Each kind set to true adds the policy’s conditional requirements (OctoAcme: security → Security sign-off; ui → UX sign-off and accessibility testing; customer_facing → Customer Support Lead sign-off, a communication plan and a briefed support team; database_migrations → a tested rollback; breaking → migration steps; infrastructure → DevOps/SRE sign-off). A kind left out counts as false.
   */
  changes?: {
    /**
     * Customers will notice the change (features, behaviour, API, pricing). Needs a customer communication plan and a support hand-off.
     */
    customer_facing?: boolean;
    /**
     * The release changes the user interface. The guide requires accessibility testing for UI changes.
     */
    ui?: boolean;
    /**
     * The release touches authentication, authorization, secrets or cryptography, or fixes a vulnerability. The guide requires a security approval.
     */
    security?: boolean;
    /**
     * The release runs database migrations. The guide requires migration scripts and their rollback to be tested.
     */
    database_migrations?: boolean;
    /**
     * The release breaks compatibility (API, data format, behaviour). Only a major release may; its notes must list each breaking change with migration steps.
     */
    breaking?: boolean;
    /**
     * The release changes infrastructure (capacity, networking, platform configuration), which DevOps/SRE manages.
     */
    infrastructure?: boolean;
  };
  /**
   * Dates on the release’s planning timeline. `lead-time` compares them with the policy’s lead times for this type (OctoAcme: minor and major need the feature freeze at least 28 days and the code freeze at least 14 days before `date`; a major is planned at least 56 days ahead). A date alone is a whole day in the calendar’s timezone.
   */
  milestones?: {
    /**
     * When release planning began: goals, scope, dependencies and an initial timeline (the guide’s “8 weeks before release” step).
     */
    planning?: string;
    /**
     * When the release scope was finalized (the guide’s “4 weeks before release” step).
     */
    feature_freeze?: string;
    /**
     * When the release branch was cut (the guide’s “2 weeks before release” step).
     */
    code_freeze?: string;
  };
  /**
   * The incident this release responds to, for a patch (hotfix). Its severity decides whether a calendar blackout’s emergency exception can apply (OctoAcme: SEV1 and SEV2).
   */
  incident?: {
    /**
     * The incident’s id in the incident management tool (PagerDuty, Opsgenie, …).
     */
    id: string;
    /**
     * SEV1 critical (production down, data loss, security breach), SEV2 high (major functionality unavailable, >50% of users), SEV3 medium (partial, workaround available), SEV4 low (cosmetic).
     */
    severity: 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';
  };
  /**
   * How to undo this release (the guide’s Rollback & Incident Playbook). `rollback-plan` checks that the plan exists (the file, or a URL) and that it was tested where the policy requires it.
   */
  rollback?: {
    /**
     * The rollback procedure: a path relative to this file’s folder (a runbook in the repository) or an https:// URL.
     */
    plan?: string;
    /**
     * Whether the rollback procedure was tested, for example in staging. OctoAcme requires it for minor and major releases and for database migrations.
     */
    tested?: boolean;
  };
  /**
   * How the deployment is verified (the guide’s post-deployment verification): the smoke tests, the monitoring, and for UI changes the accessibility testing.
   */
  verification?: {
    /**
     * The smoke tests run on staging and after the production deploy: a relative path (file or folder) or an https:// URL (a CI job).
     */
    smoke_tests?: string;
    /**
     * The dashboards and alerts that watch the release: an https:// URL or a relative path to a monitoring runbook.
     */
    monitoring?: string;
    /**
     * Whether accessibility testing was completed. The guide requires it when the release changes the UI (`changes.ui`).
     */
    accessibility_tested?: boolean;
  };
  /**
   * The support hand-off and customer communication, required when `changes.customer_facing` is true (`customer-communication`).
   */
  communication?: {
    /**
     * Whether the support team was trained on the changes and given the release notes and known issues (the Customer Support Lead’s hand-off).
     */
    support_briefed?: boolean;
    /**
     * The customer communication plan, as a relative path or an https:// URL: what is announced to which customer segments, timed with the deployment.
     */
    customer_plan?: string;
  };
  /**
   * Who signed off, in which role, and when. The policy names the roles each release type and kind of change requires (`signoff-required`). A sign-off is stale when it is for another version, dated after `date`, or older than the policy’s maximum age (`signoff-stale`).
   */
  signoffs?: Signoff[];
  /**
   * Waivers of policy rules: which rule, why, who approved, until when. A waiver covers every finding of its rule on this release; `exception-invalid` reports one with no reason, an approver without a granting role, or an expiry in the past, and an unused waiver is reported too. Syntax and schema errors can never be waived.
   */
  exceptions?: Waiver[];
  /**
   * Releases of other products that must be in production before this one. `release-conflict` reports a dependency that the calendar plans to ship after this release.
   */
  depends_on?: Dependency[];
  /**
   * The systems (configuration items: databases, clusters, queues, shared services) this release changes, as lowercase slugs, each once. Blackouts, maintenance and deployment windows in the calendar may be scoped to systems: a scoped window concerns this release when it lists one of its systems. `release-conflict` warns of maintenance on a listed system, and of another release touching the same system at an overlapping time; a release that lists no systems is warned of every maintenance it overlaps.
   */
  systems?: Slug[];
}
/**
 * One person’s or team’s approval of this release in one role.
 */
export interface Signoff {
  /**
   * The role signed for: a role id of the policy (OctoAcme: release-manager, product-owner, qa-lead, tech-lead, devops, ux, security, executive, support-lead) or one of its aliases (product-manager, qa, qa-engineer, sre, devops-engineer, customer-support-lead).
   */
  role: string;
  /**
   * GitHub handle of the person (@carol) or team (@octoacme/qa) who signed off. With a token, `signoff-verified` checks that they approved the release pull request and are among the role’s users or teams.
   */
  by: string;
  /**
   * When they signed off: YYYY-MM-DD or an RFC 3339 date-time with its offset.
   */
  date: string;
  /**
   * The version they signed off, when it is not `version`. A sign-off for another version is stale.
   */
  version?: string;
  /**
   * Free text: conditions, a link to the test report, anything a reviewer should know.
   */
  note?: string;
}
/**
 * One exception to one policy rule for this release, approved by someone who may grant it.
 */
export interface Waiver {
  /**
   * The id of the rule waived, as in the rule catalogue (blackout-window, lead-time, …). Only rules the policy declares waivable can be waived; the policy decides which.
   */
  rule: string;
  /**
   * Why the rule is waived; for an emergency, the incident and its impact.
   */
  reason: string;
  /**
   * GitHub handle of the approver, who must hold a role allowed to grant this waiver (the policy’s `exceptions.waivable`; for a blackout with its own `exception`, the calendar’s roles). Offline, a person holds a role when this file names them in it (`manager`, or a sign-off’s `by`); with a token, the policy’s users and teams decide. The release’s own author cannot approve it.
   */
  approved_by: string;
  /**
   * When the waiver stops applying: YYYY-MM-DD (valid through that whole day in the calendar’s timezone) or an RFC 3339 date-time. An expired waiver is an error; the policy caps how far ahead it may be (`exceptions.max_days`).
   */
  expires: string;
  /**
   * The id of the incident that justifies the waiver, for emergency exceptions.
   */
  incident?: string;
}
/**
 * A release of another product, named as in the release calendar.
 */
export interface Dependency {
  /**
   * The product depended on, as in the calendar.
   */
  product: string;
  /**
   * The version of that product that must be in production first.
   */
  version: string;
}
