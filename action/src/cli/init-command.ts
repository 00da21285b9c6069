import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { semver } from '../rules/lib/versions.ts';
import { Temporal } from 'temporal-polyfill';
import { nextAllowedSlot } from '../engine/calendar/index.ts';
import { formatLocal, instantToDate, parseInstant, wallToInstant } from '../engine/calendar/time.ts';
import { check } from '../engine/check.ts';
import { memoryHost } from '../engine/host.ts';
import { loadYaml } from '../engine/load.ts';
import { normalizeHeading } from '../engine/notes.ts';
import type { LoadedPolicy } from '../engine/policy.ts';
import type { Io } from './io.ts';
import { instant, oneOf, parse } from './options.ts';
import { PACKAGE_VERSION, readPackageFile } from './package-files.ts';
import { policyFrom } from './policy-files.ts';
import { UsageError } from './usage.ts';

const FIRST_VERSION = { patch: '0.0.1', minor: '0.1.0', major: '1.0.0' } as const;
type ReleaseType = keyof typeof FIRST_VERSION;

/** Where init puts the rollback runbook stub, relative to release.yml (the template names it). */
const RUNBOOK = 'docs/runbooks/rollback.md';
/** The hour, in the calendar's zone, of a planned deploy: inside office hours, clear of evening freezes. */
const DEPLOY_HOUR = 10;
/** Rules whose findings depend on the planned date alone: init picks a date none of them reports. */
const DATE_RULES = new Set(['blackout-window', 'release-conflict', 'lead-time']);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$/;
const LEADS = [
  ['planning', 'planned_days'],
  ['feature_freeze', 'feature_freeze_days'],
  ['code_freeze', 'code_freeze_days'],
] as const;

/**
 * `init`: writes release.yml, the notes and (when the type requires a rollback plan) a runbook
 * stub, filled from the policy so that once people have signed off and written the notes, `check`
 * passes: the date is the first allowed slot past the type's lead time, the milestones follow the
 * lead times, and every value is validated against the schema before anything is written. It never
 * overwrites: if release.yml or the notes exist, nothing is written.
 */
export function initCommand(args: string[], io: Io): number {
  const { values } = parse('init', args);
  if (values.type === undefined) throw new UsageError('--type is required: patch, minor or major');
  const type = oneOf('type', values.type, ['patch', 'minor', 'major'] as const, 'minor');
  const version = values.version ?? FIRST_VERSION[type];
  if (semver.valid(version) !== version) {
    const clean = semver.valid(version);
    throw new UsageError(
      `--version must be a SemVer 2.0.0 version like 2.4.0, without a leading "v"; got "${version}"${clean ? `; did you mean ${clean}?` : ''}`,
    );
  }
  const root = resolve(io.cwd, values.root ?? '.');
  const product = values.product ?? (slug(basename(root)) || 'my-product');
  if (values.product !== undefined && slug(product) !== product) {
    throw new UsageError(
      `--product must be a lowercase slug (letters, digits and hyphens) as in the release calendar; got "${product}"${slug(product) ? `; did you mean ${slug(product)}?` : ''}`,
    );
  }
  const now = parseInstant(instant(values.now, io.clock));
  const policy = policyFrom(values.policy ?? 'octoacme', root, io.cwd);
  const rules = policy.data.types?.[type];
  if (!rules) throw new UsageError(`policy "${policy.name}" does not define ${type} releases`);
  const template = rules.notes === undefined ? undefined : policy.templates[rules.notes];
  if (!template) throw new UsageError(`policy "${policy.name}" names no notes template for ${type} releases`);
  const sections = policy.data.notes?.templates?.[rules.notes!]?.required_sections ?? [];
  const notesPath = `docs/releases/${version}.md`;
  const zone = policy.calendar?.data.timezone ?? 'UTC';
  const leadDays = Math.max(0, ...LEADS.map(([, lead]) => rules.lead_time?.[lead] ?? 0));

  const draft = (date: string) => {
    const fill = (text: string) =>
      text
        .replaceAll('{{product}}', product)
        .replaceAll('{{version}}', version)
        .replaceAll('{{type}}', type)
        .replaceAll('{{date}}', date)
        .replaceAll('{{notes}}', notesPath);
    const release = withMilestones(
      fill(readPackageFile('templates/release.yml')),
      milestones(date, rules.lead_time, zone),
    );
    const notes = notesFrom(template.text, sections, rules.breaking_changes)
      .replaceAll('[Product Name]', product)
      .replaceAll('[Version]', version)
      .replaceAll('[Date]', date.slice(0, 10));
    return { release, notes };
  };

  let date: string;
  const warnings: string[] = [];
  if (values.date !== undefined) {
    date = values.date;
    if (!RFC3339.test(date) || !parses(date)) {
      throw new UsageError(
        `--date must be an RFC 3339 date-time with an offset, like 2026-12-08T15:00:00-05:00; got "${date}"`,
      );
    }
    validate(draft(date).release, { date: '--date', product: '--product', version: '--version' });
    const found = dateFindings(draft(date), policy, now);
    if (found.length > 0) {
      const suggestion = plannedDate(draft, type, policy, now, zone, leadDays);
      for (const f of found) warnings.push(`${f.message} [${f.rule}]`);
      warnings.push(`the first date that passes: --date ${suggestion}`);
    }
  } else {
    date = plannedDate(draft, type, policy, now, zone, leadDays);
  }
  const { release, notes } = draft(date);
  validate(release, { date: '--date', product: '--product', version: '--version' });

  const files = [
    { path: resolve(root, 'release.yml'), text: release },
    { path: resolve(root, notesPath), text: notes },
  ];
  const existing = files.filter((f) => existsSync(f.path)).map((f) => relative(io.cwd, f.path) || f.path);
  if (existing.length > 0) {
    throw new UsageError(`not overwriting ${existing.join(' and ')}; nothing was written`);
  }
  const runbook = resolve(root, RUNBOOK);
  const wantsRunbook = rules.rollback?.required === true;
  if (wantsRunbook && !existsSync(runbook)) files.push({ path: runbook, text: runbookStub(product) });

  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text, { flag: 'wx' });
    io.stdout(`created ${relative(io.cwd, file.path)}\n`);
  }
  if (wantsRunbook && files.length === 2) io.stdout(`kept ${relative(io.cwd, runbook)} (it exists)\n`);
  for (const warning of warnings) io.stderr(`release-policy init: warning: ${warning}\n`);

  io.stdout(`\nPlanned for ${date} (${zone}).\n\n${leftForYou(rules, policy, notesPath, sections)}`);
  io.stdout(`\nThen run\n  release-policy check${values.root ? ` --root ${values.root}` : ''}\n`);
  return 0;
}

