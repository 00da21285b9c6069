// A seeded corpus of whole release repos for the OctoAcme policy: release.yml written from parts
// (type, product, systems, incident, waivers, sign-offs, changes, milestones, rollback), its notes
// from the examples' notes with their title and sections varied, a `now` and a mode. Dates run over
// 2024–2031 and a little past both ends, most of them on the calendar's edges: DST changes,
// blackout starts and ends, holidays, deploy hours, maintenance windows and planned releases, and
// a second or a minute either side. The same seed gives the same corpus.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Temporal } from '../../action/src/engine/calendar/time.ts';
import type { Mode } from '../../action/src/engine/result.ts';
import { EXAMPLES } from './examples.ts';

export interface CorpusCase {
  /** The repo's files, by root-relative path. */
  files: Record<string, string>;
  configs: string[];
  mode: Mode;
  now: string;
}

const ZONE = 'America/New_York';
const YEARS = { from: 2024, to: 2031 } as const;

const example = (path: string) => readFileSync(join(EXAMPLES, path), 'utf8');
/** Notes bodies without their title: the standard template's, with and without breaking changes, and the hotfix one's. */
const BODIES = {
  standard: untitled(example('minor-compliant/docs/releases/2.4.0.md')),
  breaking: untitled(example('major-compliant/docs/releases/4.0.0.md')),
  hotfix: untitled(example('patch-emergency-in-freeze/docs/releases/1.8.2.md')),
};
const RUNBOOK = example('minor-compliant/docs/runbooks/rollback.md');
const COMMS = example('minor-compliant/docs/comms/2.4.0-customers.md');

function untitled(notes: string): string {
  return notes.slice(notes.indexOf('\n') + 1);
}

/** The calendar's wall clock in New York. */
function wall(year: number, month: number, day: number, hour = 0, minute = 0): Temporal.Instant {
  return Temporal.ZonedDateTime.from({ year, month, day, hour, minute, timeZone: ZONE }).toInstant();
}

function wallOn(date: Temporal.PlainDate, hour: number): Temporal.Instant {
  return wall(date.year, date.month, date.day, hour);
}

/** The `n`th (1-based; -1 the last) `weekday` (1 = Monday) of a month, as a day of the month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = Temporal.PlainDate.from({ year, month, day: 1 });
  if (n > 0) return 1 + ((weekday - first.dayOfWeek + 7) % 7) + 7 * (n - 1);
  const last = first.with({ day: first.daysInMonth });
  return last.day - ((last.dayOfWeek - weekday + 7) % 7);
}

const HOLIDAYS = [
  [2026, 1, 1],
  [2026, 7, 3],
  [2026, 11, 26],
  [2026, 12, 25],
  [2027, 1, 18],
  [2027, 6, 18],
  [2027, 12, 24],
  [2027, 12, 31],
] as const;

const PLANNED = [
  [2026, 12, 3, 14],
  [2026, 12, 8, 15],
  [2027, 2, 23, 10],
  [2027, 3, 23, 14],
  [2027, 4, 13, 14],
] as const;

/** Instants where the calendar's answer changes, for a year, a month and a week of that year. */
const EDGES: Record<string, (year: number, month: number, week: number) => Temporal.Instant[]> = {
  'dst-start': (y) => {
    const day = nthWeekday(y, 3, 7, 2);
    return [wall(y, 3, day, 1, 59), wall(y, 3, day, 2, 30), wall(y, 3, day, 3), wall(y, 3, day + 1, 9)];
  },
  'dst-end': (y) => {
    const day = nthWeekday(y, 11, 7, 1);
    const once = wall(y, 11, day, 1, 30);
    return [once, once.add({ hours: 1 }), wall(y, 11, day, 2), wall(y, 11, day + 1, 9)];
  },
  'year-end-freeze': (y) => [wall(y, 12, 18), wall(y + 1, 1, 4), wall(y, 12, 17, 15)],
  weekend: (y, m, w) => {
    const friday = Temporal.PlainDate.from({ year: y, month: m, day: nthWeekday(y, m, 5, 1) + 7 * w });
    const monday = friday.add({ days: 3 });
    return [wallOn(friday, 15), wallOn(monday, 9), wallOn(monday, 8)];
  },
  thanksgiving: (y) => {
    const day = nthWeekday(y, 11, 4, 4);
    const monday = Temporal.PlainDate.from({ year: y, month: 11, day }).add({ days: 4 });
    return [wall(y, 11, day), wallOn(monday, 0), wall(y, 11, day - 1, 17)];
  },
  'month-end': (y, m) => {
    const last = Temporal.PlainDate.from({ year: y, month: m, day: 1 }).daysInMonth;
    const second = Temporal.PlainDate.from({ year: y, month: m, day: last }).add({ days: 2 });
    return [wall(y, m, last), wallOn(second, 0)];
  },
  holiday: (_y, m) => {
    const [y, mo, d] = HOLIDAYS[m % HOLIDAYS.length]!;
    const next = Temporal.PlainDate.from({ year: y, month: mo, day: d }).add({ days: 1 });
    return [wall(y, mo, d), wall(y, mo, d, 10), wallOn(next, 0)];
  },
  'deploy-hours': (y, m, w) => {
    const day = nthWeekday(y, m, 1 + (w % 5), 1 + (w % 4));
    return [wall(y, m, day, 8), wall(y, m, day, 18), wall(y, m, day, 17, 30)];
  },
  maintenance: (y, m) => {
    const saturday = nthWeekday(y, m, 6, 1);
    const wednesday = nthWeekday(y, m, 3, 3);
    return [
      wall(y, m, saturday, 2),
      wall(y, m, saturday, 6),
      wall(y, m, wednesday, 20),
      wall(y, m, wednesday, 22),
    ];
  },
  'planned-release': (_y, m) => {
    const [y, mo, d, h] = PLANNED[m % PLANNED.length]!;
    return [wall(y, mo, d, h), wall(y, mo, d, h + 1)];
  },
};

