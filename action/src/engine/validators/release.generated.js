// Generated from schemas/*.schema.json by scripts/gen-validators.ts (ajv standalone). Do not edit:
// run `npm run build` (or `node scripts/gen-validators.ts`). A test fails when it is out of date.
/* eslint-disable */
import { require_equal, require_formats, require_ucs2length } from './runtime-CXCKQDQB.generated.js';

// schemas/release.schema.json
var release_schema_default = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://octoacme.github.io/release-policy/schemas/release.schema.json',
  title: 'release.yml',
  description:
    'One release of one product: what ships and when, how it is deployed, verified and rolled back, and who signed off. `release-policy check` validates it against this schema, then against the policy (by default OctoAcme\u2019s release & deployment guide). Paths are relative to the folder that holds this file and must stay inside the repository.',
  type: 'object',
  additionalProperties: false,
  required: ['product', 'version', 'type', 'date'],
  properties: {
    $schema: {
      title: 'Schema URL',
      description:
        'The URL of this schema, for editors that read a `$schema` key rather than the `# yaml-language-server: $schema=\u2026` comment. The checker ignores it.',
      type: 'string',
      minLength: 1,
      examples: ['https://octoacme.github.io/release-policy/schemas/release.schema.json'],
    },
    product: {
      $ref: '#/$defs/slug',
      title: 'Product',
      description:
        'The product (service, app or library) this release ships, as a lowercase slug. Use the same name as the release calendar, so planned releases, dependencies and conflicts line up.',
      examples: ['payments-api', 'checkout-web'],
    },
    version: {
      $ref: '#/$defs/semver',
      title: 'Version',
      description:
        'The version this release ships, SemVer 2.0.0 without a leading "v". Quote it: YAML reads an unquoted 1.10 as the number 1.1.',
      examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
    },
    previous: {
      $ref: '#/$defs/semver',
      title: 'Previous version',
      description:
        'The version this release replaces (the one in production now). `version-bump` checks that `version` follows it as `type` says: patch x.y.z \u2192 x.y.(z+1), minor \u2192 x.(y+1).0, major \u2192 (x+1).0.0. Leave it out for a product\u2019s first release.',
      examples: ['2.3.1'],
    },
    type: {
      $ref: '#/$defs/releaseType',
      title: 'Release type',
      description:
        'patch: hotfixes for critical production issues or security vulnerabilities; minor: incremental features and improvements, no breaking changes; major: significant functionality or breaking changes. The policy derives the required sign-offs, notes template, lead times and rollback rigour from it.',
      examples: ['minor', 'patch', 'major'],
    },
    date: {
      $ref: '#/$defs/dateTime',
      title: 'Production deploy date',
      description:
        'When the production deployment is planned to start: an RFC 3339 date-time with its UTC offset (Z or \xB1hh:mm). In plan mode blackouts, lead times and sign-off freshness are measured against it.',
      examples: ['2026-12-08T15:00:00-05:00'],
    },
    window: {
      title: 'Deployment window',
      description:
        'When the production deployment runs, from `start` (default: `date`) up to `end` (exclusive). The whole window is checked against blackouts, and against other releases and maintenance windows in the calendar.',
      type: 'object',
      additionalProperties: false,
      required: ['end'],
      properties: {
        start: {
          $ref: '#/$defs/dateTime',
          title: 'Window start',
          description: 'When the deployment starts, if not at `date`. RFC 3339 with its offset.',
          examples: ['2026-12-08T15:00:00-05:00'],
        },
        end: {
          $ref: '#/$defs/dateTime',
          title: 'Window end',
          description:
            'When the deployment must be finished (exclusive). RFC 3339 with its offset; after the start.',
          examples: ['2026-12-08T17:00:00-05:00'],
        },
      },
      examples: [
        {
          end: '2026-12-08T17:00:00-05:00',
        },
      ],
    },
    strategy: {
      $ref: '#/$defs/strategy',
      title: 'Deployment strategy',
      description:
        'How the release reaches production. blue-green: two identical environments, traffic switched; canary: a small share of users first, then expand; rolling: instances updated one at a time; feature-flags: deployed dark, enabled selectively; maintenance-window: system taken offline. The policy may limit the strategies a release type allows.',
      examples: ['canary', 'rolling'],
    },
    manager: {
      $ref: '#/$defs/githubUser',
      title: 'Release Manager',
      description:
        'GitHub handle of the Release Manager, who coordinates the release and makes the go/no-go decision. Offline, this person holds the release-manager role (for example to approve a waiver).',
      examples: ['@dana'],
    },
    notes: {
      $ref: '#/$defs/relativePath',
      title: 'Release notes',
      description:
        'Path of the release notes (Markdown), relative to this file\u2019s folder. Start them from the policy\u2019s notes template for this type (OctoAcme: standard notes for minor and major, hotfix notes for patch).',
      examples: ['docs/releases/2.4.0.md', 'RELEASE_NOTES.md'],
    },
    changes: {
      title: 'Kinds of change',
      description:
        'What this release changes. Each kind set to true adds the policy\u2019s conditional requirements (OctoAcme: security \u2192 Security sign-off; ui \u2192 UX sign-off and accessibility testing; customer_facing \u2192 Customer Support Lead sign-off, a communication plan and a briefed support team; database_migrations \u2192 a tested rollback; breaking \u2192 migration steps; infrastructure \u2192 DevOps/SRE sign-off). A kind left out counts as false.',
      type: 'object',
      additionalProperties: false,
      properties: {
        customer_facing: {
          title: 'Customer-facing',
          description:
            'Customers will notice the change (features, behaviour, API, pricing). Needs a customer communication plan and a support hand-off.',
          type: 'boolean',
          examples: [true],
        },
        ui: {
          title: 'UI changes',
          description:
            'The release changes the user interface. The guide requires accessibility testing for UI changes.',
          type: 'boolean',
          examples: [true],
        },
        security: {
          title: 'Security-sensitive',
          description:
            'The release touches authentication, authorization, secrets or cryptography, or fixes a vulnerability. The guide requires a security approval.',
          type: 'boolean',
          examples: [true],
        },
        database_migrations: {
          title: 'Database migrations',
          description:
            'The release runs database migrations. The guide requires migration scripts and their rollback to be tested.',
          type: 'boolean',
          examples: [true],
        },
        breaking: {
          title: 'Breaking changes',
          description:
            'The release breaks compatibility (API, data format, behaviour). Only a major release may; its notes must list each breaking change with migration steps.',
          type: 'boolean',
          examples: [false],
        },
        infrastructure: {
          title: 'Infrastructure changes',
          description:
            'The release changes infrastructure (capacity, networking, platform configuration), which DevOps/SRE manages.',
          type: 'boolean',
          examples: [true],
        },
      },
      examples: [
        {
          customer_facing: true,
          ui: true,
          security: false,
          database_migrations: true,
          breaking: false,
        },
      ],
    },
    milestones: {
      title: 'Milestones',
      description:
        'Dates on the release\u2019s planning timeline. `lead-time` compares them with the policy\u2019s lead times for this type (OctoAcme: minor and major need the feature freeze at least 28 days and the code freeze at least 14 days before `date`; a major is planned at least 56 days ahead). A date alone is a whole day in the calendar\u2019s timezone.',
      type: 'object',
      additionalProperties: false,
      properties: {
        planning: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Planning start',
          description:
            'When release planning began: goals, scope, dependencies and an initial timeline (the guide\u2019s \u201C8 weeks before release\u201D step).',
          examples: ['2026-10-13'],
        },
        feature_freeze: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Feature freeze',
          description:
            'When the release scope was finalized (the guide\u2019s \u201C4 weeks before release\u201D step).',
          examples: ['2026-11-10'],
        },
        code_freeze: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Code freeze',
          description:
            'When the release branch was cut (the guide\u2019s \u201C2 weeks before release\u201D step).',
          examples: ['2026-11-24'],
        },
      },
      examples: [
        {
          feature_freeze: '2026-11-10',
          code_freeze: '2026-11-24',
        },
      ],
    },
    incident: {
      title: 'Incident',
      description:
        'The incident this release responds to, for a patch (hotfix). Its severity decides whether a calendar blackout\u2019s emergency exception can apply (OctoAcme: SEV1 and SEV2).',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'severity'],
      properties: {
        id: {
          $ref: '#/$defs/incidentId',
          title: 'Incident id',
          description:
            'The incident\u2019s id in the incident management tool (PagerDuty, Opsgenie, \u2026).',
          examples: ['INC-4821'],
        },
        severity: {
          $ref: '#/$defs/incidentSeverity',
          title: 'Severity',
          description:
            'SEV1 critical (production down, data loss, security breach), SEV2 high (major functionality unavailable, >50% of users), SEV3 medium (partial, workaround available), SEV4 low (cosmetic).',
          examples: ['SEV1'],
        },
      },
      examples: [
        {
          id: 'INC-4821',
          severity: 'SEV1',
        },
      ],
    },
    rollback: {
      title: 'Rollback',
      description:
        'How to undo this release (the guide\u2019s Rollback & Incident Playbook). `rollback-plan` checks that the plan exists (the file, or a URL) and that it was tested where the policy requires it.',
      type: 'object',
      additionalProperties: false,
      properties: {
        plan: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Rollback plan',
          description:
            'The rollback procedure: a path relative to this file\u2019s folder (a runbook in the repository) or an https:// URL.',
          examples: ['docs/runbooks/rollback.md', 'https://wiki.octoacme.example/runbooks/payments-rollback'],
        },
        tested: {
          title: 'Rollback tested',
          description:
            'Whether the rollback procedure was tested, for example in staging. OctoAcme requires it for minor and major releases and for database migrations.',
          type: 'boolean',
          examples: [true],
        },
      },
      examples: [
        {
          plan: 'docs/runbooks/rollback.md',
          tested: true,
        },
      ],
    },
    verification: {
      title: 'Verification',
      description:
        'How the deployment is verified (the guide\u2019s post-deployment verification): the smoke tests, the monitoring, and for UI changes the accessibility testing.',
      type: 'object',
      additionalProperties: false,
      properties: {
        smoke_tests: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Smoke tests',
          description:
            'The smoke tests run on staging and after the production deploy: a relative path (file or folder) or an https:// URL (a CI job).',
          examples: ['tests/smoke/'],
        },
        monitoring: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Monitoring',
          description:
            'The dashboards and alerts that watch the release: an https:// URL or a relative path to a monitoring runbook.',
          examples: ['https://grafana.octoacme.example/d/payments'],
        },
        accessibility_tested: {
          title: 'Accessibility tested',
          description:
            'Whether accessibility testing was completed. The guide requires it when the release changes the UI (`changes.ui`).',
          type: 'boolean',
          examples: [true],
        },
      },
      examples: [
        {
          smoke_tests: 'tests/smoke/',
          monitoring: 'https://grafana.octoacme.example/d/payments',
        },
      ],
    },
    communication: {
      title: 'Communication',
      description:
        'The support hand-off and customer communication, required when `changes.customer_facing` is true (`customer-communication`).',
      type: 'object',
      additionalProperties: false,
      properties: {
        support_briefed: {
          title: 'Support briefed',
          description:
            'Whether the support team was trained on the changes and given the release notes and known issues (the Customer Support Lead\u2019s hand-off).',
          type: 'boolean',
          examples: [true],
        },
        customer_plan: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Customer communication plan',
          description:
            'The customer communication plan, as a relative path or an https:// URL: what is announced to which customer segments, timed with the deployment.',
          examples: ['docs/comms/2.4.0.md', 'https://wiki.octoacme.example/comms/payments-2.4'],
        },
      },
      examples: [
        {
          support_briefed: true,
          customer_plan: 'https://wiki.octoacme.example/comms/payments-2.4',
        },
      ],
    },
    signoffs: {
      title: 'Sign-offs',
      description:
        'Who signed off, in which role, and when. The policy names the roles each release type and kind of change requires (`signoff-required`). A sign-off is stale when it is for another version, dated after `date`, or older than the policy\u2019s maximum age (`signoff-stale`).',
      type: 'array',
      items: {
        $ref: '#/$defs/signoff',
      },
      examples: [
        [
          {
            role: 'qa-lead',
            by: '@bob',
            date: '2026-12-01',
          },
        ],
      ],
    },
    exceptions: {
      title: 'Exceptions (waivers)',
      description:
        'Waivers of policy rules: which rule, why, who approved, until when. A waiver covers every finding of its rule on this release; `exception-invalid` reports one with no reason, an approver without a granting role, or an expiry in the past, and an unused waiver is reported too. Syntax and schema errors can never be waived.',
      type: 'array',
      items: {
        $ref: '#/$defs/waiver',
      },
      examples: [
        [
          {
            rule: 'blackout-window',
            reason: 'SEV1 fix for INC-4821',
            approved_by: '@dana',
            expires: '2026-12-20',
          },
        ],
      ],
    },
    depends_on: {
      title: 'Depends on',
      description:
        'Releases of other products that must be in production before this one. `release-conflict` reports a dependency that the calendar plans to ship after this release.',
      type: 'array',
      items: {
        $ref: '#/$defs/dependency',
      },
      examples: [
        [
          {
            product: 'ledger',
            version: '5.1.0',
          },
        ],
      ],
    },
    systems: {
      title: 'Systems',
      description:
        'The systems (configuration items: databases, clusters, queues, shared services) this release changes, as lowercase slugs, each once. Blackouts, maintenance and deployment windows in the calendar may be scoped to systems: a scoped window concerns this release when it lists one of its systems. `release-conflict` warns of maintenance on a listed system, and of another release touching the same system at an overlapping time; a release that lists no systems is warned of every maintenance it overlaps.',
      type: 'array',
      items: {
        $ref: '#/$defs/slug',
      },
      uniqueItems: true,
      examples: [['payments-db', 'ledger-db']],
    },
  },
  $defs: {
    slug: {
      title: 'a lowercase slug (letters, digits and single hyphens)',
      description: 'Lowercase letters and digits, words joined by single hyphens, at most 64 characters.',
      type: 'string',
      pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
      maxLength: 64,
      examples: ['payments-api', 'ledger', 'checkout-web'],
    },
    semver: {
      title: 'a SemVer 2.0.0 version string (like "2.4.0", without a leading "v")',
      description:
        'MAJOR.MINOR.PATCH with optional -pre-release and +build parts, exactly as https://semver.org/spec/v2.0.0.html defines it (its official regular expression). Quote it in YAML: 1.10 unquoted is the number 1.1.',
      type: 'string',
      pattern:
        '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
      maxLength: 256,
      examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
    },
    dateTime: {
      title: 'an RFC 3339 date-time with its UTC offset (like 2026-12-08T15:00:00-05:00)',
      description:
        'YYYY-MM-DDTHH:MM:SS, optional fractional seconds, then Z or \xB1hh:mm. The offset is required: a time without one is ambiguous.',
      type: 'string',
      pattern:
        '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
      format: 'date-time',
      examples: ['2026-12-08T15:00:00-05:00', '2026-12-08T20:00:00Z'],
    },
    dateOrDateTime: {
      title: 'a date (like 2026-12-01) or an RFC 3339 date-time with its offset',
      description:
        'Either YYYY-MM-DD, a whole day in the calendar\u2019s timezone, or an RFC 3339 date-time with Z or \xB1hh:mm.',
      type: 'string',
      pattern:
        '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
      if: {
        maxLength: 10,
      },
      then: {
        format: 'date',
      },
      else: {
        format: 'date-time',
      },
      examples: ['2026-12-01', '2026-12-01T10:30:00-05:00'],
    },
    githubUser: {
      title: 'a GitHub handle (like "@dana")',
      description:
        'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
      maxLength: 40,
      examples: ['@dana', '@carol-ops'],
    },
    githubUserOrTeam: {
      title: 'a GitHub handle (like "@carol") or team (like "@octoacme/qa")',
      description:
        'An @ then a GitHub login, optionally followed by a slash and a team slug of that organization.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$',
      maxLength: 150,
      examples: ['@carol', '@octoacme/qa'],
    },
    relativePath: {
      title: 'a relative path with "/" separators (like docs/releases/2.4.0.md)',
      description:
        'Relative to the folder of the file that names it, with / separators. Not absolute (/\u2026, C:\u2026, ~\u2026) and not a URL. It may climb with ../ but must stay inside the repository, which the checker verifies.',
      type: 'string',
      pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
      maxLength: 1024,
      examples: ['docs/releases/2.4.0.md', '../../templates/release-notes.md'],
    },
    pathOrUrl: {
      title: 'a relative path (like docs/runbooks/rollback.md) or an https:// URL',
      description:
        'Either a path relative to the folder of the file that names it (/ separators, inside the repository) or an absolute https:// URL, without a user name or password in it.',
      type: 'string',
      pattern: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$',
      maxLength: 2048,
      not: {
        title: 'a URL with a user name or password in it',
        description:
          'Credentials in a URL are readable by anyone who reads release.yml, the logs or the reports. Remove the user:password@ part: link to the page itself and let readers sign in.',
        pattern: '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]*@',
      },
      examples: ['docs/runbooks/rollback.md', 'https://wiki.octoacme.example/runbooks/payments-rollback'],
    },
    text: {
      title: 'a text with at least one character that is not a space',
      description: 'Free text; it must not be empty or only whitespace.',
      type: 'string',
      pattern: '\\S',
      maxLength: 2e3,
      examples: ['SEV1 fix for INC-4821'],
    },
    releaseType: {
      title: 'a release type',
      description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
      type: 'string',
      enum: ['patch', 'minor', 'major'],
      examples: ['minor'],
    },
    strategy: {
      title: 'a deployment strategy',
      description:
        'One of the guide\u2019s deployment strategies: blue-green, canary, rolling, feature-flags or maintenance-window.',
      type: 'string',
      enum: ['blue-green', 'canary', 'rolling', 'feature-flags', 'maintenance-window'],
      examples: ['canary'],
    },
    incidentSeverity: {
      title: 'an incident severity',
      description:
        'SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide\u2019s incident severity levels.',
      type: 'string',
      enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
      examples: ['SEV1'],
    },
    incidentId: {
      title: 'an incident id (like INC-4821)',
      description:
        'The incident\u2019s id in the incident management tool: letters, digits and . _ : # / - , starting with a letter or digit.',
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$',
      maxLength: 64,
      examples: ['INC-4821'],
    },
    ruleName: {
      title: 'a rule id (lowercase words joined by hyphens, like blackout-window)',
      description: 'The id of a rule from the rule catalogue, lowercase with hyphens.',
      type: 'string',
      pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
      maxLength: 64,
      examples: ['blackout-window'],
    },
    signoff: {
      title: 'Sign-off',
      description: 'One person\u2019s or team\u2019s approval of this release in one role.',
      type: 'object',
      additionalProperties: false,
      required: ['role', 'by', 'date'],
      properties: {
        role: {
          title: 'Role',
          description:
            'The role signed for: a role id of the policy (OctoAcme: release-manager, product-owner, qa-lead, tech-lead, devops, ux, security, executive, support-lead) or one of its aliases (product-manager, qa, qa-engineer, sre, devops-engineer, customer-support-lead).',
          type: 'string',
          minLength: 1,
          maxLength: 64,
          examples: ['qa-lead', 'product-manager'],
        },
        by: {
          $ref: '#/$defs/githubUserOrTeam',
          title: 'Signed by',
          description:
            'GitHub handle of the person (@carol) or team (@octoacme/qa) who signed off. With a token, `signoff-verified` checks that they approved the release pull request and are among the role\u2019s users or teams.',
          examples: ['@carol', '@octoacme/qa'],
        },
        date: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Sign-off date',
          description: 'When they signed off: YYYY-MM-DD or an RFC 3339 date-time with its offset.',
          examples: ['2026-12-01'],
        },
        version: {
          $ref: '#/$defs/semver',
          title: 'Version signed',
          description:
            'The version they signed off, when it is not `version`. A sign-off for another version is stale.',
          examples: ['2.4.0'],
        },
        note: {
          $ref: '#/$defs/text',
          title: 'Note',
          description: 'Free text: conditions, a link to the test report, anything a reviewer should know.',
          examples: ['UAT report: https://wiki.octoacme.example/uat/payments-2.4'],
        },
      },
      examples: [
        {
          role: 'tech-lead',
          by: '@carol',
          date: '2026-12-01',
          version: '2.4.0',
        },
      ],
    },
    waiver: {
      title: 'Waiver',
      description: 'One exception to one policy rule for this release, approved by someone who may grant it.',
      type: 'object',
      additionalProperties: false,
      required: ['rule', 'reason', 'approved_by', 'expires'],
      properties: {
        rule: {
          $ref: '#/$defs/ruleName',
          title: 'Rule',
          description:
            'The id of the rule waived, as in the rule catalogue (blackout-window, lead-time, \u2026). Only rules the policy declares waivable can be waived; the policy decides which.',
          examples: ['blackout-window'],
        },
        reason: {
          $ref: '#/$defs/text',
          title: 'Reason',
          description: 'Why the rule is waived; for an emergency, the incident and its impact.',
          examples: ['SEV1 fix for INC-4821'],
        },
        approved_by: {
          $ref: '#/$defs/githubUser',
          title: 'Approved by',
          description:
            'GitHub handle of the approver, who must hold a role allowed to grant this waiver (the policy\u2019s `exceptions.waivable`; for a blackout with its own `exception`, the calendar\u2019s roles). Offline, a person holds a role when this file names them in it (`manager`, or a sign-off\u2019s `by`); with a token, the policy\u2019s users and teams decide. The release\u2019s own author cannot approve it.',
          examples: ['@dana'],
        },
        expires: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Expires',
          description:
            'When the waiver stops applying: YYYY-MM-DD (valid through that whole day in the calendar\u2019s timezone) or an RFC 3339 date-time. An expired waiver is an error; the policy caps how far ahead it may be (`exceptions.max_days`).',
          examples: ['2026-12-20'],
        },
        incident: {
          $ref: '#/$defs/incidentId',
          title: 'Incident',
          description: 'The id of the incident that justifies the waiver, for emergency exceptions.',
          examples: ['INC-4821'],
        },
      },
      examples: [
        {
          rule: 'blackout-window',
          reason: 'SEV1 fix for INC-4821',
          approved_by: '@dana',
          expires: '2026-12-20',
        },
      ],
    },
    dependency: {
      title: 'Dependency',
      description: 'A release of another product, named as in the release calendar.',
      type: 'object',
      additionalProperties: false,
      required: ['product', 'version'],
      properties: {
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product depended on, as in the calendar.',
          examples: ['ledger'],
        },
        version: {
          $ref: '#/$defs/semver',
          title: 'Version',
          description: 'The version of that product that must be in production first.',
          examples: ['5.1.0'],
        },
      },
      examples: [
        {
          product: 'ledger',
          version: '5.1.0',
        },
      ],
    },
  },
  examples: [
    {
      product: 'payments-api',
      version: '2.4.0',
      previous: '2.3.1',
      type: 'minor',
      date: '2026-12-08T15:00:00-05:00',
      window: {
        end: '2026-12-08T17:00:00-05:00',
      },
      strategy: 'canary',
      manager: '@dana',
      notes: 'docs/releases/2.4.0.md',
      changes: {
        customer_facing: true,
        ui: true,
        security: false,
        database_migrations: true,
        breaking: false,
      },
      milestones: {
        feature_freeze: '2026-11-10',
        code_freeze: '2026-11-24',
      },
      rollback: {
        plan: 'docs/runbooks/rollback.md',
        tested: true,
      },
      verification: {
        smoke_tests: 'tests/smoke/',
        monitoring: 'https://grafana.octoacme.example/d/payments',
        accessibility_tested: true,
      },
      communication: {
        support_briefed: true,
        customer_plan: 'https://wiki.octoacme.example/comms/payments-2.4',
      },
      signoffs: [
        {
          role: 'qa-lead',
          by: '@bob',
          date: '2026-12-01',
        },
        {
          role: 'tech-lead',
          by: '@carol',
          date: '2026-12-01',
          version: '2.4.0',
        },
      ],
      depends_on: [
        {
          product: 'ledger',
          version: '5.1.0',
        },
      ],
    },
    {
      product: 'payments-api',
      version: '2.4.1',
      previous: '2.4.0',
      type: 'patch',
      date: '2026-12-21T10:00:00-05:00',
      manager: '@dana',
      notes: 'docs/releases/2.4.1.md',
      changes: {
        security: true,
      },
      incident: {
        id: 'INC-4821',
        severity: 'SEV1',
      },
      rollback: {
        plan: 'docs/runbooks/rollback.md',
        tested: false,
      },
      signoffs: [
        {
          role: 'tech-lead',
          by: '@carol',
          date: '2026-12-21',
        },
        {
          role: 'product-owner',
          by: '@erin',
          date: '2026-12-21',
        },
        {
          role: 'security',
          by: '@octoacme/security',
          date: '2026-12-21',
        },
      ],
      exceptions: [
        {
          rule: 'blackout-window',
          reason: 'SEV1 fix for INC-4821 during the year-end freeze',
          approved_by: '@dana',
          expires: '2026-12-22',
          incident: 'INC-4821',
        },
      ],
    },
  ],
};

