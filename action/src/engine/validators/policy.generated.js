// Generated from schemas/*.schema.json by scripts/gen-validators.ts (ajv standalone). Do not edit:
// run `npm run build` (or `node scripts/gen-validators.ts`). A test fails when it is out of date.
/* eslint-disable */
import { require_equal, require_formats, require_ucs2length } from './runtime-CXCKQDQB.generated.js';

// schemas/policy.schema.json
var policy_schema_default = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://octoacme.github.io/release-policy/schemas/policy.schema.json',
  title: 'Release policy',
  description:
    'A release policy as data (never code): the roles who sign off, what each release type requires, the conditional requirements of each kind of change, the notes templates, the incident severities, which rules may be waived and by whom, severity overrides and the calendar. A policy that `extends` another merges onto it key by key (mappings merge, lists and values replace), so only what differs needs writing; without `extends` a policy must be complete.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {
      title: 'Schema URL',
      description:
        'The URL of this schema, for editors that read a `$schema` key rather than the `# yaml-language-server: $schema=\u2026` comment. The checker ignores it.',
      type: 'string',
      minLength: 1,
      examples: ['https://octoacme.github.io/release-policy/schemas/policy.schema.json'],
    },
    name: {
      $ref: '#/$defs/slug',
      title: 'Name',
      description:
        'The policy\u2019s name, a lowercase slug. Reports and the audit record name the policy by it; a built-in policy is extended by this name.',
      examples: ['octoacme', 'payments'],
    },
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The policy\u2019s human-readable name, shown on the site and in reports.',
      examples: ['OctoAcme Release & Deployment Policy'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'What the policy is for and where it comes from, in a sentence or two.',
      examples: ['OctoAcme\u2019s release & deployment guide as policy-as-code.'],
    },
    extends: {
      $ref: '#/$defs/policyRef',
      title: 'Extends',
      description:
        'The policy this one builds on: the name of a built-in policy (octoacme) or a path to a policy file relative to this one, starting with ./ or ../. The base is loaded first and this file merges onto it: mappings (roles, types, changes, templates, severity, \u2026) merge key by key, lists and single values replace. With `extends`, every other key is optional.',
      examples: ['octoacme', '../org/policy.yml'],
    },
    roles: {
      title: 'Roles',
      description:
        'The roles that sign off or approve, by id (lowercase with hyphens). Sign-offs in release.yml name a role by its id or an alias; with a token, `signoff-verified` checks that the signer is one of the role\u2019s users or teams.',
      type: 'object',
      propertyNames: {
        $ref: '#/$defs/roleId',
      },
      additionalProperties: {
        $ref: '#/$defs/role',
      },
      examples: [
        {
          'qa-lead': {
            title: 'QA Lead',
            aliases: ['qa'],
            teams: ['@octoacme/qa'],
          },
        },
      ],
    },
    types: {
      title: 'Release types',
      description:
        'What each release type requires: sign-offs, notes template, lead times, rollback, strategies and breaking changes, plus the guide\u2019s prose about it for the site.',
      type: 'object',
      additionalProperties: false,
      properties: {
        patch: {
          $ref: '#/$defs/releaseTypePolicy',
          title: 'Patch release',
          description:
            'Hotfixes for critical production issues or security vulnerabilities (1.2.3 \u2192 1.2.4).',
          examples: [
            {
              title: 'Patch Release',
              signoffs: ['tech-lead', 'product-owner'],
              notes: 'hotfix',
              rollback: {
                required: true,
                tested: false,
              },
              breaking_changes: 'forbidden',
            },
          ],
        },
        minor: {
          $ref: '#/$defs/releaseTypePolicy',
          title: 'Minor release',
          description: 'Incremental features and improvements without breaking changes (1.2.0 \u2192 1.3.0).',
          examples: [
            {
              title: 'Minor Release',
              signoffs: ['qa-lead', 'tech-lead', 'product-owner', 'release-manager', 'devops'],
              notes: 'standard',
              lead_time: {
                feature_freeze_days: 28,
                code_freeze_days: 14,
              },
              rollback: {
                required: true,
                tested: true,
              },
              breaking_changes: 'forbidden',
            },
          ],
        },
        major: {
          $ref: '#/$defs/releaseTypePolicy',
          title: 'Major release',
          description: 'Significant functionality or breaking changes (1.0.0 \u2192 2.0.0).',
          examples: [
            {
              title: 'Major Release',
              signoffs: ['qa-lead', 'tech-lead', 'product-owner', 'release-manager', 'devops', 'executive'],
              notes: 'standard',
              lead_time: {
                planned_days: 56,
                feature_freeze_days: 28,
                code_freeze_days: 14,
              },
              strategies: ['canary', 'blue-green', 'rolling'],
              breaking_changes: 'must-document',
            },
          ],
        },
      },
      examples: [
        {
          patch: {
            signoffs: ['tech-lead', 'product-owner'],
            notes: 'hotfix',
          },
        },
      ],
    },
    changes: {
      title: 'Kinds of change',
      description:
        'Requirements added when release.yml sets a kind under `changes` to true: extra sign-offs and named checks. They add to the release type\u2019s requirements.',
      type: 'object',
      additionalProperties: false,
      properties: {
        customer_facing: {
          $ref: '#/$defs/changeRequirement',
          title: 'Customer-facing changes',
          description: 'Added when `changes.customer_facing` is true.',
          examples: [
            {
              signoffs: ['support-lead'],
              requires: ['communication-plan', 'support-briefed'],
            },
          ],
        },
        ui: {
          $ref: '#/$defs/changeRequirement',
          title: 'UI changes',
          description: 'Added when `changes.ui` is true.',
          examples: [
            {
              signoffs: ['ux'],
              requires: ['accessibility-tested'],
            },
          ],
        },
        security: {
          $ref: '#/$defs/changeRequirement',
          title: 'Security-sensitive changes',
          description: 'Added when `changes.security` is true.',
          examples: [
            {
              signoffs: ['security'],
            },
          ],
        },
        database_migrations: {
          $ref: '#/$defs/changeRequirement',
          title: 'Database migrations',
          description: 'Added when `changes.database_migrations` is true.',
          examples: [
            {
              requires: ['rollback-tested'],
            },
          ],
        },
        breaking: {
          $ref: '#/$defs/changeRequirement',
          title: 'Breaking changes',
          description: 'Added when `changes.breaking` is true.',
          examples: [
            {
              requires: ['migration-steps'],
            },
          ],
        },
        infrastructure: {
          $ref: '#/$defs/changeRequirement',
          title: 'Infrastructure changes',
          description: 'Added when `changes.infrastructure` is true.',
          examples: [
            {
              signoffs: ['devops'],
            },
          ],
        },
      },
      examples: [
        {
          security: {
            title: 'Security-sensitive changes',
            signoffs: ['security'],
          },
        },
      ],
    },
    signoffs: {
      title: 'Sign-off rules',
      description: 'How sign-offs age.',
      type: 'object',
      additionalProperties: false,
      properties: {
        max_age_days: {
          title: 'Maximum age (days)',
          description:
            'A sign-off dated more than this many days before the release `date` is stale (`signoff-stale`), as is one for another version or dated after `date`.',
          type: 'integer',
          minimum: 1,
          maximum: 365,
          examples: [30],
        },
      },
      examples: [
        {
          max_age_days: 30,
        },
      ],
    },
    deploy: {
      title: 'Deploy gate',
      description:
        'What the deploy gate (`--mode deploy`) allows besides the blackouts: how far the deploy may be from the planned `date` (`lead-time`).',
      type: 'object',
      additionalProperties: false,
      properties: {
        tolerance_days: {
          title: 'Tolerance (days)',
          description:
            'A deploy more than this many whole days (in the calendar\u2019s zone) before or after the planned `date` is a `lead-time` finding: the plan, its sign-offs and the calendar no longer describe it. Absent: any distance is accepted.',
          type: 'integer',
          minimum: 0,
          maximum: 365,
          examples: [2],
        },
      },
      examples: [
        {
          tolerance_days: 2,
        },
      ],
    },
    notes: {
      title: 'Release notes',
      description:
        'The release notes templates (a release type names one) and the placeholders that must not be left in finished notes.',
      type: 'object',
      additionalProperties: false,
      properties: {
        templates: {
          title: 'Templates',
          description: 'Notes templates by id (lowercase slug), named by `types.<type>.notes`.',
          type: 'object',
          propertyNames: {
            $ref: '#/$defs/slug',
          },
          additionalProperties: {
            $ref: '#/$defs/notesTemplate',
          },
          examples: [
            {
              hotfix: {
                title: 'Hotfix release notes',
                file: '../../templates/hotfix-notes.md',
                required_sections: ['Summary', 'Fixed Issues', 'Recommendation', 'Verification'],
              },
            },
          ],
        },
        placeholders: {
          title: 'Extra placeholders',
          description:
            'Literal texts that mark an unfinished template, besides the bracketed placeholders (like [Feature Name]) that `notes-placeholder` takes from the template itself. Matched case-sensitively anywhere in the notes.',
          type: 'array',
          items: {
            $ref: '#/$defs/text',
          },
          uniqueItems: true,
          examples: [['CVE-XXXX-YYYY', 'X.Y.Z']],
        },
      },
      examples: [
        {
          placeholders: ['CVE-XXXX-YYYY'],
        },
      ],
    },
    incidents: {
      title: 'Incidents',
      description:
        'The incident severity matrix (what each level means and the response it gets), and which levels count as emergencies.',
      type: 'object',
      additionalProperties: false,
      properties: {
        severities: {
          title: 'Severity levels',
          description: 'The guide\u2019s incident severity levels, SEV1 (critical) to SEV4 (low).',
          type: 'object',
          additionalProperties: false,
          properties: {
            SEV1: {
              $ref: '#/$defs/severityLevel',
              title: 'SEV 1',
              description: 'The most severe level.',
              examples: [
                {
                  title: 'Critical',
                  description: ['Production completely down or severely degraded'],
                  response: 'Immediate rollback, all hands on deck, executive notification',
                },
              ],
            },
            SEV2: {
              $ref: '#/$defs/severityLevel',
              title: 'SEV 2',
              description: 'The second level.',
              examples: [
                {
                  title: 'High',
                  description: ['Major functionality unavailable'],
                  response: 'Assess for rollback, engage incident response team, frequent updates',
                },
              ],
            },
            SEV3: {
              $ref: '#/$defs/severityLevel',
              title: 'SEV 3',
              description: 'The third level.',
              examples: [
                {
                  title: 'Medium',
                  description: ['Partial functionality impaired'],
                  response: 'Monitor, fix forward if possible, schedule follow-up release',
                },
              ],
            },
            SEV4: {
              $ref: '#/$defs/severityLevel',
              title: 'SEV 4',
              description: 'The least severe level.',
              examples: [
                {
                  title: 'Low',
                  description: ['Minor issues, cosmetic problems'],
                  response: 'Log and fix in next release',
                },
              ],
            },
          },
          examples: [
            {
              SEV4: {
                title: 'Low',
                response: 'Log and fix in next release',
              },
            },
          ],
        },
        emergency: {
          title: 'Emergency severities',
          description:
            'The severities that count as an emergency. A calendar blackout\u2019s `exception` that lists no `incident_severities` admits releases fixing an incident of one of these.',
          type: 'array',
          items: {
            $ref: '#/$defs/incidentSeverity',
          },
          uniqueItems: true,
          examples: [['SEV1', 'SEV2']],
        },
      },
      examples: [
        {
          emergency: ['SEV1', 'SEV2'],
        },
      ],
    },
    exceptions: {
      title: 'Exceptions (waivers)',
      description:
        'Which rules a release may waive in its `exceptions`, who may approve each waiver, and how long a waiver may last. A rule not listed here cannot be waived; yaml-syntax, schema, exception-invalid, signoff-required, signoff-verified, breaking-change, notes-missing and notes-mismatch never can.',
      type: 'object',
      additionalProperties: false,
      properties: {
        max_days: {
          title: 'Maximum duration (days)',
          description:
            'A waiver\u2019s `expires` may be at most this many days after the release it is for: its `date` in plan mode, the deploy in deploy mode; a later expiry is reported by `exception-invalid`.',
          type: 'integer',
          minimum: 1,
          maximum: 365,
          examples: [30],
        },
        waivable: {
          title: 'Waivable rules',
          description:
            'The rules that may be waived, each with the roles whose holders may approve the waiver. For `blackout-window`, a calendar entry with its own `exception` names its own approving roles instead.',
          type: 'object',
          propertyNames: {
            $ref: '#/$defs/waivableRuleId',
          },
          additionalProperties: {
            $ref: '#/$defs/waiverGrant',
          },
          examples: [
            {
              'lead-time': {
                granted_by: ['release-manager'],
              },
            },
          ],
        },
      },
      examples: [
        {
          max_days: 30,
          waivable: {
            'lead-time': {
              granted_by: ['release-manager'],
            },
          },
        },
      ],
    },
    severity: {
      title: 'Severity overrides',
      description:
        'Changes the severity of a rule\u2019s findings: error (fails the check), warning (reported, does not fail unless `fail-on: warning`) or off (not run). yaml-syntax and schema cannot be changed.',
      type: 'object',
      propertyNames: {
        $ref: '#/$defs/adjustableRuleId',
      },
      additionalProperties: {
        title: 'Severity',
        description: 'error, warning or off.',
        type: 'string',
        enum: ['error', 'warning', 'off'],
        examples: ['warning'],
      },
      examples: [
        {
          'release-conflict': 'error',
        },
      ],
    },
    calendar: {
      $ref: '#/$defs/relativePath',
      title: 'Calendar',
      description:
        'Path of the release calendar (calendar.schema.json), relative to this policy file: blackouts, holidays, code freezes, maintenance windows and planned releases.',
      examples: ['calendar.yml'],
    },
    releases: {
      $ref: '#/$defs/relativePath',
      title: 'Collected releases',
      description:
        "Path of a collected releases file (releases.schema.json, written by `release-policy collect`), relative to this policy file. Its releases join every check and the calendar export, beside the calendar's own planned releases: a release.yml checked in the run wins over a collected entry, which wins over the calendar. A file named here is read with the policy: a broken one makes the policy invalid.",
      examples: ['releases.json'],
    },
  },
  $comment:
    'Without `extends` a policy must stand alone: `else` requires the keys (and the parts of them) that the checker and the site need. With `extends`, a partial override is enough; the loader merges it onto its base. Entries of `true` only restate keys defined above, as ajv strictRequired wants.',
  if: {
    properties: {
      extends: true,
    },
    required: ['extends'],
  },
  else: {
    required: ['name', 'title', 'description', 'roles', 'types', 'notes'],
    properties: {
      name: true,
      title: true,
      description: true,
      roles: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          properties: {
            title: true,
          },
          required: ['title'],
        },
      },
      types: {
        type: 'object',
        properties: {
          patch: {
            type: 'object',
            properties: {
              title: true,
              signoffs: true,
              notes: true,
            },
            required: ['title', 'signoffs', 'notes'],
          },
          minor: {
            type: 'object',
            properties: {
              title: true,
              signoffs: true,
              notes: true,
            },
            required: ['title', 'signoffs', 'notes'],
          },
          major: {
            type: 'object',
            properties: {
              title: true,
              signoffs: true,
              notes: true,
            },
            required: ['title', 'signoffs', 'notes'],
          },
        },
        required: ['patch', 'minor', 'major'],
      },
      notes: {
        type: 'object',
        properties: {
          templates: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              properties: {
                title: true,
                file: true,
                required_sections: true,
              },
              required: ['title', 'file', 'required_sections'],
            },
          },
        },
        required: ['templates'],
      },
      incidents: {
        type: 'object',
        properties: {
          severities: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              properties: {
                title: true,
              },
              required: ['title'],
            },
          },
        },
      },
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
    text: {
      title: 'a text with at least one character that is not a space',
      description: 'Free text; it must not be empty or only whitespace.',
      type: 'string',
      pattern: '\\S',
      maxLength: 2e3,
      examples: ['SEV1 fix for INC-4821'],
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
    githubUser: {
      title: 'a GitHub handle (like "@dana")',
      description:
        'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
      maxLength: 40,
      examples: ['@dana', '@carol-ops'],
    },
    githubTeam: {
      title: 'a GitHub team (like "@octoacme/release-managers")',
      description: 'An @, the organization login, a slash and the team slug.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$',
      maxLength: 150,
      examples: ['@octoacme/release-managers', '@octoacme/qa'],
    },
    roleId: {
      title: 'a role id (lowercase words joined by hyphens, like "qa-lead")',
      description:
        'The id of a role defined under `roles` in the policy, such as release-manager, qa-lead or tech-lead. Written in lowercase with hyphens; the policy loader checks that the role exists.',
      type: 'string',
      pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
      maxLength: 64,
      examples: ['release-manager', 'qa-lead'],
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
    policyRef: {
      title: 'a built-in policy name (like octoacme) or a relative path starting with ./ or ../',
      description:
        'A lowercase slug names a policy shipped with release-policy; anything else must be a relative path to a YAML file that starts with ./ or ../.',
      type: 'string',
      pattern: '^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\\.\\.?/[^\\\\\\r\\n]+\\.ya?ml)$',
      maxLength: 1024,
      examples: ['octoacme', './base-policy.yml'],
    },
    ruleId: {
      title: 'a rule id from the rule catalogue',
      description: 'One of the rule ids published in the rule catalogue.',
      type: 'string',
      enum: [
        'yaml-syntax',
        'schema',
        'version-bump',
        'signoff-required',
        'signoff-stale',
        'signoff-verified',
        'blackout-window',
        'lead-time',
        'release-conflict',
        'rollback-plan',
        'deployment-strategy',
        'notes-missing',
        'notes-section',
        'notes-placeholder',
        'notes-mismatch',
        'breaking-change',
        'customer-communication',
        'exception-invalid',
      ],
      examples: ['blackout-window'],
    },
    waivableRuleId: {
      title: 'the id of a rule that can be waived',
      description:
        'A rule id from the catalogue that a waiver may cover. Never waivable: yaml-syntax, schema, exception-invalid, signoff-required, signoff-verified, breaking-change, notes-missing, notes-mismatch.',
      type: 'string',
      enum: [
        'version-bump',
        'signoff-stale',
        'blackout-window',
        'lead-time',
        'release-conflict',
        'rollback-plan',
        'deployment-strategy',
        'notes-section',
        'notes-placeholder',
        'customer-communication',
      ],
      examples: ['blackout-window'],
    },
    adjustableRuleId: {
      title: 'the id of a rule whose severity can be changed',
      description:
        'A rule id from the catalogue other than yaml-syntax and schema, which always stop the check.',
      type: 'string',
      enum: [
        'version-bump',
        'signoff-required',
        'signoff-stale',
        'signoff-verified',
        'blackout-window',
        'lead-time',
        'release-conflict',
        'rollback-plan',
        'deployment-strategy',
        'notes-missing',
        'notes-section',
        'notes-placeholder',
        'notes-mismatch',
        'breaking-change',
        'customer-communication',
        'exception-invalid',
      ],
      examples: ['release-conflict'],
    },
    requiredCheck: {
      title:
        'a named check (communication-plan, support-briefed, accessibility-tested, rollback-tested or migration-steps)',
      description:
        'communication-plan: release.yml names `communication.customer_plan` (customer-communication). support-briefed: `communication.support_briefed` is true (customer-communication). accessibility-tested: `verification.accessibility_tested` is true (signoff-required, with the UX sign-off). rollback-tested: `rollback.plan` exists and `rollback.tested` is true (rollback-plan). migration-steps: the notes list each breaking change and their Migration Steps section has steps (breaking-change).',
      type: 'string',
      enum: [
        'communication-plan',
        'support-briefed',
        'accessibility-tested',
        'rollback-tested',
        'migration-steps',
      ],
      examples: ['communication-plan'],
    },
    role: {
      title: 'Role',
      description: 'One role: who it is, what it does, the other names it goes by, and who may sign for it.',
      type: 'object',
      additionalProperties: false,
      properties: {
        title: {
          $ref: '#/$defs/text',
          title: 'Title',
          description: 'The role\u2019s name as people say it.',
          examples: ['QA Lead', 'DevOps/SRE'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'What the role is for, in a sentence.',
          examples: ['Owns release quality and signs off on test completion.'],
        },
        responsibilities: {
          title: 'Responsibilities',
          description: 'What the role does in a release, from the guide.',
          type: 'array',
          items: {
            $ref: '#/$defs/text',
          },
          examples: [['Signs off on test completion', 'Coordinates final acceptance testing']],
        },
        aliases: {
          title: 'Aliases',
          description:
            'Other ids a sign-off may use for this role (product-manager \u2192 product-owner). An alias must not be another role\u2019s id or alias.',
          type: 'array',
          items: {
            $ref: '#/$defs/roleId',
          },
          uniqueItems: true,
          examples: [['qa', 'qa-engineer']],
        },
        users: {
          title: 'Users',
          description:
            'GitHub handles of the people who may sign for this role. With a token, `signoff-verified` accepts a sign-off by one of them (or a member of `teams`).',
          type: 'array',
          items: {
            $ref: '#/$defs/githubUser',
          },
          uniqueItems: true,
          examples: [['@bob', '@carol']],
        },
        teams: {
          title: 'Teams',
          description: 'GitHub teams whose members may sign for this role.',
          type: 'array',
          items: {
            $ref: '#/$defs/githubTeam',
          },
          uniqueItems: true,
          examples: [['@octoacme/qa']],
        },
      },
      examples: [
        {
          title: 'QA Lead',
          aliases: ['qa'],
          teams: ['@octoacme/qa'],
        },
      ],
    },
    releaseTypePolicy: {
      title: 'Release type requirements',
      description: 'What one release type requires, and the guide\u2019s description of it.',
      type: 'object',
      additionalProperties: false,
      properties: {
        title: {
          $ref: '#/$defs/text',
          title: 'Title',
          description: 'The type\u2019s name on the site.',
          examples: ['Minor Release'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Purpose',
          description: 'What releases of this type are for (the guide\u2019s \u201CPurpose\u201D).',
          examples: ['Incremental features and improvements'],
        },
        example: {
          $ref: '#/$defs/text',
          title: 'Version example',
          description: 'A version change of this type, as the guide writes it.',
          examples: ['1.2.0 \u2192 1.3.0'],
        },
        scope: {
          $ref: '#/$defs/text',
          title: 'Scope',
          description: 'What a release of this type may contain (the guide\u2019s \u201CScope\u201D).',
          examples: ['New functionality, enhancements, non-breaking changes'],
        },
        timeline: {
          $ref: '#/$defs/text',
          title: 'Timeline',
          description: 'How releases of this type are scheduled (the guide\u2019s \u201CTimeline\u201D).',
          examples: ['Regular cadence (e.g., bi-weekly, monthly)'],
        },
        testing: {
          $ref: '#/$defs/text',
          title: 'Testing',
          description: 'The testing the guide expects (the guide\u2019s \u201CTesting\u201D).',
          examples: ['Full test suite, integration tests, user acceptance testing'],
        },
        approval: {
          $ref: '#/$defs/text',
          title: 'Approval',
          description:
            'The approval the guide asks for, in its words (the guide\u2019s \u201CApproval\u201D); `signoffs` enforces it.',
          examples: ['Full release readiness review'],
        },
        risk: {
          $ref: '#/$defs/text',
          title: 'Risk',
          description: 'The risk profile of this type (the guide\u2019s \u201CRisk\u201D).',
          examples: ['Moderate - new features introduce some uncertainty'],
        },
        typical_changes: {
          title: 'Examples',
          description: 'Typical releases of this type (the guide\u2019s \u201CExamples\u201D).',
          type: 'array',
          items: {
            $ref: '#/$defs/text',
          },
          examples: [['New feature', 'UI improvements', 'Performance optimizations']],
        },
        signoffs: {
          title: 'Required sign-offs',
          description:
            'The roles that must sign off every release of this type (`signoff-required`). Kinds of change add more.',
          type: 'array',
          items: {
            $ref: '#/$defs/roleId',
          },
          uniqueItems: true,
          examples: [['qa-lead', 'tech-lead', 'product-owner', 'release-manager', 'devops']],
        },
        notes: {
          $ref: '#/$defs/slug',
          title: 'Notes template',
          description:
            'The id of the notes template (under `notes.templates`) that releases of this type use.',
          examples: ['standard', 'hotfix'],
        },
        lead_time: {
          title: 'Lead times',
          description:
            'Minimum days between a milestone in release.yml and the release `date` (`lead-time`). A lead time given here makes its milestone required.',
          type: 'object',
          additionalProperties: false,
          properties: {
            planned_days: {
              title: 'Planning lead time (days)',
              description: '`milestones.planning` must be at least this many days before `date`.',
              type: 'integer',
              minimum: 0,
              maximum: 730,
              examples: [56],
            },
            feature_freeze_days: {
              title: 'Feature freeze lead time (days)',
              description: '`milestones.feature_freeze` must be at least this many days before `date`.',
              type: 'integer',
              minimum: 0,
              maximum: 730,
              examples: [28],
            },
            code_freeze_days: {
              title: 'Code freeze lead time (days)',
              description: '`milestones.code_freeze` must be at least this many days before `date`.',
              type: 'integer',
              minimum: 0,
              maximum: 730,
              examples: [14],
            },
          },
          examples: [
            {
              feature_freeze_days: 28,
              code_freeze_days: 14,
            },
          ],
        },
        rollback: {
          title: 'Rollback requirements',
          description: 'What `rollback-plan` asks of releases of this type.',
          type: 'object',
          additionalProperties: false,
          properties: {
            required: {
              title: 'Plan required',
              description: 'release.yml must name a rollback plan (`rollback.plan`) that exists.',
              type: 'boolean',
              examples: [true],
            },
            tested: {
              title: 'Tested rollback required',
              description: 'The rollback must have been tested (`rollback.tested: true`).',
              type: 'boolean',
              examples: [true],
            },
          },
          examples: [
            {
              required: true,
              tested: true,
            },
          ],
        },
        strategies: {
          title: 'Allowed strategies',
          description:
            'The deployment strategies releases of this type may use; release.yml must then name one in `strategy`. Leave out to allow any.',
          type: 'array',
          items: {
            $ref: '#/$defs/strategy',
          },
          minItems: 1,
          uniqueItems: true,
          examples: [['canary', 'blue-green', 'rolling']],
        },
        breaking_changes: {
          title: 'Breaking changes',
          description:
            'Whether releases of this type may break compatibility (`breaking-change`): forbidden (an error when `changes.breaking` is true or the notes list one), must-document (each must be listed in the notes with migration steps) or allowed.',
          type: 'string',
          enum: ['allowed', 'forbidden', 'must-document'],
          examples: ['forbidden'],
        },
      },
      examples: [
        {
          title: 'Patch Release',
          signoffs: ['tech-lead', 'product-owner'],
          notes: 'hotfix',
          rollback: {
            required: true,
            tested: false,
          },
          breaking_changes: 'forbidden',
        },
      ],
    },
    changeRequirement: {
      title: 'Change requirements',
      description: 'The sign-offs and checks that one kind of change adds.',
      type: 'object',
      additionalProperties: false,
      properties: {
        title: {
          $ref: '#/$defs/text',
          title: 'Title',
          description: 'The kind of change as the site names it.',
          examples: ['UI changes'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'Why the guide asks for these requirements.',
          examples: ['The guide requires accessibility testing for UI changes.'],
        },
        signoffs: {
          title: 'Additional sign-offs',
          description: 'Roles that must also sign off (`signoff-required`).',
          type: 'array',
          items: {
            $ref: '#/$defs/roleId',
          },
          uniqueItems: true,
          examples: [['ux']],
        },
        requires: {
          title: 'Required checks',
          description:
            'Named checks release.yml and the notes must pass: communication-plan, support-briefed, accessibility-tested, rollback-tested, migration-steps.',
          type: 'array',
          items: {
            $ref: '#/$defs/requiredCheck',
          },
          uniqueItems: true,
          examples: [['communication-plan', 'support-briefed']],
        },
      },
      examples: [
        {
          title: 'UI changes',
          signoffs: ['ux'],
          requires: ['accessibility-tested'],
        },
      ],
    },
    notesTemplate: {
      title: 'Notes template',
      description: 'A release notes template: the Markdown file and the sections finished notes must have.',
      type: 'object',
      additionalProperties: false,
      properties: {
        title: {
          $ref: '#/$defs/text',
          title: 'Title',
          description: 'The template\u2019s name on the site.',
          examples: ['Standard release notes'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'When to use this template.',
          examples: ['For minor and major releases.'],
        },
        file: {
          $ref: '#/$defs/relativePath',
          title: 'File',
          description:
            'The template\u2019s Markdown file, relative to this policy file. `notes-placeholder` takes the bracketed placeholders ([Feature Name], [Date], \u2026) from it.',
          examples: ['../../templates/release-notes.md'],
        },
        required_sections: {
          title: 'Required sections',
          description:
            'Headings the notes must have, each with content under it (`notes-section`). Matched loosely: case, punctuation and emoji do not count.',
          type: 'array',
          items: {
            $ref: '#/$defs/text',
          },
          uniqueItems: true,
          examples: [['Summary', 'Fixed Issues', 'Recommendation', 'Verification']],
        },
        title_pattern: {
          title: 'Title pattern',
          description:
            'A JavaScript regular expression that the notes\u2019 first level-1 heading must match (`notes-mismatch`). Named groups `version` and `date`, when present, are compared with release.yml\u2019s `version` and `date`.',
          type: 'string',
          format: 'regex',
          maxLength: 500,
          examples: ['^(?<product>.+?) Hotfix v?(?<version>\\S+) - (?<date>.+)$'],
        },
      },
      examples: [
        {
          title: 'Hotfix release notes',
          file: '../../templates/hotfix-notes.md',
          required_sections: ['Summary', 'Fixed Issues', 'Recommendation', 'Verification'],
        },
      ],
    },
    severityLevel: {
      title: 'Severity level',
      description: 'One incident severity level: its name, what it looks like and the response it gets.',
      type: 'object',
      additionalProperties: false,
      properties: {
        title: {
          $ref: '#/$defs/text',
          title: 'Title',
          description: 'The level\u2019s name.',
          examples: ['Critical'],
        },
        description: {
          title: 'Signs',
          description: 'What an incident of this level looks like, one sign per item.',
          type: 'array',
          items: {
            $ref: '#/$defs/text',
          },
          examples: [
            ['Production completely down or severely degraded', 'Data loss or corruption', 'Security breach'],
          ],
        },
        response: {
          $ref: '#/$defs/text',
          title: 'Response',
          description: 'What the team does at this level.',
          examples: ['Immediate rollback, all hands on deck, executive notification'],
        },
      },
      examples: [
        {
          title: 'Low',
          description: ['Minor issues, cosmetic problems'],
          response: 'Log and fix in next release',
        },
      ],
    },
    waiverGrant: {
      title: 'Waiver grant',
      description: 'Who may approve waivers of one rule.',
      type: 'object',
      additionalProperties: false,
      required: ['granted_by'],
      properties: {
        granted_by: {
          title: 'Granted by',
          description: 'The roles whose holders may approve a waiver of this rule.',
          type: 'array',
          items: {
            $ref: '#/$defs/roleId',
          },
          uniqueItems: true,
          examples: [['release-manager', 'executive']],
          minItems: 1,
        },
      },
      examples: [
        {
          granted_by: ['release-manager'],
        },
      ],
    },
  },
  examples: [
    {
      extends: 'octoacme',
      name: 'payments',
      title: 'Payments team release policy',
      description:
        'OctoAcme\u2019s policy, with the payments team\u2019s signers and conflicts treated as errors.',
      roles: {
        'qa-lead': {
          users: ['@bob'],
          teams: ['@octoacme/payments-qa'],
        },
        'tech-lead': {
          users: ['@carol'],
        },
      },
      severity: {
        'release-conflict': 'error',
      },
    },
  ],
};

// validator:validator:policy
var validate = validate20;
var schema31 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://octoacme.github.io/release-policy/schemas/policy.schema.json',
  title: 'Release policy',
  description:
    'A release policy as data (never code): the roles who sign off, what each release type requires, the conditional requirements of each kind of change, the notes templates, the incident severities, which rules may be waived and by whom, severity overrides and the calendar. A policy that `extends` another merges onto it key by key (mappings merge, lists and values replace), so only what differs needs writing; without `extends` a policy must be complete.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {
      title: 'Schema URL',
      description:
        'The URL of this schema, for editors that read a `$schema` key rather than the `# yaml-language-server: $schema=\u2026` comment. The checker ignores it.',
      type: 'string',
      minLength: 1,
      examples: ['https://octoacme.github.io/release-policy/schemas/policy.schema.json'],
    },
    name: {
      $ref: '#/$defs/slug',
      title: 'Name',
      description:
        'The policy\u2019s name, a lowercase slug. Reports and the audit record name the policy by it; a built-in policy is extended by this name.',
      examples: ['octoacme', 'payments'],
    },
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The policy\u2019s human-readable name, shown on the site and in reports.',
      examples: ['OctoAcme Release & Deployment Policy'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'What the policy is for and where it comes from, in a sentence or two.',
      examples: ['OctoAcme\u2019s release & deployment guide as policy-as-code.'],
    },
    extends: {
      $ref: '#/$defs/policyRef',
      title: 'Extends',
      description:
        'The policy this one builds on: the name of a built-in policy (octoacme) or a path to a policy file relative to this one, starting with ./ or ../. The base is loaded first and this file merges onto it: mappings (roles, types, changes, templates, severity, \u2026) merge key by key, lists and single values replace. With `extends`, every other key is optional.',
      examples: ['octoacme', '../org/policy.yml'],
    },
    roles: {
      title: 'Roles',
      description:
        'The roles that sign off or approve, by id (lowercase with hyphens). Sign-offs in release.yml name a role by its id or an alias; with a token, `signoff-verified` checks that the signer is one of the role\u2019s users or teams.',
      type: 'object',
      propertyNames: { $ref: '#/$defs/roleId' },
      additionalProperties: { $ref: '#/$defs/role' },
      examples: [{ 'qa-lead': { title: 'QA Lead', aliases: ['qa'], teams: ['@octoacme/qa'] } }],
    },
    types: {
      title: 'Release types',
      description:
        'What each release type requires: sign-offs, notes template, lead times, rollback, strategies and breaking changes, plus the guide\u2019s prose about it for the site.',
      type: 'object',
      additionalProperties: false,
      properties: {
        patch: {
          $ref: '#/$defs/releaseTypePolicy',
          title: 'Patch release',
          description:
            'Hotfixes for critical production issues or security vulnerabilities (1.2.3 \u2192 1.2.4).',
          examples: [
            {
              title: 'Patch Release',
              signoffs: ['tech-lead', 'product-owner'],
              notes: 'hotfix',
              rollback: { required: true, tested: false },
              breaking_changes: 'forbidden',
            },
          ],
        },
        minor: {
          $ref: '#/$defs/releaseTypePolicy',
          title: 'Minor release',
          description: 'Incremental features and improvements without breaking changes (1.2.0 \u2192 1.3.0).',
          examples: [
            {
              title: 'Minor Release',
              signoffs: ['qa-lead', 'tech-lead', 'product-owner', 'release-manager', 'devops'],
              notes: 'standard',
              lead_time: { feature_freeze_days: 28, code_freeze_days: 14 },
              rollback: { required: true, tested: true },
              breaking_changes: 'forbidden',
            },
          ],
        },
        major: {
          $ref: '#/$defs/releaseTypePolicy',
          title: 'Major release',
          description: 'Significant functionality or breaking changes (1.0.0 \u2192 2.0.0).',
          examples: [
            {
              title: 'Major Release',
              signoffs: ['qa-lead', 'tech-lead', 'product-owner', 'release-manager', 'devops', 'executive'],
              notes: 'standard',
              lead_time: { planned_days: 56, feature_freeze_days: 28, code_freeze_days: 14 },
              strategies: ['canary', 'blue-green', 'rolling'],
              breaking_changes: 'must-document',
            },
          ],
        },
      },
      examples: [{ patch: { signoffs: ['tech-lead', 'product-owner'], notes: 'hotfix' } }],
    },
    changes: {
      title: 'Kinds of change',
      description:
        'Requirements added when release.yml sets a kind under `changes` to true: extra sign-offs and named checks. They add to the release type\u2019s requirements.',
      type: 'object',
      additionalProperties: false,
      properties: {
        customer_facing: {
          $ref: '#/$defs/changeRequirement',
          title: 'Customer-facing changes',
          description: 'Added when `changes.customer_facing` is true.',
          examples: [{ signoffs: ['support-lead'], requires: ['communication-plan', 'support-briefed'] }],
        },
        ui: {
          $ref: '#/$defs/changeRequirement',
          title: 'UI changes',
          description: 'Added when `changes.ui` is true.',
          examples: [{ signoffs: ['ux'], requires: ['accessibility-tested'] }],
        },
        security: {
          $ref: '#/$defs/changeRequirement',
          title: 'Security-sensitive changes',
          description: 'Added when `changes.security` is true.',
          examples: [{ signoffs: ['security'] }],
        },
        database_migrations: {
          $ref: '#/$defs/changeRequirement',
          title: 'Database migrations',
          description: 'Added when `changes.database_migrations` is true.',
          examples: [{ requires: ['rollback-tested'] }],
        },
        breaking: {
          $ref: '#/$defs/changeRequirement',
          title: 'Breaking changes',
          description: 'Added when `changes.breaking` is true.',
          examples: [{ requires: ['migration-steps'] }],
        },
        infrastructure: {
          $ref: '#/$defs/changeRequirement',
          title: 'Infrastructure changes',
          description: 'Added when `changes.infrastructure` is true.',
          examples: [{ signoffs: ['devops'] }],
        },
      },
      examples: [{ security: { title: 'Security-sensitive changes', signoffs: ['security'] } }],
    },
    signoffs: {
      title: 'Sign-off rules',
      description: 'How sign-offs age.',
      type: 'object',
      additionalProperties: false,
      properties: {
        max_age_days: {
          title: 'Maximum age (days)',
          description:
            'A sign-off dated more than this many days before the release `date` is stale (`signoff-stale`), as is one for another version or dated after `date`.',
          type: 'integer',
          minimum: 1,
          maximum: 365,
          examples: [30],
        },
      },
      examples: [{ max_age_days: 30 }],
    },
    deploy: {
      title: 'Deploy gate',
      description:
        'What the deploy gate (`--mode deploy`) allows besides the blackouts: how far the deploy may be from the planned `date` (`lead-time`).',
      type: 'object',
      additionalProperties: false,
      properties: {
        tolerance_days: {
          title: 'Tolerance (days)',
          description:
            'A deploy more than this many whole days (in the calendar\u2019s zone) before or after the planned `date` is a `lead-time` finding: the plan, its sign-offs and the calendar no longer describe it. Absent: any distance is accepted.',
          type: 'integer',
          minimum: 0,
          maximum: 365,
          examples: [2],
        },
      },
      examples: [{ tolerance_days: 2 }],
    },
    notes: {
      title: 'Release notes',
      description:
        'The release notes templates (a release type names one) and the placeholders that must not be left in finished notes.',
      type: 'object',
      additionalProperties: false,
      properties: {
        templates: {
          title: 'Templates',
          description: 'Notes templates by id (lowercase slug), named by `types.<type>.notes`.',
          type: 'object',
          propertyNames: { $ref: '#/$defs/slug' },
          additionalProperties: { $ref: '#/$defs/notesTemplate' },
          examples: [
            {
              hotfix: {
                title: 'Hotfix release notes',
                file: '../../templates/hotfix-notes.md',
                required_sections: ['Summary', 'Fixed Issues', 'Recommendation', 'Verification'],
              },
            },
          ],
        },
        placeholders: {
          title: 'Extra placeholders',
          description:
            'Literal texts that mark an unfinished template, besides the bracketed placeholders (like [Feature Name]) that `notes-placeholder` takes from the template itself. Matched case-sensitively anywhere in the notes.',
          type: 'array',
          items: { $ref: '#/$defs/text' },
          uniqueItems: true,
          examples: [['CVE-XXXX-YYYY', 'X.Y.Z']],
        },
      },
      examples: [{ placeholders: ['CVE-XXXX-YYYY'] }],
    },
    incidents: {
      title: 'Incidents',
      description:
        'The incident severity matrix (what each level means and the response it gets), and which levels count as emergencies.',
      type: 'object',
      additionalProperties: false,
      properties: {
        severities: {
          title: 'Severity levels',
          description: 'The guide\u2019s incident severity levels, SEV1 (critical) to SEV4 (low).',
          type: 'object',
          additionalProperties: false,
          properties: {
            SEV1: {
              $ref: '#/$defs/severityLevel',
              title: 'SEV 1',
              description: 'The most severe level.',
              examples: [
                {
                  title: 'Critical',
                  description: ['Production completely down or severely degraded'],
                  response: 'Immediate rollback, all hands on deck, executive notification',
                },
              ],
            },
            SEV2: {
              $ref: '#/$defs/severityLevel',
              title: 'SEV 2',
              description: 'The second level.',
              examples: [
                {
                  title: 'High',
                  description: ['Major functionality unavailable'],
                  response: 'Assess for rollback, engage incident response team, frequent updates',
                },
              ],
            },
            SEV3: {
              $ref: '#/$defs/severityLevel',
              title: 'SEV 3',
              description: 'The third level.',
              examples: [
                {
                  title: 'Medium',
                  description: ['Partial functionality impaired'],
                  response: 'Monitor, fix forward if possible, schedule follow-up release',
                },
              ],
            },
            SEV4: {
              $ref: '#/$defs/severityLevel',
              title: 'SEV 4',
              description: 'The least severe level.',
              examples: [
                {
                  title: 'Low',
                  description: ['Minor issues, cosmetic problems'],
                  response: 'Log and fix in next release',
                },
              ],
            },
          },
          examples: [{ SEV4: { title: 'Low', response: 'Log and fix in next release' } }],
        },
        emergency: {
          title: 'Emergency severities',
          description:
            'The severities that count as an emergency. A calendar blackout\u2019s `exception` that lists no `incident_severities` admits releases fixing an incident of one of these.',
          type: 'array',
          items: { $ref: '#/$defs/incidentSeverity' },
          uniqueItems: true,
          examples: [['SEV1', 'SEV2']],
        },
      },
      examples: [{ emergency: ['SEV1', 'SEV2'] }],
    },
    exceptions: {
      title: 'Exceptions (waivers)',
      description:
        'Which rules a release may waive in its `exceptions`, who may approve each waiver, and how long a waiver may last. A rule not listed here cannot be waived; yaml-syntax, schema, exception-invalid, signoff-required, signoff-verified, breaking-change, notes-missing and notes-mismatch never can.',
      type: 'object',
      additionalProperties: false,
      properties: {
        max_days: {
          title: 'Maximum duration (days)',
          description:
            'A waiver\u2019s `expires` may be at most this many days after the release it is for: its `date` in plan mode, the deploy in deploy mode; a later expiry is reported by `exception-invalid`.',
          type: 'integer',
          minimum: 1,
          maximum: 365,
          examples: [30],
        },
        waivable: {
          title: 'Waivable rules',
          description:
            'The rules that may be waived, each with the roles whose holders may approve the waiver. For `blackout-window`, a calendar entry with its own `exception` names its own approving roles instead.',
          type: 'object',
          propertyNames: { $ref: '#/$defs/waivableRuleId' },
          additionalProperties: { $ref: '#/$defs/waiverGrant' },
          examples: [{ 'lead-time': { granted_by: ['release-manager'] } }],
        },
      },
      examples: [{ max_days: 30, waivable: { 'lead-time': { granted_by: ['release-manager'] } } }],
    },
    severity: {
      title: 'Severity overrides',
      description:
        'Changes the severity of a rule\u2019s findings: error (fails the check), warning (reported, does not fail unless `fail-on: warning`) or off (not run). yaml-syntax and schema cannot be changed.',
      type: 'object',
      propertyNames: { $ref: '#/$defs/adjustableRuleId' },
      additionalProperties: {
        title: 'Severity',
        description: 'error, warning or off.',
        type: 'string',
        enum: ['error', 'warning', 'off'],
        examples: ['warning'],
      },
      examples: [{ 'release-conflict': 'error' }],
    },
    calendar: {
      $ref: '#/$defs/relativePath',
      title: 'Calendar',
      description:
        'Path of the release calendar (calendar.schema.json), relative to this policy file: blackouts, holidays, code freezes, maintenance windows and planned releases.',
      examples: ['calendar.yml'],
    },
    releases: {
      $ref: '#/$defs/relativePath',
      title: 'Collected releases',
      description:
        "Path of a collected releases file (releases.schema.json, written by `release-policy collect`), relative to this policy file. Its releases join every check and the calendar export, beside the calendar's own planned releases: a release.yml checked in the run wins over a collected entry, which wins over the calendar. A file named here is read with the policy: a broken one makes the policy invalid.",
      examples: ['releases.json'],
    },
  },
  $comment:
    'Without `extends` a policy must stand alone: `else` requires the keys (and the parts of them) that the checker and the site need. With `extends`, a partial override is enough; the loader merges it onto its base. Entries of `true` only restate keys defined above, as ajv strictRequired wants.',
  if: { properties: { extends: true }, required: ['extends'] },
  else: {
    required: ['name', 'title', 'description', 'roles', 'types', 'notes'],
    properties: {
      name: true,
      title: true,
      description: true,
      roles: {
        type: 'object',
        additionalProperties: { type: 'object', properties: { title: true }, required: ['title'] },
      },
      types: {
        type: 'object',
        properties: {
          patch: {
            type: 'object',
            properties: { title: true, signoffs: true, notes: true },
            required: ['title', 'signoffs', 'notes'],
          },
          minor: {
            type: 'object',
            properties: { title: true, signoffs: true, notes: true },
            required: ['title', 'signoffs', 'notes'],
          },
          major: {
            type: 'object',
            properties: { title: true, signoffs: true, notes: true },
            required: ['title', 'signoffs', 'notes'],
          },
        },
        required: ['patch', 'minor', 'major'],
      },
      notes: {
        type: 'object',
        properties: {
          templates: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              properties: { title: true, file: true, required_sections: true },
              required: ['title', 'file', 'required_sections'],
            },
          },
        },
        required: ['templates'],
      },
      incidents: {
        type: 'object',
        properties: {
          severities: {
            type: 'object',
            additionalProperties: { type: 'object', properties: { title: true }, required: ['title'] },
          },
        },
      },
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
    text: {
      title: 'a text with at least one character that is not a space',
      description: 'Free text; it must not be empty or only whitespace.',
      type: 'string',
      pattern: '\\S',
      maxLength: 2e3,
      examples: ['SEV1 fix for INC-4821'],
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
    githubUser: {
      title: 'a GitHub handle (like "@dana")',
      description:
        'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
      maxLength: 40,
      examples: ['@dana', '@carol-ops'],
    },
    githubTeam: {
      title: 'a GitHub team (like "@octoacme/release-managers")',
      description: 'An @, the organization login, a slash and the team slug.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$',
      maxLength: 150,
      examples: ['@octoacme/release-managers', '@octoacme/qa'],
    },
    roleId: {
      title: 'a role id (lowercase words joined by hyphens, like "qa-lead")',
      description:
        'The id of a role defined under `roles` in the policy, such as release-manager, qa-lead or tech-lead. Written in lowercase with hyphens; the policy loader checks that the role exists.',
      type: 'string',
      pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
      maxLength: 64,
      examples: ['release-manager', 'qa-lead'],
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
    policyRef: {
      title: 'a built-in policy name (like octoacme) or a relative path starting with ./ or ../',
      description:
        'A lowercase slug names a policy shipped with release-policy; anything else must be a relative path to a YAML file that starts with ./ or ../.',
      type: 'string',
      pattern: '^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\\.\\.?/[^\\\\\\r\\n]+\\.ya?ml)$',
      maxLength: 1024,
      examples: ['octoacme', './base-policy.yml'],
    },
    ruleId: {
      title: 'a rule id from the rule catalogue',
      description: 'One of the rule ids published in the rule catalogue.',
      type: 'string',
      enum: [
        'yaml-syntax',
        'schema',
        'version-bump',
        'signoff-required',
        'signoff-stale',
        'signoff-verified',
        'blackout-window',
        'lead-time',
        'release-conflict',
        'rollback-plan',
        'deployment-strategy',
        'notes-missing',
        'notes-section',
        'notes-placeholder',
        'notes-mismatch',
        'breaking-change',
        'customer-communication',
        'exception-invalid',
      ],
      examples: ['blackout-window'],
    },
    waivableRuleId: {
      title: 'the id of a rule that can be waived',
      description:
        'A rule id from the catalogue that a waiver may cover. Never waivable: yaml-syntax, schema, exception-invalid, signoff-required, signoff-verified, breaking-change, notes-missing, notes-mismatch.',
      type: 'string',
      enum: [
        'version-bump',
        'signoff-stale',
        'blackout-window',
        'lead-time',
        'release-conflict',
        'rollback-plan',
        'deployment-strategy',
        'notes-section',
        'notes-placeholder',
        'customer-communication',
      ],
      examples: ['blackout-window'],
    },
    adjustableRuleId: {
      title: 'the id of a rule whose severity can be changed',
      description:
        'A rule id from the catalogue other than yaml-syntax and schema, which always stop the check.',
      type: 'string',
      enum: [
        'version-bump',
        'signoff-required',
        'signoff-stale',
        'signoff-verified',
        'blackout-window',
        'lead-time',
        'release-conflict',
        'rollback-plan',
        'deployment-strategy',
        'notes-missing',
        'notes-section',
        'notes-placeholder',
        'notes-mismatch',
        'breaking-change',
        'customer-communication',
        'exception-invalid',
      ],
      examples: ['release-conflict'],
    },
    requiredCheck: {
      title:
        'a named check (communication-plan, support-briefed, accessibility-tested, rollback-tested or migration-steps)',
      description:
        'communication-plan: release.yml names `communication.customer_plan` (customer-communication). support-briefed: `communication.support_briefed` is true (customer-communication). accessibility-tested: `verification.accessibility_tested` is true (signoff-required, with the UX sign-off). rollback-tested: `rollback.plan` exists and `rollback.tested` is true (rollback-plan). migration-steps: the notes list each breaking change and their Migration Steps section has steps (breaking-change).',
      type: 'string',
      enum: [
        'communication-plan',
        'support-briefed',
        'accessibility-tested',
        'rollback-tested',
        'migration-steps',
      ],
      examples: ['communication-plan'],
    },
    role: {
      title: 'Role',
      description: 'One role: who it is, what it does, the other names it goes by, and who may sign for it.',
      type: 'object',
      additionalProperties: false,
      properties: {
        title: {
          $ref: '#/$defs/text',
          title: 'Title',
          description: 'The role\u2019s name as people say it.',
          examples: ['QA Lead', 'DevOps/SRE'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'What the role is for, in a sentence.',
          examples: ['Owns release quality and signs off on test completion.'],
        },
        responsibilities: {
          title: 'Responsibilities',
          description: 'What the role does in a release, from the guide.',
          type: 'array',
          items: { $ref: '#/$defs/text' },
          examples: [['Signs off on test completion', 'Coordinates final acceptance testing']],
        },
        aliases: {
          title: 'Aliases',
          description:
            'Other ids a sign-off may use for this role (product-manager \u2192 product-owner). An alias must not be another role\u2019s id or alias.',
          type: 'array',
          items: { $ref: '#/$defs/roleId' },
          uniqueItems: true,
          examples: [['qa', 'qa-engineer']],
        },
        users: {
          title: 'Users',
          description:
            'GitHub handles of the people who may sign for this role. With a token, `signoff-verified` accepts a sign-off by one of them (or a member of `teams`).',
          type: 'array',
          items: { $ref: '#/$defs/githubUser' },
          uniqueItems: true,
          examples: [['@bob', '@carol']],
        },
        teams: {
          title: 'Teams',
          description: 'GitHub teams whose members may sign for this role.',
          type: 'array',
          items: { $ref: '#/$defs/githubTeam' },
          uniqueItems: true,
          examples: [['@octoacme/qa']],
        },
      },
      examples: [{ title: 'QA Lead', aliases: ['qa'], teams: ['@octoacme/qa'] }],
    },
    releaseTypePolicy: {
      title: 'Release type requirements',
      description: 'What one release type requires, and the guide\u2019s description of it.',
      type: 'object',
      additionalProperties: false,
      properties: {
        title: {
          $ref: '#/$defs/text',
          title: 'Title',
          description: 'The type\u2019s name on the site.',
          examples: ['Minor Release'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Purpose',
          description: 'What releases of this type are for (the guide\u2019s \u201CPurpose\u201D).',
          examples: ['Incremental features and improvements'],
        },
        example: {
          $ref: '#/$defs/text',
          title: 'Version example',
          description: 'A version change of this type, as the guide writes it.',
          examples: ['1.2.0 \u2192 1.3.0'],
        },
        scope: {
          $ref: '#/$defs/text',
          title: 'Scope',
          description: 'What a release of this type may contain (the guide\u2019s \u201CScope\u201D).',
          examples: ['New functionality, enhancements, non-breaking changes'],
        },
        timeline: {
          $ref: '#/$defs/text',
          title: 'Timeline',
          description: 'How releases of this type are scheduled (the guide\u2019s \u201CTimeline\u201D).',
          examples: ['Regular cadence (e.g., bi-weekly, monthly)'],
        },
        testing: {
          $ref: '#/$defs/text',
          title: 'Testing',
          description: 'The testing the guide expects (the guide\u2019s \u201CTesting\u201D).',
          examples: ['Full test suite, integration tests, user acceptance testing'],
        },
        approval: {
          $ref: '#/$defs/text',
          title: 'Approval',
          description:
            'The approval the guide asks for, in its words (the guide\u2019s \u201CApproval\u201D); `signoffs` enforces it.',
          examples: ['Full release readiness review'],
        },
        risk: {
          $ref: '#/$defs/text',
          title: 'Risk',
          description: 'The risk profile of this type (the guide\u2019s \u201CRisk\u201D).',
          examples: ['Moderate - new features introduce some uncertainty'],
        },
        typical_changes: {
          title: 'Examples',
          description: 'Typical releases of this type (the guide\u2019s \u201CExamples\u201D).',
          type: 'array',
          items: { $ref: '#/$defs/text' },
          examples: [['New feature', 'UI improvements', 'Performance optimizations']],
        },
        signoffs: {
          title: 'Required sign-offs',
          description:
            'The roles that must sign off every release of this type (`signoff-required`). Kinds of change add more.',
          type: 'array',
          items: { $ref: '#/$defs/roleId' },
          uniqueItems: true,
          examples: [['qa-lead', 'tech-lead', 'product-owner', 'release-manager', 'devops']],
        },
        notes: {
          $ref: '#/$defs/slug',
          title: 'Notes template',
          description:
            'The id of the notes template (under `notes.templates`) that releases of this type use.',
          examples: ['standard', 'hotfix'],
        },
        lead_time: {
          title: 'Lead times',
          description:
            'Minimum days between a milestone in release.yml and the release `date` (`lead-time`). A lead time given here makes its milestone required.',
          type: 'object',
          additionalProperties: false,
          properties: {
            planned_days: {
              title: 'Planning lead time (days)',
              description: '`milestones.planning` must be at least this many days before `date`.',
              type: 'integer',
              minimum: 0,
              maximum: 730,
              examples: [56],
            },
            feature_freeze_days: {
              title: 'Feature freeze lead time (days)',
              description: '`milestones.feature_freeze` must be at least this many days before `date`.',
              type: 'integer',
              minimum: 0,
              maximum: 730,
              examples: [28],
            },
            code_freeze_days: {
              title: 'Code freeze lead time (days)',
              description: '`milestones.code_freeze` must be at least this many days before `date`.',
              type: 'integer',
              minimum: 0,
              maximum: 730,
              examples: [14],
            },
          },
          examples: [{ feature_freeze_days: 28, code_freeze_days: 14 }],
        },
        rollback: {
          title: 'Rollback requirements',
          description: 'What `rollback-plan` asks of releases of this type.',
          type: 'object',
          additionalProperties: false,
          properties: {
            required: {
              title: 'Plan required',
              description: 'release.yml must name a rollback plan (`rollback.plan`) that exists.',
              type: 'boolean',
              examples: [true],
            },
            tested: {
              title: 'Tested rollback required',
              description: 'The rollback must have been tested (`rollback.tested: true`).',
              type: 'boolean',
              examples: [true],
            },
          },
          examples: [{ required: true, tested: true }],
        },
        strategies: {
          title: 'Allowed strategies',
          description:
            'The deployment strategies releases of this type may use; release.yml must then name one in `strategy`. Leave out to allow any.',
          type: 'array',
          items: { $ref: '#/$defs/strategy' },
          minItems: 1,
          uniqueItems: true,
          examples: [['canary', 'blue-green', 'rolling']],
        },
        breaking_changes: {
          title: 'Breaking changes',
          description:
            'Whether releases of this type may break compatibility (`breaking-change`): forbidden (an error when `changes.breaking` is true or the notes list one), must-document (each must be listed in the notes with migration steps) or allowed.',
          type: 'string',
          enum: ['allowed', 'forbidden', 'must-document'],
          examples: ['forbidden'],
        },
      },
      examples: [
        {
          title: 'Patch Release',
          signoffs: ['tech-lead', 'product-owner'],
          notes: 'hotfix',
          rollback: { required: true, tested: false },
          breaking_changes: 'forbidden',
        },
      ],
    },
    changeRequirement: {
      title: 'Change requirements',
      description: 'The sign-offs and checks that one kind of change adds.',
      type: 'object',
      additionalProperties: false,
      properties: {
        title: {
          $ref: '#/$defs/text',
          title: 'Title',
          description: 'The kind of change as the site names it.',
          examples: ['UI changes'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'Why the guide asks for these requirements.',
          examples: ['The guide requires accessibility testing for UI changes.'],
        },
        signoffs: {
          title: 'Additional sign-offs',
          description: 'Roles that must also sign off (`signoff-required`).',
          type: 'array',
          items: { $ref: '#/$defs/roleId' },
          uniqueItems: true,
          examples: [['ux']],
        },
        requires: {
          title: 'Required checks',
          description:
            'Named checks release.yml and the notes must pass: communication-plan, support-briefed, accessibility-tested, rollback-tested, migration-steps.',
          type: 'array',
          items: { $ref: '#/$defs/requiredCheck' },
          uniqueItems: true,
          examples: [['communication-plan', 'support-briefed']],
        },
      },
      examples: [{ title: 'UI changes', signoffs: ['ux'], requires: ['accessibility-tested'] }],
    },
    notesTemplate: {
      title: 'Notes template',
      description: 'A release notes template: the Markdown file and the sections finished notes must have.',
      type: 'object',
      additionalProperties: false,
      properties: {
        title: {
          $ref: '#/$defs/text',
          title: 'Title',
          description: 'The template\u2019s name on the site.',
          examples: ['Standard release notes'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'When to use this template.',
          examples: ['For minor and major releases.'],
        },
        file: {
          $ref: '#/$defs/relativePath',
          title: 'File',
          description:
            'The template\u2019s Markdown file, relative to this policy file. `notes-placeholder` takes the bracketed placeholders ([Feature Name], [Date], \u2026) from it.',
          examples: ['../../templates/release-notes.md'],
        },
        required_sections: {
          title: 'Required sections',
          description:
            'Headings the notes must have, each with content under it (`notes-section`). Matched loosely: case, punctuation and emoji do not count.',
          type: 'array',
          items: { $ref: '#/$defs/text' },
          uniqueItems: true,
          examples: [['Summary', 'Fixed Issues', 'Recommendation', 'Verification']],
        },
        title_pattern: {
          title: 'Title pattern',
          description:
            'A JavaScript regular expression that the notes\u2019 first level-1 heading must match (`notes-mismatch`). Named groups `version` and `date`, when present, are compared with release.yml\u2019s `version` and `date`.',
          type: 'string',
          format: 'regex',
          maxLength: 500,
          examples: ['^(?<product>.+?) Hotfix v?(?<version>\\S+) - (?<date>.+)$'],
        },
      },
      examples: [
        {
          title: 'Hotfix release notes',
          file: '../../templates/hotfix-notes.md',
          required_sections: ['Summary', 'Fixed Issues', 'Recommendation', 'Verification'],
        },
      ],
    },
    severityLevel: {
      title: 'Severity level',
      description: 'One incident severity level: its name, what it looks like and the response it gets.',
      type: 'object',
      additionalProperties: false,
      properties: {
        title: {
          $ref: '#/$defs/text',
          title: 'Title',
          description: 'The level\u2019s name.',
          examples: ['Critical'],
        },
        description: {
          title: 'Signs',
          description: 'What an incident of this level looks like, one sign per item.',
          type: 'array',
          items: { $ref: '#/$defs/text' },
          examples: [
            ['Production completely down or severely degraded', 'Data loss or corruption', 'Security breach'],
          ],
        },
        response: {
          $ref: '#/$defs/text',
          title: 'Response',
          description: 'What the team does at this level.',
          examples: ['Immediate rollback, all hands on deck, executive notification'],
        },
      },
      examples: [
        {
          title: 'Low',
          description: ['Minor issues, cosmetic problems'],
          response: 'Log and fix in next release',
        },
      ],
    },
    waiverGrant: {
      title: 'Waiver grant',
      description: 'Who may approve waivers of one rule.',
      type: 'object',
      additionalProperties: false,
      required: ['granted_by'],
      properties: {
        granted_by: {
          title: 'Granted by',
          description: 'The roles whose holders may approve a waiver of this rule.',
          type: 'array',
          items: { $ref: '#/$defs/roleId' },
          uniqueItems: true,
          examples: [['release-manager', 'executive']],
          minItems: 1,
        },
      },
      examples: [{ granted_by: ['release-manager'] }],
    },
  },
  examples: [
    {
      extends: 'octoacme',
      name: 'payments',
      title: 'Payments team release policy',
      description:
        'OctoAcme\u2019s policy, with the payments team\u2019s signers and conflicts treated as errors.',
      roles: {
        'qa-lead': { users: ['@bob'], teams: ['@octoacme/payments-qa'] },
        'tech-lead': { users: ['@carol'] },
      },
      severity: { 'release-conflict': 'error' },
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
  title: 'a text with at least one character that is not a space',
  description: 'Free text; it must not be empty or only whitespace.',
  type: 'string',
  pattern: '\\S',
  maxLength: 2e3,
  examples: ['SEV1 fix for INC-4821'],
};
var schema35 = {
  title: 'a built-in policy name (like octoacme) or a relative path starting with ./ or ../',
  description:
    'A lowercase slug names a policy shipped with release-policy; anything else must be a relative path to a YAML file that starts with ./ or ../.',
  type: 'string',
  pattern: '^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\\.\\.?/[^\\\\\\r\\n]+\\.ya?ml)$',
  maxLength: 1024,
  examples: ['octoacme', './base-policy.yml'],
};
var schema36 = {
  title: 'a role id (lowercase words joined by hyphens, like "qa-lead")',
  description:
    'The id of a role defined under `roles` in the policy, such as release-manager, qa-lead or tech-lead. Written in lowercase with hyphens; the policy loader checks that the role exists.',
  type: 'string',
  pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['release-manager', 'qa-lead'],
};
var schema73 = {
  title: 'an incident severity',
  description:
    'SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide\u2019s incident severity levels.',
  type: 'string',
  enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
  examples: ['SEV1'],
};
var schema74 = {
  title: 'the id of a rule that can be waived',
  description:
    'A rule id from the catalogue that a waiver may cover. Never waivable: yaml-syntax, schema, exception-invalid, signoff-required, signoff-verified, breaking-change, notes-missing, notes-mismatch.',
  type: 'string',
  enum: [
    'version-bump',
    'signoff-stale',
    'blackout-window',
    'lead-time',
    'release-conflict',
    'rollback-plan',
    'deployment-strategy',
    'notes-section',
    'notes-placeholder',
    'customer-communication',
  ],
  examples: ['blackout-window'],
};
var schema77 = {
  title: 'the id of a rule whose severity can be changed',
  description: 'A rule id from the catalogue other than yaml-syntax and schema, which always stop the check.',
  type: 'string',
  enum: [
    'version-bump',
    'signoff-required',
    'signoff-stale',
    'signoff-verified',
    'blackout-window',
    'lead-time',
    'release-conflict',
    'rollback-plan',
    'deployment-strategy',
    'notes-missing',
    'notes-section',
    'notes-placeholder',
    'notes-mismatch',
    'breaking-change',
    'customer-communication',
    'exception-invalid',
  ],
  examples: ['release-conflict'],
};
var schema66 = {
  title: 'a relative path with "/" separators (like docs/releases/2.4.0.md)',
  description:
    'Relative to the folder of the file that names it, with / separators. Not absolute (/\u2026, C:\u2026, ~\u2026) and not a URL. It may climb with ../ but must stay inside the repository, which the checker verifies.',
  type: 'string',
  pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
  maxLength: 1024,
  examples: ['docs/releases/2.4.0.md', '../../templates/release-notes.md'],
};
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern4 = new RegExp('^[a-z0-9]+(?:-[a-z0-9]+)*$', 'u');
var pattern5 = new RegExp('\\S', 'u');
var pattern7 = new RegExp('^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\\.\\.?/[^\\\\\\r\\n]+\\.ya?ml)$', 'u');
var pattern8 = new RegExp('^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$', 'u');
var pattern32 = new RegExp('^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$', 'u');
var schema37 = {
  title: 'Role',
  description: 'One role: who it is, what it does, the other names it goes by, and who may sign for it.',
  type: 'object',
  additionalProperties: false,
  properties: {
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The role\u2019s name as people say it.',
      examples: ['QA Lead', 'DevOps/SRE'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'What the role is for, in a sentence.',
      examples: ['Owns release quality and signs off on test completion.'],
    },
    responsibilities: {
      title: 'Responsibilities',
      description: 'What the role does in a release, from the guide.',
      type: 'array',
      items: { $ref: '#/$defs/text' },
      examples: [['Signs off on test completion', 'Coordinates final acceptance testing']],
    },
    aliases: {
      title: 'Aliases',
      description:
        'Other ids a sign-off may use for this role (product-manager \u2192 product-owner). An alias must not be another role\u2019s id or alias.',
      type: 'array',
      items: { $ref: '#/$defs/roleId' },
      uniqueItems: true,
      examples: [['qa', 'qa-engineer']],
    },
    users: {
      title: 'Users',
      description:
        'GitHub handles of the people who may sign for this role. With a token, `signoff-verified` accepts a sign-off by one of them (or a member of `teams`).',
      type: 'array',
      items: { $ref: '#/$defs/githubUser' },
      uniqueItems: true,
      examples: [['@bob', '@carol']],
    },
    teams: {
      title: 'Teams',
      description: 'GitHub teams whose members may sign for this role.',
      type: 'array',
      items: { $ref: '#/$defs/githubTeam' },
      uniqueItems: true,
      examples: [['@octoacme/qa']],
    },
  },
  examples: [{ title: 'QA Lead', aliases: ['qa'], teams: ['@octoacme/qa'] }],
};
var schema42 = {
  title: 'a GitHub handle (like "@dana")',
  description: 'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
  type: 'string',
  pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
  maxLength: 40,
  examples: ['@dana', '@carol-ops'],
};
var schema43 = {
  title: 'a GitHub team (like "@octoacme/release-managers")',
  description: 'An @, the organization login, a slash and the team slug.',
  type: 'string',
  pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$',
  maxLength: 150,
  examples: ['@octoacme/release-managers', '@octoacme/qa'],
};
var pattern13 = new RegExp('^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$', 'u');
var pattern14 = new RegExp('^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$', 'u');
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
    for (const key0 in data) {
      if (!(
        key0 === 'title' ||
        key0 === 'description' ||
        key0 === 'responsibilities' ||
        key0 === 'aliases' ||
        key0 === 'users' ||
        key0 === 'teams'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema37,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === 'string') {
        if (func2(data0) > 2e3) {
          const err1 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err4 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data1,
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
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
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
    }
    if (data.responsibilities !== void 0) {
      let data2 = data.responsibilities;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === 'string') {
            if (func2(data3) > 2e3) {
              const err7 = {
                instancePath: instancePath + '/responsibilities/' + i0,
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 2e3 },
                message: 'must NOT have more than 2000 characters',
                schema: 2e3,
                parentSchema: schema33,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern5.test(data3)) {
              const err8 = {
                instancePath: instancePath + '/responsibilities/' + i0,
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "\\S"',
                schema: '\\S',
                parentSchema: schema33,
                data: data3,
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
              instancePath: instancePath + '/responsibilities/' + i0,
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.type,
              parentSchema: schema33,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/responsibilities',
          schemaPath: '#/properties/responsibilities/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema37.properties.responsibilities.type,
          parentSchema: schema37.properties.responsibilities,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.aliases !== void 0) {
      let data4 = data.aliases;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (typeof data5 === 'string') {
            if (func2(data5) > 64) {
              const err11 = {
                instancePath: instancePath + '/aliases/' + i1,
                schemaPath: '#/$defs/roleId/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema36,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (!pattern8.test(data5)) {
              const err12 = {
                instancePath: instancePath + '/aliases/' + i1,
                schemaPath: '#/$defs/roleId/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"',
                schema: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
                parentSchema: schema36,
                data: data5,
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
              instancePath: instancePath + '/aliases/' + i1,
              schemaPath: '#/$defs/roleId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema36.type,
              parentSchema: schema36,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        let i2 = data4.length;
        let j0;
        if (i2 > 1) {
          outer0: for (; i2--;) {
            for (j0 = i2; j0--;) {
              if (func0(data4[i2], data4[j0])) {
                const err14 = {
                  instancePath: instancePath + '/aliases',
                  schemaPath: '#/properties/aliases/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i2, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i2 + ' are identical)',
                  schema: true,
                  parentSchema: schema37.properties.aliases,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/aliases',
          schemaPath: '#/properties/aliases/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema37.properties.aliases.type,
          parentSchema: schema37.properties.aliases,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.users !== void 0) {
      let data6 = data.users;
      if (Array.isArray(data6)) {
        const len2 = data6.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data7 = data6[i3];
          if (typeof data7 === 'string') {
            if (func2(data7) > 40) {
              const err16 = {
                instancePath: instancePath + '/users/' + i3,
                schemaPath: '#/$defs/githubUser/maxLength',
                keyword: 'maxLength',
                params: { limit: 40 },
                message: 'must NOT have more than 40 characters',
                schema: 40,
                parentSchema: schema42,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!pattern13.test(data7)) {
              const err17 = {
                instancePath: instancePath + '/users/' + i3,
                schemaPath: '#/$defs/githubUser/pattern',
                keyword: 'pattern',
                params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$' },
                message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$"',
                schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
                parentSchema: schema42,
                data: data7,
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
              instancePath: instancePath + '/users/' + i3,
              schemaPath: '#/$defs/githubUser/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema42.type,
              parentSchema: schema42,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i4 = data6.length;
        let j1;
        if (i4 > 1) {
          outer1: for (; i4--;) {
            for (j1 = i4; j1--;) {
              if (func0(data6[i4], data6[j1])) {
                const err19 = {
                  instancePath: instancePath + '/users',
                  schemaPath: '#/properties/users/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i4, j: j1 },
                  message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i4 + ' are identical)',
                  schema: true,
                  parentSchema: schema37.properties.users,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/users',
          schemaPath: '#/properties/users/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema37.properties.users.type,
          parentSchema: schema37.properties.users,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.teams !== void 0) {
      let data8 = data.teams;
      if (Array.isArray(data8)) {
        const len3 = data8.length;
        for (let i5 = 0; i5 < len3; i5++) {
          let data9 = data8[i5];
          if (typeof data9 === 'string') {
            if (func2(data9) > 150) {
              const err21 = {
                instancePath: instancePath + '/teams/' + i5,
                schemaPath: '#/$defs/githubTeam/maxLength',
                keyword: 'maxLength',
                params: { limit: 150 },
                message: 'must NOT have more than 150 characters',
                schema: 150,
                parentSchema: schema43,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (!pattern14.test(data9)) {
              const err22 = {
                instancePath: instancePath + '/teams/' + i5,
                schemaPath: '#/$defs/githubTeam/pattern',
                keyword: 'pattern',
                params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$' },
                message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$"',
                schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$',
                parentSchema: schema43,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/teams/' + i5,
              schemaPath: '#/$defs/githubTeam/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema43.type,
              parentSchema: schema43,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        let i6 = data8.length;
        let j2;
        if (i6 > 1) {
          outer2: for (; i6--;) {
            for (j2 = i6; j2--;) {
              if (func0(data8[i6], data8[j2])) {
                const err24 = {
                  instancePath: instancePath + '/teams',
                  schemaPath: '#/properties/teams/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i6, j: j2 },
                  message: 'must NOT have duplicate items (items ## ' + j2 + ' and ' + i6 + ' are identical)',
                  schema: true,
                  parentSchema: schema37.properties.teams,
                  data: data8,
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
                break outer2;
              }
            }
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/teams',
          schemaPath: '#/properties/teams/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema37.properties.teams.type,
          parentSchema: schema37.properties.teams,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema37.type,
      parentSchema: schema37,
      data,
    };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema44 = {
  title: 'Release type requirements',
  description: 'What one release type requires, and the guide\u2019s description of it.',
  type: 'object',
  additionalProperties: false,
  properties: {
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The type\u2019s name on the site.',
      examples: ['Minor Release'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Purpose',
      description: 'What releases of this type are for (the guide\u2019s \u201CPurpose\u201D).',
      examples: ['Incremental features and improvements'],
    },
    example: {
      $ref: '#/$defs/text',
      title: 'Version example',
      description: 'A version change of this type, as the guide writes it.',
      examples: ['1.2.0 \u2192 1.3.0'],
    },
    scope: {
      $ref: '#/$defs/text',
      title: 'Scope',
      description: 'What a release of this type may contain (the guide\u2019s \u201CScope\u201D).',
      examples: ['New functionality, enhancements, non-breaking changes'],
    },
    timeline: {
      $ref: '#/$defs/text',
      title: 'Timeline',
      description: 'How releases of this type are scheduled (the guide\u2019s \u201CTimeline\u201D).',
      examples: ['Regular cadence (e.g., bi-weekly, monthly)'],
    },
    testing: {
      $ref: '#/$defs/text',
      title: 'Testing',
      description: 'The testing the guide expects (the guide\u2019s \u201CTesting\u201D).',
      examples: ['Full test suite, integration tests, user acceptance testing'],
    },
    approval: {
      $ref: '#/$defs/text',
      title: 'Approval',
      description:
        'The approval the guide asks for, in its words (the guide\u2019s \u201CApproval\u201D); `signoffs` enforces it.',
      examples: ['Full release readiness review'],
    },
    risk: {
      $ref: '#/$defs/text',
      title: 'Risk',
      description: 'The risk profile of this type (the guide\u2019s \u201CRisk\u201D).',
      examples: ['Moderate - new features introduce some uncertainty'],
    },
    typical_changes: {
      title: 'Examples',
      description: 'Typical releases of this type (the guide\u2019s \u201CExamples\u201D).',
      type: 'array',
      items: { $ref: '#/$defs/text' },
      examples: [['New feature', 'UI improvements', 'Performance optimizations']],
    },
    signoffs: {
      title: 'Required sign-offs',
      description:
        'The roles that must sign off every release of this type (`signoff-required`). Kinds of change add more.',
      type: 'array',
      items: { $ref: '#/$defs/roleId' },
      uniqueItems: true,
      examples: [['qa-lead', 'tech-lead', 'product-owner', 'release-manager', 'devops']],
    },
    notes: {
      $ref: '#/$defs/slug',
      title: 'Notes template',
      description: 'The id of the notes template (under `notes.templates`) that releases of this type use.',
      examples: ['standard', 'hotfix'],
    },
    lead_time: {
      title: 'Lead times',
      description:
        'Minimum days between a milestone in release.yml and the release `date` (`lead-time`). A lead time given here makes its milestone required.',
      type: 'object',
      additionalProperties: false,
      properties: {
        planned_days: {
          title: 'Planning lead time (days)',
          description: '`milestones.planning` must be at least this many days before `date`.',
          type: 'integer',
          minimum: 0,
          maximum: 730,
          examples: [56],
        },
        feature_freeze_days: {
          title: 'Feature freeze lead time (days)',
          description: '`milestones.feature_freeze` must be at least this many days before `date`.',
          type: 'integer',
          minimum: 0,
          maximum: 730,
          examples: [28],
        },
        code_freeze_days: {
          title: 'Code freeze lead time (days)',
          description: '`milestones.code_freeze` must be at least this many days before `date`.',
          type: 'integer',
          minimum: 0,
          maximum: 730,
          examples: [14],
        },
      },
      examples: [{ feature_freeze_days: 28, code_freeze_days: 14 }],
    },
    rollback: {
      title: 'Rollback requirements',
      description: 'What `rollback-plan` asks of releases of this type.',
      type: 'object',
      additionalProperties: false,
      properties: {
        required: {
          title: 'Plan required',
          description: 'release.yml must name a rollback plan (`rollback.plan`) that exists.',
          type: 'boolean',
          examples: [true],
        },
        tested: {
          title: 'Tested rollback required',
          description: 'The rollback must have been tested (`rollback.tested: true`).',
          type: 'boolean',
          examples: [true],
        },
      },
      examples: [{ required: true, tested: true }],
    },
    strategies: {
      title: 'Allowed strategies',
      description:
        'The deployment strategies releases of this type may use; release.yml must then name one in `strategy`. Leave out to allow any.',
      type: 'array',
      items: { $ref: '#/$defs/strategy' },
      minItems: 1,
      uniqueItems: true,
      examples: [['canary', 'blue-green', 'rolling']],
    },
    breaking_changes: {
      title: 'Breaking changes',
      description:
        'Whether releases of this type may break compatibility (`breaking-change`): forbidden (an error when `changes.breaking` is true or the notes list one), must-document (each must be listed in the notes with migration steps) or allowed.',
      type: 'string',
      enum: ['allowed', 'forbidden', 'must-document'],
      examples: ['forbidden'],
    },
  },
  examples: [
    {
      title: 'Patch Release',
      signoffs: ['tech-lead', 'product-owner'],
      notes: 'hotfix',
      rollback: { required: true, tested: false },
      breaking_changes: 'forbidden',
    },
  ],
};
var schema56 = {
  title: 'a deployment strategy',
  description:
    'One of the guide\u2019s deployment strategies: blue-green, canary, rolling, feature-flags or maintenance-window.',
  type: 'string',
  enum: ['blue-green', 'canary', 'rolling', 'feature-flags', 'maintenance-window'],
  examples: ['canary'],
};
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
    for (const key0 in data) {
      if (!func1.call(schema44.properties, key0)) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema44,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === 'string') {
        if (func2(data0) > 2e3) {
          const err1 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err4 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data1,
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
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
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
    }
    if (data.example !== void 0) {
      let data2 = data.example;
      if (typeof data2 === 'string') {
        if (func2(data2) > 2e3) {
          const err7 = {
            instancePath: instancePath + '/example',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern5.test(data2)) {
          const err8 = {
            instancePath: instancePath + '/example',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data2,
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
          instancePath: instancePath + '/example',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data3 = data.scope;
      if (typeof data3 === 'string') {
        if (func2(data3) > 2e3) {
          const err10 = {
            instancePath: instancePath + '/scope',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern5.test(data3)) {
          const err11 = {
            instancePath: instancePath + '/scope',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data3,
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
          instancePath: instancePath + '/scope',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.timeline !== void 0) {
      let data4 = data.timeline;
      if (typeof data4 === 'string') {
        if (func2(data4) > 2e3) {
          const err13 = {
            instancePath: instancePath + '/timeline',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern5.test(data4)) {
          const err14 = {
            instancePath: instancePath + '/timeline',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data4,
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
          instancePath: instancePath + '/timeline',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.testing !== void 0) {
      let data5 = data.testing;
      if (typeof data5 === 'string') {
        if (func2(data5) > 2e3) {
          const err16 = {
            instancePath: instancePath + '/testing',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern5.test(data5)) {
          const err17 = {
            instancePath: instancePath + '/testing',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data5,
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
          instancePath: instancePath + '/testing',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.approval !== void 0) {
      let data6 = data.approval;
      if (typeof data6 === 'string') {
        if (func2(data6) > 2e3) {
          const err19 = {
            instancePath: instancePath + '/approval',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern5.test(data6)) {
          const err20 = {
            instancePath: instancePath + '/approval',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data6,
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
          instancePath: instancePath + '/approval',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.risk !== void 0) {
      let data7 = data.risk;
      if (typeof data7 === 'string') {
        if (func2(data7) > 2e3) {
          const err22 = {
            instancePath: instancePath + '/risk',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (!pattern5.test(data7)) {
          const err23 = {
            instancePath: instancePath + '/risk',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/risk',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.typical_changes !== void 0) {
      let data8 = data.typical_changes;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (typeof data9 === 'string') {
            if (func2(data9) > 2e3) {
              const err25 = {
                instancePath: instancePath + '/typical_changes/' + i0,
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 2e3 },
                message: 'must NOT have more than 2000 characters',
                schema: 2e3,
                parentSchema: schema33,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (!pattern5.test(data9)) {
              const err26 = {
                instancePath: instancePath + '/typical_changes/' + i0,
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "\\S"',
                schema: '\\S',
                parentSchema: schema33,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
              instancePath: instancePath + '/typical_changes/' + i0,
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.type,
              parentSchema: schema33,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/typical_changes',
          schemaPath: '#/properties/typical_changes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema44.properties.typical_changes.type,
          parentSchema: schema44.properties.typical_changes,
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
    if (data.signoffs !== void 0) {
      let data10 = data.signoffs;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data11 = data10[i1];
          if (typeof data11 === 'string') {
            if (func2(data11) > 64) {
              const err29 = {
                instancePath: instancePath + '/signoffs/' + i1,
                schemaPath: '#/$defs/roleId/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema36,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (!pattern8.test(data11)) {
              const err30 = {
                instancePath: instancePath + '/signoffs/' + i1,
                schemaPath: '#/$defs/roleId/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"',
                schema: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
                parentSchema: schema36,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = {
              instancePath: instancePath + '/signoffs/' + i1,
              schemaPath: '#/$defs/roleId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema36.type,
              parentSchema: schema36,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        let i2 = data10.length;
        let j0;
        if (i2 > 1) {
          outer0: for (; i2--;) {
            for (j0 = i2; j0--;) {
              if (func0(data10[i2], data10[j0])) {
                const err32 = {
                  instancePath: instancePath + '/signoffs',
                  schemaPath: '#/properties/signoffs/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i2, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i2 + ' are identical)',
                  schema: true,
                  parentSchema: schema44.properties.signoffs,
                  data: data10,
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err33 = {
          instancePath: instancePath + '/signoffs',
          schemaPath: '#/properties/signoffs/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema44.properties.signoffs.type,
          parentSchema: schema44.properties.signoffs,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data12 = data.notes;
      if (typeof data12 === 'string') {
        if (func2(data12) > 64) {
          const err34 = {
            instancePath: instancePath + '/notes',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema32,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (!pattern4.test(data12)) {
          const err35 = {
            instancePath: instancePath + '/notes',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema32,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = {
          instancePath: instancePath + '/notes',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.lead_time !== void 0) {
      let data13 = data.lead_time;
      if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
        for (const key1 in data13) {
          if (!(key1 === 'planned_days' || key1 === 'feature_freeze_days' || key1 === 'code_freeze_days')) {
            const err37 = {
              instancePath: instancePath + '/lead_time',
              schemaPath: '#/properties/lead_time/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema44.properties.lead_time,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data13.planned_days !== void 0) {
          let data14 = data13.planned_days;
          if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
            const err38 = {
              instancePath: instancePath + '/lead_time/planned_days',
              schemaPath: '#/properties/lead_time/properties/planned_days/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema44.properties.lead_time.properties.planned_days.type,
              parentSchema: schema44.properties.lead_time.properties.planned_days,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (typeof data14 == 'number' && isFinite(data14)) {
            if (data14 > 730 || isNaN(data14)) {
              const err39 = {
                instancePath: instancePath + '/lead_time/planned_days',
                schemaPath: '#/properties/lead_time/properties/planned_days/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 730 },
                message: 'must be <= 730',
                schema: 730,
                parentSchema: schema44.properties.lead_time.properties.planned_days,
                data: data14,
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data14 < 0 || isNaN(data14)) {
              const err40 = {
                instancePath: instancePath + '/lead_time/planned_days',
                schemaPath: '#/properties/lead_time/properties/planned_days/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema44.properties.lead_time.properties.planned_days,
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
        }
        if (data13.feature_freeze_days !== void 0) {
          let data15 = data13.feature_freeze_days;
          if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
            const err41 = {
              instancePath: instancePath + '/lead_time/feature_freeze_days',
              schemaPath: '#/properties/lead_time/properties/feature_freeze_days/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema44.properties.lead_time.properties.feature_freeze_days.type,
              parentSchema: schema44.properties.lead_time.properties.feature_freeze_days,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (typeof data15 == 'number' && isFinite(data15)) {
            if (data15 > 730 || isNaN(data15)) {
              const err42 = {
                instancePath: instancePath + '/lead_time/feature_freeze_days',
                schemaPath: '#/properties/lead_time/properties/feature_freeze_days/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 730 },
                message: 'must be <= 730',
                schema: 730,
                parentSchema: schema44.properties.lead_time.properties.feature_freeze_days,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
              const err43 = {
                instancePath: instancePath + '/lead_time/feature_freeze_days',
                schemaPath: '#/properties/lead_time/properties/feature_freeze_days/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema44.properties.lead_time.properties.feature_freeze_days,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
        }
        if (data13.code_freeze_days !== void 0) {
          let data16 = data13.code_freeze_days;
          if (!(typeof data16 == 'number' && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
            const err44 = {
              instancePath: instancePath + '/lead_time/code_freeze_days',
              schemaPath: '#/properties/lead_time/properties/code_freeze_days/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema44.properties.lead_time.properties.code_freeze_days.type,
              parentSchema: schema44.properties.lead_time.properties.code_freeze_days,
              data: data16,
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (typeof data16 == 'number' && isFinite(data16)) {
            if (data16 > 730 || isNaN(data16)) {
              const err45 = {
                instancePath: instancePath + '/lead_time/code_freeze_days',
                schemaPath: '#/properties/lead_time/properties/code_freeze_days/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 730 },
                message: 'must be <= 730',
                schema: 730,
                parentSchema: schema44.properties.lead_time.properties.code_freeze_days,
                data: data16,
              };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data16 < 0 || isNaN(data16)) {
              const err46 = {
                instancePath: instancePath + '/lead_time/code_freeze_days',
                schemaPath: '#/properties/lead_time/properties/code_freeze_days/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema44.properties.lead_time.properties.code_freeze_days,
                data: data16,
              };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
        }
      } else {
        const err47 = {
          instancePath: instancePath + '/lead_time',
          schemaPath: '#/properties/lead_time/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema44.properties.lead_time.type,
          parentSchema: schema44.properties.lead_time,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.rollback !== void 0) {
      let data17 = data.rollback;
      if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
        for (const key2 in data17) {
          if (!(key2 === 'required' || key2 === 'tested')) {
            const err48 = {
              instancePath: instancePath + '/rollback',
              schemaPath: '#/properties/rollback/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema44.properties.rollback,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data17.required !== void 0) {
          let data18 = data17.required;
          if (typeof data18 !== 'boolean') {
            const err49 = {
              instancePath: instancePath + '/rollback/required',
              schemaPath: '#/properties/rollback/properties/required/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema44.properties.rollback.properties.required.type,
              parentSchema: schema44.properties.rollback.properties.required,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data17.tested !== void 0) {
          let data19 = data17.tested;
          if (typeof data19 !== 'boolean') {
            const err50 = {
              instancePath: instancePath + '/rollback/tested',
              schemaPath: '#/properties/rollback/properties/tested/type',
              keyword: 'type',
              params: { type: 'boolean' },
              message: 'must be boolean',
              schema: schema44.properties.rollback.properties.tested.type,
              parentSchema: schema44.properties.rollback.properties.tested,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = {
          instancePath: instancePath + '/rollback',
          schemaPath: '#/properties/rollback/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema44.properties.rollback.type,
          parentSchema: schema44.properties.rollback,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.strategies !== void 0) {
      let data20 = data.strategies;
      if (Array.isArray(data20)) {
        if (data20.length < 1) {
          const err52 = {
            instancePath: instancePath + '/strategies',
            schemaPath: '#/properties/strategies/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema44.properties.strategies,
            data: data20,
          };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        const len2 = data20.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data21 = data20[i3];
          if (typeof data21 !== 'string') {
            const err53 = {
              instancePath: instancePath + '/strategies/' + i3,
              schemaPath: '#/$defs/strategy/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema56.type,
              parentSchema: schema56,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (!(
            data21 === 'blue-green' ||
            data21 === 'canary' ||
            data21 === 'rolling' ||
            data21 === 'feature-flags' ||
            data21 === 'maintenance-window'
          )) {
            const err54 = {
              instancePath: instancePath + '/strategies/' + i3,
              schemaPath: '#/$defs/strategy/enum',
              keyword: 'enum',
              params: { allowedValues: schema56.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema56.enum,
              parentSchema: schema56,
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
        let i4 = data20.length;
        let j1;
        if (i4 > 1) {
          outer1: for (; i4--;) {
            for (j1 = i4; j1--;) {
              if (func0(data20[i4], data20[j1])) {
                const err55 = {
                  instancePath: instancePath + '/strategies',
                  schemaPath: '#/properties/strategies/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i4, j: j1 },
                  message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i4 + ' are identical)',
                  schema: true,
                  parentSchema: schema44.properties.strategies,
                  data: data20,
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err56 = {
          instancePath: instancePath + '/strategies',
          schemaPath: '#/properties/strategies/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema44.properties.strategies.type,
          parentSchema: schema44.properties.strategies,
          data: data20,
        };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.breaking_changes !== void 0) {
      let data22 = data.breaking_changes;
      if (typeof data22 !== 'string') {
        const err57 = {
          instancePath: instancePath + '/breaking_changes',
          schemaPath: '#/properties/breaking_changes/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema44.properties.breaking_changes.type,
          parentSchema: schema44.properties.breaking_changes,
          data: data22,
        };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
      if (!(data22 === 'allowed' || data22 === 'forbidden' || data22 === 'must-document')) {
        const err58 = {
          instancePath: instancePath + '/breaking_changes',
          schemaPath: '#/properties/breaking_changes/enum',
          keyword: 'enum',
          params: { allowedValues: schema44.properties.breaking_changes.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema44.properties.breaking_changes.enum,
          parentSchema: schema44.properties.breaking_changes,
          data: data22,
        };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
  } else {
    const err59 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema44.type,
      parentSchema: schema44,
      data,
    };
    if (vErrors === null) {
      vErrors = [err59];
    } else {
      vErrors.push(err59);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema57 = {
  title: 'Change requirements',
  description: 'The sign-offs and checks that one kind of change adds.',
  type: 'object',
  additionalProperties: false,
  properties: {
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The kind of change as the site names it.',
      examples: ['UI changes'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'Why the guide asks for these requirements.',
      examples: ['The guide requires accessibility testing for UI changes.'],
    },
    signoffs: {
      title: 'Additional sign-offs',
      description: 'Roles that must also sign off (`signoff-required`).',
      type: 'array',
      items: { $ref: '#/$defs/roleId' },
      uniqueItems: true,
      examples: [['ux']],
    },
    requires: {
      title: 'Required checks',
      description:
        'Named checks release.yml and the notes must pass: communication-plan, support-briefed, accessibility-tested, rollback-tested, migration-steps.',
      type: 'array',
      items: { $ref: '#/$defs/requiredCheck' },
      uniqueItems: true,
      examples: [['communication-plan', 'support-briefed']],
    },
  },
  examples: [{ title: 'UI changes', signoffs: ['ux'], requires: ['accessibility-tested'] }],
};
var schema61 = {
  title:
    'a named check (communication-plan, support-briefed, accessibility-tested, rollback-tested or migration-steps)',
  description:
    'communication-plan: release.yml names `communication.customer_plan` (customer-communication). support-briefed: `communication.support_briefed` is true (customer-communication). accessibility-tested: `verification.accessibility_tested` is true (signoff-required, with the UX sign-off). rollback-tested: `rollback.plan` exists and `rollback.tested` is true (rollback-plan). migration-steps: the notes list each breaking change and their Migration Steps section has steps (breaking-change).',
  type: 'string',
  enum: [
    'communication-plan',
    'support-briefed',
    'accessibility-tested',
    'rollback-tested',
    'migration-steps',
  ],
  examples: ['communication-plan'],
};
function validate27(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'title' || key0 === 'description' || key0 === 'signoffs' || key0 === 'requires')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema57,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === 'string') {
        if (func2(data0) > 2e3) {
          const err1 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err4 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data1,
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
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
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
    }
    if (data.signoffs !== void 0) {
      let data2 = data.signoffs;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === 'string') {
            if (func2(data3) > 64) {
              const err7 = {
                instancePath: instancePath + '/signoffs/' + i0,
                schemaPath: '#/$defs/roleId/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema36,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern8.test(data3)) {
              const err8 = {
                instancePath: instancePath + '/signoffs/' + i0,
                schemaPath: '#/$defs/roleId/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"',
                schema: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
                parentSchema: schema36,
                data: data3,
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
              instancePath: instancePath + '/signoffs/' + i0,
              schemaPath: '#/$defs/roleId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema36.type,
              parentSchema: schema36,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data2[i1], data2[j0])) {
                const err10 = {
                  instancePath: instancePath + '/signoffs',
                  schemaPath: '#/properties/signoffs/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema57.properties.signoffs,
                  data: data2,
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/signoffs',
          schemaPath: '#/properties/signoffs/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema57.properties.signoffs.type,
          parentSchema: schema57.properties.signoffs,
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
    if (data.requires !== void 0) {
      let data4 = data.requires;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data5 = data4[i2];
          if (typeof data5 !== 'string') {
            const err12 = {
              instancePath: instancePath + '/requires/' + i2,
              schemaPath: '#/$defs/requiredCheck/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema61.type,
              parentSchema: schema61,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (!(
            data5 === 'communication-plan' ||
            data5 === 'support-briefed' ||
            data5 === 'accessibility-tested' ||
            data5 === 'rollback-tested' ||
            data5 === 'migration-steps'
          )) {
            const err13 = {
              instancePath: instancePath + '/requires/' + i2,
              schemaPath: '#/$defs/requiredCheck/enum',
              keyword: 'enum',
              params: { allowedValues: schema61.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema61.enum,
              parentSchema: schema61,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        let i3 = data4.length;
        let j1;
        if (i3 > 1) {
          outer1: for (; i3--;) {
            for (j1 = i3; j1--;) {
              if (func0(data4[i3], data4[j1])) {
                const err14 = {
                  instancePath: instancePath + '/requires',
                  schemaPath: '#/properties/requires/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i3, j: j1 },
                  message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i3 + ' are identical)',
                  schema: true,
                  parentSchema: schema57.properties.requires,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/requires',
          schemaPath: '#/properties/requires/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema57.properties.requires.type,
          parentSchema: schema57.properties.requires,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema57.type,
      parentSchema: schema57,
      data,
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema63 = {
  title: 'Notes template',
  description: 'A release notes template: the Markdown file and the sections finished notes must have.',
  type: 'object',
  additionalProperties: false,
  properties: {
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The template\u2019s name on the site.',
      examples: ['Standard release notes'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'When to use this template.',
      examples: ['For minor and major releases.'],
    },
    file: {
      $ref: '#/$defs/relativePath',
      title: 'File',
      description:
        'The template\u2019s Markdown file, relative to this policy file. `notes-placeholder` takes the bracketed placeholders ([Feature Name], [Date], \u2026) from it.',
      examples: ['../../templates/release-notes.md'],
    },
    required_sections: {
      title: 'Required sections',
      description:
        'Headings the notes must have, each with content under it (`notes-section`). Matched loosely: case, punctuation and emoji do not count.',
      type: 'array',
      items: { $ref: '#/$defs/text' },
      uniqueItems: true,
      examples: [['Summary', 'Fixed Issues', 'Recommendation', 'Verification']],
    },
    title_pattern: {
      title: 'Title pattern',
      description:
        'A JavaScript regular expression that the notes\u2019 first level-1 heading must match (`notes-mismatch`). Named groups `version` and `date`, when present, are compared with release.yml\u2019s `version` and `date`.',
      type: 'string',
      format: 'regex',
      maxLength: 500,
      examples: ['^(?<product>.+?) Hotfix v?(?<version>\\S+) - (?<date>.+)$'],
    },
  },
  examples: [
    {
      title: 'Hotfix release notes',
      file: '../../templates/hotfix-notes.md',
      required_sections: ['Summary', 'Fixed Issues', 'Recommendation', 'Verification'],
    },
  ],
};
var formats0 = require_formats().fullFormats.regex;
function validate34(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'title' ||
        key0 === 'description' ||
        key0 === 'file' ||
        key0 === 'required_sections' ||
        key0 === 'title_pattern'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema63,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === 'string') {
        if (func2(data0) > 2e3) {
          const err1 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err4 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data1,
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
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
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
    }
    if (data.file !== void 0) {
      let data2 = data.file;
      if (typeof data2 === 'string') {
        if (func2(data2) > 1024) {
          const err7 = {
            instancePath: instancePath + '/file',
            schemaPath: '#/$defs/relativePath/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
            message: 'must NOT have more than 1024 characters',
            schema: 1024,
            parentSchema: schema66,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern32.test(data2)) {
          const err8 = {
            instancePath: instancePath + '/file',
            schemaPath: '#/$defs/relativePath/pattern',
            keyword: 'pattern',
            params: { pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$' },
            message: 'must match pattern "^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$"',
            schema: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
            parentSchema: schema66,
            data: data2,
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
          instancePath: instancePath + '/file',
          schemaPath: '#/$defs/relativePath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema66.type,
          parentSchema: schema66,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.required_sections !== void 0) {
      let data3 = data.required_sections;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === 'string') {
            if (func2(data4) > 2e3) {
              const err10 = {
                instancePath: instancePath + '/required_sections/' + i0,
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 2e3 },
                message: 'must NOT have more than 2000 characters',
                schema: 2e3,
                parentSchema: schema33,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (!pattern5.test(data4)) {
              const err11 = {
                instancePath: instancePath + '/required_sections/' + i0,
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "\\S"',
                schema: '\\S',
                parentSchema: schema33,
                data: data4,
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
              instancePath: instancePath + '/required_sections/' + i0,
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.type,
              parentSchema: schema33,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data3[i1], data3[j0])) {
                const err13 = {
                  instancePath: instancePath + '/required_sections',
                  schemaPath: '#/properties/required_sections/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema63.properties.required_sections,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/required_sections',
          schemaPath: '#/properties/required_sections/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema63.properties.required_sections.type,
          parentSchema: schema63.properties.required_sections,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.title_pattern !== void 0) {
      let data5 = data.title_pattern;
      if (typeof data5 === 'string') {
        if (func2(data5) > 500) {
          const err15 = {
            instancePath: instancePath + '/title_pattern',
            schemaPath: '#/properties/title_pattern/maxLength',
            keyword: 'maxLength',
            params: { limit: 500 },
            message: 'must NOT have more than 500 characters',
            schema: 500,
            parentSchema: schema63.properties.title_pattern,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!formats0(data5)) {
          const err16 = {
            instancePath: instancePath + '/title_pattern',
            schemaPath: '#/properties/title_pattern/format',
            keyword: 'format',
            params: { format: 'regex' },
            message: 'must match format "regex"',
            schema: 'regex',
            parentSchema: schema63.properties.title_pattern,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/title_pattern',
          schemaPath: '#/properties/title_pattern/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema63.properties.title_pattern.type,
          parentSchema: schema63.properties.title_pattern,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema63.type,
      parentSchema: schema63,
      data,
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema69 = {
  title: 'Severity level',
  description: 'One incident severity level: its name, what it looks like and the response it gets.',
  type: 'object',
  additionalProperties: false,
  properties: {
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The level\u2019s name.',
      examples: ['Critical'],
    },
    description: {
      title: 'Signs',
      description: 'What an incident of this level looks like, one sign per item.',
      type: 'array',
      items: { $ref: '#/$defs/text' },
      examples: [
        ['Production completely down or severely degraded', 'Data loss or corruption', 'Security breach'],
      ],
    },
    response: {
      $ref: '#/$defs/text',
      title: 'Response',
      description: 'What the team does at this level.',
      examples: ['Immediate rollback, all hands on deck, executive notification'],
    },
  },
  examples: [
    {
      title: 'Low',
      description: ['Minor issues, cosmetic problems'],
      response: 'Log and fix in next release',
    },
  ],
};
function validate36(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'title' || key0 === 'description' || key0 === 'response')) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema69,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === 'string') {
        if (func2(data0) > 2e3) {
          const err1 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === 'string') {
            if (func2(data2) > 2e3) {
              const err4 = {
                instancePath: instancePath + '/description/' + i0,
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 2e3 },
                message: 'must NOT have more than 2000 characters',
                schema: 2e3,
                parentSchema: schema33,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!pattern5.test(data2)) {
              const err5 = {
                instancePath: instancePath + '/description/' + i0,
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "\\S"',
                schema: '\\S',
                parentSchema: schema33,
                data: data2,
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
              instancePath: instancePath + '/description/' + i0,
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema33.type,
              parentSchema: schema33,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema69.properties.description.type,
          parentSchema: schema69.properties.description,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.response !== void 0) {
      let data3 = data.response;
      if (typeof data3 === 'string') {
        if (func2(data3) > 2e3) {
          const err8 = {
            instancePath: instancePath + '/response',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern5.test(data3)) {
          const err9 = {
            instancePath: instancePath + '/response',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data3,
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
          instancePath: instancePath + '/response',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema69.type,
      parentSchema: schema69,
      data,
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema75 = {
  title: 'Waiver grant',
  description: 'Who may approve waivers of one rule.',
  type: 'object',
  additionalProperties: false,
  required: ['granted_by'],
  properties: {
    granted_by: {
      title: 'Granted by',
      description: 'The roles whose holders may approve a waiver of this rule.',
      type: 'array',
      items: { $ref: '#/$defs/roleId' },
      uniqueItems: true,
      examples: [['release-manager', 'executive']],
      minItems: 1,
    },
  },
  examples: [{ granted_by: ['release-manager'] }],
};
function validate41(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.granted_by === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'granted_by' },
        message: "must have required property 'granted_by'",
        schema: schema75.required,
        parentSchema: schema75,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'granted_by')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema75,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.granted_by !== void 0) {
      let data0 = data.granted_by;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = {
            instancePath: instancePath + '/granted_by',
            schemaPath: '#/properties/granted_by/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema75.properties.granted_by,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === 'string') {
            if (func2(data1) > 64) {
              const err3 = {
                instancePath: instancePath + '/granted_by/' + i0,
                schemaPath: '#/$defs/roleId/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema36,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (!pattern8.test(data1)) {
              const err4 = {
                instancePath: instancePath + '/granted_by/' + i0,
                schemaPath: '#/$defs/roleId/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"',
                schema: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
                parentSchema: schema36,
                data: data1,
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
              instancePath: instancePath + '/granted_by/' + i0,
              schemaPath: '#/$defs/roleId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema36.type,
              parentSchema: schema36,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data0[i1], data0[j0])) {
                const err6 = {
                  instancePath: instancePath + '/granted_by',
                  schemaPath: '#/properties/granted_by/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema75.properties.granted_by,
                  data: data0,
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/granted_by',
          schemaPath: '#/properties/granted_by/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema75.properties.granted_by.type,
          parentSchema: schema75.properties.granted_by,
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
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema75.type,
      parentSchema: schema75,
      data,
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
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
  const _errs2 = errors;
  let valid0 = true;
  const _errs3 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.extends === void 0 && (missing0 = 'extends')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs4 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.name === void 0) {
        const err1 = {
          instancePath,
          schemaPath: '#/else/required',
          keyword: 'required',
          params: { missingProperty: 'name' },
          message: "must have required property 'name'",
          schema: schema31.else.required,
          parentSchema: schema31.else,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.title === void 0) {
        const err2 = {
          instancePath,
          schemaPath: '#/else/required',
          keyword: 'required',
          params: { missingProperty: 'title' },
          message: "must have required property 'title'",
          schema: schema31.else.required,
          parentSchema: schema31.else,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.description === void 0) {
        const err3 = {
          instancePath,
          schemaPath: '#/else/required',
          keyword: 'required',
          params: { missingProperty: 'description' },
          message: "must have required property 'description'",
          schema: schema31.else.required,
          parentSchema: schema31.else,
          data,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.roles === void 0) {
        const err4 = {
          instancePath,
          schemaPath: '#/else/required',
          keyword: 'required',
          params: { missingProperty: 'roles' },
          message: "must have required property 'roles'",
          schema: schema31.else.required,
          parentSchema: schema31.else,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.types === void 0) {
        const err5 = {
          instancePath,
          schemaPath: '#/else/required',
          keyword: 'required',
          params: { missingProperty: 'types' },
          message: "must have required property 'types'",
          schema: schema31.else.required,
          parentSchema: schema31.else,
          data,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.notes === void 0) {
        const err6 = {
          instancePath,
          schemaPath: '#/else/required',
          keyword: 'required',
          params: { missingProperty: 'notes' },
          message: "must have required property 'notes'",
          schema: schema31.else.required,
          parentSchema: schema31.else,
          data,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data.roles !== void 0) {
        let data0 = data.roles;
        if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
          for (const key0 in data0) {
            let data1 = data0[key0];
            if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
              if (data1.title === void 0) {
                const err7 = {
                  instancePath: instancePath + '/roles/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/else/properties/roles/additionalProperties/required',
                  keyword: 'required',
                  params: { missingProperty: 'title' },
                  message: "must have required property 'title'",
                  schema: schema31.else.properties.roles.additionalProperties.required,
                  parentSchema: schema31.else.properties.roles.additionalProperties,
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
                instancePath: instancePath + '/roles/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/else/properties/roles/additionalProperties/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema31.else.properties.roles.additionalProperties.type,
                parentSchema: schema31.else.properties.roles.additionalProperties,
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
            instancePath: instancePath + '/roles',
            schemaPath: '#/else/properties/roles/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema31.else.properties.roles.type,
            parentSchema: schema31.else.properties.roles,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.types !== void 0) {
        let data2 = data.types;
        if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
          if (data2.patch === void 0) {
            const err10 = {
              instancePath: instancePath + '/types',
              schemaPath: '#/else/properties/types/required',
              keyword: 'required',
              params: { missingProperty: 'patch' },
              message: "must have required property 'patch'",
              schema: schema31.else.properties.types.required,
              parentSchema: schema31.else.properties.types,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (data2.minor === void 0) {
            const err11 = {
              instancePath: instancePath + '/types',
              schemaPath: '#/else/properties/types/required',
              keyword: 'required',
              params: { missingProperty: 'minor' },
              message: "must have required property 'minor'",
              schema: schema31.else.properties.types.required,
              parentSchema: schema31.else.properties.types,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (data2.major === void 0) {
            const err12 = {
              instancePath: instancePath + '/types',
              schemaPath: '#/else/properties/types/required',
              keyword: 'required',
              params: { missingProperty: 'major' },
              message: "must have required property 'major'",
              schema: schema31.else.properties.types.required,
              parentSchema: schema31.else.properties.types,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (data2.patch !== void 0) {
            let data3 = data2.patch;
            if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
              if (data3.title === void 0) {
                const err13 = {
                  instancePath: instancePath + '/types/patch',
                  schemaPath: '#/else/properties/types/properties/patch/required',
                  keyword: 'required',
                  params: { missingProperty: 'title' },
                  message: "must have required property 'title'",
                  schema: schema31.else.properties.types.properties.patch.required,
                  parentSchema: schema31.else.properties.types.properties.patch,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              if (data3.signoffs === void 0) {
                const err14 = {
                  instancePath: instancePath + '/types/patch',
                  schemaPath: '#/else/properties/types/properties/patch/required',
                  keyword: 'required',
                  params: { missingProperty: 'signoffs' },
                  message: "must have required property 'signoffs'",
                  schema: schema31.else.properties.types.properties.patch.required,
                  parentSchema: schema31.else.properties.types.properties.patch,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (data3.notes === void 0) {
                const err15 = {
                  instancePath: instancePath + '/types/patch',
                  schemaPath: '#/else/properties/types/properties/patch/required',
                  keyword: 'required',
                  params: { missingProperty: 'notes' },
                  message: "must have required property 'notes'",
                  schema: schema31.else.properties.types.properties.patch.required,
                  parentSchema: schema31.else.properties.types.properties.patch,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            } else {
              const err16 = {
                instancePath: instancePath + '/types/patch',
                schemaPath: '#/else/properties/types/properties/patch/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema31.else.properties.types.properties.patch.type,
                parentSchema: schema31.else.properties.types.properties.patch,
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
          if (data2.minor !== void 0) {
            let data4 = data2.minor;
            if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
              if (data4.title === void 0) {
                const err17 = {
                  instancePath: instancePath + '/types/minor',
                  schemaPath: '#/else/properties/types/properties/minor/required',
                  keyword: 'required',
                  params: { missingProperty: 'title' },
                  message: "must have required property 'title'",
                  schema: schema31.else.properties.types.properties.minor.required,
                  parentSchema: schema31.else.properties.types.properties.minor,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              if (data4.signoffs === void 0) {
                const err18 = {
                  instancePath: instancePath + '/types/minor',
                  schemaPath: '#/else/properties/types/properties/minor/required',
                  keyword: 'required',
                  params: { missingProperty: 'signoffs' },
                  message: "must have required property 'signoffs'",
                  schema: schema31.else.properties.types.properties.minor.required,
                  parentSchema: schema31.else.properties.types.properties.minor,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              if (data4.notes === void 0) {
                const err19 = {
                  instancePath: instancePath + '/types/minor',
                  schemaPath: '#/else/properties/types/properties/minor/required',
                  keyword: 'required',
                  params: { missingProperty: 'notes' },
                  message: "must have required property 'notes'",
                  schema: schema31.else.properties.types.properties.minor.required,
                  parentSchema: schema31.else.properties.types.properties.minor,
                  data: data4,
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
                instancePath: instancePath + '/types/minor',
                schemaPath: '#/else/properties/types/properties/minor/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema31.else.properties.types.properties.minor.type,
                parentSchema: schema31.else.properties.types.properties.minor,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          if (data2.major !== void 0) {
            let data5 = data2.major;
            if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
              if (data5.title === void 0) {
                const err21 = {
                  instancePath: instancePath + '/types/major',
                  schemaPath: '#/else/properties/types/properties/major/required',
                  keyword: 'required',
                  params: { missingProperty: 'title' },
                  message: "must have required property 'title'",
                  schema: schema31.else.properties.types.properties.major.required,
                  parentSchema: schema31.else.properties.types.properties.major,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (data5.signoffs === void 0) {
                const err22 = {
                  instancePath: instancePath + '/types/major',
                  schemaPath: '#/else/properties/types/properties/major/required',
                  keyword: 'required',
                  params: { missingProperty: 'signoffs' },
                  message: "must have required property 'signoffs'",
                  schema: schema31.else.properties.types.properties.major.required,
                  parentSchema: schema31.else.properties.types.properties.major,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (data5.notes === void 0) {
                const err23 = {
                  instancePath: instancePath + '/types/major',
                  schemaPath: '#/else/properties/types/properties/major/required',
                  keyword: 'required',
                  params: { missingProperty: 'notes' },
                  message: "must have required property 'notes'",
                  schema: schema31.else.properties.types.properties.major.required,
                  parentSchema: schema31.else.properties.types.properties.major,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            } else {
              const err24 = {
                instancePath: instancePath + '/types/major',
                schemaPath: '#/else/properties/types/properties/major/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema31.else.properties.types.properties.major.type,
                parentSchema: schema31.else.properties.types.properties.major,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
        } else {
          const err25 = {
            instancePath: instancePath + '/types',
            schemaPath: '#/else/properties/types/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema31.else.properties.types.type,
            parentSchema: schema31.else.properties.types,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
      if (data.notes !== void 0) {
        let data6 = data.notes;
        if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
          if (data6.templates === void 0) {
            const err26 = {
              instancePath: instancePath + '/notes',
              schemaPath: '#/else/properties/notes/required',
              keyword: 'required',
              params: { missingProperty: 'templates' },
              message: "must have required property 'templates'",
              schema: schema31.else.properties.notes.required,
              parentSchema: schema31.else.properties.notes,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (data6.templates !== void 0) {
            let data7 = data6.templates;
            if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
              for (const key1 in data7) {
                let data8 = data7[key1];
                if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                  if (data8.title === void 0) {
                    const err27 = {
                      instancePath:
                        instancePath + '/notes/templates/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/else/properties/notes/properties/templates/additionalProperties/required',
                      keyword: 'required',
                      params: { missingProperty: 'title' },
                      message: "must have required property 'title'",
                      schema:
                        schema31.else.properties.notes.properties.templates.additionalProperties.required,
                      parentSchema: schema31.else.properties.notes.properties.templates.additionalProperties,
                      data: data8,
                    };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                  if (data8.file === void 0) {
                    const err28 = {
                      instancePath:
                        instancePath + '/notes/templates/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/else/properties/notes/properties/templates/additionalProperties/required',
                      keyword: 'required',
                      params: { missingProperty: 'file' },
                      message: "must have required property 'file'",
                      schema:
                        schema31.else.properties.notes.properties.templates.additionalProperties.required,
                      parentSchema: schema31.else.properties.notes.properties.templates.additionalProperties,
                      data: data8,
                    };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                  if (data8.required_sections === void 0) {
                    const err29 = {
                      instancePath:
                        instancePath + '/notes/templates/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/else/properties/notes/properties/templates/additionalProperties/required',
                      keyword: 'required',
                      params: { missingProperty: 'required_sections' },
                      message: "must have required property 'required_sections'",
                      schema:
                        schema31.else.properties.notes.properties.templates.additionalProperties.required,
                      parentSchema: schema31.else.properties.notes.properties.templates.additionalProperties,
                      data: data8,
                    };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                } else {
                  const err30 = {
                    instancePath:
                      instancePath + '/notes/templates/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath: '#/else/properties/notes/properties/templates/additionalProperties/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema31.else.properties.notes.properties.templates.additionalProperties.type,
                    parentSchema: schema31.else.properties.notes.properties.templates.additionalProperties,
                    data: data8,
                  };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            } else {
              const err31 = {
                instancePath: instancePath + '/notes/templates',
                schemaPath: '#/else/properties/notes/properties/templates/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema31.else.properties.notes.properties.templates.type,
                parentSchema: schema31.else.properties.notes.properties.templates,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        } else {
          const err32 = {
            instancePath: instancePath + '/notes',
            schemaPath: '#/else/properties/notes/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema31.else.properties.notes.type,
            parentSchema: schema31.else.properties.notes,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
      if (data.incidents !== void 0) {
        let data9 = data.incidents;
        if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
          if (data9.severities !== void 0) {
            let data10 = data9.severities;
            if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
              for (const key2 in data10) {
                let data11 = data10[key2];
                if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                  if (data11.title === void 0) {
                    const err33 = {
                      instancePath:
                        instancePath +
                        '/incidents/severities/' +
                        key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/else/properties/incidents/properties/severities/additionalProperties/required',
                      keyword: 'required',
                      params: { missingProperty: 'title' },
                      message: "must have required property 'title'",
                      schema:
                        schema31.else.properties.incidents.properties.severities.additionalProperties
                          .required,
                      parentSchema:
                        schema31.else.properties.incidents.properties.severities.additionalProperties,
                      data: data11,
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
                    instancePath:
                      instancePath + '/incidents/severities/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath: '#/else/properties/incidents/properties/severities/additionalProperties/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema:
                      schema31.else.properties.incidents.properties.severities.additionalProperties.type,
                    parentSchema:
                      schema31.else.properties.incidents.properties.severities.additionalProperties,
                    data: data11,
                  };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            } else {
              const err35 = {
                instancePath: instancePath + '/incidents/severities',
                schemaPath: '#/else/properties/incidents/properties/severities/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema31.else.properties.incidents.properties.severities.type,
                parentSchema: schema31.else.properties.incidents.properties.severities,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        } else {
          const err36 = {
            instancePath: instancePath + '/incidents',
            schemaPath: '#/else/properties/incidents/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
            schema: schema31.else.properties.incidents.type,
            parentSchema: schema31.else.properties.incidents,
            data: data9,
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.name = true;
      props0.title = true;
      props0.description = true;
      props0.roles = true;
      props0.types = true;
      props0.notes = true;
      props0.incidents = true;
      props0.extends = true;
    }
  }
  if (!valid0) {
    const err37 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'else' },
      message: 'must match "else" schema',
      schema: schema31.if,
      parentSchema: schema31,
      data,
    };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key3 in data) {
      if (!func1.call(schema31.properties, key3)) {
        const err38 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key3 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema31,
          data,
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data12 = data.$schema;
      if (typeof data12 === 'string') {
        if (func2(data12) < 1) {
          const err39 = {
            instancePath: instancePath + '/$schema',
            schemaPath: '#/properties/%24schema/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema31.properties.$schema,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = {
          instancePath: instancePath + '/$schema',
          schemaPath: '#/properties/%24schema/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema31.properties.$schema.type,
          parentSchema: schema31.properties.$schema,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data13 = data.name;
      if (typeof data13 === 'string') {
        if (func2(data13) > 64) {
          const err41 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema32,
            data: data13,
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (!pattern4.test(data13)) {
          const err42 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema32,
            data: data13,
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data14 = data.title;
      if (typeof data14 === 'string') {
        if (func2(data14) > 2e3) {
          const err44 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data14,
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (!pattern5.test(data14)) {
          const err45 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data14,
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      } else {
        const err46 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data15 = data.description;
      if (typeof data15 === 'string') {
        if (func2(data15) > 2e3) {
          const err47 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema33,
            data: data15,
          };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (!pattern5.test(data15)) {
          const err48 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema33,
            data: data15,
          };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema33.type,
          parentSchema: schema33,
          data: data15,
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data16 = data.extends;
      if (typeof data16 === 'string') {
        if (func2(data16) > 1024) {
          const err50 = {
            instancePath: instancePath + '/extends',
            schemaPath: '#/$defs/policyRef/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
            message: 'must NOT have more than 1024 characters',
            schema: 1024,
            parentSchema: schema35,
            data: data16,
          };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        if (!pattern7.test(data16)) {
          const err51 = {
            instancePath: instancePath + '/extends',
            schemaPath: '#/$defs/policyRef/pattern',
            keyword: 'pattern',
            params: { pattern: '^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\\.\\.?/[^\\\\\\r\\n]+\\.ya?ml)$' },
            message: 'must match pattern "^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\\.\\.?/[^\\\\\\r\\n]+\\.ya?ml)$"',
            schema: '^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\\.\\.?/[^\\\\\\r\\n]+\\.ya?ml)$',
            parentSchema: schema35,
            data: data16,
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
          instancePath: instancePath + '/extends',
          schemaPath: '#/$defs/policyRef/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema35.type,
          parentSchema: schema35,
          data: data16,
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.roles !== void 0) {
      let data17 = data.roles;
      if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
        for (const key4 in data17) {
          const _errs49 = errors;
          if (typeof key4 === 'string') {
            if (func2(key4) > 64) {
              const err53 = {
                instancePath: instancePath + '/roles',
                schemaPath: '#/$defs/roleId/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema36,
                data: key4,
                propertyName: key4,
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (!pattern8.test(key4)) {
              const err54 = {
                instancePath: instancePath + '/roles',
                schemaPath: '#/$defs/roleId/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"',
                schema: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
                parentSchema: schema36,
                data: key4,
                propertyName: key4,
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = {
              instancePath: instancePath + '/roles',
              schemaPath: '#/$defs/roleId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema36.type,
              parentSchema: schema36,
              data: key4,
              propertyName: key4,
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          var valid13 = _errs49 === errors;
          if (!valid13) {
            const err56 = {
              instancePath: instancePath + '/roles',
              schemaPath: '#/properties/roles/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key4 },
              message: 'property name must be valid',
              schema: schema31.properties.roles.propertyNames,
              parentSchema: schema31.properties.roles,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        for (const key5 in data17) {
          if (
            !validate21(data17[key5], {
              instancePath: instancePath + '/roles/' + key5.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data17,
              parentDataProperty: key5,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err57 = {
          instancePath: instancePath + '/roles',
          schemaPath: '#/properties/roles/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.roles.type,
          parentSchema: schema31.properties.roles,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.types !== void 0) {
      let data19 = data.types;
      if (data19 && typeof data19 == 'object' && !Array.isArray(data19)) {
        for (const key6 in data19) {
          if (!(key6 === 'patch' || key6 === 'minor' || key6 === 'major')) {
            const err58 = {
              instancePath: instancePath + '/types',
              schemaPath: '#/properties/types/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key6 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.types,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data19.patch !== void 0) {
          if (
            !validate23(data19.patch, {
              instancePath: instancePath + '/types/patch',
              parentData: data19,
              parentDataProperty: 'patch',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data19.minor !== void 0) {
          if (
            !validate23(data19.minor, {
              instancePath: instancePath + '/types/minor',
              parentData: data19,
              parentDataProperty: 'minor',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data19.major !== void 0) {
          if (
            !validate23(data19.major, {
              instancePath: instancePath + '/types/major',
              parentData: data19,
              parentDataProperty: 'major',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err59 = {
          instancePath: instancePath + '/types',
          schemaPath: '#/properties/types/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.types.type,
          parentSchema: schema31.properties.types,
          data: data19,
        };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.changes !== void 0) {
      let data23 = data.changes;
      if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
        for (const key7 in data23) {
          if (!(
            key7 === 'customer_facing' ||
            key7 === 'ui' ||
            key7 === 'security' ||
            key7 === 'database_migrations' ||
            key7 === 'breaking' ||
            key7 === 'infrastructure'
          )) {
            const err60 = {
              instancePath: instancePath + '/changes',
              schemaPath: '#/properties/changes/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key7 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.changes,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data23.customer_facing !== void 0) {
          if (
            !validate27(data23.customer_facing, {
              instancePath: instancePath + '/changes/customer_facing',
              parentData: data23,
              parentDataProperty: 'customer_facing',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
        if (data23.ui !== void 0) {
          if (
            !validate27(data23.ui, {
              instancePath: instancePath + '/changes/ui',
              parentData: data23,
              parentDataProperty: 'ui',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
        if (data23.security !== void 0) {
          if (
            !validate27(data23.security, {
              instancePath: instancePath + '/changes/security',
              parentData: data23,
              parentDataProperty: 'security',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
        if (data23.database_migrations !== void 0) {
          if (
            !validate27(data23.database_migrations, {
              instancePath: instancePath + '/changes/database_migrations',
              parentData: data23,
              parentDataProperty: 'database_migrations',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
        if (data23.breaking !== void 0) {
          if (
            !validate27(data23.breaking, {
              instancePath: instancePath + '/changes/breaking',
              parentData: data23,
              parentDataProperty: 'breaking',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
        if (data23.infrastructure !== void 0) {
          if (
            !validate27(data23.infrastructure, {
              instancePath: instancePath + '/changes/infrastructure',
              parentData: data23,
              parentDataProperty: 'infrastructure',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err61 = {
          instancePath: instancePath + '/changes',
          schemaPath: '#/properties/changes/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.changes.type,
          parentSchema: schema31.properties.changes,
          data: data23,
        };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.signoffs !== void 0) {
      let data30 = data.signoffs;
      if (data30 && typeof data30 == 'object' && !Array.isArray(data30)) {
        for (const key8 in data30) {
          if (!(key8 === 'max_age_days')) {
            const err62 = {
              instancePath: instancePath + '/signoffs',
              schemaPath: '#/properties/signoffs/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key8 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.signoffs,
              data: data30,
            };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data30.max_age_days !== void 0) {
          let data31 = data30.max_age_days;
          if (!(typeof data31 == 'number' && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
            const err63 = {
              instancePath: instancePath + '/signoffs/max_age_days',
              schemaPath: '#/properties/signoffs/properties/max_age_days/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema31.properties.signoffs.properties.max_age_days.type,
              parentSchema: schema31.properties.signoffs.properties.max_age_days,
              data: data31,
            };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          if (typeof data31 == 'number' && isFinite(data31)) {
            if (data31 > 365 || isNaN(data31)) {
              const err64 = {
                instancePath: instancePath + '/signoffs/max_age_days',
                schemaPath: '#/properties/signoffs/properties/max_age_days/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 365 },
                message: 'must be <= 365',
                schema: 365,
                parentSchema: schema31.properties.signoffs.properties.max_age_days,
                data: data31,
              };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data31 < 1 || isNaN(data31)) {
              const err65 = {
                instancePath: instancePath + '/signoffs/max_age_days',
                schemaPath: '#/properties/signoffs/properties/max_age_days/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema31.properties.signoffs.properties.max_age_days,
                data: data31,
              };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          }
        }
      } else {
        const err66 = {
          instancePath: instancePath + '/signoffs',
          schemaPath: '#/properties/signoffs/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.signoffs.type,
          parentSchema: schema31.properties.signoffs,
          data: data30,
        };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.deploy !== void 0) {
      let data32 = data.deploy;
      if (data32 && typeof data32 == 'object' && !Array.isArray(data32)) {
        for (const key9 in data32) {
          if (!(key9 === 'tolerance_days')) {
            const err67 = {
              instancePath: instancePath + '/deploy',
              schemaPath: '#/properties/deploy/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key9 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.deploy,
              data: data32,
            };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data32.tolerance_days !== void 0) {
          let data33 = data32.tolerance_days;
          if (!(typeof data33 == 'number' && !(data33 % 1) && !isNaN(data33) && isFinite(data33))) {
            const err68 = {
              instancePath: instancePath + '/deploy/tolerance_days',
              schemaPath: '#/properties/deploy/properties/tolerance_days/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema31.properties.deploy.properties.tolerance_days.type,
              parentSchema: schema31.properties.deploy.properties.tolerance_days,
              data: data33,
            };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          if (typeof data33 == 'number' && isFinite(data33)) {
            if (data33 > 365 || isNaN(data33)) {
              const err69 = {
                instancePath: instancePath + '/deploy/tolerance_days',
                schemaPath: '#/properties/deploy/properties/tolerance_days/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 365 },
                message: 'must be <= 365',
                schema: 365,
                parentSchema: schema31.properties.deploy.properties.tolerance_days,
                data: data33,
              };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            if (data33 < 0 || isNaN(data33)) {
              const err70 = {
                instancePath: instancePath + '/deploy/tolerance_days',
                schemaPath: '#/properties/deploy/properties/tolerance_days/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
                schema: 0,
                parentSchema: schema31.properties.deploy.properties.tolerance_days,
                data: data33,
              };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        }
      } else {
        const err71 = {
          instancePath: instancePath + '/deploy',
          schemaPath: '#/properties/deploy/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.deploy.type,
          parentSchema: schema31.properties.deploy,
          data: data32,
        };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data34 = data.notes;
      if (data34 && typeof data34 == 'object' && !Array.isArray(data34)) {
        for (const key10 in data34) {
          if (!(key10 === 'templates' || key10 === 'placeholders')) {
            const err72 = {
              instancePath: instancePath + '/notes',
              schemaPath: '#/properties/notes/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key10 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.notes,
              data: data34,
            };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data34.templates !== void 0) {
          let data35 = data34.templates;
          if (data35 && typeof data35 == 'object' && !Array.isArray(data35)) {
            for (const key11 in data35) {
              const _errs84 = errors;
              if (typeof key11 === 'string') {
                if (func2(key11) > 64) {
                  const err73 = {
                    instancePath: instancePath + '/notes/templates',
                    schemaPath: '#/$defs/slug/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 64 },
                    message: 'must NOT have more than 64 characters',
                    schema: 64,
                    parentSchema: schema32,
                    data: key11,
                    propertyName: key11,
                  };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
                if (!pattern4.test(key11)) {
                  const err74 = {
                    instancePath: instancePath + '/notes/templates',
                    schemaPath: '#/$defs/slug/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
                    message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
                    schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
                    parentSchema: schema32,
                    data: key11,
                    propertyName: key11,
                  };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              } else {
                const err75 = {
                  instancePath: instancePath + '/notes/templates',
                  schemaPath: '#/$defs/slug/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema32.type,
                  parentSchema: schema32,
                  data: key11,
                  propertyName: key11,
                };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
              var valid21 = _errs84 === errors;
              if (!valid21) {
                const err76 = {
                  instancePath: instancePath + '/notes/templates',
                  schemaPath: '#/properties/notes/properties/templates/propertyNames',
                  keyword: 'propertyNames',
                  params: { propertyName: key11 },
                  message: 'property name must be valid',
                  schema: schema31.properties.notes.properties.templates.propertyNames,
                  parentSchema: schema31.properties.notes.properties.templates,
                  data: data35,
                };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            for (const key12 in data35) {
              if (
                !validate34(data35[key12], {
                  instancePath:
                    instancePath + '/notes/templates/' + key12.replace(/~/g, '~0').replace(/\//g, '~1'),
                  parentData: data35,
                  parentDataProperty: key12,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err77 = {
              instancePath: instancePath + '/notes/templates',
              schemaPath: '#/properties/notes/properties/templates/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema31.properties.notes.properties.templates.type,
              parentSchema: schema31.properties.notes.properties.templates,
              data: data35,
            };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data34.placeholders !== void 0) {
          let data37 = data34.placeholders;
          if (Array.isArray(data37)) {
            const len0 = data37.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data38 = data37[i0];
              if (typeof data38 === 'string') {
                if (func2(data38) > 2e3) {
                  const err78 = {
                    instancePath: instancePath + '/notes/placeholders/' + i0,
                    schemaPath: '#/$defs/text/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 2e3 },
                    message: 'must NOT have more than 2000 characters',
                    schema: 2e3,
                    parentSchema: schema33,
                    data: data38,
                  };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                if (!pattern5.test(data38)) {
                  const err79 = {
                    instancePath: instancePath + '/notes/placeholders/' + i0,
                    schemaPath: '#/$defs/text/pattern',
                    keyword: 'pattern',
                    params: { pattern: '\\S' },
                    message: 'must match pattern "\\S"',
                    schema: '\\S',
                    parentSchema: schema33,
                    data: data38,
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
                  instancePath: instancePath + '/notes/placeholders/' + i0,
                  schemaPath: '#/$defs/text/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema33.type,
                  parentSchema: schema33,
                  data: data38,
                };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            let i1 = data37.length;
            let j0;
            if (i1 > 1) {
              outer0: for (; i1--;) {
                for (j0 = i1; j0--;) {
                  if (func0(data37[i1], data37[j0])) {
                    const err81 = {
                      instancePath: instancePath + '/notes/placeholders',
                      schemaPath: '#/properties/notes/properties/placeholders/uniqueItems',
                      keyword: 'uniqueItems',
                      params: { i: i1, j: j0 },
                      message:
                        'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                      schema: true,
                      parentSchema: schema31.properties.notes.properties.placeholders,
                      data: data37,
                    };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err82 = {
              instancePath: instancePath + '/notes/placeholders',
              schemaPath: '#/properties/notes/properties/placeholders/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema31.properties.notes.properties.placeholders.type,
              parentSchema: schema31.properties.notes.properties.placeholders,
              data: data37,
            };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
      } else {
        const err83 = {
          instancePath: instancePath + '/notes',
          schemaPath: '#/properties/notes/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.notes.type,
          parentSchema: schema31.properties.notes,
          data: data34,
        };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.incidents !== void 0) {
      let data39 = data.incidents;
      if (data39 && typeof data39 == 'object' && !Array.isArray(data39)) {
        for (const key13 in data39) {
          if (!(key13 === 'severities' || key13 === 'emergency')) {
            const err84 = {
              instancePath: instancePath + '/incidents',
              schemaPath: '#/properties/incidents/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key13 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.incidents,
              data: data39,
            };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data39.severities !== void 0) {
          let data40 = data39.severities;
          if (data40 && typeof data40 == 'object' && !Array.isArray(data40)) {
            for (const key14 in data40) {
              if (!(key14 === 'SEV1' || key14 === 'SEV2' || key14 === 'SEV3' || key14 === 'SEV4')) {
                const err85 = {
                  instancePath: instancePath + '/incidents/severities',
                  schemaPath: '#/properties/incidents/properties/severities/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key14 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema31.properties.incidents.properties.severities,
                  data: data40,
                };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data40.SEV1 !== void 0) {
              if (
                !validate36(data40.SEV1, {
                  instancePath: instancePath + '/incidents/severities/SEV1',
                  parentData: data40,
                  parentDataProperty: 'SEV1',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                errors = vErrors.length;
              }
            }
            if (data40.SEV2 !== void 0) {
              if (
                !validate36(data40.SEV2, {
                  instancePath: instancePath + '/incidents/severities/SEV2',
                  parentData: data40,
                  parentDataProperty: 'SEV2',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                errors = vErrors.length;
              }
            }
            if (data40.SEV3 !== void 0) {
              if (
                !validate36(data40.SEV3, {
                  instancePath: instancePath + '/incidents/severities/SEV3',
                  parentData: data40,
                  parentDataProperty: 'SEV3',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                errors = vErrors.length;
              }
            }
            if (data40.SEV4 !== void 0) {
              if (
                !validate36(data40.SEV4, {
                  instancePath: instancePath + '/incidents/severities/SEV4',
                  parentData: data40,
                  parentDataProperty: 'SEV4',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err86 = {
              instancePath: instancePath + '/incidents/severities',
              schemaPath: '#/properties/incidents/properties/severities/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema31.properties.incidents.properties.severities.type,
              parentSchema: schema31.properties.incidents.properties.severities,
              data: data40,
            };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data39.emergency !== void 0) {
          let data45 = data39.emergency;
          if (Array.isArray(data45)) {
            const len1 = data45.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data46 = data45[i2];
              if (typeof data46 !== 'string') {
                const err87 = {
                  instancePath: instancePath + '/incidents/emergency/' + i2,
                  schemaPath: '#/$defs/incidentSeverity/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema73.type,
                  parentSchema: schema73,
                  data: data46,
                };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
              if (!(data46 === 'SEV1' || data46 === 'SEV2' || data46 === 'SEV3' || data46 === 'SEV4')) {
                const err88 = {
                  instancePath: instancePath + '/incidents/emergency/' + i2,
                  schemaPath: '#/$defs/incidentSeverity/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema73.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema73.enum,
                  parentSchema: schema73,
                  data: data46,
                };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            let i3 = data45.length;
            let j1;
            if (i3 > 1) {
              outer1: for (; i3--;) {
                for (j1 = i3; j1--;) {
                  if (func0(data45[i3], data45[j1])) {
                    const err89 = {
                      instancePath: instancePath + '/incidents/emergency',
                      schemaPath: '#/properties/incidents/properties/emergency/uniqueItems',
                      keyword: 'uniqueItems',
                      params: { i: i3, j: j1 },
                      message:
                        'must NOT have duplicate items (items ## ' + j1 + ' and ' + i3 + ' are identical)',
                      schema: true,
                      parentSchema: schema31.properties.incidents.properties.emergency,
                      data: data45,
                    };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                    break outer1;
                  }
                }
              }
            }
          } else {
            const err90 = {
              instancePath: instancePath + '/incidents/emergency',
              schemaPath: '#/properties/incidents/properties/emergency/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema31.properties.incidents.properties.emergency.type,
              parentSchema: schema31.properties.incidents.properties.emergency,
              data: data45,
            };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
      } else {
        const err91 = {
          instancePath: instancePath + '/incidents',
          schemaPath: '#/properties/incidents/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.incidents.type,
          parentSchema: schema31.properties.incidents,
          data: data39,
        };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data47 = data.exceptions;
      if (data47 && typeof data47 == 'object' && !Array.isArray(data47)) {
        for (const key15 in data47) {
          if (!(key15 === 'max_days' || key15 === 'waivable')) {
            const err92 = {
              instancePath: instancePath + '/exceptions',
              schemaPath: '#/properties/exceptions/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key15 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.exceptions,
              data: data47,
            };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data47.max_days !== void 0) {
          let data48 = data47.max_days;
          if (!(typeof data48 == 'number' && !(data48 % 1) && !isNaN(data48) && isFinite(data48))) {
            const err93 = {
              instancePath: instancePath + '/exceptions/max_days',
              schemaPath: '#/properties/exceptions/properties/max_days/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema31.properties.exceptions.properties.max_days.type,
              parentSchema: schema31.properties.exceptions.properties.max_days,
              data: data48,
            };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
          if (typeof data48 == 'number' && isFinite(data48)) {
            if (data48 > 365 || isNaN(data48)) {
              const err94 = {
                instancePath: instancePath + '/exceptions/max_days',
                schemaPath: '#/properties/exceptions/properties/max_days/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 365 },
                message: 'must be <= 365',
                schema: 365,
                parentSchema: schema31.properties.exceptions.properties.max_days,
                data: data48,
              };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
            if (data48 < 1 || isNaN(data48)) {
              const err95 = {
                instancePath: instancePath + '/exceptions/max_days',
                schemaPath: '#/properties/exceptions/properties/max_days/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema31.properties.exceptions.properties.max_days,
                data: data48,
              };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
        }
        if (data47.waivable !== void 0) {
          let data49 = data47.waivable;
          if (data49 && typeof data49 == 'object' && !Array.isArray(data49)) {
            for (const key16 in data49) {
              const _errs116 = errors;
              if (typeof key16 !== 'string') {
                const err96 = {
                  instancePath: instancePath + '/exceptions/waivable',
                  schemaPath: '#/$defs/waivableRuleId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema74.type,
                  parentSchema: schema74,
                  data: key16,
                  propertyName: key16,
                };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
              if (!(
                key16 === 'version-bump' ||
                key16 === 'signoff-stale' ||
                key16 === 'blackout-window' ||
                key16 === 'lead-time' ||
                key16 === 'release-conflict' ||
                key16 === 'rollback-plan' ||
                key16 === 'deployment-strategy' ||
                key16 === 'notes-section' ||
                key16 === 'notes-placeholder' ||
                key16 === 'customer-communication'
              )) {
                const err97 = {
                  instancePath: instancePath + '/exceptions/waivable',
                  schemaPath: '#/$defs/waivableRuleId/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema74.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema74.enum,
                  parentSchema: schema74,
                  data: key16,
                  propertyName: key16,
                };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
              var valid35 = _errs116 === errors;
              if (!valid35) {
                const err98 = {
                  instancePath: instancePath + '/exceptions/waivable',
                  schemaPath: '#/properties/exceptions/properties/waivable/propertyNames',
                  keyword: 'propertyNames',
                  params: { propertyName: key16 },
                  message: 'property name must be valid',
                  schema: schema31.properties.exceptions.properties.waivable.propertyNames,
                  parentSchema: schema31.properties.exceptions.properties.waivable,
                  data: data49,
                };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            for (const key17 in data49) {
              if (
                !validate41(data49[key17], {
                  instancePath:
                    instancePath + '/exceptions/waivable/' + key17.replace(/~/g, '~0').replace(/\//g, '~1'),
                  parentData: data49,
                  parentDataProperty: key17,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err99 = {
              instancePath: instancePath + '/exceptions/waivable',
              schemaPath: '#/properties/exceptions/properties/waivable/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema31.properties.exceptions.properties.waivable.type,
              parentSchema: schema31.properties.exceptions.properties.waivable,
              data: data49,
            };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
      } else {
        const err100 = {
          instancePath: instancePath + '/exceptions',
          schemaPath: '#/properties/exceptions/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.exceptions.type,
          parentSchema: schema31.properties.exceptions,
          data: data47,
        };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data51 = data.severity;
      if (data51 && typeof data51 == 'object' && !Array.isArray(data51)) {
        for (const key18 in data51) {
          const _errs123 = errors;
          if (typeof key18 !== 'string') {
            const err101 = {
              instancePath: instancePath + '/severity',
              schemaPath: '#/$defs/adjustableRuleId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema77.type,
              parentSchema: schema77,
              data: key18,
              propertyName: key18,
            };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
          if (!(
            key18 === 'version-bump' ||
            key18 === 'signoff-required' ||
            key18 === 'signoff-stale' ||
            key18 === 'signoff-verified' ||
            key18 === 'blackout-window' ||
            key18 === 'lead-time' ||
            key18 === 'release-conflict' ||
            key18 === 'rollback-plan' ||
            key18 === 'deployment-strategy' ||
            key18 === 'notes-missing' ||
            key18 === 'notes-section' ||
            key18 === 'notes-placeholder' ||
            key18 === 'notes-mismatch' ||
            key18 === 'breaking-change' ||
            key18 === 'customer-communication' ||
            key18 === 'exception-invalid'
          )) {
            const err102 = {
              instancePath: instancePath + '/severity',
              schemaPath: '#/$defs/adjustableRuleId/enum',
              keyword: 'enum',
              params: { allowedValues: schema77.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema77.enum,
              parentSchema: schema77,
              data: key18,
              propertyName: key18,
            };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
          var valid38 = _errs123 === errors;
          if (!valid38) {
            const err103 = {
              instancePath: instancePath + '/severity',
              schemaPath: '#/properties/severity/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key18 },
              message: 'property name must be valid',
              schema: schema31.properties.severity.propertyNames,
              parentSchema: schema31.properties.severity,
              data: data51,
            };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        for (const key19 in data51) {
          let data52 = data51[key19];
          if (typeof data52 !== 'string') {
            const err104 = {
              instancePath: instancePath + '/severity/' + key19.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/severity/additionalProperties/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema31.properties.severity.additionalProperties.type,
              parentSchema: schema31.properties.severity.additionalProperties,
              data: data52,
            };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
          if (!(data52 === 'error' || data52 === 'warning' || data52 === 'off')) {
            const err105 = {
              instancePath: instancePath + '/severity/' + key19.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/severity/additionalProperties/enum',
              keyword: 'enum',
              params: { allowedValues: schema31.properties.severity.additionalProperties.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema31.properties.severity.additionalProperties.enum,
              parentSchema: schema31.properties.severity.additionalProperties,
              data: data52,
            };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
        }
      } else {
        const err106 = {
          instancePath: instancePath + '/severity',
          schemaPath: '#/properties/severity/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.severity.type,
          parentSchema: schema31.properties.severity,
          data: data51,
        };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
    if (data.calendar !== void 0) {
      let data53 = data.calendar;
      if (typeof data53 === 'string') {
        if (func2(data53) > 1024) {
          const err107 = {
            instancePath: instancePath + '/calendar',
            schemaPath: '#/$defs/relativePath/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
            message: 'must NOT have more than 1024 characters',
            schema: 1024,
            parentSchema: schema66,
            data: data53,
          };
          if (vErrors === null) {
            vErrors = [err107];
          } else {
            vErrors.push(err107);
          }
          errors++;
        }
        if (!pattern32.test(data53)) {
          const err108 = {
            instancePath: instancePath + '/calendar',
            schemaPath: '#/$defs/relativePath/pattern',
            keyword: 'pattern',
            params: { pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$' },
            message: 'must match pattern "^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$"',
            schema: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
            parentSchema: schema66,
            data: data53,
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
          instancePath: instancePath + '/calendar',
          schemaPath: '#/$defs/relativePath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema66.type,
          parentSchema: schema66,
          data: data53,
        };
        if (vErrors === null) {
          vErrors = [err109];
        } else {
          vErrors.push(err109);
        }
        errors++;
      }
    }
    if (data.releases !== void 0) {
      let data54 = data.releases;
      if (typeof data54 === 'string') {
        if (func2(data54) > 1024) {
          const err110 = {
            instancePath: instancePath + '/releases',
            schemaPath: '#/$defs/relativePath/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
            message: 'must NOT have more than 1024 characters',
            schema: 1024,
            parentSchema: schema66,
            data: data54,
          };
          if (vErrors === null) {
            vErrors = [err110];
          } else {
            vErrors.push(err110);
          }
          errors++;
        }
        if (!pattern32.test(data54)) {
          const err111 = {
            instancePath: instancePath + '/releases',
            schemaPath: '#/$defs/relativePath/pattern',
            keyword: 'pattern',
            params: { pattern: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$' },
            message: 'must match pattern "^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$"',
            schema: '^(?![/~])(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\r\\n]+$',
            parentSchema: schema66,
            data: data54,
          };
          if (vErrors === null) {
            vErrors = [err111];
          } else {
            vErrors.push(err111);
          }
          errors++;
        }
      } else {
        const err112 = {
          instancePath: instancePath + '/releases',
          schemaPath: '#/$defs/relativePath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema66.type,
          parentSchema: schema66,
          data: data54,
        };
        if (vErrors === null) {
          vErrors = [err112];
        } else {
          vErrors.push(err112);
        }
        errors++;
      }
    }
  } else {
    const err113 = {
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
      vErrors = [err113];
    } else {
      vErrors.push(err113);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export { policy_schema_default as schema, validate };