/** A calendar edge, or a second, a minute, a quarter or an hour either side of it. */
const edgeInstant = fc
  .record({
    kind: fc.constantFrom(...Object.keys(EDGES)),
    year: fc.integer({ min: YEARS.from, max: YEARS.to }),
    month: fc.integer({ min: 1, max: 12 }),
    week: fc.nat(3),
    pick: fc.nat(),
    shift: fc.constantFrom(0, 0, -1, 1, -60, 60, -900, 900, -3600, 3600),
  })
  .map(({ kind, year, month, week, pick, shift }) => {
    const edges = EDGES[kind]!(year, month, week);
    return edges[pick % edges.length]!.add({ seconds: shift });
  });

/** Any quarter hour of the years, and a few months either side (outside the snapshot's table). */
const anyInstant = fc
  .integer({
    min: Date.UTC(YEARS.from - 1, 9, 1) / 900_000,
    max: Date.UTC(YEARS.to + 1, 3, 1) / 900_000,
  })
  .map((q) => Temporal.Instant.fromEpochMilliseconds(q * 900_000));

/** How a release writes an instant: New York's offset, UTC, another offset, or with nanoseconds. */
type Written = 'local' | 'utc' | 'tokyo' | 'nanos';

function written(instant: Temporal.Instant, how: Written): string {
  switch (how) {
    case 'local':
      return instant.toZonedDateTimeISO(ZONE).toString({ timeZoneName: 'never', smallestUnit: 'second' });
    case 'utc':
      return instant.toString({ smallestUnit: 'second' });
    case 'tokyo':
      return instant
        .toZonedDateTimeISO('Asia/Tokyo')
        .toString({ timeZoneName: 'never', smallestUnit: 'second' });
    case 'nanos':
      return instant
        .add({ nanoseconds: 1 })
        .toZonedDateTimeISO(ZONE)
        .toString({ timeZoneName: 'never', smallestUnit: 'nanosecond' });
  }
}

function day(instant: Temporal.Instant, days: number): string {
  return instant.toZonedDateTimeISO(ZONE).add({ days }).toPlainDate().toString();
}

const PRODUCTS = ['payments-api', 'ledger', 'notifications', 'identity', 'checkout-web', 'search'] as const;
const VERSIONS = {
  patch: ['1.8.2', '5.1.1', '2.4.1'],
  minor: ['2.4.0', '5.1.0', '3.12.0', '4.1.0'],
  major: ['4.0.0', '6.0.0', '3.0.0'],
} as const;
const SYSTEMS = ['payments-db', 'ledger-db', 'identity-db', 'linux-fleet', 'postgres-primary'] as const;
const ROLES = [
  'qa-lead',
  'qa',
  'tech-lead',
  'product-owner',
  'product-manager',
  'release-manager',
  'devops',
  'sre',
  'ux',
  'security',
  'executive',
  'support-lead',
] as const;
const WAIVABLE = [
  'blackout-window',
  'lead-time',
  'signoff-required',
  'rollback-plan',
  'release-conflict',
] as const;
const NOTES = [
  'good',
  'good',
  'good',
  'wrong-date',
  'wrong-version',
  'no-title',
  'section-missing',
  'placeholder',
  'hotfix-for-feature',
  'missing-file',
] as const;