type TypeRules = NonNullable<NonNullable<LoadedPolicy['data']['types']>[ReleaseType]>;

/** What people must still do; each item is what `check` will ask for until it is done. */
function leftForYou(
  rules: TypeRules,
  policy: LoadedPolicy,
  notesPath: string,
  sections: readonly string[],
): string {
  const roles = policy.data.roles ?? {};
  const signers = (rules.signoffs ?? []).map((role) => {
    const who = [...(roles[role]?.users ?? []), ...(roles[role]?.teams ?? [])];
    return `     - { role: ${role}, by: '@…', date: 'YYYY-MM-DD' }${who.length > 0 ? `   # ${roles[role]?.title ?? role}: ${who.join(', ')}` : ''}`;
  });
  const maxAge = policy.data.signoffs?.max_age_days;
  const dated = `dated on or before the release${maxAge === undefined ? '' : ` and at most ${maxAge} days before it`}`;
  const items = [
    `Sign-offs: add one entry per role under signoffs in release.yml, ${dated}:\n${signers.join('\n')}`,
    sections.length > 0
      ? `Notes: write real text in ${notesPath} under ${sections.map((s) => `"${s}"`).join(', ')}, replacing every [placeholder].`
      : `Notes: write the release notes in ${notesPath}, replacing every [placeholder].`,
  ];
  if (rules.breaking_changes === 'must-document') {
    items.push(
      'Breaking changes: list each under "Breaking Changes" with a "Migration:" line, or steps under "Migration Steps".',
    );
  }
  if (rules.rollback?.required) {
    items.push(
      `Rollback: write the procedure in ${RUNBOOK}${rules.rollback.tested ? ', rehearse it, then set rollback.tested: true' : ''}.`,
    );
  }
  items.push(
    'Changes: set each kind of change under changes that this release makes to true; each can add sign-offs and checks.',
  );
  items.push('previous: add the version in production now (leave it out for a first release).');
  return `What is left for you:\n${items.map((item, i) => `  ${i + 1}. ${item}`).join('\n')}\n`;
}

/** The first day, at least the lead time away, whose deploy slot no date rule objects to. */
function plannedDate(
  draft: (date: string) => { release: string; notes: string },
  type: ReleaseType,
  policy: LoadedPolicy,
  now: Temporal.Instant,
  zone: string,
  leadDays: number,
): string {
  let day = instantToDate(now, zone).add({ days: Math.max(leadDays, 1) });
  for (let tries = 0; tries < 366; tries++, day = day.add({ days: 1 })) {
    let at = wallToInstant(day.toPlainDateTime({ hour: DEPLOY_HOUR }), zone);
    if (policy.calendar) {
      const slot = nextAllowedSlot(policy.calendar.data, at, type);
      if (!slot.found) break;
      at = Temporal.Instant.from(slot.start);
    }
    const date = formatLocal(at, zone);
    if (dateFindings(draft(date), policy, now).length === 0) return date;
  }
  throw new UsageError(
    `found no ${type} release date free of blackouts and conflicts within a year; give one with --date`,
  );
}

