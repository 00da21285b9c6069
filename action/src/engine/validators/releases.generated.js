// Generated from schemas/*.schema.json by scripts/gen-validators.ts (ajv standalone). Do not edit:
// run `npm run build` (or `node scripts/gen-validators.ts`). A test fails when it is out of date.
/* eslint-disable */
import { require_equal, require_formats, require_ucs2length } from './runtime-CXCKQDQB.generated.js';

// schemas/releases.schema.json
var releases_schema_default = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://octoacme.github.io/release-policy/schemas/releases.schema.json',
  title: 'Collected releases',
  description:
    "The planned releases of an organization, read by `release-policy collect` from every repository's release.yml through the GitHub API. `check --releases` and `calendar --releases` add them to the calendar's planned releases, so the calendar and the checks see what each repository says, without a hand-typed copy.",
  type: 'object',
  additionalProperties: false,
  required: ['org', 'collected_at', 'releases', 'problems'],
  properties: {
    $schema: {
      title: 'Schema URL',
      description: 'The URL of this schema. The checker ignores it.',
      type: 'string',
    },
    org: {
      title: 'Organization',
      description: 'The GitHub organization the releases were collected from.',
      type: 'string',
      pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
      maxLength: 39,
      examples: ['octoacme'],
    },
    collected_at: {
      $ref: '#/$defs/dateTime',
      title: 'Collected at',
      description: 'When the collection finished, RFC 3339 in UTC.',
      examples: ['2026-12-02T06:00:00Z'],
    },
    releases: {
      title: 'Releases',
      description:
        'One entry per release.yml that parsed and passed the schema, in a stable order (repository, then path, then pull request).',
      type: 'array',
      maxItems: 1e5,
      items: {
        $ref: '#/$defs/collectedRelease',
      },
    },
    problems: {
      title: 'Problems',
      description:
        'Files that were found but could not be read as a release: each with its place, so its team can fix it. A problem never fails the collection.',
      type: 'array',
      maxItems: 1e5,
      items: {
        $ref: '#/$defs/problem',
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
    githubUser: {
      title: 'a GitHub handle (like "@dana")',
      description:
        'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
      maxLength: 40,
      examples: ['@dana', '@carol-ops'],
    },
    releaseType: {
      title: 'a release type',
      description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
      type: 'string',
      enum: ['patch', 'minor', 'major'],
      examples: ['minor'],
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
    system: {
      title: 'a system (configuration item)',
      description:
        'A shared system a release touches, as maintenance windows and blackouts name it: a lowercase slug.',
      $ref: '#/$defs/slug',
      examples: ['payments-db'],
    },
    collectedRelease: {
      title: 'Collected release',
      description: "One repository's planned release, as its release.yml says it, with where it was read.",
      type: 'object',
      additionalProperties: false,
      required: ['product', 'version', 'type', 'date', 'depends_on', 'systems', 'source'],
      properties: {
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product released.',
          examples: ['payments-api'],
        },
        version: {
          $ref: '#/$defs/semver',
          title: 'Version',
          description: 'The version released.',
          examples: ['2.4.0'],
        },
        type: {
          $ref: '#/$defs/releaseType',
          title: 'Release type',
          description: 'patch, minor or major.',
          examples: ['minor'],
        },
        date: {
          $ref: '#/$defs/dateTime',
          title: 'Production deploy date',
          description: 'The planned start of the production deployment, RFC 3339 with its offset.',
          examples: ['2026-12-08T15:00:00-05:00'],
        },
        window_end: {
          $ref: '#/$defs/dateTime',
          title: 'Window end',
          description:
            'When the deployment is planned to be finished (exclusive), from `window.end`. Absent when the release.yml gives no window.',
          examples: ['2026-12-08T17:00:00-05:00'],
        },
        manager: {
          $ref: '#/$defs/githubUser',
          title: 'Release Manager',
          description: "GitHub handle of the release's Release Manager.",
          examples: ['@dana'],
        },
        depends_on: {
          title: 'Depends on',
          description: 'Releases of other products that must ship first.',
          type: 'array',
          maxItems: 1e3,
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
          description: 'The shared systems the release touches.',
          type: 'array',
          maxItems: 1e3,
          uniqueItems: true,
          items: {
            $ref: '#/$defs/system',
          },
          examples: [['payments-db']],
        },
        source: {
          $ref: '#/$defs/source',
        },
      },
      examples: [
        {
          product: 'payments-api',
          version: '2.4.0',
          type: 'minor',
          date: '2026-12-08T15:00:00-05:00',
          window_end: '2026-12-08T17:00:00-05:00',
          manager: '@dana',
          depends_on: [
            {
              product: 'ledger',
              version: '5.1.0',
            },
          ],
          systems: ['payments-db'],
          source: {
            repo: 'octoacme/payments',
            path: 'services/payments-api/release.yml',
            ref: 'main',
            sha: '3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c',
            url: 'https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml',
          },
        },
      ],
    },
    source: {
      title: 'Source',
      description: 'Where the release was read.',
      type: 'object',
      additionalProperties: false,
      required: ['repo', 'path', 'ref', 'sha', 'url'],
      properties: {
        repo: {
          title: 'Repository',
          description: 'owner/name.',
          type: 'string',
          pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$',
          examples: ['octoacme/payments'],
        },
        path: {
          title: 'Path',
          description: "The file's path in the repository.",
          type: 'string',
          minLength: 1,
          maxLength: 4096,
          examples: ['services/payments-api/release.yml'],
        },
        ref: {
          title: 'Ref',
          description: "The branch read: the default branch, or the pull request's head branch.",
          type: 'string',
          minLength: 1,
          maxLength: 255,
          examples: ['main'],
        },
        sha: {
          title: 'Blob SHA',
          description: 'The git blob SHA of the file read.',
          type: 'string',
          pattern: '^[0-9a-f]{40}(?:[0-9a-f]{24})?$',
          examples: ['3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c'],
        },
        url: {
          title: 'URL',
          description: 'The file on GitHub.',
          type: 'string',
          format: 'uri',
          pattern: '^https?://',
          maxLength: 8192,
          examples: ['https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml'],
        },
        pull: {
          title: 'Pull request',
          description:
            'The open pull request whose head proposes this release (with `--include-pulls`). A proposed release, not a planned one.',
          type: 'integer',
          minimum: 1,
          examples: [412],
        },
      },
    },
    problem: {
      title: 'Problem',
      description:
        'A file that was found but could not be read as a release, or a repository whose files could not be listed (its tree, its pull requests): that one has no `path`, `line` or `column`.',
      type: 'object',
      additionalProperties: false,
      required: ['repo', 'rule', 'message'],
      dependentRequired: { path: ['line', 'column'], line: ['path'], column: ['path'] },
      properties: {
        repo: {
          title: 'Repository',
          type: 'string',
          description: 'owner/name.',
          examples: ['octoacme/search'],
        },
        path: {
          title: 'Path',
          type: 'string',
          description:
            "The file's path in the repository. Absent when the repository itself (its tree, or its pull requests when `pull` is absent too) could not be read, or a pull request's files could not be listed (`pull` given).",
          examples: ['release.yml'],
        },
        pull: {
          title: 'Pull request',
          type: 'integer',
          minimum: 1,
          description: 'The pull request the file was read from, if any.',
        },
        line: {
          title: 'Line',
          type: 'integer',
          minimum: 1,
          description: '1-based line.',
        },
        column: {
          title: 'Column',
          type: 'integer',
          minimum: 1,
          description: '1-based column.',
        },
        rule: {
          title: 'Rule',
          type: 'string',
          description:
            "What failed: `yaml-syntax`, `schema`, or `unreadable` when the file could not be fetched or is too large, or the repository's files could not be listed.",
          examples: ['schema'],
        },
        message: {
          title: 'Message',
          type: 'string',
          description: 'What is wrong, in one line.',
        },
      },
      examples: [
        {
          repo: 'octoacme/search',
          path: 'release.yml',
          line: 4,
          column: 7,
          rule: 'schema',
          message: '`version` must be a SemVer version like 2.4.0.',
        },
        {
          repo: 'octoacme/ledger',
          rule: 'unreadable',
          message: 'GitHub answered 500 when asked to read the files of octoacme/ledger',
        },
      ],
    },
  },
  examples: [
    {
      org: 'octoacme',
      collected_at: '2026-12-02T06:00:00Z',
      releases: [
        {
          product: 'payments-api',
          version: '2.4.0',
          type: 'minor',
          date: '2026-12-08T15:00:00-05:00',
          window_end: '2026-12-08T17:00:00-05:00',
          manager: '@dana',
          depends_on: [
            {
              product: 'ledger',
              version: '5.1.0',
            },
          ],
          systems: ['payments-db'],
          source: {
            repo: 'octoacme/payments',
            path: 'services/payments-api/release.yml',
            ref: 'main',
            sha: '3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c',
            url: 'https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml',
          },
        },
      ],
      problems: [
        {
          repo: 'octoacme/search',
          path: 'release.yml',
          line: 4,
          column: 7,
          rule: 'schema',
          message: '`version` must be a SemVer version like 2.4.0.',
        },
      ],
    },
  ],
};

// validator:validator:releases
var validate = validate20;
var schema31 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://octoacme.github.io/release-policy/schemas/releases.schema.json',
  title: 'Collected releases',
  description:
    "The planned releases of an organization, read by `release-policy collect` from every repository's release.yml through the GitHub API. `check --releases` and `calendar --releases` add them to the calendar's planned releases, so the calendar and the checks see what each repository says, without a hand-typed copy.",
  type: 'object',
  additionalProperties: false,
  required: ['org', 'collected_at', 'releases', 'problems'],
  properties: {
    $schema: {
      title: 'Schema URL',
      description: 'The URL of this schema. The checker ignores it.',
      type: 'string',
    },
    org: {
      title: 'Organization',
      description: 'The GitHub organization the releases were collected from.',
      type: 'string',
      pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
      maxLength: 39,
      examples: ['octoacme'],
    },
    collected_at: {
      $ref: '#/$defs/dateTime',
      title: 'Collected at',
      description: 'When the collection finished, RFC 3339 in UTC.',
      examples: ['2026-12-02T06:00:00Z'],
    },
    releases: {
      title: 'Releases',
      description:
        'One entry per release.yml that parsed and passed the schema, in a stable order (repository, then path, then pull request).',
      type: 'array',
      maxItems: 1e5,
      items: { $ref: '#/$defs/collectedRelease' },
    },
    problems: {
      title: 'Problems',
      description:
        'Files that were found but could not be read as a release: each with its place, so its team can fix it. A problem never fails the collection.',
      type: 'array',
      maxItems: 1e5,
      items: { $ref: '#/$defs/problem' },
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
    githubUser: {
      title: 'a GitHub handle (like "@dana")',
      description:
        'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
      type: 'string',
      pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
      maxLength: 40,
      examples: ['@dana', '@carol-ops'],
    },
    releaseType: {
      title: 'a release type',
      description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
      type: 'string',
      enum: ['patch', 'minor', 'major'],
      examples: ['minor'],
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
    system: {
      title: 'a system (configuration item)',
      description:
        'A shared system a release touches, as maintenance windows and blackouts name it: a lowercase slug.',
      $ref: '#/$defs/slug',
      examples: ['payments-db'],
    },
    collectedRelease: {
      title: 'Collected release',
      description: "One repository's planned release, as its release.yml says it, with where it was read.",
      type: 'object',
      additionalProperties: false,
      required: ['product', 'version', 'type', 'date', 'depends_on', 'systems', 'source'],
      properties: {
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product released.',
          examples: ['payments-api'],
        },
        version: {
          $ref: '#/$defs/semver',
          title: 'Version',
          description: 'The version released.',
          examples: ['2.4.0'],
        },
        type: {
          $ref: '#/$defs/releaseType',
          title: 'Release type',
          description: 'patch, minor or major.',
          examples: ['minor'],
        },
        date: {
          $ref: '#/$defs/dateTime',
          title: 'Production deploy date',
          description: 'The planned start of the production deployment, RFC 3339 with its offset.',
          examples: ['2026-12-08T15:00:00-05:00'],
        },
        window_end: {
          $ref: '#/$defs/dateTime',
          title: 'Window end',
          description:
            'When the deployment is planned to be finished (exclusive), from `window.end`. Absent when the release.yml gives no window.',
          examples: ['2026-12-08T17:00:00-05:00'],
        },
        manager: {
          $ref: '#/$defs/githubUser',
          title: 'Release Manager',
          description: "GitHub handle of the release's Release Manager.",
          examples: ['@dana'],
        },
        depends_on: {
          title: 'Depends on',
          description: 'Releases of other products that must ship first.',
          type: 'array',
          maxItems: 1e3,
          items: { $ref: '#/$defs/dependency' },
          examples: [[{ product: 'ledger', version: '5.1.0' }]],
        },
        systems: {
          title: 'Systems',
          description: 'The shared systems the release touches.',
          type: 'array',
          maxItems: 1e3,
          uniqueItems: true,
          items: { $ref: '#/$defs/system' },
          examples: [['payments-db']],
        },
        source: { $ref: '#/$defs/source' },
      },
      examples: [
        {
          product: 'payments-api',
          version: '2.4.0',
          type: 'minor',
          date: '2026-12-08T15:00:00-05:00',
          window_end: '2026-12-08T17:00:00-05:00',
          manager: '@dana',
          depends_on: [{ product: 'ledger', version: '5.1.0' }],
          systems: ['payments-db'],
          source: {
            repo: 'octoacme/payments',
            path: 'services/payments-api/release.yml',
            ref: 'main',
            sha: '3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c',
            url: 'https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml',
          },
        },
      ],
    },
    source: {
      title: 'Source',
      description: 'Where the release was read.',
      type: 'object',
      additionalProperties: false,
      required: ['repo', 'path', 'ref', 'sha', 'url'],
      properties: {
        repo: {
          title: 'Repository',
          description: 'owner/name.',
          type: 'string',
          pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$',
          examples: ['octoacme/payments'],
        },
        path: {
          title: 'Path',
          description: "The file's path in the repository.",
          type: 'string',
          minLength: 1,
          maxLength: 4096,
          examples: ['services/payments-api/release.yml'],
        },
        ref: {
          title: 'Ref',
          description: "The branch read: the default branch, or the pull request's head branch.",
          type: 'string',
          minLength: 1,
          maxLength: 255,
          examples: ['main'],
        },
        sha: {
          title: 'Blob SHA',
          description: 'The git blob SHA of the file read.',
          type: 'string',
          pattern: '^[0-9a-f]{40}(?:[0-9a-f]{24})?$',
          examples: ['3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c'],
        },
        url: {
          title: 'URL',
          description: 'The file on GitHub.',
          type: 'string',
          format: 'uri',
          pattern: '^https?://',
          maxLength: 8192,
          examples: ['https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml'],
        },
        pull: {
          title: 'Pull request',
          description:
            'The open pull request whose head proposes this release (with `--include-pulls`). A proposed release, not a planned one.',
          type: 'integer',
          minimum: 1,
          examples: [412],
        },
      },
    },
    problem: {
      title: 'Problem',
      description:
        'A file that was found but could not be read as a release, or a repository whose files could not be listed (its tree, its pull requests): that one has no `path`, `line` or `column`.',
      type: 'object',
      additionalProperties: false,
      required: ['repo', 'rule', 'message'],
      dependentRequired: { path: ['line', 'column'], line: ['path'], column: ['path'] },
      properties: {
        repo: {
          title: 'Repository',
          type: 'string',
          description: 'owner/name.',
          examples: ['octoacme/search'],
        },
        path: {
          title: 'Path',
          type: 'string',
          description:
            "The file's path in the repository. Absent when the repository itself (its tree, or its pull requests when `pull` is absent too) could not be read, or a pull request's files could not be listed (`pull` given).",
          examples: ['release.yml'],
        },
        pull: {
          title: 'Pull request',
          type: 'integer',
          minimum: 1,
          description: 'The pull request the file was read from, if any.',
        },
        line: { title: 'Line', type: 'integer', minimum: 1, description: '1-based line.' },
        column: { title: 'Column', type: 'integer', minimum: 1, description: '1-based column.' },
        rule: {
          title: 'Rule',
          type: 'string',
          description:
            "What failed: `yaml-syntax`, `schema`, or `unreadable` when the file could not be fetched or is too large, or the repository's files could not be listed.",
          examples: ['schema'],
        },
        message: { title: 'Message', type: 'string', description: 'What is wrong, in one line.' },
      },
      examples: [
        {
          repo: 'octoacme/search',
          path: 'release.yml',
          line: 4,
          column: 7,
          rule: 'schema',
          message: '`version` must be a SemVer version like 2.4.0.',
        },
        {
          repo: 'octoacme/ledger',
          rule: 'unreadable',
          message: 'GitHub answered 500 when asked to read the files of octoacme/ledger',
        },
      ],
    },
  },
  examples: [
    {
      org: 'octoacme',
      collected_at: '2026-12-02T06:00:00Z',
      releases: [
        {
          product: 'payments-api',
          version: '2.4.0',
          type: 'minor',
          date: '2026-12-08T15:00:00-05:00',
          window_end: '2026-12-08T17:00:00-05:00',
          manager: '@dana',
          depends_on: [{ product: 'ledger', version: '5.1.0' }],
          systems: ['payments-db'],
          source: {
            repo: 'octoacme/payments',
            path: 'services/payments-api/release.yml',
            ref: 'main',
            sha: '3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c',
            url: 'https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml',
          },
        },
      ],
      problems: [
        {
          repo: 'octoacme/search',
          path: 'release.yml',
          line: 4,
          column: 7,
          rule: 'schema',
          message: '`version` must be a SemVer version like 2.4.0.',
        },
      ],
    },
  ],
};
var schema32 = {
  title: 'an RFC 3339 date-time with its UTC offset (like 2026-12-08T15:00:00-05:00)',
  description:
    'YYYY-MM-DDTHH:MM:SS, optional fractional seconds, then Z or \xB1hh:mm. The offset is required: a time without one is ambiguous.',
  type: 'string',
  pattern:
    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
  format: 'date-time',
  examples: ['2026-12-08T15:00:00-05:00', '2026-12-08T20:00:00Z'],
};
var schema45 = {
  title: 'Problem',
  description:
    'A file that was found but could not be read as a release, or a repository whose files could not be listed (its tree, its pull requests): that one has no `path`, `line` or `column`.',
  type: 'object',
  additionalProperties: false,
  required: ['repo', 'rule', 'message'],
  dependentRequired: { path: ['line', 'column'], line: ['path'], column: ['path'] },
  properties: {
    repo: { title: 'Repository', type: 'string', description: 'owner/name.', examples: ['octoacme/search'] },
    path: {
      title: 'Path',
      type: 'string',
      description:
        "The file's path in the repository. Absent when the repository itself (its tree, or its pull requests when `pull` is absent too) could not be read, or a pull request's files could not be listed (`pull` given).",
      examples: ['release.yml'],
    },
    pull: {
      title: 'Pull request',
      type: 'integer',
      minimum: 1,
      description: 'The pull request the file was read from, if any.',
    },
    line: { title: 'Line', type: 'integer', minimum: 1, description: '1-based line.' },
    column: { title: 'Column', type: 'integer', minimum: 1, description: '1-based column.' },
    rule: {
      title: 'Rule',
      type: 'string',
      description:
        "What failed: `yaml-syntax`, `schema`, or `unreadable` when the file could not be fetched or is too large, or the repository's files could not be listed.",
      examples: ['schema'],
    },
    message: { title: 'Message', type: 'string', description: 'What is wrong, in one line.' },
  },
  examples: [
    {
      repo: 'octoacme/search',
      path: 'release.yml',
      line: 4,
      column: 7,
      rule: 'schema',
      message: '`version` must be a SemVer version like 2.4.0.',
    },
    {
      repo: 'octoacme/ledger',
      rule: 'unreadable',
      message: 'GitHub answered 500 when asked to read the files of octoacme/ledger',
    },
  ],
};
var func1 = require_ucs2length().default;
var pattern4 = new RegExp('^[A-Za-z0-9](?:-?[A-Za-z0-9])*$', 'u');
var pattern5 = new RegExp(
  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
  'u',
);
var formats0 = require_formats().fullFormats['date-time'];
var schema33 = {
  title: 'Collected release',
  description: "One repository's planned release, as its release.yml says it, with where it was read.",
  type: 'object',
  additionalProperties: false,
  required: ['product', 'version', 'type', 'date', 'depends_on', 'systems', 'source'],
  properties: {
    product: {
      $ref: '#/$defs/slug',
      title: 'Product',
      description: 'The product released.',
      examples: ['payments-api'],
    },
    version: {
      $ref: '#/$defs/semver',
      title: 'Version',
      description: 'The version released.',
      examples: ['2.4.0'],
    },
    type: {
      $ref: '#/$defs/releaseType',
      title: 'Release type',
      description: 'patch, minor or major.',
      examples: ['minor'],
    },
    date: {
      $ref: '#/$defs/dateTime',
      title: 'Production deploy date',
      description: 'The planned start of the production deployment, RFC 3339 with its offset.',
      examples: ['2026-12-08T15:00:00-05:00'],
    },
    window_end: {
      $ref: '#/$defs/dateTime',
      title: 'Window end',
      description:
        'When the deployment is planned to be finished (exclusive), from `window.end`. Absent when the release.yml gives no window.',
      examples: ['2026-12-08T17:00:00-05:00'],
    },
    manager: {
      $ref: '#/$defs/githubUser',
      title: 'Release Manager',
      description: "GitHub handle of the release's Release Manager.",
      examples: ['@dana'],
    },
    depends_on: {
      title: 'Depends on',
      description: 'Releases of other products that must ship first.',
      type: 'array',
      maxItems: 1e3,
      items: { $ref: '#/$defs/dependency' },
      examples: [[{ product: 'ledger', version: '5.1.0' }]],
    },
    systems: {
      title: 'Systems',
      description: 'The shared systems the release touches.',
      type: 'array',
      maxItems: 1e3,
      uniqueItems: true,
      items: { $ref: '#/$defs/system' },
      examples: [['payments-db']],
    },
    source: { $ref: '#/$defs/source' },
  },
  examples: [
    {
      product: 'payments-api',
      version: '2.4.0',
      type: 'minor',
      date: '2026-12-08T15:00:00-05:00',
      window_end: '2026-12-08T17:00:00-05:00',
      manager: '@dana',
      depends_on: [{ product: 'ledger', version: '5.1.0' }],
      systems: ['payments-db'],
      source: {
        repo: 'octoacme/payments',
        path: 'services/payments-api/release.yml',
        ref: 'main',
        sha: '3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c',
        url: 'https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml',
      },
    },
  ],
};
var schema34 = {
  title: 'a lowercase slug (letters, digits and single hyphens)',
  description: 'Lowercase letters and digits, words joined by single hyphens, at most 64 characters.',
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['payments-api', 'ledger', 'checkout-web'],
};
var schema35 = {
  title: 'a SemVer 2.0.0 version string (like "2.4.0", without a leading "v")',
  description:
    'MAJOR.MINOR.PATCH with optional -pre-release and +build parts, exactly as https://semver.org/spec/v2.0.0.html defines it (its official regular expression). Quote it in YAML: 1.10 unquoted is the number 1.1.',
  type: 'string',
  pattern:
    '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
  maxLength: 256,
  examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
};
var schema36 = {
  title: 'a release type',
  description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
  type: 'string',
  enum: ['patch', 'minor', 'major'],
  examples: ['minor'],
};
var schema39 = {
  title: 'a GitHub handle (like "@dana")',
  description: 'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
  type: 'string',
  pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
  maxLength: 40,
  examples: ['@dana', '@carol-ops'],
};
var schema44 = {
  title: 'Source',
  description: 'Where the release was read.',
  type: 'object',
  additionalProperties: false,
  required: ['repo', 'path', 'ref', 'sha', 'url'],
  properties: {
    repo: {
      title: 'Repository',
      description: 'owner/name.',
      type: 'string',
      pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$',
      examples: ['octoacme/payments'],
    },
    path: {
      title: 'Path',
      description: "The file's path in the repository.",
      type: 'string',
      minLength: 1,
      maxLength: 4096,
      examples: ['services/payments-api/release.yml'],
    },
    ref: {
      title: 'Ref',
      description: "The branch read: the default branch, or the pull request's head branch.",
      type: 'string',
      minLength: 1,
      maxLength: 255,
      examples: ['main'],
    },
    sha: {
      title: 'Blob SHA',
      description: 'The git blob SHA of the file read.',
      type: 'string',
      pattern: '^[0-9a-f]{40}(?:[0-9a-f]{24})?$',
      examples: ['3f2a9c1d4b5e6f708192a3b4c5d6e7f8091a2b3c'],
    },
    url: {
      title: 'URL',
      description: 'The file on GitHub.',
      type: 'string',
      format: 'uri',
      pattern: '^https?://',
      maxLength: 8192,
      examples: ['https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml'],
    },
    pull: {
      title: 'Pull request',
      description:
        'The open pull request whose head proposes this release (with `--include-pulls`). A proposed release, not a planned one.',
      type: 'integer',
      minimum: 1,
      examples: [412],
    },
  },
};
var func2 = Object.prototype.hasOwnProperty;
var func0 = require_equal().default;
var pattern6 = new RegExp('^[a-z0-9]+(?:-[a-z0-9]+)*$', 'u');
var pattern7 = new RegExp(
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
  'u',
);
var pattern10 = new RegExp('^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$', 'u');
var pattern14 = new RegExp('^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$', 'u');
var pattern15 = new RegExp('^[0-9a-f]{40}(?:[0-9a-f]{24})?$', 'u');
var pattern16 = new RegExp('^https?://', 'u');
var formats6 = require_formats().fullFormats.uri;
var schema40 = {
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
function validate22(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
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
        schema: schema40.required,
        parentSchema: schema40,
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
        schema: schema40.required,
        parentSchema: schema40,
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
          parentSchema: schema40,
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
        if (func1(data0) > 64) {
          const err3 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema34,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern6.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema34,
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
          schema: schema34.type,
          parentSchema: schema34,
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
        if (func1(data1) > 256) {
          const err6 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema35,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern7.test(data1)) {
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
            parentSchema: schema35,
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
          schema: schema35.type,
          parentSchema: schema35,
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
      schema: schema40.type,
      parentSchema: schema40,
      data,
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
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
    if (data.product === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'product' },
        message: "must have required property 'product'",
        schema: schema33.required,
        parentSchema: schema33,
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
        schema: schema33.required,
        parentSchema: schema33,
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
        schema: schema33.required,
        parentSchema: schema33,
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
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.depends_on === void 0) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'depends_on' },
        message: "must have required property 'depends_on'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.systems === void 0) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'systems' },
        message: "must have required property 'systems'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'source' },
        message: "must have required property 'source'",
        schema: schema33.required,
        parentSchema: schema33,
        data,
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema33.properties, key0)) {
        const err7 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema33,
          data,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      let data0 = data.product;
      if (typeof data0 === 'string') {
        if (func1(data0) > 64) {
          const err8 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema34,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern6.test(data0)) {
          const err9 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema34,
            data: data0,
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
          instancePath: instancePath + '/product',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema34.type,
          parentSchema: schema34,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === 'string') {
        if (func1(data1) > 256) {
          const err11 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema35,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern7.test(data1)) {
          const err12 = {
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
            parentSchema: schema35,
            data: data1,
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
          instancePath: instancePath + '/version',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema35.type,
          parentSchema: schema35,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data2 = data.type;
      if (typeof data2 !== 'string') {
        const err14 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/$defs/releaseType/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.type,
          parentSchema: schema36,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data2 === 'patch' || data2 === 'minor' || data2 === 'major')) {
        const err15 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/$defs/releaseType/enum',
          keyword: 'enum',
          params: { allowedValues: schema36.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema36.enum,
          parentSchema: schema36,
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
    if (data.date !== void 0) {
      let data3 = data.date;
      if (typeof data3 === 'string') {
        if (!pattern5.test(data3)) {
          const err16 = {
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
            parentSchema: schema32,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!formats0.validate(data3)) {
          const err17 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/dateTime/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "date-time"',
            schema: 'date-time',
            parentSchema: schema32,
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
          instancePath: instancePath + '/date',
          schemaPath: '#/$defs/dateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
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
    if (data.window_end !== void 0) {
      let data4 = data.window_end;
      if (typeof data4 === 'string') {
        if (!pattern5.test(data4)) {
          const err19 = {
            instancePath: instancePath + '/window_end',
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
            parentSchema: schema32,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!formats0.validate(data4)) {
          const err20 = {
            instancePath: instancePath + '/window_end',
            schemaPath: '#/$defs/dateTime/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "date-time"',
            schema: 'date-time',
            parentSchema: schema32,
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
          instancePath: instancePath + '/window_end',
          schemaPath: '#/$defs/dateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
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
    if (data.manager !== void 0) {
      let data5 = data.manager;
      if (typeof data5 === 'string') {
        if (func1(data5) > 40) {
          const err22 = {
            instancePath: instancePath + '/manager',
            schemaPath: '#/$defs/githubUser/maxLength',
            keyword: 'maxLength',
            params: { limit: 40 },
            message: 'must NOT have more than 40 characters',
            schema: 40,
            parentSchema: schema39,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (!pattern10.test(data5)) {
          const err23 = {
            instancePath: instancePath + '/manager',
            schemaPath: '#/$defs/githubUser/pattern',
            keyword: 'pattern',
            params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$' },
            message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$"',
            schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
            parentSchema: schema39,
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
          instancePath: instancePath + '/manager',
          schemaPath: '#/$defs/githubUser/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
          parentSchema: schema39,
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
    if (data.depends_on !== void 0) {
      let data6 = data.depends_on;
      if (Array.isArray(data6)) {
        if (data6.length > 1e3) {
          const err25 = {
            instancePath: instancePath + '/depends_on',
            schemaPath: '#/properties/depends_on/maxItems',
            keyword: 'maxItems',
            params: { limit: 1e3 },
            message: 'must NOT have more than 1000 items',
            schema: 1e3,
            parentSchema: schema33.properties.depends_on,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate22(data6[i0], {
              instancePath: instancePath + '/depends_on/' + i0,
              parentData: data6,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/depends_on',
          schemaPath: '#/properties/depends_on/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema33.properties.depends_on.type,
          parentSchema: schema33.properties.depends_on,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.systems !== void 0) {
      let data8 = data.systems;
      if (Array.isArray(data8)) {
        if (data8.length > 1e3) {
          const err27 = {
            instancePath: instancePath + '/systems',
            schemaPath: '#/properties/systems/maxItems',
            keyword: 'maxItems',
            params: { limit: 1e3 },
            message: 'must NOT have more than 1000 items',
            schema: 1e3,
            parentSchema: schema33.properties.systems,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (typeof data9 === 'string') {
            if (func1(data9) > 64) {
              const err28 = {
                instancePath: instancePath + '/systems/' + i1,
                schemaPath: '#/$defs/system/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema34,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (!pattern6.test(data9)) {
              const err29 = {
                instancePath: instancePath + '/systems/' + i1,
                schemaPath: '#/$defs/system/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
                schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
                parentSchema: schema34,
                data: data9,
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
              instancePath: instancePath + '/systems/' + i1,
              schemaPath: '#/$defs/system/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema34.type,
              parentSchema: schema34,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        let i2 = data8.length;
        let j0;
        if (i2 > 1) {
          outer0: for (; i2--;) {
            for (j0 = i2; j0--;) {
              if (func0(data8[i2], data8[j0])) {
                const err31 = {
                  instancePath: instancePath + '/systems',
                  schemaPath: '#/properties/systems/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i2, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i2 + ' are identical)',
                  schema: true,
                  parentSchema: schema33.properties.systems,
                  data: data8,
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/systems',
          schemaPath: '#/properties/systems/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema33.properties.systems.type,
          parentSchema: schema33.properties.systems,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data10 = data.source;
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        if (data10.repo === void 0) {
          const err33 = {
            instancePath: instancePath + '/source',
            schemaPath: '#/$defs/source/required',
            keyword: 'required',
            params: { missingProperty: 'repo' },
            message: "must have required property 'repo'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data10.path === void 0) {
          const err34 = {
            instancePath: instancePath + '/source',
            schemaPath: '#/$defs/source/required',
            keyword: 'required',
            params: { missingProperty: 'path' },
            message: "must have required property 'path'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data10.ref === void 0) {
          const err35 = {
            instancePath: instancePath + '/source',
            schemaPath: '#/$defs/source/required',
            keyword: 'required',
            params: { missingProperty: 'ref' },
            message: "must have required property 'ref'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data10.sha === void 0) {
          const err36 = {
            instancePath: instancePath + '/source',
            schemaPath: '#/$defs/source/required',
            keyword: 'required',
            params: { missingProperty: 'sha' },
            message: "must have required property 'sha'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data10.url === void 0) {
          const err37 = {
            instancePath: instancePath + '/source',
            schemaPath: '#/$defs/source/required',
            keyword: 'required',
            params: { missingProperty: 'url' },
            message: "must have required property 'url'",
            schema: schema44.required,
            parentSchema: schema44,
            data: data10,
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        for (const key1 in data10) {
          if (!(
            key1 === 'repo' ||
            key1 === 'path' ||
            key1 === 'ref' ||
            key1 === 'sha' ||
            key1 === 'url' ||
            key1 === 'pull'
          )) {
            const err38 = {
              instancePath: instancePath + '/source',
              schemaPath: '#/$defs/source/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema44,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data10.repo !== void 0) {
          let data11 = data10.repo;
          if (typeof data11 === 'string') {
            if (!pattern14.test(data11)) {
              const err39 = {
                instancePath: instancePath + '/source/repo',
                schemaPath: '#/$defs/source/properties/repo/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$' },
                message: 'must match pattern "^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$"',
                schema: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}$',
                parentSchema: schema44.properties.repo,
                data: data11,
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
              instancePath: instancePath + '/source/repo',
              schemaPath: '#/$defs/source/properties/repo/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema44.properties.repo.type,
              parentSchema: schema44.properties.repo,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data10.path !== void 0) {
          let data12 = data10.path;
          if (typeof data12 === 'string') {
            if (func1(data12) > 4096) {
              const err41 = {
                instancePath: instancePath + '/source/path',
                schemaPath: '#/$defs/source/properties/path/maxLength',
                keyword: 'maxLength',
                params: { limit: 4096 },
                message: 'must NOT have more than 4096 characters',
                schema: 4096,
                parentSchema: schema44.properties.path,
                data: data12,
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (func1(data12) < 1) {
              const err42 = {
                instancePath: instancePath + '/source/path',
                schemaPath: '#/$defs/source/properties/path/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema44.properties.path,
                data: data12,
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
              instancePath: instancePath + '/source/path',
              schemaPath: '#/$defs/source/properties/path/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema44.properties.path.type,
              parentSchema: schema44.properties.path,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data10.ref !== void 0) {
          let data13 = data10.ref;
          if (typeof data13 === 'string') {
            if (func1(data13) > 255) {
              const err44 = {
                instancePath: instancePath + '/source/ref',
                schemaPath: '#/$defs/source/properties/ref/maxLength',
                keyword: 'maxLength',
                params: { limit: 255 },
                message: 'must NOT have more than 255 characters',
                schema: 255,
                parentSchema: schema44.properties.ref,
                data: data13,
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (func1(data13) < 1) {
              const err45 = {
                instancePath: instancePath + '/source/ref',
                schemaPath: '#/$defs/source/properties/ref/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema44.properties.ref,
                data: data13,
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
              instancePath: instancePath + '/source/ref',
              schemaPath: '#/$defs/source/properties/ref/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema44.properties.ref.type,
              parentSchema: schema44.properties.ref,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data10.sha !== void 0) {
          let data14 = data10.sha;
          if (typeof data14 === 'string') {
            if (!pattern15.test(data14)) {
              const err47 = {
                instancePath: instancePath + '/source/sha',
                schemaPath: '#/$defs/source/properties/sha/pattern',
                keyword: 'pattern',
                params: { pattern: '^[0-9a-f]{40}(?:[0-9a-f]{24})?$' },
                message: 'must match pattern "^[0-9a-f]{40}(?:[0-9a-f]{24})?$"',
                schema: '^[0-9a-f]{40}(?:[0-9a-f]{24})?$',
                parentSchema: schema44.properties.sha,
                data: data14,
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = {
              instancePath: instancePath + '/source/sha',
              schemaPath: '#/$defs/source/properties/sha/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema44.properties.sha.type,
              parentSchema: schema44.properties.sha,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data10.url !== void 0) {
          let data15 = data10.url;
          if (typeof data15 === 'string') {
            if (func1(data15) > 8192) {
              const err49 = {
                instancePath: instancePath + '/source/url',
                schemaPath: '#/$defs/source/properties/url/maxLength',
                keyword: 'maxLength',
                params: { limit: 8192 },
                message: 'must NOT have more than 8192 characters',
                schema: 8192,
                parentSchema: schema44.properties.url,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (!pattern16.test(data15)) {
              const err50 = {
                instancePath: instancePath + '/source/url',
                schemaPath: '#/$defs/source/properties/url/pattern',
                keyword: 'pattern',
                params: { pattern: '^https?://' },
                message: 'must match pattern "^https?://"',
                schema: '^https?://',
                parentSchema: schema44.properties.url,
                data: data15,
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (!formats6(data15)) {
              const err51 = {
                instancePath: instancePath + '/source/url',
                schemaPath: '#/$defs/source/properties/url/format',
                keyword: 'format',
                params: { format: 'uri' },
                message: 'must match format "uri"',
                schema: 'uri',
                parentSchema: schema44.properties.url,
                data: data15,
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
              instancePath: instancePath + '/source/url',
              schemaPath: '#/$defs/source/properties/url/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema44.properties.url.type,
              parentSchema: schema44.properties.url,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data10.pull !== void 0) {
          let data16 = data10.pull;
          if (!(typeof data16 == 'number' && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
            const err53 = {
              instancePath: instancePath + '/source/pull',
              schemaPath: '#/$defs/source/properties/pull/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema44.properties.pull.type,
              parentSchema: schema44.properties.pull,
              data: data16,
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (typeof data16 == 'number' && isFinite(data16)) {
            if (data16 < 1 || isNaN(data16)) {
              const err54 = {
                instancePath: instancePath + '/source/pull',
                schemaPath: '#/$defs/source/properties/pull/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
                schema: 1,
                parentSchema: schema44.properties.pull,
                data: data16,
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
        }
      } else {
        const err55 = {
          instancePath: instancePath + '/source',
          schemaPath: '#/$defs/source/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema44.type,
          parentSchema: schema44,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
  } else {
    const err56 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema33.type,
      parentSchema: schema33,
      data,
    };
    if (vErrors === null) {
      vErrors = [err56];
    } else {
      vErrors.push(err56);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
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
    if (data.org === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'org' },
        message: "must have required property 'org'",
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
    if (data.collected_at === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'collected_at' },
        message: "must have required property 'collected_at'",
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
    if (data.releases === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'releases' },
        message: "must have required property 'releases'",
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
    if (data.problems === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'problems' },
        message: "must have required property 'problems'",
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
      if (!(
        key0 === '$schema' ||
        key0 === 'org' ||
        key0 === 'collected_at' ||
        key0 === 'releases' ||
        key0 === 'problems'
      )) {
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
      if (typeof data0 !== 'string') {
        const err5 = {
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
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.org !== void 0) {
      let data1 = data.org;
      if (typeof data1 === 'string') {
        if (func1(data1) > 39) {
          const err6 = {
            instancePath: instancePath + '/org',
            schemaPath: '#/properties/org/maxLength',
            keyword: 'maxLength',
            params: { limit: 39 },
            message: 'must NOT have more than 39 characters',
            schema: 39,
            parentSchema: schema31.properties.org,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err7 = {
            instancePath: instancePath + '/org',
            schemaPath: '#/properties/org/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*$' },
            message: 'must match pattern "^[A-Za-z0-9](?:-?[A-Za-z0-9])*$"',
            schema: '^[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
            parentSchema: schema31.properties.org,
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
          instancePath: instancePath + '/org',
          schemaPath: '#/properties/org/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema31.properties.org.type,
          parentSchema: schema31.properties.org,
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
    if (data.collected_at !== void 0) {
      let data2 = data.collected_at;
      if (typeof data2 === 'string') {
        if (!pattern5.test(data2)) {
          const err9 = {
            instancePath: instancePath + '/collected_at',
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
            parentSchema: schema32,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!formats0.validate(data2)) {
          const err10 = {
            instancePath: instancePath + '/collected_at',
            schemaPath: '#/$defs/dateTime/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "date-time"',
            schema: 'date-time',
            parentSchema: schema32,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/collected_at',
          schemaPath: '#/$defs/dateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
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
    if (data.releases !== void 0) {
      let data3 = data.releases;
      if (Array.isArray(data3)) {
        if (data3.length > 1e5) {
          const err12 = {
            instancePath: instancePath + '/releases',
            schemaPath: '#/properties/releases/maxItems',
            keyword: 'maxItems',
            params: { limit: 1e5 },
            message: 'must NOT have more than 100000 items',
            schema: 1e5,
            parentSchema: schema31.properties.releases,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate21(data3[i0], {
              instancePath: instancePath + '/releases/' + i0,
              parentData: data3,
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
        const err13 = {
          instancePath: instancePath + '/releases',
          schemaPath: '#/properties/releases/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.releases.type,
          parentSchema: schema31.properties.releases,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.problems !== void 0) {
      let data5 = data.problems;
      if (Array.isArray(data5)) {
        if (data5.length > 1e5) {
          const err14 = {
            instancePath: instancePath + '/problems',
            schemaPath: '#/properties/problems/maxItems',
            keyword: 'maxItems',
            params: { limit: 1e5 },
            message: 'must NOT have more than 100000 items',
            schema: 1e5,
            parentSchema: schema31.properties.problems,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
            if (data6.repo === void 0) {
              const err15 = {
                instancePath: instancePath + '/problems/' + i1,
                schemaPath: '#/$defs/problem/required',
                keyword: 'required',
                params: { missingProperty: 'repo' },
                message: "must have required property 'repo'",
                schema: schema45.required,
                parentSchema: schema45,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data6.rule === void 0) {
              const err16 = {
                instancePath: instancePath + '/problems/' + i1,
                schemaPath: '#/$defs/problem/required',
                keyword: 'required',
                params: { missingProperty: 'rule' },
                message: "must have required property 'rule'",
                schema: schema45.required,
                parentSchema: schema45,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data6.message === void 0) {
              const err17 = {
                instancePath: instancePath + '/problems/' + i1,
                schemaPath: '#/$defs/problem/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
                message: "must have required property 'message'",
                schema: schema45.required,
                parentSchema: schema45,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(
                key1 === 'repo' ||
                key1 === 'path' ||
                key1 === 'pull' ||
                key1 === 'line' ||
                key1 === 'column' ||
                key1 === 'rule' ||
                key1 === 'message'
              )) {
                const err18 = {
                  instancePath: instancePath + '/problems/' + i1,
                  schemaPath: '#/$defs/problem/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema45,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data6.repo !== void 0) {
              let data7 = data6.repo;
              if (typeof data7 !== 'string') {
                const err19 = {
                  instancePath: instancePath + '/problems/' + i1 + '/repo',
                  schemaPath: '#/$defs/problem/properties/repo/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema45.properties.repo.type,
                  parentSchema: schema45.properties.repo,
                  data: data7,
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data6.path !== void 0) {
              let data8 = data6.path;
              if (typeof data8 !== 'string') {
                const err20 = {
                  instancePath: instancePath + '/problems/' + i1 + '/path',
                  schemaPath: '#/$defs/problem/properties/path/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema45.properties.path.type,
                  parentSchema: schema45.properties.path,
                  data: data8,
                };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data6.pull !== void 0) {
              let data9 = data6.pull;
              if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
                const err21 = {
                  instancePath: instancePath + '/problems/' + i1 + '/pull',
                  schemaPath: '#/$defs/problem/properties/pull/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema45.properties.pull.type,
                  parentSchema: schema45.properties.pull,
                  data: data9,
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (typeof data9 == 'number' && isFinite(data9)) {
                if (data9 < 1 || isNaN(data9)) {
                  const err22 = {
                    instancePath: instancePath + '/problems/' + i1 + '/pull',
                    schemaPath: '#/$defs/problem/properties/pull/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                    schema: 1,
                    parentSchema: schema45.properties.pull,
                    data: data9,
                  };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
            if (data6.line !== void 0) {
              let data10 = data6.line;
              if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
                const err23 = {
                  instancePath: instancePath + '/problems/' + i1 + '/line',
                  schemaPath: '#/$defs/problem/properties/line/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema45.properties.line.type,
                  parentSchema: schema45.properties.line,
                  data: data10,
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data10 == 'number' && isFinite(data10)) {
                if (data10 < 1 || isNaN(data10)) {
                  const err24 = {
                    instancePath: instancePath + '/problems/' + i1 + '/line',
                    schemaPath: '#/$defs/problem/properties/line/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                    schema: 1,
                    parentSchema: schema45.properties.line,
                    data: data10,
                  };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
            }
            if (data6.column !== void 0) {
              let data11 = data6.column;
              if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
                const err25 = {
                  instancePath: instancePath + '/problems/' + i1 + '/column',
                  schemaPath: '#/$defs/problem/properties/column/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema45.properties.column.type,
                  parentSchema: schema45.properties.column,
                  data: data11,
                };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (typeof data11 == 'number' && isFinite(data11)) {
                if (data11 < 1 || isNaN(data11)) {
                  const err26 = {
                    instancePath: instancePath + '/problems/' + i1 + '/column',
                    schemaPath: '#/$defs/problem/properties/column/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                    schema: 1,
                    parentSchema: schema45.properties.column,
                    data: data11,
                  };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            }
            if (data6.rule !== void 0) {
              let data12 = data6.rule;
              if (typeof data12 !== 'string') {
                const err27 = {
                  instancePath: instancePath + '/problems/' + i1 + '/rule',
                  schemaPath: '#/$defs/problem/properties/rule/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema45.properties.rule.type,
                  parentSchema: schema45.properties.rule,
                  data: data12,
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data6.message !== void 0) {
              let data13 = data6.message;
              if (typeof data13 !== 'string') {
                const err28 = {
                  instancePath: instancePath + '/problems/' + i1 + '/message',
                  schemaPath: '#/$defs/problem/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema45.properties.message.type,
                  parentSchema: schema45.properties.message,
                  data: data13,
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data6.path !== void 0) {
              if (data6.line === void 0) {
                const err29 = {
                  instancePath: instancePath + '/problems/' + i1,
                  schemaPath: '#/$defs/problem/dependentRequired',
                  keyword: 'dependentRequired',
                  params: {
                    property: 'path',
                    missingProperty: 'line',
                    depsCount: 2,
                    deps: 'line, column',
                  },
                  message: 'must have properties line, column when property path is present',
                  schema: schema45.dependentRequired,
                  parentSchema: schema45,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (data6.column === void 0) {
                const err30 = {
                  instancePath: instancePath + '/problems/' + i1,
                  schemaPath: '#/$defs/problem/dependentRequired',
                  keyword: 'dependentRequired',
                  params: {
                    property: 'path',
                    missingProperty: 'column',
                    depsCount: 2,
                    deps: 'line, column',
                  },
                  message: 'must have properties line, column when property path is present',
                  schema: schema45.dependentRequired,
                  parentSchema: schema45,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data6.line !== void 0) {
              if (data6.path === void 0) {
                const err31 = {
                  instancePath: instancePath + '/problems/' + i1,
                  schemaPath: '#/$defs/problem/dependentRequired',
                  keyword: 'dependentRequired',
                  params: {
                    property: 'line',
                    missingProperty: 'path',
                    depsCount: 1,
                    deps: 'path',
                  },
                  message: 'must have property path when property line is present',
                  schema: schema45.dependentRequired,
                  parentSchema: schema45,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data6.column !== void 0) {
              if (data6.path === void 0) {
                const err32 = {
                  instancePath: instancePath + '/problems/' + i1,
                  schemaPath: '#/$defs/problem/dependentRequired',
                  keyword: 'dependentRequired',
                  params: {
                    property: 'column',
                    missingProperty: 'path',
                    depsCount: 1,
                    deps: 'path',
                  },
                  message: 'must have property path when property column is present',
                  schema: schema45.dependentRequired,
                  parentSchema: schema45,
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
          } else {
            const err33 = {
              instancePath: instancePath + '/problems/' + i1,
              schemaPath: '#/$defs/problem/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema45.type,
              parentSchema: schema45,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/problems',
          schemaPath: '#/properties/problems/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.problems.type,
          parentSchema: schema31.properties.problems,
          data: data5,
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
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export { releases_schema_default as schema, validate };