// validator:validator:release
var validate = validate20;
var schema31 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://octoacme.github.io/release-policy/schemas/release.schema.json',
  title: 'release.yml',
  description:
    'One release of one product: what ships and when, how it is deployed, verified and rolled back, and who signed off. `release-policy check` validates it against this schema, then against the policy (by default OctoAcme\u2019s release & deployment guide). Paths are relative to the folder that holds this file and must stay inside the repository.',
  type: 'object',
  additionalProperties: false,
  required: ['product', 'version', 'type', 'date'],
  properties: {
    $schema: {
      title: 'Schema URL',
      description:
        'The URL of this schema, for editors that read a `$schema` key rather than the `# yaml-language-server: $schema=\u2026` comment. The checker ignores it.',
      type: 'string',
      minLength: 1,
      examples: ['https://octoacme.github.io/release-policy/schemas/release.schema.json'],
    },
    product: {
      $ref: '#/$defs/slug',
      title: 'Product',
      description:
        'The product (service, app or library) this release ships, as a lowercase slug. Use the same name as the release calendar, so planned releases, dependencies and conflicts line up.',
      examples: ['payments-api', 'checkout-web'],
    },
    version: {
      $ref: '#/$defs/semver',
      title: 'Version',
      description:
        'The version this release ships, SemVer 2.0.0 without a leading "v". Quote it: YAML reads an unquoted 1.10 as the number 1.1.',
      examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
    },
    previous: {
      $ref: '#/$defs/semver',
      title: 'Previous version',
      description:
        'The version this release replaces (the one in production now). `version-bump` checks that `version` follows it as `type` says: patch x.y.z \u2192 x.y.(z+1), minor \u2192 x.(y+1).0, major \u2192 (x+1).0.0. Leave it out for a product\u2019s first release.',
      examples: ['2.3.1'],
    },
    type: {
      $ref: '#/$defs/releaseType',
      title: 'Release type',
      description:
        'patch: hotfixes for critical production issues or security vulnerabilities; minor: incremental features and improvements, no breaking changes; major: significant functionality or breaking changes. The policy derives the required sign-offs, notes template, lead times and rollback rigour from it.',
      examples: ['minor', 'patch', 'major'],
    },
    date: {
      $ref: '#/$defs/dateTime',
      title: 'Production deploy date',
      description:
        'When the production deployment is planned to start: an RFC 3339 date-time with its UTC offset (Z or \xB1hh:mm). In plan mode blackouts, lead times and sign-off freshness are measured against it.',
      examples: ['2026-12-08T15:00:00-05:00'],
    },
    window: {
      title: 'Deployment window',
      description:
        'When the production deployment runs, from `start` (default: `date`) up to `end` (exclusive). The whole window is checked against blackouts, and against other releases and maintenance windows in the calendar.',
      type: 'object',
      additionalProperties: false,
      required: ['end'],
      properties: {
        start: {
          $ref: '#/$defs/dateTime',
          title: 'Window start',
          description: 'When the deployment starts, if not at `date`. RFC 3339 with its offset.',
          examples: ['2026-12-08T15:00:00-05:00'],
        },
        end: {
          $ref: '#/$defs/dateTime',
          title: 'Window end',
          description:
            'When the deployment must be finished (exclusive). RFC 3339 with its offset; after the start.',
          examples: ['2026-12-08T17:00:00-05:00'],
        },
      },
      examples: [{ end: '2026-12-08T17:00:00-05:00' }],
    },
    strategy: {
      $ref: '#/$defs/strategy',
      title: 'Deployment strategy',
      description:
        'How the release reaches production. blue-green: two identical environments, traffic switched; canary: a small share of users first, then expand; rolling: instances updated one at a time; feature-flags: deployed dark, enabled selectively; maintenance-window: system taken offline. The policy may limit the strategies a release type allows.',
      examples: ['canary', 'rolling'],
    },
    manager: {
      $ref: '#/$defs/githubUser',
      title: 'Release Manager',
      description:
        'GitHub handle of the Release Manager, who coordinates the release and makes the go/no-go decision. Offline, this person holds the release-manager role (for example to approve a waiver).',
      examples: ['@dana'],
    },
    notes: {
      $ref: '#/$defs/relativePath',
      title: 'Release notes',
      description:
        'Path of the release notes (Markdown), relative to this file\u2019s folder. Start them from the policy\u2019s notes template for this type (OctoAcme: standard notes for minor and major, hotfix notes for patch).',
      examples: ['docs/releases/2.4.0.md', 'RELEASE_NOTES.md'],
    },
    changes: {
      title: 'Kinds of change',
      description:
        'What this release changes. Each kind set to true adds the policy\u2019s conditional requirements (OctoAcme: security \u2192 Security sign-off; ui \u2192 UX sign-off and accessibility testing; customer_facing \u2192 Customer Support Lead sign-off, a communication plan and a briefed support team; database_migrations \u2192 a tested rollback; breaking \u2192 migration steps; infrastructure \u2192 DevOps/SRE sign-off). A kind left out counts as false.',
      type: 'object',
      additionalProperties: false,
      properties: {
        customer_facing: {
          title: 'Customer-facing',
          description:
            'Customers will notice the change (features, behaviour, API, pricing). Needs a customer communication plan and a support hand-off.',
          type: 'boolean',
          examples: [true],
        },
        ui: {
          title: 'UI changes',
          description:
            'The release changes the user interface. The guide requires accessibility testing for UI changes.',
          type: 'boolean',
          examples: [true],
        },
        security: {
          title: 'Security-sensitive',
          description:
            'The release touches authentication, authorization, secrets or cryptography, or fixes a vulnerability. The guide requires a security approval.',
          type: 'boolean',
          examples: [true],
        },
        database_migrations: {
          title: 'Database migrations',
          description:
            'The release runs database migrations. The guide requires migration scripts and their rollback to be tested.',
          type: 'boolean',
          examples: [true],
        },
        breaking: {
          title: 'Breaking changes',
          description:
            'The release breaks compatibility (API, data format, behaviour). Only a major release may; its notes must list each breaking change with migration steps.',
          type: 'boolean',
          examples: [false],
        },
        infrastructure: {
          title: 'Infrastructure changes',
          description:
            'The release changes infrastructure (capacity, networking, platform configuration), which DevOps/SRE manages.',
          type: 'boolean',
          examples: [true],
        },
      },
      examples: [
        { customer_facing: true, ui: true, security: false, database_migrations: true, breaking: false },
      ],
    },
    milestones: {
      title: 'Milestones',
      description:
        'Dates on the release\u2019s planning timeline. `lead-time` compares them with the policy\u2019s lead times for this type (OctoAcme: minor and major need the feature freeze at least 28 days and the code freeze at least 14 days before `date`; a major is planned at least 56 days ahead). A date alone is a whole day in the calendar\u2019s timezone.',
      type: 'object',
      additionalProperties: false,
      properties: {
        planning: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Planning start',
          description:
            'When release planning began: goals, scope, dependencies and an initial timeline (the guide\u2019s \u201C8 weeks before release\u201D step).',
          examples: ['2026-10-13'],
        },
        feature_freeze: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Feature freeze',
          description:
            'When the release scope was finalized (the guide\u2019s \u201C4 weeks before release\u201D step).',
          examples: ['2026-11-10'],
        },
        code_freeze: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Code freeze',
          description:
            'When the release branch was cut (the guide\u2019s \u201C2 weeks before release\u201D step).',
          examples: ['2026-11-24'],
        },
      },
      examples: [{ feature_freeze: '2026-11-10', code_freeze: '2026-11-24' }],
    },
    incident: {
      title: 'Incident',
      description:
        'The incident this release responds to, for a patch (hotfix). Its severity decides whether a calendar blackout\u2019s emergency exception can apply (OctoAcme: SEV1 and SEV2).',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'severity'],
      properties: {
        id: {
          $ref: '#/$defs/incidentId',
          title: 'Incident id',
          description:
            'The incident\u2019s id in the incident management tool (PagerDuty, Opsgenie, \u2026).',
          examples: ['INC-4821'],
        },
        severity: {
          $ref: '#/$defs/incidentSeverity',
          title: 'Severity',
          description:
            'SEV1 critical (production down, data loss, security breach), SEV2 high (major functionality unavailable, >50% of users), SEV3 medium (partial, workaround available), SEV4 low (cosmetic).',
          examples: ['SEV1'],
        },
      },
      examples: [{ id: 'INC-4821', severity: 'SEV1' }],
    },
    rollback: {
      title: 'Rollback',
      description:
        'How to undo this release (the guide\u2019s Rollback & Incident Playbook). `rollback-plan` checks that the plan exists (the file, or a URL) and that it was tested where the policy requires it.',
      type: 'object',
      additionalProperties: false,
      properties: {
        plan: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Rollback plan',
          description:
            'The rollback procedure: a path relative to this file\u2019s folder (a runbook in the repository) or an https:// URL.',
          examples: ['docs/runbooks/rollback.md', 'https://wiki.octoacme.example/runbooks/payments-rollback'],
        },
        tested: {
          title: 'Rollback tested',
          description:
            'Whether the rollback procedure was tested, for example in staging. OctoAcme requires it for minor and major releases and for database migrations.',
          type: 'boolean',
          examples: [true],
        },
      },
      examples: [{ plan: 'docs/runbooks/rollback.md', tested: true }],
    },
    verification: {
      title: 'Verification',
      description:
        'How the deployment is verified (the guide\u2019s post-deployment verification): the smoke tests, the monitoring, and for UI changes the accessibility testing.',
      type: 'object',
      additionalProperties: false,
      properties: {
        smoke_tests: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Smoke tests',
          description:
            'The smoke tests run on staging and after the production deploy: a relative path (file or folder) or an https:// URL (a CI job).',
          examples: ['tests/smoke/'],
        },
        monitoring: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Monitoring',
          description:
            'The dashboards and alerts that watch the release: an https:// URL or a relative path to a monitoring runbook.',
          examples: ['https://grafana.octoacme.example/d/payments'],
        },
        accessibility_tested: {
          title: 'Accessibility tested',
          description:
            'Whether accessibility testing was completed. The guide requires it when the release changes the UI (`changes.ui`).',
          type: 'boolean',
          examples: [true],
        },
      },
      examples: [{ smoke_tests: 'tests/smoke/', monitoring: 'https://grafana.octoacme.example/d/payments' }],
    },
    communication: {
      title: 'Communication',
      description:
        'The support hand-off and customer communication, required when `changes.customer_facing` is true (`customer-communication`).',
      type: 'object',
      additionalProperties: false,
      properties: {
        support_briefed: {
          title: 'Support briefed',
          description:
            'Whether the support team was trained on the changes and given the release notes and known issues (the Customer Support Lead\u2019s hand-off).',
          type: 'boolean',
          examples: [true],
        },
        customer_plan: {
          $ref: '#/$defs/pathOrUrl',
          title: 'Customer communication plan',
          description:
            'The customer communication plan, as a relative path or an https:// URL: what is announced to which customer segments, timed with the deployment.',
          examples: ['docs/comms/2.4.0.md', 'https://wiki.octoacme.example/comms/payments-2.4'],
        },
      },
      examples: [
        { support_briefed: true, customer_plan: 'https://wiki.octoacme.example/comms/payments-2.4' },
      ],
    },
    signoffs: {
      title: 'Sign-offs',
      description:
        'Who signed off, in which role, and when. The policy names the roles each release type and kind of change requires (`signoff-required`). A sign-off is stale when it is for another version, dated after `date`, or older than the policy\u2019s maximum age (`signoff-stale`).',
      type: 'array',
      items: { $ref: '#/$defs/signoff' },
      examples: [[{ role: 'qa-lead', by: '@bob', date: '2026-12-01' }]],
    },
    exceptions: {
      title: 'Exceptions (waivers)',
      description:
        'Waivers of policy rules: which rule, why, who approved, until when. A waiver covers every finding of its rule on this release; `exception-invalid` reports one with no reason, an approver without a granting role, or an expiry in the past, and an unused waiver is reported too. Syntax and schema errors can never be waived.',
      type: 'array',
      items: { $ref: '#/$defs/waiver' },
      examples: [
        [
          {
            rule: 'blackout-window',
            reason: 'SEV1 fix for INC-4821',
            approved_by: '@dana',
            expires: '2026-12-20',
          },
        ],
      ],
    },
    depends_on: {
      title: 'Depends on',
      description:
        'Releases of other products that must be in production before this one. `release-conflict` reports a dependency that the calendar plans to ship after this release.',
      type: 'array',
      items: { $ref: '#/$defs/dependency' },
      examples: [[{ product: 'ledger', version: '5.1.0' }]],
    },
    systems: {
      title: 'Systems',
      description:
        'The systems (configuration items: databases, clusters, queues, shared services) this release changes, as lowercase slugs, each once. Blackouts, maintenance and deployment windows in the calendar may be scoped to systems: a scoped window concerns this release when it lists one of its systems. `release-conflict` warns of maintenance on a listed system, and of another release touching the same system at an overlapping time; a release that lists no systems is warned of every maintenance it overlaps.',
      type: 'array',
      items: { $ref: '#/$defs/slug' },
      uniqueItems: true,
      examples: [['payments-db', 'ledger-db']],
    },
  },
  $defs: {
    slug: {
      title: 'a lowercase slug (letters, digits and single hyphens)',
      description: 'Lowercase letters and digits, words joined by single hyphens, at most 64 characters.',
      type: 'string',
      pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
      maxLength: 64,
      examples: ['payments-api', 'ledger', 'checkout-web'],
    },
    semver: {
      title: 'a SemVer 2.0.0 version string (like "2.4.0", without a leading "v")',
      description:
        'MAJOR.MINOR.PATCH with optional -pre-release and +build parts, exactly as https://semver.org/spec/v2.0.0.html defines it (its official regular expression). Quote it in YAML: 1.10 unquoted is the number 1.1.',
      type: 'string',
      pattern:
        '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
      maxLength: 256,
      examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
    },
    dateTime: {
      title: 'an RFC 3339 date-time with its UTC offset (like 2026-12-08T15:00:00-05:00)',
      description:
        'YYYY-MM-DDTHH:MM:SS, optional fractional seconds, then Z or \xB1hh:mm. The offset is required: a time without one is ambiguous.',
      type: 'string',
      pattern:
        '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
      format: 'date-time',
      examples: ['2026-12-08T15:00:00-05:00', '2026-12-08T20:00:00Z'],
    },
    dateOrDateTime: {
      title: 'a date (like 2026-12-01) or an RFC 3339 date-time with its offset',
      description:
        'Either YYYY-MM-DD, a whole day in the calendar\u2019s timezone, or an RFC 3339 date-time with Z or \xB1hh:mm.',
      type: 'string',
      pattern:
        '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
      if: { maxLength: 10 },
      then: { format: 'date' },
      else: { format: 'date-time' },
      examples: ['2026-12-01', '2026-12-01T10:30:00-05:00'],
    },
    githubUser: {
      title: 'a GitHub handle (like "@dana")',
      description:
        'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
      maxLength: 40,
      examples: ['@dana', '@carol-ops'],
    },
    githubUserOrTeam: {
      title: 'a GitHub handle (like "@carol") or team (like "@octoacme/qa")',
      description:
        'An @ then a GitHub login, optionally followed by a slash and a team slug of that organization.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$',
      maxLength: 150,
      examples: ['@carol', '@octoacme/qa'],
    },
    relativePath: {
      title: 'a relative path with "/" separators (like docs/releases/2.4.0.md)',
      description:
        'Relative to the folder of the file that names it, with / separators. Not absolute (/\u2026, C:\u2026, ~\u2026) and not a URL. It may climb with ../ but must stay inside the repository, which the checker verifies.',
      type: 'string',
      pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
      maxLength: 1024,
      examples: ['docs/releases/2.4.0.md', '../../templates/release-notes.md'],
    },
    pathOrUrl: {
      title: 'a relative path (like docs/runbooks/rollback.md) or an https:// URL',
      description:
        'Either a path relative to the folder of the file that names it (/ separators, inside the repository) or an absolute https:// URL, without a user name or password in it.',
      type: 'string',
      pattern: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$',
      maxLength: 2048,
      not: {
        title: 'a URL with a user name or password in it',
        description:
          'Credentials in a URL are readable by anyone who reads release.yml, the logs or the reports. Remove the user:password@ part: link to the page itself and let readers sign in.',
        pattern: '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]*@',
      },
      examples: ['docs/runbooks/rollback.md', 'https://wiki.octoacme.example/runbooks/payments-rollback'],
    },
    text: {
      title: 'a text with at least one character that is not a space',
      description: 'Free text; it must not be empty or only whitespace.',
      type: 'string',
      pattern: '\\S',
      maxLength: 2e3,
      examples: ['SEV1 fix for INC-4821'],
    },
    releaseType: {
      title: 'a release type',
      description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
      type: 'string',
      enum: ['patch', 'minor', 'major'],
      examples: ['minor'],
    },
    strategy: {
      title: 'a deployment strategy',
      description:
        'One of the guide\u2019s deployment strategies: blue-green, canary, rolling, feature-flags or maintenance-window.',
      type: 'string',
      enum: ['blue-green', 'canary', 'rolling', 'feature-flags', 'maintenance-window'],
      examples: ['canary'],
    },
    incidentSeverity: {
      title: 'an incident severity',
      description:
        'SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide\u2019s incident severity levels.',
      type: 'string',
      enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
      examples: ['SEV1'],
    },
    incidentId: {
      title: 'an incident id (like INC-4821)',
      description:
        'The incident\u2019s id in the incident management tool: letters, digits and . _ : # / - , starting with a letter or digit.',
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$',
      maxLength: 64,
      examples: ['INC-4821'],
    },
    ruleName: {
      title: 'a rule id (lowercase words joined by hyphens, like blackout-window)',
      description: 'The id of a rule from the rule catalogue, lowercase with hyphens.',
      type: 'string',
      pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
      maxLength: 64,
      examples: ['blackout-window'],
    },
    signoff: {
      title: 'Sign-off',
      description: 'One person\u2019s or team\u2019s approval of this release in one role.',
      type: 'object',
      additionalProperties: false,
      required: ['role', 'by', 'date'],
      properties: {
        role: {
          title: 'Role',
          description:
            'The role signed for: a role id of the policy (OctoAcme: release-manager, product-owner, qa-lead, tech-lead, devops, ux, security, executive, support-lead) or one of its aliases (product-manager, qa, qa-engineer, sre, devops-engineer, customer-support-lead).',
          type: 'string',
          minLength: 1,
          maxLength: 64,
          examples: ['qa-lead', 'product-manager'],
        },
        by: {
          $ref: '#/$defs/githubUserOrTeam',
          title: 'Signed by',
          description:
            'GitHub handle of the person (@carol) or team (@octoacme/qa) who signed off. With a token, `signoff-verified` checks that they approved the release pull request and are among the role\u2019s users or teams.',
          examples: ['@carol', '@octoacme/qa'],
        },
        date: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Sign-off date',
          description: 'When they signed off: YYYY-MM-DD or an RFC 3339 date-time with its offset.',
          examples: ['2026-12-01'],
        },
        version: {
          $ref: '#/$defs/semver',
          title: 'Version signed',
          description:
            'The version they signed off, when it is not `version`. A sign-off for another version is stale.',
          examples: ['2.4.0'],
        },
        note: {
          $ref: '#/$defs/text',
          title: 'Note',
          description: 'Free text: conditions, a link to the test report, anything a reviewer should know.',
          examples: ['UAT report: https://wiki.octoacme.example/uat/payments-2.4'],
        },
      },
      examples: [{ role: 'tech-lead', by: '@carol', date: '2026-12-01', version: '2.4.0' }],
    },
    waiver: {
      title: 'Waiver',
      description: 'One exception to one policy rule for this release, approved by someone who may grant it.',
      type: 'object',
      additionalProperties: false,
      required: ['rule', 'reason', 'approved_by', 'expires'],
      properties: {
        rule: {
          $ref: '#/$defs/ruleName',
          title: 'Rule',
          description:
            'The id of the rule waived, as in the rule catalogue (blackout-window, lead-time, \u2026). Only rules the policy declares waivable can be waived; the policy decides which.',
          examples: ['blackout-window'],
        },
        reason: {
          $ref: '#/$defs/text',
          title: 'Reason',
          description: 'Why the rule is waived; for an emergency, the incident and its impact.',
          examples: ['SEV1 fix for INC-4821'],
        },
        approved_by: {
          $ref: '#/$defs/githubUser',
          title: 'Approved by',
          description:
            'GitHub handle of the approver, who must hold a role allowed to grant this waiver (the policy\u2019s `exceptions.waivable`; for a blackout with its own `exception`, the calendar\u2019s roles). Offline, a person holds a role when this file names them in it (`manager`, or a sign-off\u2019s `by`); with a token, the policy\u2019s users and teams decide. The release\u2019s own author cannot approve it.',
          examples: ['@dana'],
        },
        expires: {
          $ref: '#/$defs/dateOrDateTime',
          title: 'Expires',
          description:
            'When the waiver stops applying: YYYY-MM-DD (valid through that whole day in the calendar\u2019s timezone) or an RFC 3339 date-time. An expired waiver is an error; the policy caps how far ahead it may be (`exceptions.max_days`).',
          examples: ['2026-12-20'],
        },
        incident: {
          $ref: '#/$defs/incidentId',
          title: 'Incident',
          description: 'The id of the incident that justifies the waiver, for emergency exceptions.',
          examples: ['INC-4821'],
        },
      },
      examples: [
        {
          rule: 'blackout-window',
          reason: 'SEV1 fix for INC-4821',
          approved_by: '@dana',
          expires: '2026-12-20',
        },
      ],
    },
    dependency: {
      title: 'Dependency',
      description: 'A release of another product, named as in the release calendar.',
      type: 'object',
      additionalProperties: false,
      required: ['product', 'version'],
      properties: {
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product depended on, as in the calendar.',
          examples: ['ledger'],
        },
        version: {
          $ref: '#/$defs/semver',
          title: 'Version',
          description: 'The version of that product that must be in production first.',
          examples: ['5.1.0'],
        },
      },
      examples: [{ product: 'ledger', version: '5.1.0' }],
    },
  },
  examples: [
    {
      product: 'payments-api',
      version: '2.4.0',
      previous: '2.3.1',
      type: 'minor',
      date: '2026-12-08T15:00:00-05:00',
      window: { end: '2026-12-08T17:00:00-05:00' },
      strategy: 'canary',
      manager: '@dana',
      notes: 'docs/releases/2.4.0.md',
      changes: {
        customer_facing: true,
        ui: true,
        security: false,
        database_migrations: true,
        breaking: false,
      },
      milestones: { feature_freeze: '2026-11-10', code_freeze: '2026-11-24' },
      rollback: { plan: 'docs/runbooks/rollback.md', tested: true },
      verification: {
        smoke_tests: 'tests/smoke/',
        monitoring: 'https://grafana.octoacme.example/d/payments',
        accessibility_tested: true,
      },
      communication: {
        support_briefed: true,
        customer_plan: 'https://wiki.octoacme.example/comms/payments-2.4',
      },
      signoffs: [
        { role: 'qa-lead', by: '@bob', date: '2026-12-01' },
        { role: 'tech-lead', by: '@carol', date: '2026-12-01', version: '2.4.0' },
      ],
      depends_on: [{ product: 'ledger', version: '5.1.0' }],
    },
    {
      product: 'payments-api',
      version: '2.4.1',
      previous: '2.4.0',
      type: 'patch',
      date: '2026-12-21T10:00:00-05:00',
      manager: '@dana',
      notes: 'docs/releases/2.4.1.md',
      changes: { security: true },
      incident: { id: 'INC-4821', severity: 'SEV1' },
      rollback: { plan: 'docs/runbooks/rollback.md', tested: false },
      signoffs: [
        { role: 'tech-lead', by: '@carol', date: '2026-12-21' },
        { role: 'product-owner', by: '@erin', date: '2026-12-21' },
        { role: 'security', by: '@octoacme/security', date: '2026-12-21' },
      ],
      exceptions: [
        {
          rule: 'blackout-window',
          reason: 'SEV1 fix for INC-4821 during the year-end freeze',
          approved_by: '@dana',
          expires: '2026-12-22',
          incident: 'INC-4821',
        },
      ],
    },
  ],
};
var schema32 = {
  title: 'a lowercase slug (letters, digits and single hyphens)',
  description: 'Lowercase letters and digits, words joined by single hyphens, at most 64 characters.',
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['payments-api', 'ledger', 'checkout-web'],
};
var schema33 = {
  title: 'a SemVer 2.0.0 version string (like "2.4.0", without a leading "v")',
  description:
    'MAJOR.MINOR.PATCH with optional -pre-release and +build parts, exactly as https://semver.org/spec/v2.0.0.html defines it (its official regular expression). Quote it in YAML: 1.10 unquoted is the number 1.1.',
  type: 'string',
  pattern:
    '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
  maxLength: 256,
  examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
};
var schema35 = {
  title: 'a release type',
  description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
  type: 'string',
  enum: ['patch', 'minor', 'major'],
  examples: ['minor'],
};
var schema36 = {
  title: 'an RFC 3339 date-time with its UTC offset (like 2026-12-08T15:00:00-05:00)',
  description:
    'YYYY-MM-DDTHH:MM:SS, optional fractional seconds, then Z or \xB1hh:mm. The offset is required: a time without one is ambiguous.',
  type: 'string',
  pattern:
    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
  format: 'date-time',
  examples: ['2026-12-08T15:00:00-05:00', '2026-12-08T20:00:00Z'],
};
var schema39 = {
  title: 'a deployment strategy',
  description:
    'One of the guide\u2019s deployment strategies: blue-green, canary, rolling, feature-flags or maintenance-window.',
  type: 'string',
  enum: ['blue-green', 'canary', 'rolling', 'feature-flags', 'maintenance-window'],
  examples: ['canary'],
};
var schema40 = {
  title: 'a GitHub handle (like "@dana")',
  description: 'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
  type: 'string',
  pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
  maxLength: 40,
  examples: ['@dana', '@carol-ops'],
};
var schema41 = {
  title: 'a relative path with "/" separators (like docs/releases/2.4.0.md)',
  description:
    'Relative to the folder of the file that names it, with / separators. Not absolute (/\u2026, C:\u2026, ~\u2026) and not a URL. It may climb with ../ but must stay inside the repository, which the checker verifies.',
  type: 'string',
  pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
  maxLength: 1024,
  examples: ['docs/releases/2.4.0.md', '../../templates/release-notes.md'],
};
var schema42 = {
  title: 'a date (like 2026-12-01) or an RFC 3339 date-time with its offset',
  description:
    'Either YYYY-MM-DD, a whole day in the calendar\u2019s timezone, or an RFC 3339 date-time with Z or \xB1hh:mm.',
  type: 'string',
  pattern:
    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
  if: { maxLength: 10 },
  then: { format: 'date' },
  else: { format: 'date-time' },
  examples: ['2026-12-01', '2026-12-01T10:30:00-05:00'],
};
var schema45 = {
  title: 'an incident id (like INC-4821)',
  description:
    'The incident\u2019s id in the incident management tool: letters, digits and . _ : # / - , starting with a letter or digit.',
  type: 'string',
  pattern: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$',
  maxLength: 64,
  examples: ['INC-4821'],
};
var schema46 = {
  title: 'an incident severity',
  description:
    'SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide\u2019s incident severity levels.',
  type: 'string',
  enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
  examples: ['SEV1'],
};
var schema47 = {
  title: 'a relative path (like docs/runbooks/rollback.md) or an https:// URL',
  description:
    'Either a path relative to the folder of the file that names it (/ separators, inside the repository) or an absolute https:// URL, without a user name or password in it.',
  type: 'string',
  pattern: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$',
  maxLength: 2048,
  not: {
    title: 'a URL with a user name or password in it',
    description:
      'Credentials in a URL are readable by anyone who reads release.yml, the logs or the reports. Remove the user:password@ part: link to the page itself and let readers sign in.',
    pattern: '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]*@',
  },
  examples: ['docs/runbooks/rollback.md', 'https://wiki.octoacme.example/runbooks/payments-rollback'],
};
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern4 = new RegExp('^[a-z0-9]+(?:-[a-z0-9]+)*$', 'u');
var pattern5 = new RegExp(
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
  'u',
);
var pattern7 = new RegExp(
  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
  'u',
);
var pattern10 = new RegExp('^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$', 'u');
var pattern11 = new RegExp('^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$', 'u');
var pattern12 = new RegExp(
  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
  'u',
);
var pattern15 = new RegExp('^[A-Za-z0-9][A-Za-z0-9._:#/-]*$', 'u');
var pattern16 = new RegExp('^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]*@', 'u');
var pattern17 = new RegExp('^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$', 'u');
var formats0 = require_formats().fullFormats['date-time'];
var formats6 = require_formats().fullFormats.date;
var schema51 = {
  title: 'Sign-off',
  description: 'One person\u2019s or team\u2019s approval of this release in one role.',
  type: 'object',
  additionalProperties: false,
  required: ['role', 'by', 'date'],
  properties: {
    role: {
      title: 'Role',
      description:
        'The role signed for: a role id of the policy (OctoAcme: release-manager, product-owner, qa-lead, tech-lead, devops, ux, security, executive, support-lead) or one of its aliases (product-manager, qa, qa-engineer, sre, devops-engineer, customer-support-lead).',
      type: 'string',
      minLength: 1,
      maxLength: 64,
      examples: ['qa-lead', 'product-manager'],
    },
    by: {
      $ref: '#/$defs/githubUserOrTeam',
      title: 'Signed by',
      description:
        'GitHub handle of the person (@carol) or team (@octoacme/qa) who signed off. With a token, `signoff-verified` checks that they approved the release pull request and are among the role\u2019s users or teams.',
      examples: ['@carol', '@octoacme/qa'],
    },
    date: {
      $ref: '#/$defs/dateOrDateTime',
      title: 'Sign-off date',
      description: 'When they signed off: YYYY-MM-DD or an RFC 3339 date-time with its offset.',
      examples: ['2026-12-01'],
    },
    version: {
      $ref: '#/$defs/semver',
      title: 'Version signed',
      description:
        'The version they signed off, when it is not `version`. A sign-off for another version is stale.',
      examples: ['2.4.0'],
    },
    note: {
      $ref: '#/$defs/text',
      title: 'Note',
      description: 'Free text: conditions, a link to the test report, anything a reviewer should know.',
      examples: ['UAT report: https://wiki.octoacme.example/uat/payments-2.4'],
    },
  },
  examples: [{ role: 'tech-lead', by: '@carol', date: '2026-12-01', version: '2.4.0' }],
};
var schema52 = {
  title: 'a GitHub handle (like "@carol") or team (like "@octoacme/qa")',
  description:
    'An @ then a GitHub login, optionally followed by a slash and a team slug of that organization.',
  type: 'string',
  pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$',
  maxLength: 150,
  examples: ['@carol', '@octoacme/qa'],
};
var schema55 = {
  title: 'a text with at least one character that is not a space',
  description: 'Free text; it must not be empty or only whitespace.',
  type: 'string',
  pattern: '\\S',
  maxLength: 2e3,
  examples: ['SEV1 fix for INC-4821'],
};
var pattern24 = new RegExp('^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$', 'u');
var pattern27 = new RegExp('\\S', 'u');
function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.role === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'role' },
        message: "must have required property 'role'",
        schema: schema51.required,
        parentSchema: schema51,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.by === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'by' },
        message: "must have required property 'by'",
        schema: schema51.required,
        parentSchema: schema51,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.date === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'date' },
        message: "must have required property 'date'",
        schema: schema51.required,
        parentSchema: schema51,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'role' || key0 === 'by' || key0 === 'date' || key0 === 'version' || key0 === 'note')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema51,
          data,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data0 = data.role;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err4 = {
            instancePath: instancePath + '/role',
            schemaPath: '#/properties/role/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema51.properties.role,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err5 = {
            instancePath: instancePath + '/role',
            schemaPath: '#/properties/role/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema51.properties.role,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/role',
          schemaPath: '#/properties/role/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema51.properties.role.type,
          parentSchema: schema51.properties.role,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.by !== void 0) {
      let data1 = data.by;
      if (typeof data1 === 'string') {
        if (func2(data1) > 150) {
          const err7 = {
            instancePath: instancePath + '/by',
            schemaPath: '#/$defs/githubUserOrTeam/maxLength',
            keyword: 'maxLength',
            params: { limit: 150 },
            message: 'must NOT have more than 150 characters',
            schema: 150,
            parentSchema: schema52,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern24.test(data1)) {
          const err8 = {
            instancePath: instancePath + '/by',
            schemaPath: '#/$defs/githubUserOrTeam/pattern',
            keyword: 'pattern',
            params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$' },
            message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$"',
            schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:/[A-Za-z0-9][A-Za-z0-9_-]*)?$',
            parentSchema: schema52,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/by',
          schemaPath: '#/$defs/githubUserOrTeam/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema52.type,
          parentSchema: schema52,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data2 = data.date;
      const _errs10 = errors;
      let valid3 = true;
      const _errs11 = errors;
      if (typeof data2 === 'string') {
        if (func2(data2) > 10) {
          const err10 = {};
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      var _valid0 = _errs11 === errors;
      errors = _errs10;
      if (vErrors !== null) {
        if (_errs10) {
          vErrors.length = _errs10;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs12 = errors;
        if (typeof data2 === 'string') {
          if (!formats6.validate(data2)) {
            const err11 = {
              instancePath: instancePath + '/date',
              schemaPath: '#/$defs/dateOrDateTime/then/format',
              keyword: 'format',
              params: { format: 'date' },
              message: 'must match format "date"',
              schema: 'date',
              parentSchema: schema42.then,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        var _valid0 = _errs12 === errors;
        valid3 = _valid0;
        ifClause0 = 'then';
      } else {
        const _errs13 = errors;
        if (typeof data2 === 'string') {
          if (!formats0.validate(data2)) {
            const err12 = {
              instancePath: instancePath + '/date',
              schemaPath: '#/$defs/dateOrDateTime/else/format',
              keyword: 'format',
              params: { format: 'date-time' },
              message: 'must match format "date-time"',
              schema: 'date-time',
              parentSchema: schema42.else,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        var _valid0 = _errs13 === errors;
        valid3 = _valid0;
        ifClause0 = 'else';
      }
      if (!valid3) {
        const err13 = {
          instancePath: instancePath + '/date',
          schemaPath: '#/$defs/dateOrDateTime/if',
          keyword: 'if',
          params: { failingKeyword: ifClause0 },
          message: 'must match "' + ifClause0 + '" schema',
          schema: schema42.if,
          parentSchema: schema42,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data2 === 'string') {
        if (!pattern12.test(data2)) {
          const err14 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/dateOrDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$"',
            schema:
              '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
            parentSchema: schema42,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/date',
          schemaPath: '#/$defs/dateOrDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema42.type,
          parentSchema: schema42,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data3 = data.version;
      if (typeof data3 === 'string') {
        if (func2(data3) > 256) {
          const err16 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema33,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern5.test(data3)) {
          const err17 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            },
            message:
              'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"',
            schema:
              '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            parentSchema: schema33,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.note !== void 0) {
      let data4 = data.note;
      if (typeof data4 === 'string') {
        if (func2(data4) > 2e3) {
          const err19 = {
            instancePath: instancePath + '/note',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema55,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern27.test(data4)) {
          const err20 = {
            instancePath: instancePath + '/note',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema55,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/note',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema55.type,
          parentSchema: schema55,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema51.type,
      parentSchema: schema51,
      data,
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema56 = {
  title: 'Waiver',
  description: 'One exception to one policy rule for this release, approved by someone who may grant it.',
  type: 'object',
  additionalProperties: false,
  required: ['rule', 'reason', 'approved_by', 'expires'],
  properties: {
    rule: {
      $ref: '#/$defs/ruleName',
      title: 'Rule',
      description:
        'The id of the rule waived, as in the rule catalogue (blackout-window, lead-time, \u2026). Only rules the policy declares waivable can be waived; the policy decides which.',
      examples: ['blackout-window'],
    },
    reason: {
      $ref: '#/$defs/text',
      title: 'Reason',
      description: 'Why the rule is waived; for an emergency, the incident and its impact.',
      examples: ['SEV1 fix for INC-4821'],
    },
    approved_by: {
      $ref: '#/$defs/githubUser',
      title: 'Approved by',
      description:
        'GitHub handle of the approver, who must hold a role allowed to grant this waiver (the policy\u2019s `exceptions.waivable`; for a blackout with its own `exception`, the calendar\u2019s roles). Offline, a person holds a role when this file names them in it (`manager`, or a sign-off\u2019s `by`); with a token, the policy\u2019s users and teams decide. The release\u2019s own author cannot approve it.',
      examples: ['@dana'],
    },
    expires: {
      $ref: '#/$defs/dateOrDateTime',
      title: 'Expires',
      description:
        'When the waiver stops applying: YYYY-MM-DD (valid through that whole day in the calendar\u2019s timezone) or an RFC 3339 date-time. An expired waiver is an error; the policy caps how far ahead it may be (`exceptions.max_days`).',
      examples: ['2026-12-20'],
    },
    incident: {
      $ref: '#/$defs/incidentId',
      title: 'Incident',
      description: 'The id of the incident that justifies the waiver, for emergency exceptions.',
      examples: ['INC-4821'],
    },
  },
  examples: [
    { rule: 'blackout-window', reason: 'SEV1 fix for INC-4821', approved_by: '@dana', expires: '2026-12-20' },
  ],
};
var schema57 = {
  title: 'a rule id (lowercase words joined by hyphens, like blackout-window)',
  description: 'The id of a rule from the rule catalogue, lowercase with hyphens.',
  type: 'string',
  pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['blackout-window'],
};
var pattern28 = new RegExp('^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$', 'u');
function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.rule === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rule' },
        message: "must have required property 'rule'",
        schema: schema56.required,
        parentSchema: schema56,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'reason' },
        message: "must have required property 'reason'",
        schema: schema56.required,
        parentSchema: schema56,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.approved_by === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'approved_by' },
        message: "must have required property 'approved_by'",
        schema: schema56.required,
        parentSchema: schema56,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.expires === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'expires' },
        message: "must have required property 'expires'",
        schema: schema56.required,
        parentSchema: schema56,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'rule' ||
        key0 === 'reason' ||
        key0 === 'approved_by' ||
        key0 === 'expires' ||
        key0 === 'incident'
      )) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema56,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data0 = data.rule;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err5 = {
            instancePath: instancePath + '/rule',
            schemaPath: '#/$defs/ruleName/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema57,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern28.test(data0)) {
          const err6 = {
            instancePath: instancePath + '/rule',
            schemaPath: '#/$defs/ruleName/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"',
            schema: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
            parentSchema: schema57,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/rule',
          schemaPath: '#/$defs/ruleName/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema57.type,
          parentSchema: schema57,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data1 = data.reason;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err8 = {
            instancePath: instancePath + '/reason',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema55,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern27.test(data1)) {
          const err9 = {
            instancePath: instancePath + '/reason',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema55,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/reason',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema55.type,
          parentSchema: schema55,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.approved_by !== void 0) {
      let data2 = data.approved_by;
      if (typeof data2 === 'string') {
        if (func2(data2) > 40) {
          const err11 = {
            instancePath: instancePath + '/approved_by',
            schemaPath: '#/$defs/githubUser/maxLength',
            keyword: 'maxLength',
            params: { limit: 40 },
            message: 'must NOT have more than 40 characters',
            schema: 40,
            parentSchema: schema40,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern10.test(data2)) {
          const err12 = {
            instancePath: instancePath + '/approved_by',
            schemaPath: '#/$defs/githubUser/pattern',
            keyword: 'pattern',
            params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$' },
            message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$"',
            schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
            parentSchema: schema40,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/approved_by',
          schemaPath: '#/$defs/githubUser/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema40.type,
          parentSchema: schema40,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data3 = data.expires;
      const _errs14 = errors;
      let valid5 = true;
      const _errs15 = errors;
      if (typeof data3 === 'string') {
        if (func2(data3) > 10) {
          const err14 = {};
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      var _valid0 = _errs15 === errors;
      errors = _errs14;
      if (vErrors !== null) {
        if (_errs14) {
          vErrors.length = _errs14;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs16 = errors;
        if (typeof data3 === 'string') {
          if (!formats6.validate(data3)) {
            const err15 = {
              instancePath: instancePath + '/expires',
              schemaPath: '#/$defs/dateOrDateTime/then/format',
              keyword: 'format',
              params: { format: 'date' },
              message: 'must match format "date"',
              schema: 'date',
              parentSchema: schema42.then,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        var _valid0 = _errs16 === errors;
        valid5 = _valid0;
        ifClause0 = 'then';
      } else {
        const _errs17 = errors;
        if (typeof data3 === 'string') {
          if (!formats0.validate(data3)) {
            const err16 = {
              instancePath: instancePath + '/expires',
              schemaPath: '#/$defs/dateOrDateTime/else/format',
              keyword: 'format',
              params: { format: 'date-time' },
              message: 'must match format "date-time"',
              schema: 'date-time',
              parentSchema: schema42.else,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        var _valid0 = _errs17 === errors;
        valid5 = _valid0;
        ifClause0 = 'else';
      }
      if (!valid5) {
        const err17 = {
          instancePath: instancePath + '/expires',
          schemaPath: '#/$defs/dateOrDateTime/if',
          keyword: 'if',
          params: { failingKeyword: ifClause0 },
          message: 'must match "' + ifClause0 + '" schema',
          schema: schema42.if,
          parentSchema: schema42,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data3 === 'string') {
        if (!pattern12.test(data3)) {
          const err18 = {
            instancePath: instancePath + '/expires',
            schemaPath: '#/$defs/dateOrDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$"',
            schema:
              '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
            parentSchema: schema42,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/expires',
          schemaPath: '#/$defs/dateOrDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema42.type,
          parentSchema: schema42,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.incident !== void 0) {
      let data4 = data.incident;
      if (typeof data4 === 'string') {
        if (func2(data4) > 64) {
          const err20 = {
            instancePath: instancePath + '/incident',
            schemaPath: '#/$defs/incidentId/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema45,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (!pattern15.test(data4)) {
          const err21 = {
            instancePath: instancePath + '/incident',
            schemaPath: '#/$defs/incidentId/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$' },
            message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:#/-]*$"',
            schema: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$',
            parentSchema: schema45,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/incident',
          schemaPath: '#/$defs/incidentId/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema45.type,
          parentSchema: schema45,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema56.type,
      parentSchema: schema56,
      data,
    };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema62 = {
  title: 'Dependency',
  description: 'A release of another product, named as in the release calendar.',
  type: 'object',
  additionalProperties: false,
  required: ['product', 'version'],
  properties: {
    product: {
      $ref: '#/$defs/slug',
      title: 'Product',
      description: 'The product depended on, as in the calendar.',
      examples: ['ledger'],
    },
    version: {
      $ref: '#/$defs/semver',
      title: 'Version',
      description: 'The version of that product that must be in production first.',
      examples: ['5.1.0'],
    },
  },
  examples: [{ product: 'ledger', version: '5.1.0' }],
};
function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.product === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'product' },
        message: "must have required property 'product'",
        schema: schema62.required,
        parentSchema: schema62,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
        message: "must have required property 'version'",
        schema: schema62.required,
        parentSchema: schema62,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'product' || key0 === 'version')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema62,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      let data0 = data.product;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err3 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema32,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema32,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/product',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === 'string') {
        if (func2(data1) > 256) {
          const err6 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema33,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err7 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            },
            message:
              'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"',
            schema:
              '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            parentSchema: schema33,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema62.type,
      parentSchema: schema62,
      data,
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.product === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'product' },
        message: "must have required property 'product'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
        message: "must have required property 'version'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property 'type'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.date === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'date' },
        message: "must have required property 'date'",
        schema: schema31.required,
        parentSchema: schema31,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema31,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 === 'string') {
        if (func2(data0) < 1) {
          const err5 = {
            instancePath: instancePath + '/$schema',
            schemaPath: '#/properties/%24schema/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema31.properties.$schema,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/$schema',
          schemaPath: '#/properties/%24schema/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema31.properties.$schema.type,
          parentSchema: schema31.properties.$schema,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      let data1 = data.product;
      if (typeof data1 === 'string') {
        if (func2(data1) > 64) {
          const err7 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema32,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err8 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema32,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/product',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (typeof data2 === 'string') {
        if (func2(data2) > 256) {
          const err10 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema33,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern5.test(data2)) {
          const err11 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            },
            message:
              'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"',
            schema:
              '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            parentSchema: schema33,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.previous !== void 0) {
      let data3 = data.previous;
      if (typeof data3 === 'string') {
        if (func2(data3) > 256) {
          const err13 = {
            instancePath: instancePath + '/previous',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema33,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern5.test(data3)) {
          const err14 = {
            instancePath: instancePath + '/previous',
            schemaPath: '#/$defs/semver/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            },
            message:
              'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"',
            schema:
              '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
            parentSchema: schema33,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/previous',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data4 = data.type;
      if (typeof data4 !== 'string') {
        const err16 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/$defs/releaseType/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema35.type,
          parentSchema: schema35,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data4 === 'patch' || data4 === 'minor' || data4 === 'major')) {
        const err17 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/$defs/releaseType/enum',
          keyword: 'enum',
          params: { allowedValues: schema35.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema35.enum,
          parentSchema: schema35,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data5 = data.date;
      if (typeof data5 === 'string') {
        if (!pattern7.test(data5)) {
          const err18 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/dateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$"',
            schema:
              '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
            parentSchema: schema36,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!formats0.validate(data5)) {
          const err19 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/dateTime/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "date-time"',
            schema: 'date-time',
            parentSchema: schema36,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/date',
          schemaPath: '#/$defs/dateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.type,
          parentSchema: schema36,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.window !== void 0) {
      let data6 = data.window;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (data6.end === void 0) {
          const err21 = {
            instancePath: instancePath + '/window',
            schemaPath: '#/properties/window/required',
            keyword: 'required',
            params: { missingProperty: 'end' },
            message: "must have required property 'end'",
            schema: schema31.properties.window.required,
            parentSchema: schema31.properties.window,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === 'start' || key1 === 'end')) {
            const err22 = {
              instancePath: instancePath + '/window',
              schemaPath: '#/properties/window/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.window,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data6.start !== void 0) {
          let data7 = data6.start;
          if (typeof data7 === 'string') {
            if (!pattern7.test(data7)) {
              const err23 = {
                instancePath: instancePath + '/window/start',
                schemaPath: '#/$defs/dateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
                parentSchema: schema36,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (!formats0.validate(data7)) {
              const err24 = {
                instancePath: instancePath + '/window/start',
                schemaPath: '#/$defs/dateTime/format',
                keyword: 'format',
                params: { format: 'date-time' },
                message: 'must match format "date-time"',
                schema: 'date-time',
                parentSchema: schema36,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = {
              instancePath: instancePath + '/window/start',
              schemaPath: '#/$defs/dateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema36.type,
              parentSchema: schema36,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data6.end !== void 0) {
          let data8 = data6.end;
          if (typeof data8 === 'string') {
            if (!pattern7.test(data8)) {
              const err26 = {
                instancePath: instancePath + '/window/end',
                schemaPath: '#/$defs/dateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
                parentSchema: schema36,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (!formats0.validate(data8)) {
              const err27 = {
                instancePath: instancePath + '/window/end',
                schemaPath: '#/$defs/dateTime/format',
                keyword: 'format',
                params: { format: 'date-time' },
                message: 'must match format "date-time"',
                schema: 'date-time',
                parentSchema: schema36,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = {
              instancePath: instancePath + '/window/end',
              schemaPath: '#/$defs/dateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema36.type,
              parentSchema: schema36,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = {
          instancePath: instancePath + '/window',
          schemaPath: '#/properties/window/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.window.type,
          parentSchema: schema31.properties.window,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.strategy !== void 0) {
      let data9 = data.strategy;
      if (typeof data9 !== 'string') {
        const err30 = {
          instancePath: instancePath + '/strategy',
          schemaPath: '#/$defs/strategy/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
          parentSchema: schema39,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (!(
        data9 === 'blue-green' ||
        data9 === 'canary' ||
        data9 === 'rolling' ||
        data9 === 'feature-flags' ||
        data9 === 'maintenance-window'
      )) {
        const err31 = {
          instancePath: instancePath + '/strategy',
          schemaPath: '#/$defs/strategy/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema39.enum,
          parentSchema: schema39,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.manager !== void 0) {
      let data10 = data.manager;
      if (typeof data10 === 'string') {
        if (func2(data10) > 40) {
          const err32 = {
            instancePath: instancePath + '/manager',
            schemaPath: '#/$defs/githubUser/maxLength',
            keyword: 'maxLength',
            params: { limit: 40 },
            message: 'must NOT have more than 40 characters',
            schema: 40,
            parentSchema: schema40,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (!pattern10.test(data10)) {
          const err33 = {
            instancePath: instancePath + '/manager',
            schemaPath: '#/$defs/githubUser/pattern',
            keyword: 'pattern',
            params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$' },
            message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$"',
            schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
            parentSchema: schema40,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/manager',
          schemaPath: '#/$defs/githubUser/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema40.type,
          parentSchema: schema40,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data11 = data.notes;
      if (typeof data11 === 'string') {
        if (func2(data11) > 1024) {
          const err35 = {
            instancePath: instancePath + '/notes',
            schemaPath: '#/$defs/relativePath/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
            message: 'must NOT have more than 1024 characters',
            schema: 1024,
            parentSchema: schema41,
            data: data11,
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (!pattern11.test(data11)) {
          const err36 = {
            instancePath: instancePath + '/notes',
            schemaPath: '#/$defs/relativePath/pattern',
            keyword: 'pattern',
            params: { pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$' },
            message: 'must match pattern "^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$"',
            schema: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
            parentSchema: schema41,
            data: data11,
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = {
          instancePath: instancePath + '/notes',
          schemaPath: '#/$defs/relativePath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema41.type,
          parentSchema: schema41,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.changes !== void 0) {
      let data12 = data.changes;
      if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
        for (const key2 in data12) {
          if (!(
            key2 === 'customer_facing' ||
            key2 === 'ui' ||
            key2 === 'security' ||
            key2 === 'database_migrations' ||
            key2 === 'breaking' ||
            key2 === 'infrastructure'
          )) {
            const err38 = {
              instancePath: instancePath + '/changes',
              schemaPath: '#/properties/changes/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.changes,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data12.customer_facing !== void 0) {
          let data13 = data12.customer_facing;
          if (typeof data13 !== 'boolean') {
            const err39 = {
              instancePath: instancePath + '/changes/customer_facing',
              schemaPath: '#/properties/changes/properties/customer_facing/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.changes.properties.customer_facing.type,
              parentSchema: schema31.properties.changes.properties.customer_facing,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data12.ui !== void 0) {
          let data14 = data12.ui;
          if (typeof data14 !== 'boolean') {
            const err40 = {
              instancePath: instancePath + '/changes/ui',
              schemaPath: '#/properties/changes/properties/ui/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.changes.properties.ui.type,
              parentSchema: schema31.properties.changes.properties.ui,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data12.security !== void 0) {
          let data15 = data12.security;
          if (typeof data15 !== 'boolean') {
            const err41 = {
              instancePath: instancePath + '/changes/security',
              schemaPath: '#/properties/changes/properties/security/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.changes.properties.security.type,
              parentSchema: schema31.properties.changes.properties.security,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data12.database_migrations !== void 0) {
          let data16 = data12.database_migrations;
          if (typeof data16 !== 'boolean') {
            const err42 = {
              instancePath: instancePath + '/changes/database_migrations',
              schemaPath: '#/properties/changes/properties/database_migrations/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.changes.properties.database_migrations.type,
              parentSchema: schema31.properties.changes.properties.database_migrations,
              data: data16,
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data12.breaking !== void 0) {
          let data17 = data12.breaking;
          if (typeof data17 !== 'boolean') {
            const err43 = {
              instancePath: instancePath + '/changes/breaking',
              schemaPath: '#/properties/changes/properties/breaking/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.changes.properties.breaking.type,
              parentSchema: schema31.properties.changes.properties.breaking,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data12.infrastructure !== void 0) {
          let data18 = data12.infrastructure;
          if (typeof data18 !== 'boolean') {
            const err44 = {
              instancePath: instancePath + '/changes/infrastructure',
              schemaPath: '#/properties/changes/properties/infrastructure/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.changes.properties.infrastructure.type,
              parentSchema: schema31.properties.changes.properties.infrastructure,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = {
          instancePath: instancePath + '/changes',
          schemaPath: '#/properties/changes/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.changes.type,
          parentSchema: schema31.properties.changes,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.milestones !== void 0) {
      let data19 = data.milestones;
      if (data19 && typeof data19 == 'object' && !Array.isArray(data19)) {
        for (const key3 in data19) {
          if (!(key3 === 'planning' || key3 === 'feature_freeze' || key3 === 'code_freeze')) {
            const err46 = {
              instancePath: instancePath + '/milestones',
              schemaPath: '#/properties/milestones/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key3 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.milestones,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data19.planning !== void 0) {
          let data20 = data19.planning;
          const _errs58 = errors;
          let valid15 = true;
          const _errs59 = errors;
          if (typeof data20 === 'string') {
            if (func2(data20) > 10) {
              const err47 = {};
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
          var _valid0 = _errs59 === errors;
          errors = _errs58;
          if (vErrors !== null) {
            if (_errs58) {
              vErrors.length = _errs58;
            } else {
              vErrors = null;
            }
          }
          let ifClause0;
          if (_valid0) {
            const _errs60 = errors;
            if (typeof data20 === 'string') {
              if (!formats6.validate(data20)) {
                const err48 = {
                  instancePath: instancePath + '/milestones/planning',
                  schemaPath: '#/$defs/dateOrDateTime/then/format',
                  keyword: 'format',
                  params: { format: 'date' },
                  message: 'must match format "date"',
                  schema: 'date',
                  parentSchema: schema42.then,
                  data: data20,
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            var _valid0 = _errs60 === errors;
            valid15 = _valid0;
            ifClause0 = 'then';
          } else {
            const _errs61 = errors;
            if (typeof data20 === 'string') {
              if (!formats0.validate(data20)) {
                const err49 = {
                  instancePath: instancePath + '/milestones/planning',
                  schemaPath: '#/$defs/dateOrDateTime/else/format',
                  keyword: 'format',
                  params: { format: 'date-time' },
                  message: 'must match format "date-time"',
                  schema: 'date-time',
                  parentSchema: schema42.else,
                  data: data20,
                };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            var _valid0 = _errs61 === errors;
            valid15 = _valid0;
            ifClause0 = 'else';
          }
          if (!valid15) {
            const err50 = {
              instancePath: instancePath + '/milestones/planning',
              schemaPath: '#/$defs/dateOrDateTime/if',
              keyword: 'if',
              params: { failingKeyword: ifClause0 },
              message: 'must match "' + ifClause0 + '" schema',
              schema: schema42.if,
              parentSchema: schema42,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          if (typeof data20 === 'string') {
            if (!pattern12.test(data20)) {
              const err51 = {
                instancePath: instancePath + '/milestones/planning',
                schemaPath: '#/$defs/dateOrDateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
                parentSchema: schema42,
                data: data20,
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = {
              instancePath: instancePath + '/milestones/planning',
              schemaPath: '#/$defs/dateOrDateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema42.type,
              parentSchema: schema42,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data19.feature_freeze !== void 0) {
          let data21 = data19.feature_freeze;
          const _errs65 = errors;
          let valid17 = true;
          const _errs66 = errors;
          if (typeof data21 === 'string') {
            if (func2(data21) > 10) {
              const err53 = {};
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
          var _valid1 = _errs66 === errors;
          errors = _errs65;
          if (vErrors !== null) {
            if (_errs65) {
              vErrors.length = _errs65;
            } else {
              vErrors = null;
            }
          }
          let ifClause1;
          if (_valid1) {
            const _errs67 = errors;
            if (typeof data21 === 'string') {
              if (!formats6.validate(data21)) {
                const err54 = {
                  instancePath: instancePath + '/milestones/feature_freeze',
                  schemaPath: '#/$defs/dateOrDateTime/then/format',
                  keyword: 'format',
                  params: { format: 'date' },
                  message: 'must match format "date"',
                  schema: 'date',
                  parentSchema: schema42.then,
                  data: data21,
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            var _valid1 = _errs67 === errors;
            valid17 = _valid1;
            ifClause1 = 'then';
          } else {
            const _errs68 = errors;
            if (typeof data21 === 'string') {
              if (!formats0.validate(data21)) {
                const err55 = {
                  instancePath: instancePath + '/milestones/feature_freeze',
                  schemaPath: '#/$defs/dateOrDateTime/else/format',
                  keyword: 'format',
                  params: { format: 'date-time' },
                  message: 'must match format "date-time"',
                  schema: 'date-time',
                  parentSchema: schema42.else,
                  data: data21,
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            var _valid1 = _errs68 === errors;
            valid17 = _valid1;
            ifClause1 = 'else';
          }
          if (!valid17) {
            const err56 = {
              instancePath: instancePath + '/milestones/feature_freeze',
              schemaPath: '#/$defs/dateOrDateTime/if',
              keyword: 'if',
              params: { failingKeyword: ifClause1 },
              message: 'must match "' + ifClause1 + '" schema',
              schema: schema42.if,
              parentSchema: schema42,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (typeof data21 === 'string') {
            if (!pattern12.test(data21)) {
              const err57 = {
                instancePath: instancePath + '/milestones/feature_freeze',
                schemaPath: '#/$defs/dateOrDateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
                parentSchema: schema42,
                data: data21,
              };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = {
              instancePath: instancePath + '/milestones/feature_freeze',
              schemaPath: '#/$defs/dateOrDateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema42.type,
              parentSchema: schema42,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data19.code_freeze !== void 0) {
          let data22 = data19.code_freeze;
          const _errs72 = errors;
          let valid19 = true;
          const _errs73 = errors;
          if (typeof data22 === 'string') {
            if (func2(data22) > 10) {
              const err59 = {};
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
          var _valid2 = _errs73 === errors;
          errors = _errs72;
          if (vErrors !== null) {
            if (_errs72) {
              vErrors.length = _errs72;
            } else {
              vErrors = null;
            }
          }
          let ifClause2;
          if (_valid2) {
            const _errs74 = errors;
            if (typeof data22 === 'string') {
              if (!formats6.validate(data22)) {
                const err60 = {
                  instancePath: instancePath + '/milestones/code_freeze',
                  schemaPath: '#/$defs/dateOrDateTime/then/format',
                  keyword: 'format',
                  params: { format: 'date' },
                  message: 'must match format "date"',
                  schema: 'date',
                  parentSchema: schema42.then,
                  data: data22,
                };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            var _valid2 = _errs74 === errors;
            valid19 = _valid2;
            ifClause2 = 'then';
          } else {
            const _errs75 = errors;
            if (typeof data22 === 'string') {
              if (!formats0.validate(data22)) {
                const err61 = {
                  instancePath: instancePath + '/milestones/code_freeze',
                  schemaPath: '#/$defs/dateOrDateTime/else/format',
                  keyword: 'format',
                  params: { format: 'date-time' },
                  message: 'must match format "date-time"',
                  schema: 'date-time',
                  parentSchema: schema42.else,
                  data: data22,
                };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            var _valid2 = _errs75 === errors;
            valid19 = _valid2;
            ifClause2 = 'else';
          }
          if (!valid19) {
            const err62 = {
              instancePath: instancePath + '/milestones/code_freeze',
              schemaPath: '#/$defs/dateOrDateTime/if',
              keyword: 'if',
              params: { failingKeyword: ifClause2 },
              message: 'must match "' + ifClause2 + '" schema',
              schema: schema42.if,
              parentSchema: schema42,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          if (typeof data22 === 'string') {
            if (!pattern12.test(data22)) {
              const err63 = {
                instancePath: instancePath + '/milestones/code_freeze',
                schemaPath: '#/$defs/dateOrDateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?$',
                parentSchema: schema42,
                data: data22,
              };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = {
              instancePath: instancePath + '/milestones/code_freeze',
              schemaPath: '#/$defs/dateOrDateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema42.type,
              parentSchema: schema42,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = {
          instancePath: instancePath + '/milestones',
          schemaPath: '#/properties/milestones/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.milestones.type,
          parentSchema: schema31.properties.milestones,
          data: data19,
        };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.incident !== void 0) {
      let data23 = data.incident;
      if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
        if (data23.id === void 0) {
          const err66 = {
            instancePath: instancePath + '/incident',
            schemaPath: '#/properties/incident/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
            message: "must have required property 'id'",
            schema: schema31.properties.incident.required,
            parentSchema: schema31.properties.incident,
            data: data23,
          };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        if (data23.severity === void 0) {
          const err67 = {
            instancePath: instancePath + '/incident',
            schemaPath: '#/properties/incident/required',
            keyword: 'required',
            params: { missingProperty: 'severity' },
            message: "must have required property 'severity'",
            schema: schema31.properties.incident.required,
            parentSchema: schema31.properties.incident,
            data: data23,
          };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        for (const key4 in data23) {
          if (!(key4 === 'id' || key4 === 'severity')) {
            const err68 = {
              instancePath: instancePath + '/incident',
              schemaPath: '#/properties/incident/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.incident,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data23.id !== void 0) {
          let data24 = data23.id;
          if (typeof data24 === 'string') {
            if (func2(data24) > 64) {
              const err69 = {
                instancePath: instancePath + '/incident/id',
                schemaPath: '#/$defs/incidentId/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema45,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            if (!pattern15.test(data24)) {
              const err70 = {
                instancePath: instancePath + '/incident/id',
                schemaPath: '#/$defs/incidentId/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$' },
                message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:#/-]*$"',
                schema: '^[A-Za-z0-9][A-Za-z0-9._:#/-]*$',
                parentSchema: schema45,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          } else {
            const err71 = {
              instancePath: instancePath + '/incident/id',
              schemaPath: '#/$defs/incidentId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema45.type,
              parentSchema: schema45,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data23.severity !== void 0) {
          let data25 = data23.severity;
          if (typeof data25 !== 'string') {
            const err72 = {
              instancePath: instancePath + '/incident/severity',
              schemaPath: '#/$defs/incidentSeverity/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema46.type,
              parentSchema: schema46,
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          if (!(data25 === 'SEV1' || data25 === 'SEV2' || data25 === 'SEV3' || data25 === 'SEV4')) {
            const err73 = {
              instancePath: instancePath + '/incident/severity',
              schemaPath: '#/$defs/incidentSeverity/enum',
              keyword: 'enum',
              params: { allowedValues: schema46.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema46.enum,
              parentSchema: schema46,
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
      } else {
        const err74 = {
          instancePath: instancePath + '/incident',
          schemaPath: '#/properties/incident/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.incident.type,
          parentSchema: schema31.properties.incident,
          data: data23,
        };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.rollback !== void 0) {
      let data26 = data.rollback;
      if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
        for (const key5 in data26) {
          if (!(key5 === 'plan' || key5 === 'tested')) {
            const err75 = {
              instancePath: instancePath + '/rollback',
              schemaPath: '#/properties/rollback/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key5 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.rollback,
              data: data26,
            };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data26.plan !== void 0) {
          let data27 = data26.plan;
          const _errs91 = errors;
          const _errs92 = errors;
          if (typeof data27 === 'string') {
            if (!pattern16.test(data27)) {
              const err76 = {};
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          }
          var valid25 = _errs92 === errors;
          if (valid25) {
            const err77 = {
              instancePath: instancePath + '/rollback/plan',
              schemaPath: '#/$defs/pathOrUrl/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
              schema: schema47.not,
              parentSchema: schema47,
              data: data27,
            };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          } else {
            errors = _errs91;
            if (vErrors !== null) {
              if (_errs91) {
                vErrors.length = _errs91;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data27 === 'string') {
            if (func2(data27) > 2048) {
              const err78 = {
                instancePath: instancePath + '/rollback/plan',
                schemaPath: '#/$defs/pathOrUrl/maxLength',
                keyword: 'maxLength',
                params: { limit: 2048 },
                message: 'must NOT have more than 2048 characters',
                schema: 2048,
                parentSchema: schema47,
                data: data27,
              };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (!pattern17.test(data27)) {
              const err79 = {
                instancePath: instancePath + '/rollback/plan',
                schemaPath: '#/$defs/pathOrUrl/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$' },
                message:
                  'must match pattern "^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$"',
                schema: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$',
                parentSchema: schema47,
                data: data27,
              };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          } else {
            const err80 = {
              instancePath: instancePath + '/rollback/plan',
              schemaPath: '#/$defs/pathOrUrl/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema47.type,
              parentSchema: schema47,
              data: data27,
            };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data26.tested !== void 0) {
          let data28 = data26.tested;
          if (typeof data28 !== 'boolean') {
            const err81 = {
              instancePath: instancePath + '/rollback/tested',
              schemaPath: '#/properties/rollback/properties/tested/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.rollback.properties.tested.type,
              parentSchema: schema31.properties.rollback.properties.tested,
              data: data28,
            };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
      } else {
        const err82 = {
          instancePath: instancePath + '/rollback',
          schemaPath: '#/properties/rollback/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.rollback.type,
          parentSchema: schema31.properties.rollback,
          data: data26,
        };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.verification !== void 0) {
      let data29 = data.verification;
      if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
        for (const key6 in data29) {
          if (!(key6 === 'smoke_tests' || key6 === 'monitoring' || key6 === 'accessibility_tested')) {
            const err83 = {
              instancePath: instancePath + '/verification',
              schemaPath: '#/properties/verification/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key6 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.verification,
              data: data29,
            };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data29.smoke_tests !== void 0) {
          let data30 = data29.smoke_tests;
          const _errs101 = errors;
          const _errs102 = errors;
          if (typeof data30 === 'string') {
            if (!pattern16.test(data30)) {
              const err84 = {};
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          }
          var valid28 = _errs102 === errors;
          if (valid28) {
            const err85 = {
              instancePath: instancePath + '/verification/smoke_tests',
              schemaPath: '#/$defs/pathOrUrl/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
              schema: schema47.not,
              parentSchema: schema47,
              data: data30,
            };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          } else {
            errors = _errs101;
            if (vErrors !== null) {
              if (_errs101) {
                vErrors.length = _errs101;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data30 === 'string') {
            if (func2(data30) > 2048) {
              const err86 = {
                instancePath: instancePath + '/verification/smoke_tests',
                schemaPath: '#/$defs/pathOrUrl/maxLength',
                keyword: 'maxLength',
                params: { limit: 2048 },
                message: 'must NOT have more than 2048 characters',
                schema: 2048,
                parentSchema: schema47,
                data: data30,
              };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            if (!pattern17.test(data30)) {
              const err87 = {
                instancePath: instancePath + '/verification/smoke_tests',
                schemaPath: '#/$defs/pathOrUrl/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$' },
                message:
                  'must match pattern "^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$"',
                schema: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$',
                parentSchema: schema47,
                data: data30,
              };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          } else {
            const err88 = {
              instancePath: instancePath + '/verification/smoke_tests',
              schemaPath: '#/$defs/pathOrUrl/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema47.type,
              parentSchema: schema47,
              data: data30,
            };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data29.monitoring !== void 0) {
          let data31 = data29.monitoring;
          const _errs106 = errors;
          const _errs107 = errors;
          if (typeof data31 === 'string') {
            if (!pattern16.test(data31)) {
              const err89 = {};
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          }
          var valid30 = _errs107 === errors;
          if (valid30) {
            const err90 = {
              instancePath: instancePath + '/verification/monitoring',
              schemaPath: '#/$defs/pathOrUrl/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
              schema: schema47.not,
              parentSchema: schema47,
              data: data31,
            };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          } else {
            errors = _errs106;
            if (vErrors !== null) {
              if (_errs106) {
                vErrors.length = _errs106;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data31 === 'string') {
            if (func2(data31) > 2048) {
              const err91 = {
                instancePath: instancePath + '/verification/monitoring',
                schemaPath: '#/$defs/pathOrUrl/maxLength',
                keyword: 'maxLength',
                params: { limit: 2048 },
                message: 'must NOT have more than 2048 characters',
                schema: 2048,
                parentSchema: schema47,
                data: data31,
              };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            if (!pattern17.test(data31)) {
              const err92 = {
                instancePath: instancePath + '/verification/monitoring',
                schemaPath: '#/$defs/pathOrUrl/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$' },
                message:
                  'must match pattern "^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$"',
                schema: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$',
                parentSchema: schema47,
                data: data31,
              };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          } else {
            const err93 = {
              instancePath: instancePath + '/verification/monitoring',
              schemaPath: '#/$defs/pathOrUrl/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema47.type,
              parentSchema: schema47,
              data: data31,
            };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data29.accessibility_tested !== void 0) {
          let data32 = data29.accessibility_tested;
          if (typeof data32 !== 'boolean') {
            const err94 = {
              instancePath: instancePath + '/verification/accessibility_tested',
              schemaPath: '#/properties/verification/properties/accessibility_tested/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.verification.properties.accessibility_tested.type,
              parentSchema: schema31.properties.verification.properties.accessibility_tested,
              data: data32,
            };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
      } else {
        const err95 = {
          instancePath: instancePath + '/verification',
          schemaPath: '#/properties/verification/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.verification.type,
          parentSchema: schema31.properties.verification,
          data: data29,
        };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
    if (data.communication !== void 0) {
      let data33 = data.communication;
      if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
        for (const key7 in data33) {
          if (!(key7 === 'support_briefed' || key7 === 'customer_plan')) {
            const err96 = {
              instancePath: instancePath + '/communication',
              schemaPath: '#/properties/communication/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key7 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.communication,
              data: data33,
            };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data33.support_briefed !== void 0) {
          let data34 = data33.support_briefed;
          if (typeof data34 !== 'boolean') {
            const err97 = {
              instancePath: instancePath + '/communication/support_briefed',
              schemaPath: '#/properties/communication/properties/support_briefed/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema31.properties.communication.properties.support_briefed.type,
              parentSchema: schema31.properties.communication.properties.support_briefed,
              data: data34,
            };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data33.customer_plan !== void 0) {
          let data35 = data33.customer_plan;
          const _errs118 = errors;
          const _errs119 = errors;
          if (typeof data35 === 'string') {
            if (!pattern16.test(data35)) {
              const err98 = {};
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
          }
          var valid33 = _errs119 === errors;
          if (valid33) {
            const err99 = {
              instancePath: instancePath + '/communication/customer_plan',
              schemaPath: '#/$defs/pathOrUrl/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
              schema: schema47.not,
              parentSchema: schema47,
              data: data35,
            };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          } else {
            errors = _errs118;
            if (vErrors !== null) {
              if (_errs118) {
                vErrors.length = _errs118;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data35 === 'string') {
            if (func2(data35) > 2048) {
              const err100 = {
                instancePath: instancePath + '/communication/customer_plan',
                schemaPath: '#/$defs/pathOrUrl/maxLength',
                keyword: 'maxLength',
                params: { limit: 2048 },
                message: 'must NOT have more than 2048 characters',
                schema: 2048,
                parentSchema: schema47,
                data: data35,
              };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (!pattern17.test(data35)) {
              const err101 = {
                instancePath: instancePath + '/communication/customer_plan',
                schemaPath: '#/$defs/pathOrUrl/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$' },
                message:
                  'must match pattern "^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$"',
                schema: '^(?:https://\\S+|(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+)$',
                parentSchema: schema47,
                data: data35,
              };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
          } else {
            const err102 = {
              instancePath: instancePath + '/communication/customer_plan',
              schemaPath: '#/$defs/pathOrUrl/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema47.type,
              parentSchema: schema47,
              data: data35,
            };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
      } else {
        const err103 = {
          instancePath: instancePath + '/communication',
          schemaPath: '#/properties/communication/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.communication.type,
          parentSchema: schema31.properties.communication,
          data: data33,
        };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
    if (data.signoffs !== void 0) {
      let data36 = data.signoffs;
      if (Array.isArray(data36)) {
        const len0 = data36.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate21(data36[i0], {
              instancePath: instancePath + '/signoffs/' + i0,
              parentData: data36,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err104 = {
          instancePath: instancePath + '/signoffs',
          schemaPath: '#/properties/signoffs/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.signoffs.type,
          parentSchema: schema31.properties.signoffs,
          data: data36,
        };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data38 = data.exceptions;
      if (Array.isArray(data38)) {
        const len1 = data38.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate23(data38[i1], {
              instancePath: instancePath + '/exceptions/' + i1,
              parentData: data38,
              parentDataProperty: i1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err105 = {
          instancePath: instancePath + '/exceptions',
          schemaPath: '#/properties/exceptions/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.exceptions.type,
          parentSchema: schema31.properties.exceptions,
          data: data38,
        };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data.depends_on !== void 0) {
      let data40 = data.depends_on;
      if (Array.isArray(data40)) {
        const len2 = data40.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !validate25(data40[i2], {
              instancePath: instancePath + '/depends_on/' + i2,
              parentData: data40,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err106 = {
          instancePath: instancePath + '/depends_on',
          schemaPath: '#/properties/depends_on/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.depends_on.type,
          parentSchema: schema31.properties.depends_on,
          data: data40,
        };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
    if (data.systems !== void 0) {
      let data42 = data.systems;
      if (Array.isArray(data42)) {
        const len3 = data42.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data43 = data42[i3];
          if (typeof data43 === 'string') {
            if (func2(data43) > 64) {
              const err107 = {
                instancePath: instancePath + '/systems/' + i3,
                schemaPath: '#/$defs/slug/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema32,
                data: data43,
              };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
            if (!pattern4.test(data43)) {
              const err108 = {
                instancePath: instancePath + '/systems/' + i3,
                schemaPath: '#/$defs/slug/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
                schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
                parentSchema: schema32,
                data: data43,
              };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
          } else {
            const err109 = {
              instancePath: instancePath + '/systems/' + i3,
              schemaPath: '#/$defs/slug/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.type,
              parentSchema: schema32,
              data: data43,
            };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
        let i4 = data42.length;
        let j0;
        if (i4 > 1) {
          outer0: for (; i4--;) {
            for (j0 = i4; j0--;) {
              if (func0(data42[i4], data42[j0])) {
                const err110 = {
                  instancePath: instancePath + '/systems',
                  schemaPath: '#/properties/systems/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i4, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i4 + ' are identical)',
                  schema: true,
                  parentSchema: schema31.properties.systems,
                  data: data42,
                };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err111 = {
          instancePath: instancePath + '/systems',
          schemaPath: '#/properties/systems/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.systems.type,
          parentSchema: schema31.properties.systems,
          data: data42,
        };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
    }
  } else {
    const err112 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema31.type,
      parentSchema: schema31,
      data,
    };
    if (vErrors === null) {
      vErrors = [err112];
    } else {
      vErrors.push(err112);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export { release_schema_default as schema, validate };