/** What `check` would say about the date of the drafted release. */
function dateFindings(
  draft: { release: string; notes: string },
  policy: LoadedPolicy,
  now: Temporal.Instant,
) {
  const { result } = check({
    configs: ['release.yml'],
    host: memoryHost({ 'release.yml': draft.release }),
    policy,
    mode: 'plan',
    now: now.toString(),
    tool: { name: 'release-policy', version: PACKAGE_VERSION },
  });
  return result.findings.filter((f) => DATE_RULES.has(f.rule) && !f.waived);
}

/** Refuses a release.yml that breaks the schema, naming the option whose value did. */
function validate(text: string, options: Record<string, string>): void {
  const loaded = loadYaml(memoryHost({ 'release.yml': text }), 'release.yml', 'release');
  if (loaded.ok) return;
  const lines = text.split('\n');
  const problems = loaded.findings.map((f) => {
    const key = /^(\w+):/.exec(lines[(f.line ?? 1) - 1] ?? '')?.[1];
    return `${key && options[key] ? `${options[key]}: ` : ''}${f.message}`;
  });
  throw new UsageError(`nothing was written: ${problems.join('; ')}`);
}

/** Each milestone the type's lead times name, that many whole days before the release (earlier off a weekend). */
function milestones(date: string, leads: TypeRules['lead_time'], zone: string): [string, string][] {
  const releaseDay = instantToDate(parseInstant(date), zone);
  const out: [string, string][] = [];
  for (const [key, lead] of LEADS) {
    const need = leads?.[lead];
    if (need === undefined) continue;
    let day = releaseDay.subtract({ days: need });
    while (day.dayOfWeek > 5) day = day.subtract({ days: 1 });
    out.push([key, day.toString()]);
  }
  return out;
}

/** The template's commented-out milestones, replaced with the dates. */
function withMilestones(text: string, dates: [string, string][]): string {
  if (dates.length === 0) return text;
  const block = `milestones:\n${dates.map(([key, day]) => `  ${key}: '${day}'`).join('\n')}\n`;
  const commented = /^# milestones:\n(?:#\s+\w+: .*\n)+/m;
  return commented.test(text) ? text.replace(commented, block) : `${text.trimEnd()}\n\n${block}`;
}

/**
 * The notes template with the sections the policy requires; the optional ones stay in an HTML
 * comment, ready to bring back. Where the policy forbids breaking changes, their sections say so.
 */
function notesFrom(
  text: string,
  required: readonly string[],
  breaking: TypeRules['breaking_changes'],
): string {
  const wanted = new Set(required.map(normalizeHeading));
  const [head, ...sections] = text.split(/^(?=## )/m);
  const kept: string[] = [];
  const optional: string[] = [];
  for (const section of sections) {
    const heading = /^## (.*)$/m.exec(section)![1]!;
    const name = normalizeHeading(heading);
    if (!wanted.has(name)) {
      optional.push(section.trimEnd());
    } else if (breaking === 'forbidden' && name === normalizeHeading('Breaking Changes')) {
      kept.push(`## ${heading}\nNo breaking changes in this release.\n\n`);
    } else if (breaking === 'forbidden' && name === normalizeHeading('Migration Steps')) {
      kept.push(`## ${heading}\nNo migration required.\n\n`);
    } else {
      kept.push(section);
    }
  }
  const rest =
    optional.length === 0
      ? ''
      : `\n<!-- Optional sections: move any you need above this comment.\n\n${optional.join('\n\n').replaceAll('-->', '- ->')}\n-->\n`;
  return `${head}${kept.join('').trimEnd()}\n${rest}`;
}

function runbookStub(product: string): string {
  return `# ${product}: rollback runbook

How to undo a release of ${product}. Rehearse it in staging before a release that requires a tested
rollback, then set \`rollback.tested: true\` in release.yml.

## When to roll back
- The criteria (error rate, latency, failed smoke tests) and who decides.

## Steps
1. How to redeploy the previous version.
2. Database changes: how to reverse them, or why they are backward compatible.
3. How to verify the rollback worked.

## Contacts
- Who to call, and where incidents are declared.
`;
}

function parses(date: string): boolean {
  try {
    parseInstant(date);
    return true;
  } catch {
    return false;
  }
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