const release = fc.record({
  start: fc.oneof({ weight: 3, arbitrary: edgeInstant }, { weight: 1, arbitrary: anyInstant }),
  how: fc.constantFrom<Written>('local', 'local', 'local', 'utc', 'tokyo', 'nanos'),
  windowMinutes: fc.option(fc.constantFrom(1, 15, 60, 120, 240, 600, 1_440, 4_320), { nil: undefined }),
  windowStartMinutes: fc.option(fc.constantFrom(0, 30, -30), { nil: undefined, freq: 4 }),
  type: fc.constantFrom('patch', 'minor', 'major'),
  product: fc.constantFrom(...PRODUCTS),
  version: fc.nat(),
  previous: fc.constantFrom('next', 'next', 'next', 'same', 'skipped'),
  strategy: fc.option(
    fc.constantFrom('canary', 'blue-green', 'rolling', 'feature-flags', 'maintenance-window'),
    { nil: undefined },
  ),
  systems: fc.option(fc.subarray([...SYSTEMS], { maxLength: 2 }), { nil: undefined }),
  incident: fc.option(fc.constantFrom('SEV1', 'SEV2', 'SEV3', 'SEV4'), { nil: undefined }),
  changes: fc.option(
    fc.record({
      customer_facing: fc.boolean(),
      ui: fc.boolean(),
      security: fc.boolean(),
      database_migrations: fc.boolean(),
      breaking: fc.boolean(),
    }),
    { nil: undefined, freq: 4 },
  ),
  milestones: fc.option(fc.tuple(fc.nat(90), fc.nat(45), fc.nat(30)), { nil: undefined, freq: 3 }),
  rollback: fc.constantFrom('tested', 'untested', 'missing-plan', 'none'),
  communication: fc.constantFrom('full', 'full', 'no-plan', 'none'),
  signoffs: fc.array(
    fc.record({
      role: fc.constantFrom(...ROLES),
      daysBefore: fc.integer({ min: -2, max: 40 }),
      timed: fc.boolean(),
    }),
    { maxLength: 9 },
  ),
  waivers: fc.array(
    fc.record({
      rule: fc.constantFrom(...WAIVABLE),
      expiresAfter: fc.integer({ min: -3, max: 10 }),
      approver: fc.constantFrom('manager', 'someone'),
      incident: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
  dependsOn: fc.option(
    fc.constantFrom(['ledger', '5.1.0'], ['identity', '4.0.0'], ['payments-api', '2.4.0']),
    {
      nil: undefined,
    },
  ),
  notes: fc.constantFrom(...NOTES),
  notesSection: fc.nat(),
});

type ReleaseParts = typeof release extends fc.Arbitrary<infer T> ? T : never;

/** A release's files: release.yml at `dir`, its notes, runbook and customer plan beside it. */
function releaseFiles(p: ReleaseParts, dir: string): Record<string, string> {
  const version = VERSIONS[p.type as keyof typeof VERSIONS][p.version % 3]!;
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  const previous =
    p.previous === 'same'
      ? version
      : p.previous === 'skipped'
        ? `${Math.max(major - 2, 0)}.${minor}.${patch}`
        : patch > 0
          ? `${major}.${minor}.${patch - 1}`
          : minor > 0
            ? `${major}.${minor - 1}.3`
            : `${major - 1}.9.2`;
  const date = written(p.start, p.how);
  const manager = '@dana';
  const notesPath = `docs/releases/${version}.md`;
  const lines = [
    `product: ${p.product}`,
    `version: '${version}'`,
    `previous: '${previous}'`,
    `type: ${p.type}`,
    `date: ${date}`,
  ];
  if (p.windowMinutes !== undefined) {
    const start = p.start.add({ minutes: p.windowStartMinutes ?? 0 });
    const from = p.windowStartMinutes === undefined ? '' : `start: ${written(start, p.how)}, `;
    lines.push(`window: { ${from}end: ${written(start.add({ minutes: p.windowMinutes }), p.how)} }`);
  }
  if (p.strategy) lines.push(`strategy: ${p.strategy}`);
  lines.push(
    `manager: '${manager}'`,
    `notes: ${p.notes === 'missing-file' ? 'docs/releases/none.md' : notesPath}`,
  );
  if (p.incident) lines.push(`incident: { id: INC-4821, severity: ${p.incident} }`);
  if (p.changes) {
    lines.push('changes:', ...Object.entries(p.changes).map(([k, v]) => `  ${k}: ${v}`));
  }
  if (p.milestones) {
    const [planning, feature, code] = p.milestones;
    lines.push(
      'milestones:',
      `  planning: '${day(p.start, -planning - feature - code)}'`,
      `  feature_freeze: '${day(p.start, -feature - code)}'`,
      `  code_freeze: '${day(p.start, -code)}'`,
    );
  }
  if (p.rollback !== 'none') {
    const plan = p.rollback === 'missing-plan' ? 'docs/runbooks/none.md' : 'docs/runbooks/rollback.md';
    lines.push('rollback:', `  plan: ${plan}`, `  tested: ${p.rollback === 'tested'}`);
  }
  lines.push(
    'verification:',
    '  smoke_tests: tests/smoke/',
    `  monitoring: https://grafana.octoacme.example/d/${p.product}`,
    '  accessibility_tested: true',
  );
  if (p.communication !== 'none')
    lines.push('communication:', `  support_briefed: ${p.communication === 'full'}`);
  if (p.communication === 'full') lines.push('  customer_plan: docs/comms/customers.md');
  if (p.signoffs.length > 0) {
    lines.push('signoffs:');
    p.signoffs.forEach((s, i) => {
      const when = s.timed
        ? written(p.start.subtract({ hours: 24 * s.daysBefore + 1 }), 'local')
        : day(p.start, -s.daysBefore);
      lines.push(`  - { role: ${s.role}, by: '@person${i}', date: '${when}' }`);
    });
  }
  if (p.waivers.length > 0) {
    lines.push('exceptions:');
    for (const w of p.waivers) {
      lines.push(
        `  - rule: ${w.rule}`,
        `    reason: 'Fixes INC-4821 for the customers it stopped'`,
        `    approved_by: '${w.approver === 'manager' ? manager : '@someone'}'`,
        `    expires: '${day(p.start, w.expiresAfter)}'`,
      );
      if (w.incident) lines.push('    incident: INC-4821');
    }
  }
  if (p.systems) lines.push(`systems: [${p.systems.join(', ')}]`);
  if (p.dependsOn)
    lines.push('depends_on:', `  - { product: ${p.dependsOn[0]}, version: '${p.dependsOn[1]}' }`);

  const title = p.product.replace(
    /(^|-)([a-z])/g,
    (_, sep: string, c: string) => `${sep ? ' ' : ''}${c.toUpperCase()}`,
  );
  const hotfix = p.type === 'patch' || p.notes === 'hotfix-for-feature';
  let body = hotfix ? BODIES.hotfix : p.changes?.breaking ? BODIES.breaking : BODIES.standard;
  const titleDay = date.slice(0, 10);
  let heading = `# ${title} ${hotfix ? 'Hotfix' : 'Release'} ${version} - ${titleDay}`;
  if (p.notes === 'wrong-date') heading = heading.replace(titleDay, day(p.start, 1));
  if (p.notes === 'wrong-version') heading = heading.replace(version, previous);
  if (p.notes === 'section-missing') {
    const sections = body.split(/(?=^## )/m);
    sections.splice(1 + (p.notesSection % (sections.length - 1)), 1);
    body = sections.join('');
  }
  if (p.notes === 'placeholder')
    body = body.replace(/^(## .*\n)/m, '$1- **[Feature Name]** ships on [Date].\n');
  const notes = p.notes === 'no-title' ? body : `${heading}\n${body}`;

  const at = (path: string) => (dir ? `${dir}/${path}` : path);
  return {
    [at('release.yml')]: `${lines.join('\n')}\n`,
    [at(notesPath)]: notes,
    [at('docs/runbooks/rollback.md')]: RUNBOOK,
    [at('docs/comms/customers.md')]: COMMS,
  };
}

const corpusCase = fc
  .record({
    main: release,
    // A sibling release in the same repo (a monorepo): the checks across releases.
    sibling: fc.option(release, { nil: undefined, freq: 6 }),
    mode: fc.constantFrom<Mode>('plan', 'deploy'),
    nowDays: fc.integer({ min: -60, max: 10 }),
    nowMinutes: fc.integer({ min: -180, max: 180 }),
    nowHow: fc.constantFrom<Written>('local', 'utc', 'tokyo'),
  })
  .map(({ main, sibling, mode, nowDays, nowMinutes, nowHow }): CorpusCase => {
    const files = releaseFiles(main, '');
    const configs = ['release.yml'];
    if (sibling) {
      Object.assign(files, releaseFiles(sibling, 'services/other'));
      configs.push('services/other/release.yml');
    }
    const now = written(main.start.add({ minutes: 1_440 * nowDays + nowMinutes }), nowHow);
    return { files, configs, mode, now };
  });

/** `count` cases, the same for the same seed. */
export function releaseCorpus(seed: number, count: number): CorpusCase[] {
  return fc.sample(corpusCase, { seed, numRuns: count });
}
