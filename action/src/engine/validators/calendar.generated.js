// Generated from schemas/*.schema.json by scripts/gen-validators.ts (ajv standalone). Do not edit:
// run `npm run build` (or `node scripts/gen-validators.ts`). A test fails when it is out of date.
/* eslint-disable */
import { require_equal, require_formats, require_ucs2length } from './runtime-CXCKQDQB.generated.js';

// schemas/calendar.schema.json
var calendar_schema_default = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://octoacme.github.io/release-policy/schemas/calendar.schema.json',
  title: 'Release calendar',
  description:
    'The shared release calendar: blackout windows, holidays, code freezes, deployment (allow) windows, testing windows, maintenance windows and the planned releases of all teams, with their dependencies. Times are wall-clock times in an IANA time zone (never a fixed offset), so they stay right across daylight-saving changes; blackouts and maintenance windows repeat with RFC 5545 rules, the form an .ics feed carries natively. A wall-clock time that does not exist on a DST change moves forward; an ambiguous one takes its first occurrence.',
  type: 'object',
  additionalProperties: false,
  required: ['timezone'],
  properties: {
    $schema: {
      title: 'Schema URL',
      description:
        'The URL of this schema, for editors that read a `$schema` key rather than the `# yaml-language-server: $schema=\u2026` comment. The checker ignores it.',
      type: 'string',
      minLength: 1,
      examples: ['https://octoacme.github.io/release-policy/schemas/calendar.schema.json'],
    },
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The calendar\u2019s name, shown on the site and as the name of the .ics feed.',
      examples: ['OctoAcme release calendar'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'What the calendar covers.',
      examples: ['Blackouts, code freezes, maintenance and planned releases of all OctoAcme teams.'],
    },
    timezone: {
      $ref: '#/$defs/ianaTimezone',
      title: 'Time zone',
      description:
        'The calendar\u2019s default IANA time zone: every wall-clock time and date in it is read in this zone unless its entry names another. Fixed offsets (-05:00, UTC+1, GMT-5, Etc/GMT+5) are refused; use UTC for UTC.',
      examples: ['America/New_York', 'Europe/Berlin'],
    },
    blackouts: {
      title: 'Blackout windows',
      description:
        'Periods when releases are blocked (`blackout-window`), each with the release types it blocks, how hard, and who may pass it in an emergency.',
      type: 'array',
      items: {
        $ref: '#/$defs/blackout',
      },
      examples: [
        [
          {
            id: 'weekend',
            name: 'No weekend deploys',
            reason: 'No deploys from Friday 15:00 to Monday 09:00, when fewer people are on hand to respond.',
            start: '2026-01-02T15:00',
            end: '2026-01-05T09:00',
            rrule: 'FREQ=WEEKLY',
            blocks: ['patch', 'minor', 'major'],
            enforcement: 'hard',
            exception: {
              types: ['patch'],
              incident_severities: ['SEV1', 'SEV2'],
              approved_by: ['release-manager'],
            },
          },
        ],
      ],
    },
    holidays: {
      title: 'Holidays',
      description: 'Public holidays: whole days on which the listed release types are blocked.',
      type: 'object',
      additionalProperties: false,
      required: ['blocks', 'enforcement', 'dates'],
      properties: {
        blocks: {
          $ref: '#/$defs/blocks',
          title: 'Blocked release types',
          description: 'The release types blocked on a holiday.',
          examples: [['minor', 'major']],
        },
        enforcement: {
          $ref: '#/$defs/enforcement',
          title: 'Enforcement',
          description: 'hard: a release on a holiday is an error; soft: a warning.',
          examples: ['soft'],
        },
        exception: {
          $ref: '#/$defs/blackoutException',
          title: 'Emergency exception',
          description:
            'Who may pass a holiday, and for which releases. Without it, the policy\u2019s `exceptions.waivable.blackout-window` decides.',
          examples: [
            {
              types: ['patch'],
              incident_severities: ['SEV1', 'SEV2'],
              approved_by: ['release-manager'],
            },
          ],
        },
        timezone: {
          $ref: '#/$defs/ianaTimezone',
          title: 'Time zone',
          description: 'The zone the holiday dates are read in, if not the calendar\u2019s.',
          examples: ['America/New_York', 'Europe/Berlin'],
        },
        dates: {
          title: 'Dates',
          description: 'The holidays, one whole day each (from 00:00 to 00:00 the next day in the zone).',
          type: 'array',
          items: {
            $ref: '#/$defs/holiday',
          },
          examples: [
            [
              {
                date: '2026-11-26',
                name: 'Thanksgiving Day',
              },
            ],
          ],
        },
      },
      examples: [
        {
          blocks: ['minor', 'major'],
          enforcement: 'soft',
          dates: [
            {
              date: '2026-11-26',
              name: 'Thanksgiving Day',
            },
          ],
        },
      ],
    },
    code_freezes: {
      title: 'Code freezes',
      description: 'Code freeze dates, when release branches are cut, shown on the calendar.',
      type: 'array',
      items: {
        $ref: '#/$defs/codeFreeze',
      },
      examples: [
        [
          {
            id: 'payments-api-2-4-0',
            name: 'payments-api 2.4.0 code freeze',
            date: '2026-11-24',
            product: 'payments-api',
            release: '2.4.0',
          },
        ],
      ],
    },
    deployment_windows: {
      title: 'Deployment windows',
      description:
        'Periods in which releases are allowed, per release type (`blackout-window`): once a type has windows, a release of that type must fit its whole deployment window inside one of them. Deny beats allow: blackouts apply inside them too.',
      type: 'array',
      items: {
        $ref: '#/$defs/deploymentWindow',
      },
      examples: [
        [
          {
            id: 'weekday-hours',
            name: 'Weekday deploy hours',
            types: ['minor', 'major'],
            enforcement: 'soft',
            start: '2026-01-05T08:00',
            end: '2026-01-05T18:00',
            rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
          },
        ],
      ],
    },
    testing_windows: {
      title: 'Testing windows',
      description:
        'Integration and acceptance testing of planned releases, shown on the calendar; a release planned before its testing window ends is a `lead-time` error.',
      type: 'array',
      items: {
        $ref: '#/$defs/testingWindow',
      },
      examples: [
        [
          {
            id: 'payments-api-2-4-0-testing',
            name: 'payments-api 2.4.0 acceptance testing',
            product: 'payments-api',
            release: '2.4.0',
            start: '2026-11-24',
            end: '2026-12-05',
          },
        ],
      ],
    },
    maintenance: {
      title: 'Maintenance windows',
      description:
        'Planned maintenance of shared systems. A release whose window overlaps one is reported by `release-conflict` (a warning) when it touches one of the window\u2019s `systems` (release.yml `systems`), is a release of one of its `products`, or lists no systems at all (then nobody can tell).',
      type: 'array',
      items: {
        $ref: '#/$defs/maintenanceWindow',
      },
      examples: [
        [
          {
            id: 'db-maintenance',
            name: 'Database maintenance',
            start: '2026-01-03T02:00',
            end: '2026-01-03T06:00',
            rrule: 'FREQ=MONTHLY;BYDAY=+1SA',
            systems: ['postgres'],
          },
        ],
      ],
    },
    releases: {
      title: 'Planned releases',
      description:
        'The planned releases of all teams. `release-conflict` warns when a release overlaps another one, and reports a dependency planned after the release that needs it.',
      type: 'array',
      items: {
        $ref: '#/$defs/plannedRelease',
      },
      examples: [
        [
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
          },
        ],
      ],
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
    incidentSeverity: {
      title: 'an incident severity',
      description:
        'SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide\u2019s incident severity levels.',
      type: 'string',
      enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
      examples: ['SEV1'],
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
    ianaTimezone: {
      title: 'an IANA time zone name like America/New_York or UTC (fixed offsets are refused)',
      description:
        'A zone from the IANA time zone database, Area/Location (America/New_York, Europe/Berlin, America/Argentina/Buenos_Aires), or UTC / Etc/UTC. Fixed offsets such as -05:00, UTC+1, GMT-5 or Etc/GMT+5 are refused because they ignore daylight-saving time. The checker also verifies the zone exists.',
      type: 'string',
      pattern:
        '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
      maxLength: 64,
      examples: ['America/New_York', 'UTC', 'America/Argentina/Buenos_Aires'],
    },
    localDate: {
      title: 'a date (like 2026-11-26)',
      description: 'YYYY-MM-DD, a whole day in the zone.',
      type: 'string',
      pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$',
      format: 'date',
      examples: ['2026-11-26'],
    },
    localDateTime: {
      title: 'a local date (like 2026-12-18) or date and time (like 2026-01-02T15:00) without an offset',
      description:
        'A wall-clock value in the entry\u2019s zone: YYYY-MM-DD (that day at 00:00) or YYYY-MM-DDTHH:MM. No seconds and no offset: the zone gives the offset.',
      type: 'string',
      pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
      examples: ['2026-12-18', '2026-01-02T15:00'],
    },
    rrule: {
      title: 'an RFC 5545 RRULE value starting with FREQ= (like FREQ=WEEKLY)',
      description:
        'FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, then ;-separated rule parts UNTIL, COUNT, INTERVAL, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS or WKST. No DTSTART (that is `start`) and no BYHOUR, BYMINUTE or BYSECOND.',
      type: 'string',
      pattern:
        '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
      maxLength: 300,
      examples: ['FREQ=WEEKLY', 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH'],
    },
    blocks: {
      title: 'a list of release types',
      description: 'patch, minor and/or major, each at most once.',
      type: 'array',
      items: {
        $ref: '#/$defs/releaseType',
      },
      minItems: 1,
      uniqueItems: true,
      examples: [['minor', 'major']],
    },
    enforcement: {
      title: 'an enforcement level',
      description: 'hard (error) or soft (warning).',
      type: 'string',
      enum: ['hard', 'soft'],
      examples: ['hard'],
    },
    blackoutException: {
      title: 'Emergency exception',
      description:
        'Which releases may pass this window and who approves them. A release passes when its type is in `types`, its `incident.severity` is in `incident_severities`, and its `exceptions` hold a valid `blackout-window` waiver approved by a holder of one of `approved_by` (these roles replace the policy\u2019s granting roles for this window). Without an `exception`, a window follows the policy alone: any release may pass with a waiver approved by a role in the policy\u2019s `exceptions.waivable.blackout-window`.',
      type: 'object',
      additionalProperties: false,
      required: ['types', 'approved_by'],
      properties: {
        types: {
          $ref: '#/$defs/blocks',
          title: 'Release types',
          description: 'The release types that may pass (OctoAcme: patch).',
          examples: [['patch']],
        },
        incident_severities: {
          title: 'Incident severities',
          description:
            'The severities of the incident the release must fix (release.yml `incident.severity`). Leave out to use the policy\u2019s `incidents.emergency`.',
          type: 'array',
          items: {
            $ref: '#/$defs/incidentSeverity',
          },
          minItems: 1,
          uniqueItems: true,
          examples: [['SEV1', 'SEV2']],
        },
        approved_by: {
          title: 'Approved by (roles)',
          description: 'The policy roles whose holders may approve the waiver.',
          type: 'array',
          items: {
            $ref: '#/$defs/roleId',
          },
          minItems: 1,
          uniqueItems: true,
          examples: [['release-manager']],
        },
      },
      examples: [
        {
          types: ['patch'],
          incident_severities: ['SEV1', 'SEV2'],
          approved_by: ['release-manager'],
        },
      ],
    },
    blackout: {
      title: 'Blackout window',
      description:
        'A period when releases of the listed types are blocked. With `rrule` it repeats; without, it happens once.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'reason', 'start', 'end', 'blocks', 'enforcement'],
      properties: {
        id: {
          $ref: '#/$defs/slug',
          title: 'Id',
          description:
            'A stable id, unique in the calendar: findings name it and the .ics feed derives its UID from it.',
          examples: ['year-end-freeze', 'weekend'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'The window\u2019s name, as findings and the calendar show it.',
          examples: ['Year-end freeze'],
        },
        reason: {
          $ref: '#/$defs/text',
          title: 'Reason',
          description: 'Why releases are blocked in this window.',
          examples: ['Reduced staffing over the holidays.'],
        },
        start: {
          $ref: '#/$defs/localDateTime',
          title: 'Start',
          description:
            'The start of the first occurrence, in the zone: a date (from 00:00) or a date and time.',
          examples: ['2025-12-18', '2026-01-02T15:00'],
        },
        end: {
          $ref: '#/$defs/localDateTime',
          title: 'End (exclusive)',
          description:
            'The end of the first occurrence, exclusive: a date means 00:00 of that day, so `end: 2026-01-04` blocks up to the end of January 3. After `start`.',
          examples: ['2026-01-04', '2026-01-05T09:00'],
        },
        timezone: {
          $ref: '#/$defs/ianaTimezone',
          title: 'Time zone',
          description: 'The zone of `start`, `end` and `exdates`, if not the calendar\u2019s.',
          examples: ['America/New_York', 'Europe/Berlin'],
        },
        rrule: {
          $ref: '#/$defs/rrule',
          title: 'Recurrence rule',
          description:
            'An RFC 5545 RRULE value that repeats the window: `start` is the first occurrence (DTSTART) and every occurrence keeps the duration from `start` to `end`, in wall-clock time of the zone (across DST changes too). FREQ comes first; no DTSTART, no BYHOUR/BYMINUTE/BYSECOND: the time of day is the one in `start`.',
          examples: ['FREQ=WEEKLY', 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH', 'FREQ=MONTHLY;BYDAY=+1SA'],
        },
        exdates: {
          title: 'Skipped occurrences',
          description: 'Starts of occurrences of the window to skip (RFC 5545 EXDATE), written like `start`.',
          type: 'array',
          items: {
            $ref: '#/$defs/localDateTime',
          },
          uniqueItems: true,
          examples: [['2026-12-25T15:00']],
        },
        blocks: {
          $ref: '#/$defs/blocks',
          title: 'Blocked release types',
          description: 'The release types this window blocks.',
          examples: [['patch', 'minor', 'major']],
        },
        enforcement: {
          $ref: '#/$defs/enforcement',
          title: 'Enforcement',
          description: 'hard: a release in the window is an error; soft: a warning.',
          examples: ['hard'],
        },
        exception: {
          $ref: '#/$defs/blackoutException',
          title: 'Emergency exception',
          description:
            'Who may pass this window, and for which releases. Without it, the policy\u2019s `exceptions.waivable.blackout-window` decides who may waive it.',
          examples: [
            {
              types: ['patch'],
              incident_severities: ['SEV1', 'SEV2'],
              approved_by: ['release-manager'],
            },
          ],
        },
        products: {
          $ref: '#/$defs/products',
          title: 'Products',
          description:
            'Scope: the window blocks only releases of these products (with `systems` too: releases of these products or touching these systems). Leave out both for a window that blocks every release.',
          examples: [['payments-api']],
        },
        systems: {
          $ref: '#/$defs/systems',
          title: 'Systems',
          description:
            'Scope: the window blocks only releases whose release.yml lists one of these systems under `systems` (with `products` too: or that are releases of those products). Leave out both for a window that blocks every release.',
          examples: [['payments-db']],
        },
      },
      examples: [
        {
          id: 'weekend',
          name: 'No weekend deploys',
          reason: 'No deploys from Friday 15:00 to Monday 09:00, when fewer people are on hand to respond.',
          start: '2026-01-02T15:00',
          end: '2026-01-05T09:00',
          rrule: 'FREQ=WEEKLY',
          blocks: ['patch', 'minor', 'major'],
          enforcement: 'hard',
          exception: {
            types: ['patch'],
            incident_severities: ['SEV1', 'SEV2'],
            approved_by: ['release-manager'],
          },
        },
      ],
    },
    holiday: {
      title: 'Holiday',
      description: 'One holiday: a whole day.',
      type: 'object',
      additionalProperties: false,
      required: ['date', 'name'],
      properties: {
        date: {
          $ref: '#/$defs/localDate',
          title: 'Date',
          description: 'The day (observed date when the holiday falls on a weekend).',
          examples: ['2026-11-26'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'The holiday\u2019s name.',
          examples: ['Thanksgiving Day'],
        },
      },
      examples: [
        {
          date: '2026-11-26',
          name: 'Thanksgiving Day',
        },
      ],
    },
    codeFreeze: {
      title: 'Code freeze',
      description: 'A code freeze (branch cut) date, for one release, one product or everyone.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'date'],
      properties: {
        id: {
          $ref: '#/$defs/slug',
          title: 'Id',
          description: 'A stable id, unique in the calendar.',
          examples: ['payments-api-2-4-0'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'What is frozen, as the calendar shows it.',
          examples: ['payments-api 2.4.0 code freeze'],
        },
        date: {
          $ref: '#/$defs/localDate',
          title: 'Date',
          description: 'The day the branch is cut, in the calendar\u2019s zone.',
          examples: ['2026-11-24'],
        },
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product frozen; leave out for a freeze that applies to every product.',
          examples: ['payments-api'],
        },
        release: {
          $ref: '#/$defs/semver',
          title: 'Release',
          description: 'The version whose branch is cut.',
          examples: ['2.4.0'],
        },
      },
      examples: [
        {
          id: 'payments-api-2-4-0',
          name: 'payments-api 2.4.0 code freeze',
          date: '2026-11-24',
          product: 'payments-api',
          release: '2.4.0',
        },
      ],
    },
    maintenanceWindow: {
      title: 'Maintenance window',
      description: 'Planned maintenance of shared systems, once or repeating.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'start', 'end', 'systems'],
      properties: {
        id: {
          $ref: '#/$defs/slug',
          title: 'Id',
          description: 'A stable id, unique in the calendar.',
          examples: ['db-maintenance'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'The window\u2019s name.',
          examples: ['Database maintenance'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'What happens in the window.',
          examples: ['Minor version upgrades and vacuuming of the shared PostgreSQL clusters.'],
        },
        start: {
          $ref: '#/$defs/localDateTime',
          title: 'Start',
          description: 'The start of the first occurrence, in the zone.',
          examples: ['2026-01-03T02:00'],
        },
        end: {
          $ref: '#/$defs/localDateTime',
          title: 'End (exclusive)',
          description: 'The end of the first occurrence, exclusive.',
          examples: ['2026-01-03T06:00'],
        },
        timezone: {
          $ref: '#/$defs/ianaTimezone',
          title: 'Time zone',
          description: 'The zone of `start`, `end` and `exdates`, if not the calendar\u2019s.',
          examples: ['America/New_York', 'Europe/Berlin'],
        },
        rrule: {
          $ref: '#/$defs/rrule',
          title: 'Recurrence rule',
          description:
            'An RFC 5545 RRULE value that repeats the maintenance window: `start` is the first occurrence (DTSTART) and every occurrence keeps the duration from `start` to `end`, in wall-clock time of the zone (across DST changes too). FREQ comes first; no DTSTART, no BYHOUR/BYMINUTE/BYSECOND: the time of day is the one in `start`.',
          examples: ['FREQ=WEEKLY', 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH', 'FREQ=MONTHLY;BYDAY=+1SA'],
        },
        exdates: {
          title: 'Skipped occurrences',
          description:
            'Starts of occurrences of the maintenance window to skip (RFC 5545 EXDATE), written like `start`.',
          type: 'array',
          items: {
            $ref: '#/$defs/localDateTime',
          },
          uniqueItems: true,
          examples: [['2026-12-25T15:00']],
        },
        systems: {
          title: 'Systems',
          description:
            'The systems under maintenance. A release whose release.yml lists one of them under `systems` and whose window overlaps the maintenance gets a `release-conflict` warning; a release that lists no systems is warned of every maintenance it overlaps, since nobody can tell what it touches.',
          type: 'array',
          items: {
            $ref: '#/$defs/text',
          },
          minItems: 1,
          uniqueItems: true,
          examples: [['postgres', 'ledger-db']],
        },
        products: {
          $ref: '#/$defs/products',
          title: 'Products',
          description:
            'Scope: the maintenance concerns releases of these products too, whatever systems they list.',
          examples: [['ledger']],
        },
      },
      examples: [
        {
          id: 'db-maintenance',
          name: 'Database maintenance',
          start: '2026-01-03T02:00',
          end: '2026-01-03T06:00',
          rrule: 'FREQ=MONTHLY;BYDAY=+1SA',
          systems: ['postgres'],
        },
      ],
    },
    plannedRelease: {
      title: 'Planned release',
      description: 'One team\u2019s planned release, as its release.yml will say it.',
      type: 'object',
      additionalProperties: false,
      required: ['product', 'version', 'type', 'date'],
      properties: {
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product released, as in its release.yml.',
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
            'When the deployment is planned to be finished (exclusive). Without it, the release is an instant.',
          examples: ['2026-12-08T17:00:00-05:00'],
        },
        manager: {
          $ref: '#/$defs/githubUser',
          title: 'Release Manager',
          description: 'GitHub handle of the release\u2019s Release Manager.',
          examples: ['@dana'],
        },
        depends_on: {
          title: 'Depends on',
          description: 'Releases of other products that must ship first.',
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
          $ref: '#/$defs/systems',
          title: 'Systems',
          description:
            'The systems (configuration items) the release changes, as its release.yml lists them: two releases touching the same system at overlapping times conflict.',
          examples: [['payments-db']],
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
    systems: {
      title: 'a list of systems (configuration items)',
      description:
        'System slugs (databases, clusters, queues, shared services), each at most once: what release.yml lists under `systems`.',
      type: 'array',
      items: {
        $ref: '#/$defs/slug',
      },
      minItems: 1,
      uniqueItems: true,
      examples: [['payments-db', 'ledger-db']],
    },
    products: {
      title: 'a list of products',
      description: 'Product slugs, as release.yml names them in `product`, each at most once.',
      type: 'array',
      items: {
        $ref: '#/$defs/slug',
      },
      minItems: 1,
      uniqueItems: true,
      examples: [['payments-api', 'ledger']],
    },
    deploymentWindow: {
      title: 'Deployment window',
      description:
        'A period in which releases of the listed types are allowed. Once a release type has deployment windows (in scope for the release), a release of that type whose whole deployment window is not inside one occurrence is a `blackout-window` finding naming the next allowed window; blackouts still apply inside a deployment window (deny beats allow).',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'types', 'enforcement', 'start', 'end'],
      properties: {
        id: {
          $ref: '#/$defs/slug',
          title: 'Id',
          description:
            'A stable id, unique in the calendar: findings name it and the .ics feed derives its UID from it.',
          examples: ['weekday-hours'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'The window\u2019s name, as findings and the calendar show it.',
          examples: ['Weekday deploy hours'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'Why releases are allowed in this window, or who staffs it.',
          examples: ['The on-call team is at work.'],
        },
        types: {
          $ref: '#/$defs/blocks',
          title: 'Release types',
          description:
            'The release types this window allows. A type listed by no deployment window may deploy at any time that no blackout blocks.',
          examples: [['minor', 'major']],
        },
        enforcement: {
          $ref: '#/$defs/enforcement',
          title: 'Enforcement',
          description:
            'hard: a release outside every window of its type is an error; soft: a warning. With several windows for a type, the hardest decides.',
          examples: ['soft'],
        },
        start: {
          $ref: '#/$defs/localDateTime',
          title: 'Start',
          description:
            'The start of the first occurrence, in the zone: a date (from 00:00) or a date and time.',
          examples: ['2026-01-05T08:00'],
        },
        end: {
          $ref: '#/$defs/localDateTime',
          title: 'End (exclusive)',
          description: 'The end of the first occurrence, exclusive. After `start`.',
          examples: ['2026-01-05T18:00'],
        },
        timezone: {
          $ref: '#/$defs/ianaTimezone',
          title: 'Time zone',
          description: 'The zone of `start`, `end` and `exdates`, if not the calendar\u2019s.',
          examples: ['America/New_York'],
        },
        rrule: {
          $ref: '#/$defs/rrule',
          title: 'Recurrence rule',
          description:
            'An RFC 5545 RRULE value that repeats the window, as for blackouts: `start` is the first occurrence and every occurrence keeps the wall-clock length from `start` to `end`.',
          examples: ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
        },
        exdates: {
          title: 'Skipped occurrences',
          description: 'Starts of occurrences of the window to skip (RFC 5545 EXDATE), written like `start`.',
          type: 'array',
          items: {
            $ref: '#/$defs/localDateTime',
          },
          uniqueItems: true,
          examples: [['2026-12-25T08:00']],
        },
        products: {
          $ref: '#/$defs/products',
          title: 'Products',
          description:
            'Scope: the window applies only to releases of these products (with `systems` too: or touching those systems). Leave out both for every release of the listed types.',
          examples: [['payments-api']],
        },
        systems: {
          $ref: '#/$defs/systems',
          title: 'Systems',
          description:
            'Scope: the window applies only to releases that list one of these systems (with `products` too: or are releases of those products).',
          examples: [['payments-db']],
        },
      },
      examples: [
        {
          id: 'weekday-hours',
          name: 'Weekday deploy hours',
          types: ['minor', 'major'],
          enforcement: 'soft',
          start: '2026-01-05T08:00',
          end: '2026-01-05T18:00',
          rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
        },
      ],
    },
    testingWindow: {
      title: 'Testing window',
      description:
        'The integration and acceptance testing of one planned release. A release planned to deploy before its testing window ends is a `lead-time` error.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'product', 'release', 'start', 'end'],
      properties: {
        id: {
          $ref: '#/$defs/slug',
          title: 'Id',
          description: 'A stable id, unique in the calendar.',
          examples: ['payments-api-2-4-0-testing'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'What is tested, as the calendar shows it.',
          examples: ['payments-api 2.4.0 acceptance testing'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'What happens in the window: environments, test suites, who signs off.',
          examples: ['Integration and acceptance testing on staging.'],
        },
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product tested, as in its release.yml.',
          examples: ['payments-api'],
        },
        release: {
          $ref: '#/$defs/semver',
          title: 'Release',
          description: 'The version tested.',
          examples: ['2.4.0'],
        },
        start: {
          $ref: '#/$defs/localDateTime',
          title: 'Start',
          description:
            'When testing starts, in the calendar\u2019s zone: a date (from 00:00) or a date and time.',
          examples: ['2026-11-24'],
        },
        end: {
          $ref: '#/$defs/localDateTime',
          title: 'End (exclusive)',
          description:
            'When testing is done, exclusive: a date means 00:00 of that day. The release may deploy from here on.',
          examples: ['2026-12-05'],
        },
      },
      examples: [
        {
          id: 'payments-api-2-4-0-testing',
          name: 'payments-api 2.4.0 acceptance testing',
          product: 'payments-api',
          release: '2.4.0',
          start: '2026-11-24',
          end: '2026-12-05',
        },
      ],
    },
  },
  examples: [
    {
      title: 'OctoAcme release calendar',
      timezone: 'America/New_York',
      blackouts: [
        {
          id: 'weekend',
          name: 'No weekend deploys',
          reason: 'No deploys from Friday 15:00 to Monday 09:00, when fewer people are on hand to respond.',
          start: '2026-01-02T15:00',
          end: '2026-01-05T09:00',
          rrule: 'FREQ=WEEKLY',
          blocks: ['patch', 'minor', 'major'],
          enforcement: 'hard',
          exception: {
            types: ['patch'],
            incident_severities: ['SEV1', 'SEV2'],
            approved_by: ['release-manager'],
          },
        },
      ],
      holidays: {
        blocks: ['minor', 'major'],
        enforcement: 'soft',
        dates: [
          {
            date: '2026-11-26',
            name: 'Thanksgiving Day',
          },
        ],
      },
      code_freezes: [
        {
          id: 'payments-api-2-4-0',
          name: 'payments-api 2.4.0 code freeze',
          date: '2026-11-24',
          product: 'payments-api',
          release: '2.4.0',
        },
      ],
      maintenance: [
        {
          id: 'db-maintenance',
          name: 'Database maintenance',
          start: '2026-01-03T02:00',
          end: '2026-01-03T06:00',
          rrule: 'FREQ=MONTHLY;BYDAY=+1SA',
          systems: ['postgres'],
        },
      ],
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
        },
      ],
    },
  ],
};

// validator:validator:calendar
var validate = validate20;
var schema31 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://octoacme.github.io/release-policy/schemas/calendar.schema.json',
  title: 'Release calendar',
  description:
    'The shared release calendar: blackout windows, holidays, code freezes, deployment (allow) windows, testing windows, maintenance windows and the planned releases of all teams, with their dependencies. Times are wall-clock times in an IANA time zone (never a fixed offset), so they stay right across daylight-saving changes; blackouts and maintenance windows repeat with RFC 5545 rules, the form an .ics feed carries natively. A wall-clock time that does not exist on a DST change moves forward; an ambiguous one takes its first occurrence.',
  type: 'object',
  additionalProperties: false,
  required: ['timezone'],
  properties: {
    $schema: {
      title: 'Schema URL',
      description:
        'The URL of this schema, for editors that read a `$schema` key rather than the `# yaml-language-server: $schema=\u2026` comment. The checker ignores it.',
      type: 'string',
      minLength: 1,
      examples: ['https://octoacme.github.io/release-policy/schemas/calendar.schema.json'],
    },
    title: {
      $ref: '#/$defs/text',
      title: 'Title',
      description: 'The calendar\u2019s name, shown on the site and as the name of the .ics feed.',
      examples: ['OctoAcme release calendar'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'What the calendar covers.',
      examples: ['Blackouts, code freezes, maintenance and planned releases of all OctoAcme teams.'],
    },
    timezone: {
      $ref: '#/$defs/ianaTimezone',
      title: 'Time zone',
      description:
        'The calendar\u2019s default IANA time zone: every wall-clock time and date in it is read in this zone unless its entry names another. Fixed offsets (-05:00, UTC+1, GMT-5, Etc/GMT+5) are refused; use UTC for UTC.',
      examples: ['America/New_York', 'Europe/Berlin'],
    },
    blackouts: {
      title: 'Blackout windows',
      description:
        'Periods when releases are blocked (`blackout-window`), each with the release types it blocks, how hard, and who may pass it in an emergency.',
      type: 'array',
      items: { $ref: '#/$defs/blackout' },
      examples: [
        [
          {
            id: 'weekend',
            name: 'No weekend deploys',
            reason: 'No deploys from Friday 15:00 to Monday 09:00, when fewer people are on hand to respond.',
            start: '2026-01-02T15:00',
            end: '2026-01-05T09:00',
            rrule: 'FREQ=WEEKLY',
            blocks: ['patch', 'minor', 'major'],
            enforcement: 'hard',
            exception: {
              types: ['patch'],
              incident_severities: ['SEV1', 'SEV2'],
              approved_by: ['release-manager'],
            },
          },
        ],
      ],
    },
    holidays: {
      title: 'Holidays',
      description: 'Public holidays: whole days on which the listed release types are blocked.',
      type: 'object',
      additionalProperties: false,
      required: ['blocks', 'enforcement', 'dates'],
      properties: {
        blocks: {
          $ref: '#/$defs/blocks',
          title: 'Blocked release types',
          description: 'The release types blocked on a holiday.',
          examples: [['minor', 'major']],
        },
        enforcement: {
          $ref: '#/$defs/enforcement',
          title: 'Enforcement',
          description: 'hard: a release on a holiday is an error; soft: a warning.',
          examples: ['soft'],
        },
        exception: {
          $ref: '#/$defs/blackoutException',
          title: 'Emergency exception',
          description:
            'Who may pass a holiday, and for which releases. Without it, the policy\u2019s `exceptions.waivable.blackout-window` decides.',
          examples: [
            { types: ['patch'], incident_severities: ['SEV1', 'SEV2'], approved_by: ['release-manager'] },
          ],
        },
        timezone: {
          $ref: '#/$defs/ianaTimezone',
          title: 'Time zone',
          description: 'The zone the holiday dates are read in, if not the calendar\u2019s.',
          examples: ['America/New_York', 'Europe/Berlin'],
        },
        dates: {
          title: 'Dates',
          description: 'The holidays, one whole day each (from 00:00 to 00:00 the next day in the zone).',
          type: 'array',
          items: { $ref: '#/$defs/holiday' },
          examples: [[{ date: '2026-11-26', name: 'Thanksgiving Day' }]],
        },
      },
      examples: [
        {
          blocks: ['minor', 'major'],
          enforcement: 'soft',
          dates: [{ date: '2026-11-26', name: 'Thanksgiving Day' }],
        },
      ],
    },
    code_freezes: {
      title: 'Code freezes',
      description: 'Code freeze dates, when release branches are cut, shown on the calendar.',
      type: 'array',
      items: { $ref: '#/$defs/codeFreeze' },
      examples: [
        [
          {
            id: 'payments-api-2-4-0',
            name: 'payments-api 2.4.0 code freeze',
            date: '2026-11-24',
            product: 'payments-api',
            release: '2.4.0',
          },
        ],
      ],
    },
    deployment_windows: {
      title: 'Deployment windows',
      description:
        'Periods in which releases are allowed, per release type (`blackout-window`): once a type has windows, a release of that type must fit its whole deployment window inside one of them. Deny beats allow: blackouts apply inside them too.',
      type: 'array',
      items: { $ref: '#/$defs/deploymentWindow' },
      examples: [
        [
          {
            id: 'weekday-hours',
            name: 'Weekday deploy hours',
            types: ['minor', 'major'],
            enforcement: 'soft',
            start: '2026-01-05T08:00',
            end: '2026-01-05T18:00',
            rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
          },
        ],
      ],
    },
    testing_windows: {
      title: 'Testing windows',
      description:
        'Integration and acceptance testing of planned releases, shown on the calendar; a release planned before its testing window ends is a `lead-time` error.',
      type: 'array',
      items: { $ref: '#/$defs/testingWindow' },
      examples: [
        [
          {
            id: 'payments-api-2-4-0-testing',
            name: 'payments-api 2.4.0 acceptance testing',
            product: 'payments-api',
            release: '2.4.0',
            start: '2026-11-24',
            end: '2026-12-05',
          },
        ],
      ],
    },
    maintenance: {
      title: 'Maintenance windows',
      description:
        'Planned maintenance of shared systems. A release whose window overlaps one is reported by `release-conflict` (a warning) when it touches one of the window\u2019s `systems` (release.yml `systems`), is a release of one of its `products`, or lists no systems at all (then nobody can tell).',
      type: 'array',
      items: { $ref: '#/$defs/maintenanceWindow' },
      examples: [
        [
          {
            id: 'db-maintenance',
            name: 'Database maintenance',
            start: '2026-01-03T02:00',
            end: '2026-01-03T06:00',
            rrule: 'FREQ=MONTHLY;BYDAY=+1SA',
            systems: ['postgres'],
          },
        ],
      ],
    },
    releases: {
      title: 'Planned releases',
      description:
        'The planned releases of all teams. `release-conflict` warns when a release overlaps another one, and reports a dependency planned after the release that needs it.',
      type: 'array',
      items: { $ref: '#/$defs/plannedRelease' },
      examples: [
        [
          {
            product: 'payments-api',
            version: '2.4.0',
            type: 'minor',
            date: '2026-12-08T15:00:00-05:00',
            window_end: '2026-12-08T17:00:00-05:00',
            manager: '@dana',
            depends_on: [{ product: 'ledger', version: '5.1.0' }],
          },
        ],
      ],
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
    incidentSeverity: {
      title: 'an incident severity',
      description:
        'SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide\u2019s incident severity levels.',
      type: 'string',
      enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
      examples: ['SEV1'],
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
    ianaTimezone: {
      title: 'an IANA time zone name like America/New_York or UTC (fixed offsets are refused)',
      description:
        'A zone from the IANA time zone database, Area/Location (America/New_York, Europe/Berlin, America/Argentina/Buenos_Aires), or UTC / Etc/UTC. Fixed offsets such as -05:00, UTC+1, GMT-5 or Etc/GMT+5 are refused because they ignore daylight-saving time. The checker also verifies the zone exists.',
      type: 'string',
      pattern:
        '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
      maxLength: 64,
      examples: ['America/New_York', 'UTC', 'America/Argentina/Buenos_Aires'],
    },
    localDate: {
      title: 'a date (like 2026-11-26)',
      description: 'YYYY-MM-DD, a whole day in the zone.',
      type: 'string',
      pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$',
      format: 'date',
      examples: ['2026-11-26'],
    },
    localDateTime: {
      title: 'a local date (like 2026-12-18) or date and time (like 2026-01-02T15:00) without an offset',
      description:
        'A wall-clock value in the entry\u2019s zone: YYYY-MM-DD (that day at 00:00) or YYYY-MM-DDTHH:MM. No seconds and no offset: the zone gives the offset.',
      type: 'string',
      pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
      examples: ['2026-12-18', '2026-01-02T15:00'],
    },
    rrule: {
      title: 'an RFC 5545 RRULE value starting with FREQ= (like FREQ=WEEKLY)',
      description:
        'FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, then ;-separated rule parts UNTIL, COUNT, INTERVAL, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS or WKST. No DTSTART (that is `start`) and no BYHOUR, BYMINUTE or BYSECOND.',
      type: 'string',
      pattern:
        '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
      maxLength: 300,
      examples: ['FREQ=WEEKLY', 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH'],
    },
    blocks: {
      title: 'a list of release types',
      description: 'patch, minor and/or major, each at most once.',
      type: 'array',
      items: { $ref: '#/$defs/releaseType' },
      minItems: 1,
      uniqueItems: true,
      examples: [['minor', 'major']],
    },
    enforcement: {
      title: 'an enforcement level',
      description: 'hard (error) or soft (warning).',
      type: 'string',
      enum: ['hard', 'soft'],
      examples: ['hard'],
    },
    blackoutException: {
      title: 'Emergency exception',
      description:
        'Which releases may pass this window and who approves them. A release passes when its type is in `types`, its `incident.severity` is in `incident_severities`, and its `exceptions` hold a valid `blackout-window` waiver approved by a holder of one of `approved_by` (these roles replace the policy\u2019s granting roles for this window). Without an `exception`, a window follows the policy alone: any release may pass with a waiver approved by a role in the policy\u2019s `exceptions.waivable.blackout-window`.',
      type: 'object',
      additionalProperties: false,
      required: ['types', 'approved_by'],
      properties: {
        types: {
          $ref: '#/$defs/blocks',
          title: 'Release types',
          description: 'The release types that may pass (OctoAcme: patch).',
          examples: [['patch']],
        },
        incident_severities: {
          title: 'Incident severities',
          description:
            'The severities of the incident the release must fix (release.yml `incident.severity`). Leave out to use the policy\u2019s `incidents.emergency`.',
          type: 'array',
          items: { $ref: '#/$defs/incidentSeverity' },
          minItems: 1,
          uniqueItems: true,
          examples: [['SEV1', 'SEV2']],
        },
        approved_by: {
          title: 'Approved by (roles)',
          description: 'The policy roles whose holders may approve the waiver.',
          type: 'array',
          items: { $ref: '#/$defs/roleId' },
          minItems: 1,
          uniqueItems: true,
          examples: [['release-manager']],
        },
      },
      examples: [
        { types: ['patch'], incident_severities: ['SEV1', 'SEV2'], approved_by: ['release-manager'] },
      ],
    },
    blackout: {
      title: 'Blackout window',
      description:
        'A period when releases of the listed types are blocked. With `rrule` it repeats; without, it happens once.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'reason', 'start', 'end', 'blocks', 'enforcement'],
      properties: {
        id: {
          $ref: '#/$defs/slug',
          title: 'Id',
          description:
            'A stable id, unique in the calendar: findings name it and the .ics feed derives its UID from it.',
          examples: ['year-end-freeze', 'weekend'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'The window\u2019s name, as findings and the calendar show it.',
          examples: ['Year-end freeze'],
        },
        reason: {
          $ref: '#/$defs/text',
          title: 'Reason',
          description: 'Why releases are blocked in this window.',
          examples: ['Reduced staffing over the holidays.'],
        },
        start: {
          $ref: '#/$defs/localDateTime',
          title: 'Start',
          description:
            'The start of the first occurrence, in the zone: a date (from 00:00) or a date and time.',
          examples: ['2025-12-18', '2026-01-02T15:00'],
        },
        end: {
          $ref: '#/$defs/localDateTime',
          title: 'End (exclusive)',
          description:
            'The end of the first occurrence, exclusive: a date means 00:00 of that day, so `end: 2026-01-04` blocks up to the end of January 3. After `start`.',
          examples: ['2026-01-04', '2026-01-05T09:00'],
        },
        timezone: {
          $ref: '#/$defs/ianaTimezone',
          title: 'Time zone',
          description: 'The zone of `start`, `end` and `exdates`, if not the calendar\u2019s.',
          examples: ['America/New_York', 'Europe/Berlin'],
        },
        rrule: {
          $ref: '#/$defs/rrule',
          title: 'Recurrence rule',
          description:
            'An RFC 5545 RRULE value that repeats the window: `start` is the first occurrence (DTSTART) and every occurrence keeps the duration from `start` to `end`, in wall-clock time of the zone (across DST changes too). FREQ comes first; no DTSTART, no BYHOUR/BYMINUTE/BYSECOND: the time of day is the one in `start`.',
          examples: ['FREQ=WEEKLY', 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH', 'FREQ=MONTHLY;BYDAY=+1SA'],
        },
        exdates: {
          title: 'Skipped occurrences',
          description: 'Starts of occurrences of the window to skip (RFC 5545 EXDATE), written like `start`.',
          type: 'array',
          items: { $ref: '#/$defs/localDateTime' },
          uniqueItems: true,
          examples: [['2026-12-25T15:00']],
        },
        blocks: {
          $ref: '#/$defs/blocks',
          title: 'Blocked release types',
          description: 'The release types this window blocks.',
          examples: [['patch', 'minor', 'major']],
        },
        enforcement: {
          $ref: '#/$defs/enforcement',
          title: 'Enforcement',
          description: 'hard: a release in the window is an error; soft: a warning.',
          examples: ['hard'],
        },
        exception: {
          $ref: '#/$defs/blackoutException',
          title: 'Emergency exception',
          description:
            'Who may pass this window, and for which releases. Without it, the policy\u2019s `exceptions.waivable.blackout-window` decides who may waive it.',
          examples: [
            { types: ['patch'], incident_severities: ['SEV1', 'SEV2'], approved_by: ['release-manager'] },
          ],
        },
        products: {
          $ref: '#/$defs/products',
          title: 'Products',
          description:
            'Scope: the window blocks only releases of these products (with `systems` too: releases of these products or touching these systems). Leave out both for a window that blocks every release.',
          examples: [['payments-api']],
        },
        systems: {
          $ref: '#/$defs/systems',
          title: 'Systems',
          description:
            'Scope: the window blocks only releases whose release.yml lists one of these systems under `systems` (with `products` too: or that are releases of those products). Leave out both for a window that blocks every release.',
          examples: [['payments-db']],
        },
      },
      examples: [
        {
          id: 'weekend',
          name: 'No weekend deploys',
          reason: 'No deploys from Friday 15:00 to Monday 09:00, when fewer people are on hand to respond.',
          start: '2026-01-02T15:00',
          end: '2026-01-05T09:00',
          rrule: 'FREQ=WEEKLY',
          blocks: ['patch', 'minor', 'major'],
          enforcement: 'hard',
          exception: {
            types: ['patch'],
            incident_severities: ['SEV1', 'SEV2'],
            approved_by: ['release-manager'],
          },
        },
      ],
    },
    holiday: {
      title: 'Holiday',
      description: 'One holiday: a whole day.',
      type: 'object',
      additionalProperties: false,
      required: ['date', 'name'],
      properties: {
        date: {
          $ref: '#/$defs/localDate',
          title: 'Date',
          description: 'The day (observed date when the holiday falls on a weekend).',
          examples: ['2026-11-26'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'The holiday\u2019s name.',
          examples: ['Thanksgiving Day'],
        },
      },
      examples: [{ date: '2026-11-26', name: 'Thanksgiving Day' }],
    },
    codeFreeze: {
      title: 'Code freeze',
      description: 'A code freeze (branch cut) date, for one release, one product or everyone.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'date'],
      properties: {
        id: {
          $ref: '#/$defs/slug',
          title: 'Id',
          description: 'A stable id, unique in the calendar.',
          examples: ['payments-api-2-4-0'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'What is frozen, as the calendar shows it.',
          examples: ['payments-api 2.4.0 code freeze'],
        },
        date: {
          $ref: '#/$defs/localDate',
          title: 'Date',
          description: 'The day the branch is cut, in the calendar\u2019s zone.',
          examples: ['2026-11-24'],
        },
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product frozen; leave out for a freeze that applies to every product.',
          examples: ['payments-api'],
        },
        release: {
          $ref: '#/$defs/semver',
          title: 'Release',
          description: 'The version whose branch is cut.',
          examples: ['2.4.0'],
        },
      },
      examples: [
        {
          id: 'payments-api-2-4-0',
          name: 'payments-api 2.4.0 code freeze',
          date: '2026-11-24',
          product: 'payments-api',
          release: '2.4.0',
        },
      ],
    },
    maintenanceWindow: {
      title: 'Maintenance window',
      description: 'Planned maintenance of shared systems, once or repeating.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'start', 'end', 'systems'],
      properties: {
        id: {
          $ref: '#/$defs/slug',
          title: 'Id',
          description: 'A stable id, unique in the calendar.',
          examples: ['db-maintenance'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'The window\u2019s name.',
          examples: ['Database maintenance'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'What happens in the window.',
          examples: ['Minor version upgrades and vacuuming of the shared PostgreSQL clusters.'],
        },
        start: {
          $ref: '#/$defs/localDateTime',
          title: 'Start',
          description: 'The start of the first occurrence, in the zone.',
          examples: ['2026-01-03T02:00'],
        },
        end: {
          $ref: '#/$defs/localDateTime',
          title: 'End (exclusive)',
          description: 'The end of the first occurrence, exclusive.',
          examples: ['2026-01-03T06:00'],
        },
        timezone: {
          $ref: '#/$defs/ianaTimezone',
          title: 'Time zone',
          description: 'The zone of `start`, `end` and `exdates`, if not the calendar\u2019s.',
          examples: ['America/New_York', 'Europe/Berlin'],
        },
        rrule: {
          $ref: '#/$defs/rrule',
          title: 'Recurrence rule',
          description:
            'An RFC 5545 RRULE value that repeats the maintenance window: `start` is the first occurrence (DTSTART) and every occurrence keeps the duration from `start` to `end`, in wall-clock time of the zone (across DST changes too). FREQ comes first; no DTSTART, no BYHOUR/BYMINUTE/BYSECOND: the time of day is the one in `start`.',
          examples: ['FREQ=WEEKLY', 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH', 'FREQ=MONTHLY;BYDAY=+1SA'],
        },
        exdates: {
          title: 'Skipped occurrences',
          description:
            'Starts of occurrences of the maintenance window to skip (RFC 5545 EXDATE), written like `start`.',
          type: 'array',
          items: { $ref: '#/$defs/localDateTime' },
          uniqueItems: true,
          examples: [['2026-12-25T15:00']],
        },
        systems: {
          title: 'Systems',
          description:
            'The systems under maintenance. A release whose release.yml lists one of them under `systems` and whose window overlaps the maintenance gets a `release-conflict` warning; a release that lists no systems is warned of every maintenance it overlaps, since nobody can tell what it touches.',
          type: 'array',
          items: { $ref: '#/$defs/text' },
          minItems: 1,
          uniqueItems: true,
          examples: [['postgres', 'ledger-db']],
        },
        products: {
          $ref: '#/$defs/products',
          title: 'Products',
          description:
            'Scope: the maintenance concerns releases of these products too, whatever systems they list.',
          examples: [['ledger']],
        },
      },
      examples: [
        {
          id: 'db-maintenance',
          name: 'Database maintenance',
          start: '2026-01-03T02:00',
          end: '2026-01-03T06:00',
          rrule: 'FREQ=MONTHLY;BYDAY=+1SA',
          systems: ['postgres'],
        },
      ],
    },
    plannedRelease: {
      title: 'Planned release',
      description: 'One team\u2019s planned release, as its release.yml will say it.',
      type: 'object',
      additionalProperties: false,
      required: ['product', 'version', 'type', 'date'],
      properties: {
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product released, as in its release.yml.',
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
            'When the deployment is planned to be finished (exclusive). Without it, the release is an instant.',
          examples: ['2026-12-08T17:00:00-05:00'],
        },
        manager: {
          $ref: '#/$defs/githubUser',
          title: 'Release Manager',
          description: 'GitHub handle of the release\u2019s Release Manager.',
          examples: ['@dana'],
        },
        depends_on: {
          title: 'Depends on',
          description: 'Releases of other products that must ship first.',
          type: 'array',
          items: { $ref: '#/$defs/dependency' },
          examples: [[{ product: 'ledger', version: '5.1.0' }]],
        },
        systems: {
          $ref: '#/$defs/systems',
          title: 'Systems',
          description:
            'The systems (configuration items) the release changes, as its release.yml lists them: two releases touching the same system at overlapping times conflict.',
          examples: [['payments-db']],
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
          depends_on: [{ product: 'ledger', version: '5.1.0' }],
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
    systems: {
      title: 'a list of systems (configuration items)',
      description:
        'System slugs (databases, clusters, queues, shared services), each at most once: what release.yml lists under `systems`.',
      type: 'array',
      items: { $ref: '#/$defs/slug' },
      minItems: 1,
      uniqueItems: true,
      examples: [['payments-db', 'ledger-db']],
    },
    products: {
      title: 'a list of products',
      description: 'Product slugs, as release.yml names them in `product`, each at most once.',
      type: 'array',
      items: { $ref: '#/$defs/slug' },
      minItems: 1,
      uniqueItems: true,
      examples: [['payments-api', 'ledger']],
    },
    deploymentWindow: {
      title: 'Deployment window',
      description:
        'A period in which releases of the listed types are allowed. Once a release type has deployment windows (in scope for the release), a release of that type whose whole deployment window is not inside one occurrence is a `blackout-window` finding naming the next allowed window; blackouts still apply inside a deployment window (deny beats allow).',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'types', 'enforcement', 'start', 'end'],
      properties: {
        id: {
          $ref: '#/$defs/slug',
          title: 'Id',
          description:
            'A stable id, unique in the calendar: findings name it and the .ics feed derives its UID from it.',
          examples: ['weekday-hours'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'The window\u2019s name, as findings and the calendar show it.',
          examples: ['Weekday deploy hours'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'Why releases are allowed in this window, or who staffs it.',
          examples: ['The on-call team is at work.'],
        },
        types: {
          $ref: '#/$defs/blocks',
          title: 'Release types',
          description:
            'The release types this window allows. A type listed by no deployment window may deploy at any time that no blackout blocks.',
          examples: [['minor', 'major']],
        },
        enforcement: {
          $ref: '#/$defs/enforcement',
          title: 'Enforcement',
          description:
            'hard: a release outside every window of its type is an error; soft: a warning. With several windows for a type, the hardest decides.',
          examples: ['soft'],
        },
        start: {
          $ref: '#/$defs/localDateTime',
          title: 'Start',
          description:
            'The start of the first occurrence, in the zone: a date (from 00:00) or a date and time.',
          examples: ['2026-01-05T08:00'],
        },
        end: {
          $ref: '#/$defs/localDateTime',
          title: 'End (exclusive)',
          description: 'The end of the first occurrence, exclusive. After `start`.',
          examples: ['2026-01-05T18:00'],
        },
        timezone: {
          $ref: '#/$defs/ianaTimezone',
          title: 'Time zone',
          description: 'The zone of `start`, `end` and `exdates`, if not the calendar\u2019s.',
          examples: ['America/New_York'],
        },
        rrule: {
          $ref: '#/$defs/rrule',
          title: 'Recurrence rule',
          description:
            'An RFC 5545 RRULE value that repeats the window, as for blackouts: `start` is the first occurrence and every occurrence keeps the wall-clock length from `start` to `end`.',
          examples: ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
        },
        exdates: {
          title: 'Skipped occurrences',
          description: 'Starts of occurrences of the window to skip (RFC 5545 EXDATE), written like `start`.',
          type: 'array',
          items: { $ref: '#/$defs/localDateTime' },
          uniqueItems: true,
          examples: [['2026-12-25T08:00']],
        },
        products: {
          $ref: '#/$defs/products',
          title: 'Products',
          description:
            'Scope: the window applies only to releases of these products (with `systems` too: or touching those systems). Leave out both for every release of the listed types.',
          examples: [['payments-api']],
        },
        systems: {
          $ref: '#/$defs/systems',
          title: 'Systems',
          description:
            'Scope: the window applies only to releases that list one of these systems (with `products` too: or are releases of those products).',
          examples: [['payments-db']],
        },
      },
      examples: [
        {
          id: 'weekday-hours',
          name: 'Weekday deploy hours',
          types: ['minor', 'major'],
          enforcement: 'soft',
          start: '2026-01-05T08:00',
          end: '2026-01-05T18:00',
          rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
        },
      ],
    },
    testingWindow: {
      title: 'Testing window',
      description:
        'The integration and acceptance testing of one planned release. A release planned to deploy before its testing window ends is a `lead-time` error.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'product', 'release', 'start', 'end'],
      properties: {
        id: {
          $ref: '#/$defs/slug',
          title: 'Id',
          description: 'A stable id, unique in the calendar.',
          examples: ['payments-api-2-4-0-testing'],
        },
        name: {
          $ref: '#/$defs/text',
          title: 'Name',
          description: 'What is tested, as the calendar shows it.',
          examples: ['payments-api 2.4.0 acceptance testing'],
        },
        description: {
          $ref: '#/$defs/text',
          title: 'Description',
          description: 'What happens in the window: environments, test suites, who signs off.',
          examples: ['Integration and acceptance testing on staging.'],
        },
        product: {
          $ref: '#/$defs/slug',
          title: 'Product',
          description: 'The product tested, as in its release.yml.',
          examples: ['payments-api'],
        },
        release: {
          $ref: '#/$defs/semver',
          title: 'Release',
          description: 'The version tested.',
          examples: ['2.4.0'],
        },
        start: {
          $ref: '#/$defs/localDateTime',
          title: 'Start',
          description:
            'When testing starts, in the calendar\u2019s zone: a date (from 00:00) or a date and time.',
          examples: ['2026-11-24'],
        },
        end: {
          $ref: '#/$defs/localDateTime',
          title: 'End (exclusive)',
          description:
            'When testing is done, exclusive: a date means 00:00 of that day. The release may deploy from here on.',
          examples: ['2026-12-05'],
        },
      },
      examples: [
        {
          id: 'payments-api-2-4-0-testing',
          name: 'payments-api 2.4.0 acceptance testing',
          product: 'payments-api',
          release: '2.4.0',
          start: '2026-11-24',
          end: '2026-12-05',
        },
      ],
    },
  },
  examples: [
    {
      title: 'OctoAcme release calendar',
      timezone: 'America/New_York',
      blackouts: [
        {
          id: 'weekend',
          name: 'No weekend deploys',
          reason: 'No deploys from Friday 15:00 to Monday 09:00, when fewer people are on hand to respond.',
          start: '2026-01-02T15:00',
          end: '2026-01-05T09:00',
          rrule: 'FREQ=WEEKLY',
          blocks: ['patch', 'minor', 'major'],
          enforcement: 'hard',
          exception: {
            types: ['patch'],
            incident_severities: ['SEV1', 'SEV2'],
            approved_by: ['release-manager'],
          },
        },
      ],
      holidays: {
        blocks: ['minor', 'major'],
        enforcement: 'soft',
        dates: [{ date: '2026-11-26', name: 'Thanksgiving Day' }],
      },
      code_freezes: [
        {
          id: 'payments-api-2-4-0',
          name: 'payments-api 2.4.0 code freeze',
          date: '2026-11-24',
          product: 'payments-api',
          release: '2.4.0',
        },
      ],
      maintenance: [
        {
          id: 'db-maintenance',
          name: 'Database maintenance',
          start: '2026-01-03T02:00',
          end: '2026-01-03T06:00',
          rrule: 'FREQ=MONTHLY;BYDAY=+1SA',
          systems: ['postgres'],
        },
      ],
      releases: [
        {
          product: 'payments-api',
          version: '2.4.0',
          type: 'minor',
          date: '2026-12-08T15:00:00-05:00',
          window_end: '2026-12-08T17:00:00-05:00',
          manager: '@dana',
          depends_on: [{ product: 'ledger', version: '5.1.0' }],
        },
      ],
    },
  ],
};
var schema32 = {
  title: 'a text with at least one character that is not a space',
  description: 'Free text; it must not be empty or only whitespace.',
  type: 'string',
  pattern: '\\S',
  maxLength: 2e3,
  examples: ['SEV1 fix for INC-4821'],
};
var schema34 = {
  title: 'an IANA time zone name like America/New_York or UTC (fixed offsets are refused)',
  description:
    'A zone from the IANA time zone database, Area/Location (America/New_York, Europe/Berlin, America/Argentina/Buenos_Aires), or UTC / Etc/UTC. Fixed offsets such as -05:00, UTC+1, GMT-5 or Etc/GMT+5 are refused because they ignore daylight-saving time. The checker also verifies the zone exists.',
  type: 'string',
  pattern:
    '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
  maxLength: 64,
  examples: ['America/New_York', 'UTC', 'America/Argentina/Buenos_Aires'],
};
var schema46 = {
  title: 'an enforcement level',
  description: 'hard (error) or soft (warning).',
  type: 'string',
  enum: ['hard', 'soft'],
  examples: ['hard'],
};
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var pattern4 = new RegExp('\\S', 'u');
var pattern6 = new RegExp(
  '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
  'u',
);
var schema35 = {
  title: 'Blackout window',
  description:
    'A period when releases of the listed types are blocked. With `rrule` it repeats; without, it happens once.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'reason', 'start', 'end', 'blocks', 'enforcement'],
  properties: {
    id: {
      $ref: '#/$defs/slug',
      title: 'Id',
      description:
        'A stable id, unique in the calendar: findings name it and the .ics feed derives its UID from it.',
      examples: ['year-end-freeze', 'weekend'],
    },
    name: {
      $ref: '#/$defs/text',
      title: 'Name',
      description: 'The window\u2019s name, as findings and the calendar show it.',
      examples: ['Year-end freeze'],
    },
    reason: {
      $ref: '#/$defs/text',
      title: 'Reason',
      description: 'Why releases are blocked in this window.',
      examples: ['Reduced staffing over the holidays.'],
    },
    start: {
      $ref: '#/$defs/localDateTime',
      title: 'Start',
      description: 'The start of the first occurrence, in the zone: a date (from 00:00) or a date and time.',
      examples: ['2025-12-18', '2026-01-02T15:00'],
    },
    end: {
      $ref: '#/$defs/localDateTime',
      title: 'End (exclusive)',
      description:
        'The end of the first occurrence, exclusive: a date means 00:00 of that day, so `end: 2026-01-04` blocks up to the end of January 3. After `start`.',
      examples: ['2026-01-04', '2026-01-05T09:00'],
    },
    timezone: {
      $ref: '#/$defs/ianaTimezone',
      title: 'Time zone',
      description: 'The zone of `start`, `end` and `exdates`, if not the calendar\u2019s.',
      examples: ['America/New_York', 'Europe/Berlin'],
    },
    rrule: {
      $ref: '#/$defs/rrule',
      title: 'Recurrence rule',
      description:
        'An RFC 5545 RRULE value that repeats the window: `start` is the first occurrence (DTSTART) and every occurrence keeps the duration from `start` to `end`, in wall-clock time of the zone (across DST changes too). FREQ comes first; no DTSTART, no BYHOUR/BYMINUTE/BYSECOND: the time of day is the one in `start`.',
      examples: ['FREQ=WEEKLY', 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH', 'FREQ=MONTHLY;BYDAY=+1SA'],
    },
    exdates: {
      title: 'Skipped occurrences',
      description: 'Starts of occurrences of the window to skip (RFC 5545 EXDATE), written like `start`.',
      type: 'array',
      items: { $ref: '#/$defs/localDateTime' },
      uniqueItems: true,
      examples: [['2026-12-25T15:00']],
    },
    blocks: {
      $ref: '#/$defs/blocks',
      title: 'Blocked release types',
      description: 'The release types this window blocks.',
      examples: [['patch', 'minor', 'major']],
    },
    enforcement: {
      $ref: '#/$defs/enforcement',
      title: 'Enforcement',
      description: 'hard: a release in the window is an error; soft: a warning.',
      examples: ['hard'],
    },
    exception: {
      $ref: '#/$defs/blackoutException',
      title: 'Emergency exception',
      description:
        'Who may pass this window, and for which releases. Without it, the policy\u2019s `exceptions.waivable.blackout-window` decides who may waive it.',
      examples: [
        { types: ['patch'], incident_severities: ['SEV1', 'SEV2'], approved_by: ['release-manager'] },
      ],
    },
    products: {
      $ref: '#/$defs/products',
      title: 'Products',
      description:
        'Scope: the window blocks only releases of these products (with `systems` too: releases of these products or touching these systems). Leave out both for a window that blocks every release.',
      examples: [['payments-api']],
    },
    systems: {
      $ref: '#/$defs/systems',
      title: 'Systems',
      description:
        'Scope: the window blocks only releases whose release.yml lists one of these systems under `systems` (with `products` too: or that are releases of those products). Leave out both for a window that blocks every release.',
      examples: [['payments-db']],
    },
  },
  examples: [
    {
      id: 'weekend',
      name: 'No weekend deploys',
      reason: 'No deploys from Friday 15:00 to Monday 09:00, when fewer people are on hand to respond.',
      start: '2026-01-02T15:00',
      end: '2026-01-05T09:00',
      rrule: 'FREQ=WEEKLY',
      blocks: ['patch', 'minor', 'major'],
      enforcement: 'hard',
      exception: {
        types: ['patch'],
        incident_severities: ['SEV1', 'SEV2'],
        approved_by: ['release-manager'],
      },
    },
  ],
};
var schema36 = {
  title: 'a lowercase slug (letters, digits and single hyphens)',
  description: 'Lowercase letters and digits, words joined by single hyphens, at most 64 characters.',
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['payments-api', 'ledger', 'checkout-web'],
};
var schema39 = {
  title: 'a local date (like 2026-12-18) or date and time (like 2026-01-02T15:00) without an offset',
  description:
    'A wall-clock value in the entry\u2019s zone: YYYY-MM-DD (that day at 00:00) or YYYY-MM-DDTHH:MM. No seconds and no offset: the zone gives the offset.',
  type: 'string',
  pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
  examples: ['2026-12-18', '2026-01-02T15:00'],
};
var schema42 = {
  title: 'an RFC 5545 RRULE value starting with FREQ= (like FREQ=WEEKLY)',
  description:
    'FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, then ;-separated rule parts UNTIL, COUNT, INTERVAL, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS or WKST. No DTSTART (that is `start`) and no BYHOUR, BYMINUTE or BYSECOND.',
  type: 'string',
  pattern:
    '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
  maxLength: 300,
  examples: ['FREQ=WEEKLY', 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH'],
};
var func0 = require_equal().default;
var pattern7 = new RegExp('^[a-z0-9]+(?:-[a-z0-9]+)*$', 'u');
var pattern10 = new RegExp(
  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
  'u',
);
var pattern13 = new RegExp(
  '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
  'u',
);
var schema44 = {
  title: 'a list of release types',
  description: 'patch, minor and/or major, each at most once.',
  type: 'array',
  items: { $ref: '#/$defs/releaseType' },
  minItems: 1,
  uniqueItems: true,
  examples: [['minor', 'major']],
};
var schema45 = {
  title: 'a release type',
  description: 'patch (1.2.3 \u2192 1.2.4), minor (1.2.0 \u2192 1.3.0) or major (1.0.0 \u2192 2.0.0).',
  type: 'string',
  enum: ['patch', 'minor', 'major'],
  examples: ['minor'],
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
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minItems',
        keyword: 'minItems',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 items',
        schema: 1,
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
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 !== 'string') {
        const err1 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/$defs/releaseType/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema45.type,
          parentSchema: schema45,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === 'patch' || data0 === 'minor' || data0 === 'major')) {
        const err2 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/$defs/releaseType/enum',
          keyword: 'enum',
          params: { allowedValues: schema45.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema45.enum,
          parentSchema: schema45,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--;) {
        for (j0 = i1; j0--;) {
          if (func0(data[i1], data[j0])) {
            const err3 = {
              instancePath,
              schemaPath: '#/uniqueItems',
              keyword: 'uniqueItems',
              params: { i: i1, j: j0 },
              message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
              schema: true,
              parentSchema: schema44,
              data,
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema44.type,
      parentSchema: schema44,
      data,
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
var schema47 = {
  title: 'Emergency exception',
  description:
    'Which releases may pass this window and who approves them. A release passes when its type is in `types`, its `incident.severity` is in `incident_severities`, and its `exceptions` hold a valid `blackout-window` waiver approved by a holder of one of `approved_by` (these roles replace the policy\u2019s granting roles for this window). Without an `exception`, a window follows the policy alone: any release may pass with a waiver approved by a role in the policy\u2019s `exceptions.waivable.blackout-window`.',
  type: 'object',
  additionalProperties: false,
  required: ['types', 'approved_by'],
  properties: {
    types: {
      $ref: '#/$defs/blocks',
      title: 'Release types',
      description: 'The release types that may pass (OctoAcme: patch).',
      examples: [['patch']],
    },
    incident_severities: {
      title: 'Incident severities',
      description:
        'The severities of the incident the release must fix (release.yml `incident.severity`). Leave out to use the policy\u2019s `incidents.emergency`.',
      type: 'array',
      items: { $ref: '#/$defs/incidentSeverity' },
      minItems: 1,
      uniqueItems: true,
      examples: [['SEV1', 'SEV2']],
    },
    approved_by: {
      title: 'Approved by (roles)',
      description: 'The policy roles whose holders may approve the waiver.',
      type: 'array',
      items: { $ref: '#/$defs/roleId' },
      minItems: 1,
      uniqueItems: true,
      examples: [['release-manager']],
    },
  },
  examples: [{ types: ['patch'], incident_severities: ['SEV1', 'SEV2'], approved_by: ['release-manager'] }],
};
var schema48 = {
  title: 'an incident severity',
  description:
    'SEV1 (critical), SEV2 (high), SEV3 (medium) or SEV4 (low), from the guide\u2019s incident severity levels.',
  type: 'string',
  enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
  examples: ['SEV1'],
};
var schema49 = {
  title: 'a role id (lowercase words joined by hyphens, like "qa-lead")',
  description:
    'The id of a role defined under `roles` in the policy, such as release-manager, qa-lead or tech-lead. Written in lowercase with hyphens; the policy loader checks that the role exists.',
  type: 'string',
  pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
  maxLength: 64,
  examples: ['release-manager', 'qa-lead'],
};
var pattern15 = new RegExp('^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$', 'u');
function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.types === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'types' },
        message: "must have required property 'types'",
        schema: schema47.required,
        parentSchema: schema47,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.approved_by === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'approved_by' },
        message: "must have required property 'approved_by'",
        schema: schema47.required,
        parentSchema: schema47,
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
      if (!(key0 === 'types' || key0 === 'incident_severities' || key0 === 'approved_by')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema47,
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
    if (data.types !== void 0) {
      if (
        !validate22(data.types, {
          instancePath: instancePath + '/types',
          parentData: data,
          parentDataProperty: 'types',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.incident_severities !== void 0) {
      let data1 = data.incident_severities;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err3 = {
            instancePath: instancePath + '/incident_severities',
            schemaPath: '#/properties/incident_severities/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema47.properties.incident_severities,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== 'string') {
            const err4 = {
              instancePath: instancePath + '/incident_severities/' + i0,
              schemaPath: '#/$defs/incidentSeverity/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema48.type,
              parentSchema: schema48,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (!(data2 === 'SEV1' || data2 === 'SEV2' || data2 === 'SEV3' || data2 === 'SEV4')) {
            const err5 = {
              instancePath: instancePath + '/incident_severities/' + i0,
              schemaPath: '#/$defs/incidentSeverity/enum',
              keyword: 'enum',
              params: { allowedValues: schema48.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema48.enum,
              parentSchema: schema48,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data1[i1], data1[j0])) {
                const err6 = {
                  instancePath: instancePath + '/incident_severities',
                  schemaPath: '#/properties/incident_severities/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema47.properties.incident_severities,
                  data: data1,
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
          instancePath: instancePath + '/incident_severities',
          schemaPath: '#/properties/incident_severities/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema47.properties.incident_severities.type,
          parentSchema: schema47.properties.incident_severities,
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
    if (data.approved_by !== void 0) {
      let data3 = data.approved_by;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err8 = {
            instancePath: instancePath + '/approved_by',
            schemaPath: '#/properties/approved_by/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema47.properties.approved_by,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data4 = data3[i2];
          if (typeof data4 === 'string') {
            if (func2(data4) > 64) {
              const err9 = {
                instancePath: instancePath + '/approved_by/' + i2,
                schemaPath: '#/$defs/roleId/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema49,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern15.test(data4)) {
              const err10 = {
                instancePath: instancePath + '/approved_by/' + i2,
                schemaPath: '#/$defs/roleId/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' },
                message: 'must match pattern "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"',
                schema: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
                parentSchema: schema49,
                data: data4,
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
              instancePath: instancePath + '/approved_by/' + i2,
              schemaPath: '#/$defs/roleId/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema49.type,
              parentSchema: schema49,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        let i3 = data3.length;
        let j1;
        if (i3 > 1) {
          outer1: for (; i3--;) {
            for (j1 = i3; j1--;) {
              if (func0(data3[i3], data3[j1])) {
                const err12 = {
                  instancePath: instancePath + '/approved_by',
                  schemaPath: '#/properties/approved_by/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i3, j: j1 },
                  message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i3 + ' are identical)',
                  schema: true,
                  parentSchema: schema47.properties.approved_by,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/approved_by',
          schemaPath: '#/properties/approved_by/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema47.properties.approved_by.type,
          parentSchema: schema47.properties.approved_by,
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
  } else {
    const err14 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema47.type,
      parentSchema: schema47,
      data,
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema50 = {
  title: 'a list of products',
  description: 'Product slugs, as release.yml names them in `product`, each at most once.',
  type: 'array',
  items: { $ref: '#/$defs/slug' },
  minItems: 1,
  uniqueItems: true,
  examples: [['payments-api', 'ledger']],
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
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minItems',
        keyword: 'minItems',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 items',
        schema: 1,
        parentSchema: schema50,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err1 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema36,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern7.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema36,
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
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.type,
          parentSchema: schema36,
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
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--;) {
        for (j0 = i1; j0--;) {
          if (func0(data[i1], data[j0])) {
            const err4 = {
              instancePath,
              schemaPath: '#/uniqueItems',
              keyword: 'uniqueItems',
              params: { i: i1, j: j0 },
              message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
              schema: true,
              parentSchema: schema50,
              data,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema50.type,
      parentSchema: schema50,
      data,
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
var schema52 = {
  title: 'a list of systems (configuration items)',
  description:
    'System slugs (databases, clusters, queues, shared services), each at most once: what release.yml lists under `systems`.',
  type: 'array',
  items: { $ref: '#/$defs/slug' },
  minItems: 1,
  uniqueItems: true,
  examples: [['payments-db', 'ledger-db']],
};
function validate29(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minItems',
        keyword: 'minItems',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 items',
        schema: 1,
        parentSchema: schema52,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err1 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema36,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern7.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema36,
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
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.type,
          parentSchema: schema36,
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
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--;) {
        for (j0 = i1; j0--;) {
          if (func0(data[i1], data[j0])) {
            const err4 = {
              instancePath,
              schemaPath: '#/uniqueItems',
              keyword: 'uniqueItems',
              params: { i: i1, j: j0 },
              message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
              schema: true,
              parentSchema: schema52,
              data,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
      message: 'must be array',
      schema: schema52.type,
      parentSchema: schema52,
      data,
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
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
    if (data.id === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property 'id'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property 'name'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'reason' },
        message: "must have required property 'reason'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.start === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'start' },
        message: "must have required property 'start'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.end === void 0) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'end' },
        message: "must have required property 'end'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.blocks === void 0) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'blocks' },
        message: "must have required property 'blocks'",
        schema: schema35.required,
        parentSchema: schema35,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.enforcement === void 0) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'enforcement' },
        message: "must have required property 'enforcement'",
        schema: schema35.required,
        parentSchema: schema35,
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
      if (!func1.call(schema35.properties, key0)) {
        const err7 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema35,
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
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err8 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema36,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern7.test(data0)) {
          const err9 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema36,
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
          instancePath: instancePath + '/id',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.type,
          parentSchema: schema36,
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
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err11 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema32,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err12 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema32,
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
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
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
    if (data.reason !== void 0) {
      let data2 = data.reason;
      if (typeof data2 === 'string') {
        if (func2(data2) > 2e3) {
          const err14 = {
            instancePath: instancePath + '/reason',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema32,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err15 = {
            instancePath: instancePath + '/reason',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema32,
            data: data2,
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
          instancePath: instancePath + '/reason',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data3 = data.start;
      if (typeof data3 === 'string') {
        if (!pattern10.test(data3)) {
          const err17 = {
            instancePath: instancePath + '/start',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            parentSchema: schema39,
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
          instancePath: instancePath + '/start',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
          parentSchema: schema39,
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
    if (data.end !== void 0) {
      let data4 = data.end;
      if (typeof data4 === 'string') {
        if (!pattern10.test(data4)) {
          const err19 = {
            instancePath: instancePath + '/end',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            parentSchema: schema39,
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
          instancePath: instancePath + '/end',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
          parentSchema: schema39,
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
    if (data.timezone !== void 0) {
      let data5 = data.timezone;
      if (typeof data5 === 'string') {
        if (func2(data5) > 64) {
          const err21 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema34,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (!pattern6.test(data5)) {
          const err22 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            },
            message:
              'must match pattern "^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$"',
            schema:
              '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            parentSchema: schema34,
            data: data5,
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
          instancePath: instancePath + '/timezone',
          schemaPath: '#/$defs/ianaTimezone/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema34.type,
          parentSchema: schema34,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.rrule !== void 0) {
      let data6 = data.rrule;
      if (typeof data6 === 'string') {
        if (func2(data6) > 300) {
          const err24 = {
            instancePath: instancePath + '/rrule',
            schemaPath: '#/$defs/rrule/maxLength',
            keyword: 'maxLength',
            params: { limit: 300 },
            message: 'must NOT have more than 300 characters',
            schema: 300,
            parentSchema: schema42,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (!pattern13.test(data6)) {
          const err25 = {
            instancePath: instancePath + '/rrule',
            schemaPath: '#/$defs/rrule/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
            },
            message:
              'must match pattern "^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$"',
            schema:
              '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
            parentSchema: schema42,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/rrule',
          schemaPath: '#/$defs/rrule/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema42.type,
          parentSchema: schema42,
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
    if (data.exdates !== void 0) {
      let data7 = data.exdates;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 === 'string') {
            if (!pattern10.test(data8)) {
              const err27 = {
                instancePath: instancePath + '/exdates/' + i0,
                schemaPath: '#/$defs/localDateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
                parentSchema: schema39,
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
              instancePath: instancePath + '/exdates/' + i0,
              schemaPath: '#/$defs/localDateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema39.type,
              parentSchema: schema39,
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
        let i1 = data7.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data7[i1], data7[j0])) {
                const err29 = {
                  instancePath: instancePath + '/exdates',
                  schemaPath: '#/properties/exdates/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema35.properties.exdates,
                  data: data7,
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err30 = {
          instancePath: instancePath + '/exdates',
          schemaPath: '#/properties/exdates/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema35.properties.exdates.type,
          parentSchema: schema35.properties.exdates,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.blocks !== void 0) {
      if (
        !validate22(data.blocks, {
          instancePath: instancePath + '/blocks',
          parentData: data,
          parentDataProperty: 'blocks',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.enforcement !== void 0) {
      let data10 = data.enforcement;
      if (typeof data10 !== 'string') {
        const err31 = {
          instancePath: instancePath + '/enforcement',
          schemaPath: '#/$defs/enforcement/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema46.type,
          parentSchema: schema46,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (!(data10 === 'hard' || data10 === 'soft')) {
        const err32 = {
          instancePath: instancePath + '/enforcement',
          schemaPath: '#/$defs/enforcement/enum',
          keyword: 'enum',
          params: { allowedValues: schema46.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema46.enum,
          parentSchema: schema46,
          data: data10,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.exception !== void 0) {
      if (
        !validate24(data.exception, {
          instancePath: instancePath + '/exception',
          parentData: data,
          parentDataProperty: 'exception',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.products !== void 0) {
      if (
        !validate27(data.products, {
          instancePath: instancePath + '/products',
          parentData: data,
          parentDataProperty: 'products',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.systems !== void 0) {
      if (
        !validate29(data.systems, {
          instancePath: instancePath + '/systems',
          parentData: data,
          parentDataProperty: 'systems',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err33 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema35.type,
      parentSchema: schema35,
      data,
    };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema56 = {
  title: 'Holiday',
  description: 'One holiday: a whole day.',
  type: 'object',
  additionalProperties: false,
  required: ['date', 'name'],
  properties: {
    date: {
      $ref: '#/$defs/localDate',
      title: 'Date',
      description: 'The day (observed date when the holiday falls on a weekend).',
      examples: ['2026-11-26'],
    },
    name: {
      $ref: '#/$defs/text',
      title: 'Name',
      description: 'The holiday\u2019s name.',
      examples: ['Thanksgiving Day'],
    },
  },
  examples: [{ date: '2026-11-26', name: 'Thanksgiving Day' }],
};
var schema57 = {
  title: 'a date (like 2026-11-26)',
  description: 'YYYY-MM-DD, a whole day in the zone.',
  type: 'string',
  pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$',
  format: 'date',
  examples: ['2026-11-26'],
};
var formats0 = require_formats().fullFormats.date;
var pattern19 = new RegExp('^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$', 'u');
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
    if (data.date === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'date' },
        message: "must have required property 'date'",
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
    if (data.name === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property 'name'",
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
    for (const key0 in data) {
      if (!(key0 === 'date' || key0 === 'name')) {
        const err2 = {
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
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data0 = data.date;
      if (typeof data0 === 'string') {
        if (!pattern19.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/localDate/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$' },
            message: 'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$',
            parentSchema: schema57,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!formats0.validate(data0)) {
          const err4 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/localDate/format',
            keyword: 'format',
            params: { format: 'date' },
            message: 'must match format "date"',
            schema: 'date',
            parentSchema: schema57,
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
          instancePath: instancePath + '/date',
          schemaPath: '#/$defs/localDate/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema57.type,
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
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err6 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema32,
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
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
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
      } else {
        const err8 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
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
    }
  } else {
    const err9 = {
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
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema59 = {
  title: 'Code freeze',
  description: 'A code freeze (branch cut) date, for one release, one product or everyone.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'date'],
  properties: {
    id: {
      $ref: '#/$defs/slug',
      title: 'Id',
      description: 'A stable id, unique in the calendar.',
      examples: ['payments-api-2-4-0'],
    },
    name: {
      $ref: '#/$defs/text',
      title: 'Name',
      description: 'What is frozen, as the calendar shows it.',
      examples: ['payments-api 2.4.0 code freeze'],
    },
    date: {
      $ref: '#/$defs/localDate',
      title: 'Date',
      description: 'The day the branch is cut, in the calendar\u2019s zone.',
      examples: ['2026-11-24'],
    },
    product: {
      $ref: '#/$defs/slug',
      title: 'Product',
      description: 'The product frozen; leave out for a freeze that applies to every product.',
      examples: ['payments-api'],
    },
    release: {
      $ref: '#/$defs/semver',
      title: 'Release',
      description: 'The version whose branch is cut.',
      examples: ['2.4.0'],
    },
  },
  examples: [
    {
      id: 'payments-api-2-4-0',
      name: 'payments-api 2.4.0 code freeze',
      date: '2026-11-24',
      product: 'payments-api',
      release: '2.4.0',
    },
  ],
};
var schema64 = {
  title: 'a SemVer 2.0.0 version string (like "2.4.0", without a leading "v")',
  description:
    'MAJOR.MINOR.PATCH with optional -pre-release and +build parts, exactly as https://semver.org/spec/v2.0.0.html defines it (its official regular expression). Quote it in YAML: 1.10 unquoted is the number 1.1.',
  type: 'string',
  pattern:
    '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
  maxLength: 256,
  examples: ['2.4.0', '1.2.4', '3.0.0-rc.1'],
};
var pattern25 = new RegExp(
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$',
  'u',
);
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
    if (data.id === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property 'id'",
        schema: schema59.required,
        parentSchema: schema59,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property 'name'",
        schema: schema59.required,
        parentSchema: schema59,
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
        schema: schema59.required,
        parentSchema: schema59,
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
      if (!(
        key0 === 'id' ||
        key0 === 'name' ||
        key0 === 'date' ||
        key0 === 'product' ||
        key0 === 'release'
      )) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema59,
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
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err4 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema36,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern7.test(data0)) {
          const err5 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema36,
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
          instancePath: instancePath + '/id',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.type,
          parentSchema: schema36,
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
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err7 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
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
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
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
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/text/type',
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
    if (data.date !== void 0) {
      let data2 = data.date;
      if (typeof data2 === 'string') {
        if (!pattern19.test(data2)) {
          const err10 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/localDate/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$' },
            message: 'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$',
            parentSchema: schema57,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!formats0.validate(data2)) {
          const err11 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/localDate/format',
            keyword: 'format',
            params: { format: 'date' },
            message: 'must match format "date"',
            schema: 'date',
            parentSchema: schema57,
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
          instancePath: instancePath + '/date',
          schemaPath: '#/$defs/localDate/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema57.type,
          parentSchema: schema57,
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
    if (data.product !== void 0) {
      let data3 = data.product;
      if (typeof data3 === 'string') {
        if (func2(data3) > 64) {
          const err13 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema36,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern7.test(data3)) {
          const err14 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema36,
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
          instancePath: instancePath + '/product',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.type,
          parentSchema: schema36,
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
    if (data.release !== void 0) {
      let data4 = data.release;
      if (typeof data4 === 'string') {
        if (func2(data4) > 256) {
          const err16 = {
            instancePath: instancePath + '/release',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema64,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern25.test(data4)) {
          const err17 = {
            instancePath: instancePath + '/release',
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
            parentSchema: schema64,
            data: data4,
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
          instancePath: instancePath + '/release',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema64.type,
          parentSchema: schema64,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema59.type,
      parentSchema: schema59,
      data,
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema65 = {
  title: 'Deployment window',
  description:
    'A period in which releases of the listed types are allowed. Once a release type has deployment windows (in scope for the release), a release of that type whose whole deployment window is not inside one occurrence is a `blackout-window` finding naming the next allowed window; blackouts still apply inside a deployment window (deny beats allow).',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'types', 'enforcement', 'start', 'end'],
  properties: {
    id: {
      $ref: '#/$defs/slug',
      title: 'Id',
      description:
        'A stable id, unique in the calendar: findings name it and the .ics feed derives its UID from it.',
      examples: ['weekday-hours'],
    },
    name: {
      $ref: '#/$defs/text',
      title: 'Name',
      description: 'The window\u2019s name, as findings and the calendar show it.',
      examples: ['Weekday deploy hours'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'Why releases are allowed in this window, or who staffs it.',
      examples: ['The on-call team is at work.'],
    },
    types: {
      $ref: '#/$defs/blocks',
      title: 'Release types',
      description:
        'The release types this window allows. A type listed by no deployment window may deploy at any time that no blackout blocks.',
      examples: [['minor', 'major']],
    },
    enforcement: {
      $ref: '#/$defs/enforcement',
      title: 'Enforcement',
      description:
        'hard: a release outside every window of its type is an error; soft: a warning. With several windows for a type, the hardest decides.',
      examples: ['soft'],
    },
    start: {
      $ref: '#/$defs/localDateTime',
      title: 'Start',
      description: 'The start of the first occurrence, in the zone: a date (from 00:00) or a date and time.',
      examples: ['2026-01-05T08:00'],
    },
    end: {
      $ref: '#/$defs/localDateTime',
      title: 'End (exclusive)',
      description: 'The end of the first occurrence, exclusive. After `start`.',
      examples: ['2026-01-05T18:00'],
    },
    timezone: {
      $ref: '#/$defs/ianaTimezone',
      title: 'Time zone',
      description: 'The zone of `start`, `end` and `exdates`, if not the calendar\u2019s.',
      examples: ['America/New_York'],
    },
    rrule: {
      $ref: '#/$defs/rrule',
      title: 'Recurrence rule',
      description:
        'An RFC 5545 RRULE value that repeats the window, as for blackouts: `start` is the first occurrence and every occurrence keeps the wall-clock length from `start` to `end`.',
      examples: ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
    },
    exdates: {
      title: 'Skipped occurrences',
      description: 'Starts of occurrences of the window to skip (RFC 5545 EXDATE), written like `start`.',
      type: 'array',
      items: { $ref: '#/$defs/localDateTime' },
      uniqueItems: true,
      examples: [['2026-12-25T08:00']],
    },
    products: {
      $ref: '#/$defs/products',
      title: 'Products',
      description:
        'Scope: the window applies only to releases of these products (with `systems` too: or touching those systems). Leave out both for every release of the listed types.',
      examples: [['payments-api']],
    },
    systems: {
      $ref: '#/$defs/systems',
      title: 'Systems',
      description:
        'Scope: the window applies only to releases that list one of these systems (with `products` too: or are releases of those products).',
      examples: [['payments-db']],
    },
  },
  examples: [
    {
      id: 'weekday-hours',
      name: 'Weekday deploy hours',
      types: ['minor', 'major'],
      enforcement: 'soft',
      start: '2026-01-05T08:00',
      end: '2026-01-05T18:00',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    },
  ],
};
function validate38(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property 'id'",
        schema: schema65.required,
        parentSchema: schema65,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property 'name'",
        schema: schema65.required,
        parentSchema: schema65,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.types === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'types' },
        message: "must have required property 'types'",
        schema: schema65.required,
        parentSchema: schema65,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.enforcement === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'enforcement' },
        message: "must have required property 'enforcement'",
        schema: schema65.required,
        parentSchema: schema65,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.start === void 0) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'start' },
        message: "must have required property 'start'",
        schema: schema65.required,
        parentSchema: schema65,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.end === void 0) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'end' },
        message: "must have required property 'end'",
        schema: schema65.required,
        parentSchema: schema65,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema65.properties, key0)) {
        const err6 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema65,
          data,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err7 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema36,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern7.test(data0)) {
          const err8 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema36,
            data: data0,
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
          instancePath: instancePath + '/id',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.type,
          parentSchema: schema36,
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
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err10 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema32,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err11 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema32,
            data: data1,
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
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func2(data2) > 2e3) {
          const err13 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema32,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err14 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema32,
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
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
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
    if (data.types !== void 0) {
      if (
        !validate22(data.types, {
          instancePath: instancePath + '/types',
          parentData: data,
          parentDataProperty: 'types',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.enforcement !== void 0) {
      let data4 = data.enforcement;
      if (typeof data4 !== 'string') {
        const err16 = {
          instancePath: instancePath + '/enforcement',
          schemaPath: '#/$defs/enforcement/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema46.type,
          parentSchema: schema46,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data4 === 'hard' || data4 === 'soft')) {
        const err17 = {
          instancePath: instancePath + '/enforcement',
          schemaPath: '#/$defs/enforcement/enum',
          keyword: 'enum',
          params: { allowedValues: schema46.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema46.enum,
          parentSchema: schema46,
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
    if (data.start !== void 0) {
      let data5 = data.start;
      if (typeof data5 === 'string') {
        if (!pattern10.test(data5)) {
          const err18 = {
            instancePath: instancePath + '/start',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            parentSchema: schema39,
            data: data5,
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
          instancePath: instancePath + '/start',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
          parentSchema: schema39,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.end !== void 0) {
      let data6 = data.end;
      if (typeof data6 === 'string') {
        if (!pattern10.test(data6)) {
          const err20 = {
            instancePath: instancePath + '/end',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            parentSchema: schema39,
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
          instancePath: instancePath + '/end',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
          parentSchema: schema39,
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
    if (data.timezone !== void 0) {
      let data7 = data.timezone;
      if (typeof data7 === 'string') {
        if (func2(data7) > 64) {
          const err22 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema34,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (!pattern6.test(data7)) {
          const err23 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            },
            message:
              'must match pattern "^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$"',
            schema:
              '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            parentSchema: schema34,
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
          instancePath: instancePath + '/timezone',
          schemaPath: '#/$defs/ianaTimezone/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema34.type,
          parentSchema: schema34,
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
    if (data.rrule !== void 0) {
      let data8 = data.rrule;
      if (typeof data8 === 'string') {
        if (func2(data8) > 300) {
          const err25 = {
            instancePath: instancePath + '/rrule',
            schemaPath: '#/$defs/rrule/maxLength',
            keyword: 'maxLength',
            params: { limit: 300 },
            message: 'must NOT have more than 300 characters',
            schema: 300,
            parentSchema: schema42,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (!pattern13.test(data8)) {
          const err26 = {
            instancePath: instancePath + '/rrule',
            schemaPath: '#/$defs/rrule/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
            },
            message:
              'must match pattern "^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$"',
            schema:
              '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
            parentSchema: schema42,
            data: data8,
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
          instancePath: instancePath + '/rrule',
          schemaPath: '#/$defs/rrule/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema42.type,
          parentSchema: schema42,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.exdates !== void 0) {
      let data9 = data.exdates;
      if (Array.isArray(data9)) {
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (typeof data10 === 'string') {
            if (!pattern10.test(data10)) {
              const err28 = {
                instancePath: instancePath + '/exdates/' + i0,
                schemaPath: '#/$defs/localDateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
                parentSchema: schema39,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = {
              instancePath: instancePath + '/exdates/' + i0,
              schemaPath: '#/$defs/localDateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema39.type,
              parentSchema: schema39,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        let i1 = data9.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data9[i1], data9[j0])) {
                const err30 = {
                  instancePath: instancePath + '/exdates',
                  schemaPath: '#/properties/exdates/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema65.properties.exdates,
                  data: data9,
                };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err31 = {
          instancePath: instancePath + '/exdates',
          schemaPath: '#/properties/exdates/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema65.properties.exdates.type,
          parentSchema: schema65.properties.exdates,
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
    if (data.products !== void 0) {
      if (
        !validate27(data.products, {
          instancePath: instancePath + '/products',
          parentData: data,
          parentDataProperty: 'products',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.systems !== void 0) {
      if (
        !validate29(data.systems, {
          instancePath: instancePath + '/systems',
          parentData: data,
          parentDataProperty: 'systems',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err32 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema65.type,
      parentSchema: schema65,
      data,
    };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema75 = {
  title: 'Testing window',
  description:
    'The integration and acceptance testing of one planned release. A release planned to deploy before its testing window ends is a `lead-time` error.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'product', 'release', 'start', 'end'],
  properties: {
    id: {
      $ref: '#/$defs/slug',
      title: 'Id',
      description: 'A stable id, unique in the calendar.',
      examples: ['payments-api-2-4-0-testing'],
    },
    name: {
      $ref: '#/$defs/text',
      title: 'Name',
      description: 'What is tested, as the calendar shows it.',
      examples: ['payments-api 2.4.0 acceptance testing'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'What happens in the window: environments, test suites, who signs off.',
      examples: ['Integration and acceptance testing on staging.'],
    },
    product: {
      $ref: '#/$defs/slug',
      title: 'Product',
      description: 'The product tested, as in its release.yml.',
      examples: ['payments-api'],
    },
    release: {
      $ref: '#/$defs/semver',
      title: 'Release',
      description: 'The version tested.',
      examples: ['2.4.0'],
    },
    start: {
      $ref: '#/$defs/localDateTime',
      title: 'Start',
      description:
        'When testing starts, in the calendar\u2019s zone: a date (from 00:00) or a date and time.',
      examples: ['2026-11-24'],
    },
    end: {
      $ref: '#/$defs/localDateTime',
      title: 'End (exclusive)',
      description:
        'When testing is done, exclusive: a date means 00:00 of that day. The release may deploy from here on.',
      examples: ['2026-12-05'],
    },
  },
  examples: [
    {
      id: 'payments-api-2-4-0-testing',
      name: 'payments-api 2.4.0 acceptance testing',
      product: 'payments-api',
      release: '2.4.0',
      start: '2026-11-24',
      end: '2026-12-05',
    },
  ],
};
function validate43(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property 'id'",
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
    if (data.name === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property 'name'",
        schema: schema75.required,
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
    if (data.product === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'product' },
        message: "must have required property 'product'",
        schema: schema75.required,
        parentSchema: schema75,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.release === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'release' },
        message: "must have required property 'release'",
        schema: schema75.required,
        parentSchema: schema75,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.start === void 0) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'start' },
        message: "must have required property 'start'",
        schema: schema75.required,
        parentSchema: schema75,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.end === void 0) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'end' },
        message: "must have required property 'end'",
        schema: schema75.required,
        parentSchema: schema75,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'id' ||
        key0 === 'name' ||
        key0 === 'description' ||
        key0 === 'product' ||
        key0 === 'release' ||
        key0 === 'start' ||
        key0 === 'end'
      )) {
        const err6 = {
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
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err7 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema36,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern7.test(data0)) {
          const err8 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema36,
            data: data0,
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
          instancePath: instancePath + '/id',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.type,
          parentSchema: schema36,
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
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err10 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema32,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err11 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema32,
            data: data1,
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
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func2(data2) > 2e3) {
          const err13 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema32,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err14 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema32,
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
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
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
    if (data.product !== void 0) {
      let data3 = data.product;
      if (typeof data3 === 'string') {
        if (func2(data3) > 64) {
          const err16 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema36,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern7.test(data3)) {
          const err17 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema36,
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
          instancePath: instancePath + '/product',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.type,
          parentSchema: schema36,
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
    if (data.release !== void 0) {
      let data4 = data.release;
      if (typeof data4 === 'string') {
        if (func2(data4) > 256) {
          const err19 = {
            instancePath: instancePath + '/release',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema64,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern25.test(data4)) {
          const err20 = {
            instancePath: instancePath + '/release',
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
            parentSchema: schema64,
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
          instancePath: instancePath + '/release',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema64.type,
          parentSchema: schema64,
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
    if (data.start !== void 0) {
      let data5 = data.start;
      if (typeof data5 === 'string') {
        if (!pattern10.test(data5)) {
          const err22 = {
            instancePath: instancePath + '/start',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
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
      } else {
        const err23 = {
          instancePath: instancePath + '/start',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
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
    }
    if (data.end !== void 0) {
      let data6 = data.end;
      if (typeof data6 === 'string') {
        if (!pattern10.test(data6)) {
          const err24 = {
            instancePath: instancePath + '/end',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            parentSchema: schema39,
            data: data6,
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
          instancePath: instancePath + '/end',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
          parentSchema: schema39,
          data: data6,
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
      schema: schema75.type,
      parentSchema: schema75,
      data,
    };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema83 = {
  title: 'Maintenance window',
  description: 'Planned maintenance of shared systems, once or repeating.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'start', 'end', 'systems'],
  properties: {
    id: {
      $ref: '#/$defs/slug',
      title: 'Id',
      description: 'A stable id, unique in the calendar.',
      examples: ['db-maintenance'],
    },
    name: {
      $ref: '#/$defs/text',
      title: 'Name',
      description: 'The window\u2019s name.',
      examples: ['Database maintenance'],
    },
    description: {
      $ref: '#/$defs/text',
      title: 'Description',
      description: 'What happens in the window.',
      examples: ['Minor version upgrades and vacuuming of the shared PostgreSQL clusters.'],
    },
    start: {
      $ref: '#/$defs/localDateTime',
      title: 'Start',
      description: 'The start of the first occurrence, in the zone.',
      examples: ['2026-01-03T02:00'],
    },
    end: {
      $ref: '#/$defs/localDateTime',
      title: 'End (exclusive)',
      description: 'The end of the first occurrence, exclusive.',
      examples: ['2026-01-03T06:00'],
    },
    timezone: {
      $ref: '#/$defs/ianaTimezone',
      title: 'Time zone',
      description: 'The zone of `start`, `end` and `exdates`, if not the calendar\u2019s.',
      examples: ['America/New_York', 'Europe/Berlin'],
    },
    rrule: {
      $ref: '#/$defs/rrule',
      title: 'Recurrence rule',
      description:
        'An RFC 5545 RRULE value that repeats the maintenance window: `start` is the first occurrence (DTSTART) and every occurrence keeps the duration from `start` to `end`, in wall-clock time of the zone (across DST changes too). FREQ comes first; no DTSTART, no BYHOUR/BYMINUTE/BYSECOND: the time of day is the one in `start`.',
      examples: ['FREQ=WEEKLY', 'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH', 'FREQ=MONTHLY;BYDAY=+1SA'],
    },
    exdates: {
      title: 'Skipped occurrences',
      description:
        'Starts of occurrences of the maintenance window to skip (RFC 5545 EXDATE), written like `start`.',
      type: 'array',
      items: { $ref: '#/$defs/localDateTime' },
      uniqueItems: true,
      examples: [['2026-12-25T15:00']],
    },
    systems: {
      title: 'Systems',
      description:
        'The systems under maintenance. A release whose release.yml lists one of them under `systems` and whose window overlaps the maintenance gets a `release-conflict` warning; a release that lists no systems is warned of every maintenance it overlaps, since nobody can tell what it touches.',
      type: 'array',
      items: { $ref: '#/$defs/text' },
      minItems: 1,
      uniqueItems: true,
      examples: [['postgres', 'ledger-db']],
    },
    products: {
      $ref: '#/$defs/products',
      title: 'Products',
      description:
        'Scope: the maintenance concerns releases of these products too, whatever systems they list.',
      examples: [['ledger']],
    },
  },
  examples: [
    {
      id: 'db-maintenance',
      name: 'Database maintenance',
      start: '2026-01-03T02:00',
      end: '2026-01-03T06:00',
      rrule: 'FREQ=MONTHLY;BYDAY=+1SA',
      systems: ['postgres'],
    },
  ],
};
function validate45(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property 'id'",
        schema: schema83.required,
        parentSchema: schema83,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property 'name'",
        schema: schema83.required,
        parentSchema: schema83,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.start === void 0) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'start' },
        message: "must have required property 'start'",
        schema: schema83.required,
        parentSchema: schema83,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.end === void 0) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'end' },
        message: "must have required property 'end'",
        schema: schema83.required,
        parentSchema: schema83,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.systems === void 0) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'systems' },
        message: "must have required property 'systems'",
        schema: schema83.required,
        parentSchema: schema83,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema83.properties, key0)) {
        const err5 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema83,
          data,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err6 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema36,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern7.test(data0)) {
          const err7 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema36,
            data: data0,
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
          instancePath: instancePath + '/id',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.type,
          parentSchema: schema36,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err9 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
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
        if (!pattern4.test(data1)) {
          const err10 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema32,
            data: data1,
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
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func2(data2) > 2e3) {
          const err12 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema32,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err13 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema32,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data3 = data.start;
      if (typeof data3 === 'string') {
        if (!pattern10.test(data3)) {
          const err15 = {
            instancePath: instancePath + '/start',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            parentSchema: schema39,
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
          instancePath: instancePath + '/start',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
          parentSchema: schema39,
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
    if (data.end !== void 0) {
      let data4 = data.end;
      if (typeof data4 === 'string') {
        if (!pattern10.test(data4)) {
          const err17 = {
            instancePath: instancePath + '/end',
            schemaPath: '#/$defs/localDateTime/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            },
            message:
              'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
            schema: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
            parentSchema: schema39,
            data: data4,
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
          instancePath: instancePath + '/end',
          schemaPath: '#/$defs/localDateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema39.type,
          parentSchema: schema39,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data5 = data.timezone;
      if (typeof data5 === 'string') {
        if (func2(data5) > 64) {
          const err19 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema34,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern6.test(data5)) {
          const err20 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            },
            message:
              'must match pattern "^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$"',
            schema:
              '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            parentSchema: schema34,
            data: data5,
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
          instancePath: instancePath + '/timezone',
          schemaPath: '#/$defs/ianaTimezone/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema34.type,
          parentSchema: schema34,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.rrule !== void 0) {
      let data6 = data.rrule;
      if (typeof data6 === 'string') {
        if (func2(data6) > 300) {
          const err22 = {
            instancePath: instancePath + '/rrule',
            schemaPath: '#/$defs/rrule/maxLength',
            keyword: 'maxLength',
            params: { limit: 300 },
            message: 'must NOT have more than 300 characters',
            schema: 300,
            parentSchema: schema42,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (!pattern13.test(data6)) {
          const err23 = {
            instancePath: instancePath + '/rrule',
            schemaPath: '#/$defs/rrule/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
            },
            message:
              'must match pattern "^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$"',
            schema:
              '^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:UNTIL|COUNT|INTERVAL|BYDAY|BYMONTHDAY|BYYEARDAY|BYWEEKNO|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$',
            parentSchema: schema42,
            data: data6,
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
          instancePath: instancePath + '/rrule',
          schemaPath: '#/$defs/rrule/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema42.type,
          parentSchema: schema42,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.exdates !== void 0) {
      let data7 = data.exdates;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 === 'string') {
            if (!pattern10.test(data8)) {
              const err25 = {
                instancePath: instancePath + '/exdates/' + i0,
                schemaPath: '#/$defs/localDateTime/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
                },
                message:
                  'must match pattern "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$"',
                schema:
                  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d)?$',
                parentSchema: schema39,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = {
              instancePath: instancePath + '/exdates/' + i0,
              schemaPath: '#/$defs/localDateTime/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema39.type,
              parentSchema: schema39,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        let i1 = data7.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data7[i1], data7[j0])) {
                const err27 = {
                  instancePath: instancePath + '/exdates',
                  schemaPath: '#/properties/exdates/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message: 'must NOT have duplicate items (items ## ' + j0 + ' and ' + i1 + ' are identical)',
                  schema: true,
                  parentSchema: schema83.properties.exdates,
                  data: data7,
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/exdates',
          schemaPath: '#/properties/exdates/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema83.properties.exdates.type,
          parentSchema: schema83.properties.exdates,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.systems !== void 0) {
      let data9 = data.systems;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err29 = {
            instancePath: instancePath + '/systems',
            schemaPath: '#/properties/systems/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema83.properties.systems,
            data: data9,
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        const len1 = data9.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data10 = data9[i2];
          if (typeof data10 === 'string') {
            if (func2(data10) > 2e3) {
              const err30 = {
                instancePath: instancePath + '/systems/' + i2,
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 2e3 },
                message: 'must NOT have more than 2000 characters',
                schema: 2e3,
                parentSchema: schema32,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (!pattern4.test(data10)) {
              const err31 = {
                instancePath: instancePath + '/systems/' + i2,
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '\\S' },
                message: 'must match pattern "\\S"',
                schema: '\\S',
                parentSchema: schema32,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = {
              instancePath: instancePath + '/systems/' + i2,
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema32.type,
              parentSchema: schema32,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        let i3 = data9.length;
        let j1;
        if (i3 > 1) {
          outer1: for (; i3--;) {
            for (j1 = i3; j1--;) {
              if (func0(data9[i3], data9[j1])) {
                const err33 = {
                  instancePath: instancePath + '/systems',
                  schemaPath: '#/properties/systems/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i3, j: j1 },
                  message: 'must NOT have duplicate items (items ## ' + j1 + ' and ' + i3 + ' are identical)',
                  schema: true,
                  parentSchema: schema83.properties.systems,
                  data: data9,
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/systems',
          schemaPath: '#/properties/systems/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema83.properties.systems.type,
          parentSchema: schema83.properties.systems,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.products !== void 0) {
      if (
        !validate27(data.products, {
          instancePath: instancePath + '/products',
          parentData: data,
          parentDataProperty: 'products',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err35 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema83.type,
      parentSchema: schema83,
      data,
    };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema93 = {
  title: 'Planned release',
  description: 'One team\u2019s planned release, as its release.yml will say it.',
  type: 'object',
  additionalProperties: false,
  required: ['product', 'version', 'type', 'date'],
  properties: {
    product: {
      $ref: '#/$defs/slug',
      title: 'Product',
      description: 'The product released, as in its release.yml.',
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
        'When the deployment is planned to be finished (exclusive). Without it, the release is an instant.',
      examples: ['2026-12-08T17:00:00-05:00'],
    },
    manager: {
      $ref: '#/$defs/githubUser',
      title: 'Release Manager',
      description: 'GitHub handle of the release\u2019s Release Manager.',
      examples: ['@dana'],
    },
    depends_on: {
      title: 'Depends on',
      description: 'Releases of other products that must ship first.',
      type: 'array',
      items: { $ref: '#/$defs/dependency' },
      examples: [[{ product: 'ledger', version: '5.1.0' }]],
    },
    systems: {
      $ref: '#/$defs/systems',
      title: 'Systems',
      description:
        'The systems (configuration items) the release changes, as its release.yml lists them: two releases touching the same system at overlapping times conflict.',
      examples: [['payments-db']],
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
      depends_on: [{ product: 'ledger', version: '5.1.0' }],
    },
  ],
};
var schema97 = {
  title: 'an RFC 3339 date-time with its UTC offset (like 2026-12-08T15:00:00-05:00)',
  description:
    'YYYY-MM-DDTHH:MM:SS, optional fractional seconds, then Z or \xB1hh:mm. The offset is required: a time without one is ambiguous.',
  type: 'string',
  pattern:
    '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
  format: 'date-time',
  examples: ['2026-12-08T15:00:00-05:00', '2026-12-08T20:00:00Z'],
};
var schema99 = {
  title: 'a GitHub handle (like "@dana")',
  description: 'An @ then a GitHub login: letters, digits and single inner hyphens, at most 39 characters.',
  type: 'string',
  pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
  maxLength: 40,
  examples: ['@dana', '@carol-ops'],
};
var pattern52 = new RegExp(
  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
  'u',
);
var pattern54 = new RegExp('^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$', 'u');
var formats4 = require_formats().fullFormats['date-time'];
var schema100 = {
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
function validate49(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
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
        schema: schema100.required,
        parentSchema: schema100,
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
        schema: schema100.required,
        parentSchema: schema100,
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
          parentSchema: schema100,
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
            parentSchema: schema36,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern7.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema36,
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
          schema: schema36.type,
          parentSchema: schema36,
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
            parentSchema: schema64,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern25.test(data1)) {
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
            parentSchema: schema64,
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
          schema: schema64.type,
          parentSchema: schema64,
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
      schema: schema100.type,
      parentSchema: schema100,
      data,
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate48(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
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
        schema: schema93.required,
        parentSchema: schema93,
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
        schema: schema93.required,
        parentSchema: schema93,
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
        schema: schema93.required,
        parentSchema: schema93,
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
        schema: schema93.required,
        parentSchema: schema93,
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
        key0 === 'product' ||
        key0 === 'version' ||
        key0 === 'type' ||
        key0 === 'date' ||
        key0 === 'window_end' ||
        key0 === 'manager' ||
        key0 === 'depends_on' ||
        key0 === 'systems'
      )) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema93,
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
    if (data.product !== void 0) {
      let data0 = data.product;
      if (typeof data0 === 'string') {
        if (func2(data0) > 64) {
          const err5 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema36,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern7.test(data0)) {
          const err6 = {
            instancePath: instancePath + '/product',
            schemaPath: '#/$defs/slug/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
            schema: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            parentSchema: schema36,
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
          instancePath: instancePath + '/product',
          schemaPath: '#/$defs/slug/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema36.type,
          parentSchema: schema36,
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
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === 'string') {
        if (func2(data1) > 256) {
          const err8 = {
            instancePath: instancePath + '/version',
            schemaPath: '#/$defs/semver/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
            schema: 256,
            parentSchema: schema64,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern25.test(data1)) {
          const err9 = {
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
            parentSchema: schema64,
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
          instancePath: instancePath + '/version',
          schemaPath: '#/$defs/semver/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema64.type,
          parentSchema: schema64,
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
    if (data.type !== void 0) {
      let data2 = data.type;
      if (typeof data2 !== 'string') {
        const err11 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/$defs/releaseType/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema45.type,
          parentSchema: schema45,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(data2 === 'patch' || data2 === 'minor' || data2 === 'major')) {
        const err12 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/$defs/releaseType/enum',
          keyword: 'enum',
          params: { allowedValues: schema45.enum },
          message: 'must be equal to one of the allowed values',
          schema: schema45.enum,
          parentSchema: schema45,
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
    if (data.date !== void 0) {
      let data3 = data.date;
      if (typeof data3 === 'string') {
        if (!pattern52.test(data3)) {
          const err13 = {
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
            parentSchema: schema97,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!formats4.validate(data3)) {
          const err14 = {
            instancePath: instancePath + '/date',
            schemaPath: '#/$defs/dateTime/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "date-time"',
            schema: 'date-time',
            parentSchema: schema97,
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
          instancePath: instancePath + '/date',
          schemaPath: '#/$defs/dateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema97.type,
          parentSchema: schema97,
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
    if (data.window_end !== void 0) {
      let data4 = data.window_end;
      if (typeof data4 === 'string') {
        if (!pattern52.test(data4)) {
          const err16 = {
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
            parentSchema: schema97,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!formats4.validate(data4)) {
          const err17 = {
            instancePath: instancePath + '/window_end',
            schemaPath: '#/$defs/dateTime/format',
            keyword: 'format',
            params: { format: 'date-time' },
            message: 'must match format "date-time"',
            schema: 'date-time',
            parentSchema: schema97,
            data: data4,
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
          instancePath: instancePath + '/window_end',
          schemaPath: '#/$defs/dateTime/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema97.type,
          parentSchema: schema97,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.manager !== void 0) {
      let data5 = data.manager;
      if (typeof data5 === 'string') {
        if (func2(data5) > 40) {
          const err19 = {
            instancePath: instancePath + '/manager',
            schemaPath: '#/$defs/githubUser/maxLength',
            keyword: 'maxLength',
            params: { limit: 40 },
            message: 'must NOT have more than 40 characters',
            schema: 40,
            parentSchema: schema99,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern54.test(data5)) {
          const err20 = {
            instancePath: instancePath + '/manager',
            schemaPath: '#/$defs/githubUser/pattern',
            keyword: 'pattern',
            params: { pattern: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$' },
            message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$"',
            schema: '^@[A-Za-z0-9](?:-?[A-Za-z0-9])*$',
            parentSchema: schema99,
            data: data5,
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
          instancePath: instancePath + '/manager',
          schemaPath: '#/$defs/githubUser/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema99.type,
          parentSchema: schema99,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.depends_on !== void 0) {
      let data6 = data.depends_on;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate49(data6[i0], {
              instancePath: instancePath + '/depends_on/' + i0,
              parentData: data6,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/depends_on',
          schemaPath: '#/properties/depends_on/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema93.properties.depends_on.type,
          parentSchema: schema93.properties.depends_on,
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
    if (data.systems !== void 0) {
      if (
        !validate29(data.systems, {
          instancePath: instancePath + '/systems',
          parentData: data,
          parentDataProperty: 'systems',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err23 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema93.type,
      parentSchema: schema93,
      data,
    };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
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
    if (data.timezone === void 0) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'timezone' },
        message: "must have required property 'timezone'",
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
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err1 = {
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
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 === 'string') {
        if (func2(data0) < 1) {
          const err2 = {
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
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
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
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === 'string') {
        if (func2(data1) > 2e3) {
          const err4 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema32,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema32,
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
          instancePath: instancePath + '/title',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
          parentSchema: schema32,
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
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (func2(data2) > 2e3) {
          const err7 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 2e3 },
            message: 'must NOT have more than 2000 characters',
            schema: 2e3,
            parentSchema: schema32,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern4.test(data2)) {
          const err8 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '\\S' },
            message: 'must match pattern "\\S"',
            schema: '\\S',
            parentSchema: schema32,
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
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema32.type,
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
    }
    if (data.timezone !== void 0) {
      let data3 = data.timezone;
      if (typeof data3 === 'string') {
        if (func2(data3) > 64) {
          const err10 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
            schema: 64,
            parentSchema: schema34,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern6.test(data3)) {
          const err11 = {
            instancePath: instancePath + '/timezone',
            schemaPath: '#/$defs/ianaTimezone/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            },
            message:
              'must match pattern "^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$"',
            schema:
              '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
            parentSchema: schema34,
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
          instancePath: instancePath + '/timezone',
          schemaPath: '#/$defs/ianaTimezone/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema34.type,
          parentSchema: schema34,
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
    if (data.blackouts !== void 0) {
      let data4 = data.blackouts;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate21(data4[i0], {
              instancePath: instancePath + '/blackouts/' + i0,
              parentData: data4,
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
          instancePath: instancePath + '/blackouts',
          schemaPath: '#/properties/blackouts/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.blackouts.type,
          parentSchema: schema31.properties.blackouts,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.holidays !== void 0) {
      let data6 = data.holidays;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (data6.blocks === void 0) {
          const err14 = {
            instancePath: instancePath + '/holidays',
            schemaPath: '#/properties/holidays/required',
            keyword: 'required',
            params: { missingProperty: 'blocks' },
            message: "must have required property 'blocks'",
            schema: schema31.properties.holidays.required,
            parentSchema: schema31.properties.holidays,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data6.enforcement === void 0) {
          const err15 = {
            instancePath: instancePath + '/holidays',
            schemaPath: '#/properties/holidays/required',
            keyword: 'required',
            params: { missingProperty: 'enforcement' },
            message: "must have required property 'enforcement'",
            schema: schema31.properties.holidays.required,
            parentSchema: schema31.properties.holidays,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data6.dates === void 0) {
          const err16 = {
            instancePath: instancePath + '/holidays',
            schemaPath: '#/properties/holidays/required',
            keyword: 'required',
            params: { missingProperty: 'dates' },
            message: "must have required property 'dates'",
            schema: schema31.properties.holidays.required,
            parentSchema: schema31.properties.holidays,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(
            key1 === 'blocks' ||
            key1 === 'enforcement' ||
            key1 === 'exception' ||
            key1 === 'timezone' ||
            key1 === 'dates'
          )) {
            const err17 = {
              instancePath: instancePath + '/holidays',
              schemaPath: '#/properties/holidays/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema31.properties.holidays,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.blocks !== void 0) {
          if (
            !validate22(data6.blocks, {
              instancePath: instancePath + '/holidays/blocks',
              parentData: data6,
              parentDataProperty: 'blocks',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data6.enforcement !== void 0) {
          let data8 = data6.enforcement;
          if (typeof data8 !== 'string') {
            const err18 = {
              instancePath: instancePath + '/holidays/enforcement',
              schemaPath: '#/$defs/enforcement/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema46.type,
              parentSchema: schema46,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (!(data8 === 'hard' || data8 === 'soft')) {
            const err19 = {
              instancePath: instancePath + '/holidays/enforcement',
              schemaPath: '#/$defs/enforcement/enum',
              keyword: 'enum',
              params: { allowedValues: schema46.enum },
              message: 'must be equal to one of the allowed values',
              schema: schema46.enum,
              parentSchema: schema46,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.exception !== void 0) {
          if (
            !validate24(data6.exception, {
              instancePath: instancePath + '/holidays/exception',
              parentData: data6,
              parentDataProperty: 'exception',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
        if (data6.timezone !== void 0) {
          let data10 = data6.timezone;
          if (typeof data10 === 'string') {
            if (func2(data10) > 64) {
              const err20 = {
                instancePath: instancePath + '/holidays/timezone',
                schemaPath: '#/$defs/ianaTimezone/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                schema: 64,
                parentSchema: schema34,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (!pattern6.test(data10)) {
              const err21 = {
                instancePath: instancePath + '/holidays/timezone',
                schemaPath: '#/$defs/ianaTimezone/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
                },
                message:
                  'must match pattern "^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$"',
                schema:
                  '^(?:UTC|Etc/UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z][A-Za-z_-]*(?:/[A-Za-z][A-Za-z_-]*)?)$',
                parentSchema: schema34,
                data: data10,
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
              instancePath: instancePath + '/holidays/timezone',
              schemaPath: '#/$defs/ianaTimezone/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema34.type,
              parentSchema: schema34,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data6.dates !== void 0) {
          let data11 = data6.dates;
          if (Array.isArray(data11)) {
            const len1 = data11.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (
                !validate34(data11[i1], {
                  instancePath: instancePath + '/holidays/dates/' + i1,
                  parentData: data11,
                  parentDataProperty: i1,
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/holidays/dates',
              schemaPath: '#/properties/holidays/properties/dates/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema31.properties.holidays.properties.dates.type,
              parentSchema: schema31.properties.holidays.properties.dates,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/holidays',
          schemaPath: '#/properties/holidays/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema31.properties.holidays.type,
          parentSchema: schema31.properties.holidays,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.code_freezes !== void 0) {
      let data13 = data.code_freezes;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !validate36(data13[i2], {
              instancePath: instancePath + '/code_freezes/' + i2,
              parentData: data13,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/code_freezes',
          schemaPath: '#/properties/code_freezes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.code_freezes.type,
          parentSchema: schema31.properties.code_freezes,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.deployment_windows !== void 0) {
      let data15 = data.deployment_windows;
      if (Array.isArray(data15)) {
        const len3 = data15.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (
            !validate38(data15[i3], {
              instancePath: instancePath + '/deployment_windows/' + i3,
              parentData: data15,
              parentDataProperty: i3,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/deployment_windows',
          schemaPath: '#/properties/deployment_windows/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.deployment_windows.type,
          parentSchema: schema31.properties.deployment_windows,
          data: data15,
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.testing_windows !== void 0) {
      let data17 = data.testing_windows;
      if (Array.isArray(data17)) {
        const len4 = data17.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (
            !validate43(data17[i4], {
              instancePath: instancePath + '/testing_windows/' + i4,
              parentData: data17,
              parentDataProperty: i4,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err27 = {
          instancePath: instancePath + '/testing_windows',
          schemaPath: '#/properties/testing_windows/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.testing_windows.type,
          parentSchema: schema31.properties.testing_windows,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.maintenance !== void 0) {
      let data19 = data.maintenance;
      if (Array.isArray(data19)) {
        const len5 = data19.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (
            !validate45(data19[i5], {
              instancePath: instancePath + '/maintenance/' + i5,
              parentData: data19,
              parentDataProperty: i5,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/maintenance',
          schemaPath: '#/properties/maintenance/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.maintenance.type,
          parentSchema: schema31.properties.maintenance,
          data: data19,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.releases !== void 0) {
      let data21 = data.releases;
      if (Array.isArray(data21)) {
        const len6 = data21.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (
            !validate48(data21[i6], {
              instancePath: instancePath + '/releases/' + i6,
              parentData: data21,
              parentDataProperty: i6,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err29 = {
          instancePath: instancePath + '/releases',
          schemaPath: '#/properties/releases/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema31.properties.releases.type,
          parentSchema: schema31.properties.releases,
          data: data21,
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = {
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
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export { calendar_schema_default as schema, validate };
