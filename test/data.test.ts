// The data is the single source of truth (schemas, the OctoAcme policy and calendar, templates):
// these tests keep it valid, documented and consistent with itself.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { NEVER_WAIVABLE, RULE_CATALOGUE } from './helpers/catalogue.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };
type Doc = Record<string, unknown>;

const NAMES = ['release', 'policy', 'calendar'] as const;
type Name = (typeof NAMES)[number];
const SCHEMAS = Object.fromEntries(
  NAMES.map((name) => [name, JSON.parse(read(`schemas/${name}.schema.json`)) as Schema]),
) as Record<Name, Schema>;
const idOf = (name: Name) => `https://octoacme.github.io/release-policy/schemas/${name}.schema.json`;

// ajv-formats is CommonJS: under Node's ESM interop the default import is the plugin itself.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;

function newAjv(): Ajv2020 {
  return addFormats(new Ajv2020({ strict: true, allErrors: true }));
}

const ajv = newAjv();
for (const name of NAMES) ajv.addSchema(SCHEMAS[name]);

function validate(name: Name, data: unknown): ErrorObject[] {
  const check = ajv.getSchema(idOf(name));
  if (!check) throw new Error(`schema ${name} not registered`);
  return check(data) ? [] : [...(check.errors ?? [])];
}

const describeErrors = (errors: ErrorObject[]) =>
  errors.map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message ?? ''}`).join('\n');

function expectValid(name: Name, data: unknown): void {
  const errors = validate(name, data);
  expect(errors, describeErrors(errors)).toEqual([]);
}

/** The document fails, with (at least) an error of `keyword` at `instancePath`. */
function expectInvalid(name: Name, data: unknown, instancePath: string, keyword?: string): void {
  const errors = validate(name, data);
  expect(errors.length, `expected ${name} to be invalid`).toBeGreaterThan(0);
  const hit = errors.some(
    (e) => e.instancePath === instancePath && (keyword === undefined || e.keyword === keyword),
  );
  expect(hit, `no ${keyword ?? 'error'} at "${instancePath}" among:\n${describeErrors(errors)}`).toBe(true);
}

const isObject = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** The schema at `#/$defs/x` that a `$ref` names (our refs are all local). */
function resolveRef(schema: Schema, node: Schema): Schema {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return node;
  const target = ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<Json | undefined>((at, key) => (isObject(at) ? at[key] : undefined), schema);
  if (!isObject(target)) throw new Error(`unresolved $ref ${ref}`);
  return target;
}

interface Place {
  pointer: string;
  kind: 'root' | 'def' | 'property' | 'items' | 'additionalProperties';
  node: Schema;
}

/**
 * The schemas that document something: the root, every `$defs` entry, every property at every
 * depth, and the `items` / `additionalProperties` schemas of lists and maps. The `else` branch of
 * the policy schema only restates `required` for complete policies and is not walked.
 */
function documentedPlaces(schema: Schema): Place[] {
  const out: Place[] = [];
  const visit = (node: Schema, pointer: string, kind: Place['kind']) => {
    out.push({ pointer, kind, node });
    for (const key of ['$defs', 'properties'] as const) {
      const children = node[key];
      if (!isObject(children)) continue;
      for (const [name, child] of Object.entries(children)) {
        if (isObject(child))
          visit(child, `${pointer}/${key}/${escapePointer(name)}`, key === '$defs' ? 'def' : 'property');
      }
    }
    for (const key of ['items', 'additionalProperties'] as const) {
      const child = node[key];
      if (isObject(child)) visit(child, `${pointer}/${key}`, key);
    }
  };
  visit(schema, '', 'root');
  return out;
}

/** Every schema object anywhere in the tree (not inside `examples`, `enum` or `const` values). */
function allSchemaNodes(schema: Schema): { pointer: string; node: Schema }[] {
  const out: { pointer: string; node: Schema }[] = [];
  const visit = (node: Json, pointer: string) => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => visit(child, `${pointer}/${index}`));
      return;
    }
    if (!isObject(node)) return;
    out.push({ pointer, node });
    for (const [key, child] of Object.entries(node)) {
      if (key === 'examples' || key === 'enum' || key === 'const' || key === 'default') continue;
      visit(child, `${pointer}/${escapePointer(key)}`);
    }
  };
  visit(schema, '');
  return out;
}

const POLICY = parse(read('policies/octoacme/policy.yml')) as Doc;
const CALENDAR = parse(read('policies/octoacme/calendar.yml')) as Doc;

/** The draft release.yml of product.md, as a user would write it. */
const DRAFT_RELEASE_YML = `
product: payments-api
version: "2.4.0"
previous: "2.3.1"
type: minor
date: 2026-12-08T15:00:00-05:00
window: { end: 2026-12-08T17:00:00-05:00 }
strategy: canary
manager: "@dana"
notes: docs/releases/2.4.0.md
changes: { customer_facing: true, ui: true, security: false, database_migrations: true, breaking: false }
milestones: { feature_freeze: 2026-11-10, code_freeze: 2026-11-24 }
incident: { id: INC-4821, severity: SEV1 }
rollback: { plan: docs/runbooks/rollback.md, tested: true }
verification: { smoke_tests: tests/smoke/, monitoring: https://example.invalid/dashboards/payments }
communication: { support_briefed: true, customer_plan: https://example.invalid/comms/2.4 }
signoffs:
  - { role: qa-lead, by: "@bob", date: 2026-12-01 }
  - { role: tech-lead, by: "@carol", date: 2026-12-01, version: "2.4.0" }
exceptions:
  - { rule: blackout-window, reason: "SEV1 fix for INC-4821", approved_by: "@dana", expires: 2026-12-20 }
depends_on: [ { product: ledger, version: "5.1.0" } ]
`;

/** A copy of `doc` with the value at `path` replaced (or removed, for `undefined`). */
function edit(doc: Doc, path: string[], value: unknown): Doc {
  const copy = structuredClone(doc);
  let at: Doc = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Doc;
  const last = path.at(-1) ?? '';
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

const MINIMAL_RELEASE = {
  product: 'payments-api',
  version: '2.4.0',
  type: 'minor',
  date: '2026-12-08T15:00:00-05:00',
};
const withRelease = (extra: Doc) => ({ ...MINIMAL_RELEASE, ...extra });

describe('schemas', () => {
  it.each(NAMES)('%s compiles under ajv 2020 strict mode with ajv-formats', (name) => {
    const schema = SCHEMAS[name];
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(idOf(name));
    expect(() => newAjv().compile(schema)).not.toThrow();
  });

  it.each(NAMES)('%s documents the root, every $def and every property at every depth', (name) => {
    const schema = SCHEMAS[name];
    const missing: string[] = [];
    for (const { pointer, kind, node } of documentedPlaces(schema)) {
      // A list's items or a map's values may take their docs from the definition they reference.
      const documented =
        kind === 'items' || kind === 'additionalProperties' ? resolveRef(schema, node) : node;
      for (const key of ['title', 'description'] as const) {
        const value = documented[key];
        if (typeof value !== 'string' || value.trim() === '') missing.push(`${pointer || '/'} has no ${key}`);
      }
      if (kind !== 'items' && kind !== 'additionalProperties') {
        const examples = node['examples'];
        if (!Array.isArray(examples) || examples.length === 0)
          missing.push(`${pointer || '/'} has no examples`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(NAMES)('%s: objects refuse unknown keys', (name) => {
    const open = allSchemaNodes(SCHEMAS[name])
      .filter(({ pointer }) => !/^\/(if|else)(\/|$)/.test(pointer))
      .filter(({ node }) => isObject(node['properties']) && node['additionalProperties'] !== false)
      .map(({ pointer }) => pointer);
    expect(open).toEqual([]);
  });

  it.each(NAMES)('%s: every examples value validates against its own subschema', (name) => {
    const failures: string[] = [];
    let count = 0;
    for (const { pointer, node } of allSchemaNodes(SCHEMAS[name])) {
      const examples = node['examples'];
      if (!Array.isArray(examples)) continue;
      const check = ajv.getSchema(`${idOf(name)}#${pointer}`);
      if (!check) throw new Error(`no subschema at ${pointer}`);
      for (const example of examples) {
        count++;
        if (!check(example))
          failures.push(`${pointer}: ${JSON.stringify(example)}\n${describeErrors(check.errors ?? [])}`);
      }
    }
    expect(count).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });

  it.each(NAMES)('%s: every pattern is a $def whose title reads as "must (not) be <title>"', (name) => {
    const misplaced = allSchemaNodes(SCHEMAS[name])
      .filter(({ node }) => typeof node['pattern'] === 'string')
      .filter(
        ({ pointer, node }) =>
          !/^\/\$defs\/[^/]+(?:\/not)?$/.test(pointer) || !/^an? /.test(String(node['title'])),
      )
      .map(({ pointer }) => pointer);
    expect(misplaced).toEqual([]);
  });

  it('shared definitions are identical in every schema that has them', () => {
    const seen = new Map<string, { name: Name; def: Json }>();
    for (const name of NAMES) {
      const defs = SCHEMAS[name]['$defs'];
      if (!isObject(defs)) continue;
      for (const [key, def] of Object.entries(defs)) {
        const first = seen.get(key);
        if (first) expect(def, `$defs/${key} in ${name} vs ${first.name}`).toEqual(first.def);
        else seen.set(key, { name, def });
      }
    }
    expect(seen.size).toBeGreaterThan(10);
  });

  it('the policy schema knows exactly the rule catalogue', () => {
    const defs = SCHEMAS.policy['$defs'] as Schema;
    const enumOf = (def: string) => (defs[def] as Schema)['enum'];
    expect(enumOf('ruleId')).toEqual(RULE_CATALOGUE);
    expect(enumOf('waivableRuleId')).toEqual(RULE_CATALOGUE.filter((r) => !NEVER_WAIVABLE.includes(r)));
    expect(enumOf('adjustableRuleId')).toEqual(
      RULE_CATALOGUE.filter((r) => r !== 'yaml-syntax' && r !== 'schema'),
    );
  });
});

describe('the shipped data validates', () => {
  it('policies/octoacme/policy.yml', () => {
    expect(read('policies/octoacme/policy.yml').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../schemas/policy.schema.json',
    );
    expectValid('policy', POLICY);
  });

  it('policies/octoacme/calendar.yml', () => {
    expect(read('policies/octoacme/calendar.yml').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../schemas/calendar.schema.json',
    );
    expectValid('calendar', CALENDAR);
  });

  it('templates/release.yml, with the placeholders filled', () => {
    const text = read('templates/release.yml');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://octoacme.github.io/release-policy/schemas/release.schema.json',
    );
    const fill: Record<string, string> = {
      product: 'payments-api',
      version: '2.4.0',
      type: 'minor',
      date: '2026-12-08T15:00:00-05:00',
      notes: 'docs/releases/2.4.0.md',
    };
    for (const key of Object.keys(fill)) {
      // Each placeholder once, inside a quoted string, so the raw template is still valid YAML.
      expect(text.match(new RegExp(`(['"])\\{\\{${key}\\}\\}\\1`, 'g')) ?? []).toHaveLength(1);
    }
    expect([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()).toEqual(Object.keys(fill).sort());
    const filled = text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => fill[key] ?? '');
    expectValid('release', parse(filled));
    // Every key of the schema is in the starter (active or commented out), each with a comment above.
    const keys = Object.keys(SCHEMAS.release['properties'] as Schema).filter((k) => k !== '$schema');
    const lines = text.split('\n');
    for (const key of keys) {
      const index = lines.findIndex((line) => new RegExp(`^(# )?${key}:`).test(line));
      expect(index, `${key} in templates/release.yml`).toBeGreaterThan(0);
      expect(lines[index - 1], `comment above ${key}`).toMatch(/^#/);
    }
    // The raw template parses too (placeholders are strings).
    expect(parse(text)).toMatchObject({ product: '{{product}}', version: '{{version}}' });
  });

  it("product.md's draft release.yml", () => {
    expectValid('release', parse(DRAFT_RELEASE_YML));
  });
});

describe('invalid documents fail', () => {
  describe('release.yml', () => {
    it('a misspelt key', () => {
      const errors = validate('release', withRelease({ signofs: [] }));
      expect(
        errors.some(
          (e) => e.keyword === 'additionalProperties' && e.params['additionalProperty'] === 'signofs',
        ),
      ).toBe(true);
      expectInvalid(
        'release',
        withRelease({ changes: { customerfacing: true } }),
        '/changes',
        'additionalProperties',
      );
    });

    it('a version written as a number', () => {
      const doc = parse(
        'product: payments-api\nversion: 1.10\ntype: minor\ndate: 2026-12-08T15:00:00-05:00\n',
      );
      expect(doc.version).toBe(1.1);
      expectInvalid('release', doc, '/version', 'type');
      expectInvalid('release', withRelease({ previous: 2 }), '/previous', 'type');
    });

    it.each(['v2.4.0', '2.4', '02.4.0', '2.4.0.1', '2.4.0-', ''])(
      'a version that is not SemVer: %j',
      (version) => {
        expectInvalid('release', withRelease({ version }), '/version');
      },
    );

    it.each(['1.0.0-alpha.1+build.5', '0.0.0', '10.20.30-rc.1'])(
      'SemVer with pre-release and build: %j',
      (version) => {
        expectValid('release', withRelease({ version }));
      },
    );

    it.each([
      '2026-12-08T15:00:00',
      '2026-12-08',
      '2026-12-08 15:00:00-05:00',
      '2026-12-08T15:00-05:00',
      '2026-13-08T15:00:00Z',
    ])('a date without an offset or not RFC 3339: %j', (date) =>
      expectInvalid('release', withRelease({ date }), '/date', 'pattern'),
    );

    it('missing required keys', () => {
      expectInvalid('release', edit(MINIMAL_RELEASE, ['product'], undefined), '', 'required');
      expectInvalid(
        'release',
        withRelease({ window: { start: '2026-12-08T15:00:00-05:00' } }),
        '/window',
        'required',
      );
      expectInvalid(
        'release',
        withRelease({ exceptions: [{ rule: 'blackout-window', reason: 'SEV1', approved_by: '@dana' }] }),
        '/exceptions/0',
        'required',
      );
    });

    it('unknown types, strategies and severities', () => {
      expectInvalid('release', withRelease({ type: 'hotfix' }), '/type', 'enum');
      expectInvalid('release', withRelease({ strategy: 'big-bang' }), '/strategy', 'enum');
      expectInvalid(
        'release',
        withRelease({ incident: { id: 'INC-1', severity: 'SEV5' } }),
        '/incident/severity',
        'enum',
      );
    });

    it('handles, teams and rule ids in the wrong form', () => {
      expectInvalid('release', withRelease({ manager: 'dana' }), '/manager', 'pattern');
      expectInvalid(
        'release',
        withRelease({ signoffs: [{ role: 'qa-lead', by: 'bob', date: '2026-12-01' }] }),
        '/signoffs/0/by',
      );
      expectValid(
        'release',
        withRelease({ signoffs: [{ role: 'qa-lead', by: '@octoacme/qa', date: '2026-12-01' }] }),
      );
      expectInvalid(
        'release',
        withRelease({
          exceptions: [{ rule: 'Blackout Window', reason: 'x', approved_by: '@dana', expires: '2026-12-20' }],
        }),
        '/exceptions/0/rule',
      );
      expectInvalid(
        'release',
        withRelease({
          exceptions: [
            { rule: 'lead-time', reason: '  ', approved_by: '@octoacme/rm', expires: '2026-12-20' },
          ],
        }),
        '/exceptions/0/reason',
      );
    });

    it('paths that are absolute or URLs, and plain-http links', () => {
      for (const notes of [
        '/etc/passwd',
        'C:\\notes.md',
        '~/notes.md',
        'https://example.com/notes.md',
        'docs\\notes.md',
      ]) {
        expectInvalid('release', withRelease({ notes }), '/notes', 'pattern');
      }
      expectValid('release', withRelease({ notes: '../../docs/releases/2.4.0.md' }));
      expectInvalid(
        'release',
        withRelease({ rollback: { plan: 'http://wiki.example.com/rollback' } }),
        '/rollback/plan',
      );
      expectValid(
        'release',
        withRelease({ rollback: { plan: 'https://wiki.example.com/rollback', tested: true } }),
      );
    });
  });

  describe('policy.yml', () => {
    it('a misspelt key at any depth', () => {
      expectInvalid('policy', { ...POLICY, calender: 'calendar.yml' }, '', 'additionalProperties');
      expectInvalid(
        'policy',
        edit(POLICY, ['types', 'minor', 'signofs'], ['qa-lead']),
        '/types/minor',
        'additionalProperties',
      );
      expectInvalid(
        'policy',
        { extends: 'octoacme', types: { hotfix: { notes: 'hotfix' } } },
        '/types',
        'additionalProperties',
      );
    });

    it('a role referenced in the wrong form', () => {
      expectInvalid(
        'policy',
        edit(POLICY, ['types', 'minor', 'signoffs'], ['QA Lead']),
        '/types/minor/signoffs/0',
        'pattern',
      );
      expectInvalid(
        'policy',
        { extends: 'octoacme', exceptions: { waivable: { 'lead-time': { granted_by: ['@dana'] } } } },
        '/exceptions/waivable/lead-time/granted_by/0',
        'pattern',
      );
      expectInvalid('policy', { extends: 'octoacme', roles: { 'QA Lead': { title: 'QA' } } }, '/roles');
    });

    it('waivers of rules that are never waivable, and unknown rule ids', () => {
      for (const rule of NEVER_WAIVABLE) {
        expectInvalid(
          'policy',
          { extends: 'octoacme', exceptions: { waivable: { [rule]: { granted_by: ['executive'] } } } },
          '/exceptions/waivable',
        );
      }
      expectInvalid(
        'policy',
        { extends: 'octoacme', exceptions: { waivable: { 'lead-time': { granted_by: [] } } } },
        '/exceptions/waivable/lead-time/granted_by',
      );
      expectInvalid('policy', { extends: 'octoacme', severity: { schema: 'off' } }, '/severity');
      expectInvalid(
        'policy',
        { extends: 'octoacme', severity: { 'blackout-windows': 'warning' } },
        '/severity',
      );
      expectInvalid(
        'policy',
        { extends: 'octoacme', severity: { 'lead-time': 'info' } },
        '/severity/lead-time',
        'enum',
      );
      expectValid('policy', {
        extends: 'octoacme',
        severity: { 'release-conflict': 'error', 'notes-mismatch': 'off' },
      });
    });

    it('a policy without extends must be complete; with extends a partial override is enough', () => {
      expectInvalid('policy', { name: 'team', title: 'Team', description: 'A team policy.' }, '', 'required');
      expectValid('policy', { extends: 'octoacme', roles: { 'qa-lead': { users: ['@bob'] } } });
      expectValid('policy', { extends: './base.yml', types: { minor: { signoffs: ['qa-lead'] } } });
      expectInvalid(
        'policy',
        edit(POLICY, ['roles', 'qa-lead'], { users: ['@bob'] }),
        '/roles/qa-lead',
        'required',
      );
      expectInvalid('policy', edit(POLICY, ['types', 'major'], undefined), '/types', 'required');
      expectInvalid(
        'policy',
        edit(POLICY, ['types', 'patch', 'notes'], undefined),
        '/types/patch',
        'required',
      );
      expectInvalid(
        'policy',
        edit(POLICY, ['notes', 'templates', 'hotfix', 'file'], undefined),
        '/notes/templates/hotfix',
        'required',
      );
    });

    it('extends names a built-in policy or a ./ or ../ path to a YAML file', () => {
      for (const base of [
        '/etc/policy.yml',
        'policies/team.yml',
        'https://example.com/policy.yml',
        './policy.json',
        'OctoAcme',
      ]) {
        expectInvalid('policy', { extends: base }, '/extends', 'pattern');
      }
      expectValid('policy', { extends: '../org/policy.yaml' });
    });

    it('a title pattern that is not a regular expression', () => {
      expectInvalid(
        'policy',
        { extends: 'octoacme', notes: { templates: { standard: { title_pattern: '^(?<version>[' } } } },
        '/notes/templates/standard/title_pattern',
        'format',
      );
    });

    it('lead times and ages that are not whole days', () => {
      expectInvalid(
        'policy',
        { extends: 'octoacme', signoffs: { max_age_days: 0 } },
        '/signoffs/max_age_days',
        'minimum',
      );
      expectInvalid(
        'policy',
        { extends: 'octoacme', types: { minor: { lead_time: { code_freeze_days: 14.5 } } } },
        '/types/minor/lead_time/code_freeze_days',
        'type',
      );
    });
  });

  describe('calendar.yml', () => {
    const blackout = (extra: Doc) => ({
      timezone: 'America/New_York',
      blackouts: [
        {
          id: 'freeze',
          name: 'Freeze',
          reason: 'Because.',
          start: '2026-12-18',
          end: '2027-01-04',
          blocks: ['minor'],
          enforcement: 'hard',
          ...extra,
        },
      ],
    });

    it.each([
      '-05:00',
      '+01:00',
      'UTC+1',
      'UTC-05:00',
      'GMT-5',
      'GMT',
      'Etc/GMT+5',
      'EST',
      'EST5EDT',
      'America/New York',
      'america/new_york',
      'Z',
    ])('a fixed offset or a name that is not an IANA zone: %j', (timezone) => {
      expectInvalid('calendar', { timezone }, '/timezone', 'pattern');
      expectInvalid('calendar', blackout({ timezone }), '/blackouts/0/timezone', 'pattern');
    });

    it.each([
      'UTC',
      'Etc/UTC',
      'America/New_York',
      'America/Argentina/Buenos_Aires',
      'America/Port-au-Prince',
      'Asia/Kolkata',
    ])('an IANA zone: %j', (timezone) => expectValid('calendar', { timezone }));

    it("every zone this runtime's Intl knows matches the zone pattern", () => {
      const zones = Intl.supportedValuesOf('timeZone');
      const defs = SCHEMAS.calendar['$defs'] as Schema;
      const pattern = new RegExp(String((defs['ianaTimezone'] as Schema)['pattern']), 'u');
      expect(zones.length).toBeGreaterThan(300);
      expect(zones.filter((zone) => !pattern.test(zone))).toEqual([]);
    });

    it('local times with an offset, seconds or a space', () => {
      for (const start of [
        '2026-01-02T15:00-05:00',
        '2026-01-02T15:00Z',
        '2026-01-02T15:00:00',
        '2026-01-02 15:00',
        '2026-1-2',
      ]) {
        expectInvalid('calendar', blackout({ start }), '/blackouts/0/start', 'pattern');
      }
      expectValid('calendar', blackout({ start: '2026-12-18T18:00', exdates: ['2027-12-18T18:00'] }));
    });

    it('recurrence rules that do not start with FREQ, carry DTSTART or use unsupported parts', () => {
      for (const rrule of [
        'RRULE:FREQ=WEEKLY',
        'DTSTART=20260102T150000;FREQ=WEEKLY',
        'FREQ=WEEKLY;DTSTART=20260102',
        'FREQ=HOURLY',
        'FREQ=DAILY;BYHOUR=9',
        'INTERVAL=2;FREQ=WEEKLY',
        'freq=weekly',
      ]) {
        expectInvalid('calendar', blackout({ rrule }), '/blackouts/0/rrule', 'pattern');
      }
      for (const rrule of [
        'FREQ=WEEKLY',
        'FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH',
        'FREQ=MONTHLY;BYDAY=+1SA;UNTIL=20271231T235959Z',
        'FREQ=WEEKLY;INTERVAL=2;COUNT=10',
      ]) {
        expectValid('calendar', blackout({ rrule }));
      }
    });

    it('an exception approved by a person instead of a role, or for an unknown type', () => {
      expectInvalid(
        'calendar',
        blackout({ exception: { types: ['patch'], approved_by: ['@dana'] } }),
        '/blackouts/0/exception/approved_by/0',
        'pattern',
      );
      expectInvalid(
        'calendar',
        blackout({ exception: { types: ['hotfix'], approved_by: ['release-manager'] } }),
        '/blackouts/0/exception/types/0',
        'enum',
      );
      expectInvalid(
        'calendar',
        blackout({
          exception: { types: ['patch'], incident_severities: ['SEV0'], approved_by: ['release-manager'] },
        }),
        '/blackouts/0/exception/incident_severities/0',
        'enum',
      );
      expectInvalid(
        'calendar',
        blackout({ exception: { types: ['patch'] } }),
        '/blackouts/0/exception',
        'required',
      );
    });

    it('a blackout without an end, blocking nothing, or with a misspelt key', () => {
      expectInvalid(
        'calendar',
        edit(blackout({}), ['blackouts', '0', 'end'], undefined),
        '/blackouts/0',
        'required',
      );
      expectInvalid('calendar', blackout({ blocks: [] }), '/blackouts/0/blocks', 'minItems');
      expectInvalid('calendar', blackout({ enforcement: 'strict' }), '/blackouts/0/enforcement', 'enum');
      expectInvalid('calendar', blackout({ exdate: ['2027-12-18'] }), '/blackouts/0', 'additionalProperties');
    });

    it('a planned release with a local date or a number version', () => {
      const release = {
        product: 'ledger',
        version: '5.1.0',
        type: 'minor',
        date: '2026-12-03T14:00:00-05:00',
      };
      expectValid('calendar', { timezone: 'UTC', releases: [release] });
      expectInvalid(
        'calendar',
        { timezone: 'UTC', releases: [{ ...release, date: '2026-12-03T14:00' }] },
        '/releases/0/date',
        'pattern',
      );
      expectInvalid(
        'calendar',
        { timezone: 'UTC', releases: [{ ...release, version: 5.1 }] },
        '/releases/0/version',
        'type',
      );
    });
  });
});

// --- The OctoAcme data is consistent with itself ------------------------------------------------

interface Role {
  aliases?: string[];
}
interface TypeRules {
  signoffs: string[];
  notes: string;
  lead_time?: { code_freeze_days?: number };
}
interface Template {
  file: string;
  required_sections: string[];
  title_pattern?: string;
}
interface Exception {
  approved_by: string[];
}
interface Recurring {
  id: string;
  start: string;
  end: string;
  rrule?: string;
  exception?: Exception;
}
interface PlannedRelease {
  product: string;
  version: string;
  type: 'patch' | 'minor' | 'major';
  date: string;
  window_end?: string;
  depends_on?: { product: string; version: string }[];
}

const roles = POLICY['roles'] as Record<string, Role>;
const types = POLICY['types'] as Record<'patch' | 'minor' | 'major', TypeRules>;
const templates = (POLICY['notes'] as { templates: Record<string, Template> }).templates;
const blackouts = CALENDAR['blackouts'] as Recurring[];
const maintenance = CALENDAR['maintenance'] as Recurring[];
const holidays = CALENDAR['holidays'] as { dates: { date: string }[]; exception?: Exception };
const codeFreezes = CALENDAR['code_freezes'] as {
  id: string;
  date: string;
  product?: string;
  release?: string;
}[];
const planned = CALENDAR['releases'] as PlannedRelease[];

/** Local date-time values compared as text: a date alone is that day at 00:00. */
const local = (value: string) => (value.length === 10 ? `${value}T00:00` : value);

/** The first `count` occurrence starts of an entry, by RFC 5545 rules (ical.js). */
function occurrences(entry: Recurring, count: number): string[] {
  const dateOnly = entry.start.length === 10;
  const start = dateOnly
    ? ICAL.Time.fromDateString(entry.start)
    : ICAL.Time.fromDateTimeString(`${entry.start}:00`);
  const iterator = ICAL.Recur.fromString(entry.rrule ?? 'COUNT=1;FREQ=DAILY').iterator(start);
  const out: string[] = [];
  for (let next = iterator.next(); next && out.length < count; next = iterator.next()) {
    out.push(next.toString().slice(0, dateOnly ? 10 : 16));
  }
  return out;
}

const weekday = (date: string) => new Date(`${date.slice(0, 10)}T12:00:00Z`).getUTCDay();

/** The UTC offset (±hh:mm) of an IANA zone at an instant. */
function offsetIn(zone: string, instant: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  return !name || name === 'GMT' ? '+00:00' : name.slice(3);
}

describe('the OctoAcme policy is consistent', () => {
  const ids = new Set(Object.keys(roles));

  it('names only roles it defines, and aliases are unique', () => {
    const referenced = [
      ...Object.values(types).flatMap((t) => t.signoffs),
      ...Object.values(POLICY['changes'] as Record<string, { signoffs?: string[] }>).flatMap(
        (c) => c.signoffs ?? [],
      ),
      ...Object.values(
        (POLICY['exceptions'] as { waivable: Record<string, { granted_by: string[] }> }).waivable,
      ).flatMap((w) => w.granted_by),
      ...[...blackouts, ...maintenance].flatMap((b) => b.exception?.approved_by ?? []),
      ...(holidays.exception?.approved_by ?? []),
    ];
    expect(referenced.filter((role) => !ids.has(role))).toEqual([]);
    const aliases = Object.values(roles).flatMap((role) => role.aliases ?? []);
    expect(new Set(aliases).size).toBe(aliases.length);
    expect(aliases.filter((alias) => ids.has(alias))).toEqual([]);
  });

  it('holds the sign-offs the guide gives each release type', () => {
    expect(types.patch.signoffs).toEqual(['tech-lead', 'product-owner']);
    expect(types.minor.signoffs).toEqual([
      'qa-lead',
      'tech-lead',
      'product-owner',
      'release-manager',
      'devops',
    ]);
    expect(types.major.signoffs).toEqual([...types.minor.signoffs, 'executive']);
  });

  it('waives exactly the rules OctoAcme allows', () => {
    const waivable = Object.keys((POLICY['exceptions'] as { waivable: Doc }).waivable).sort();
    expect(waivable).toEqual(
      [
        'blackout-window',
        'lead-time',
        'release-conflict',
        'signoff-stale',
        'rollback-plan',
        'deployment-strategy',
        'notes-placeholder',
        'notes-section',
        'customer-communication',
        'version-bump',
      ].sort(),
    );
  });

  it.each(Object.entries(templates))(
    'notes template %s: the file exists, with its sections and a matching title',
    (_, template) => {
      const path = join(ROOT, 'policies/octoacme', template.file);
      expect(existsSync(path), path).toBe(true);
      const text = readFileSync(path, 'utf8');
      const headings = [...text.matchAll(/^#{2,6} (.+)$/gm)].map((m) => m[1]);
      for (const section of template.required_sections) expect(headings).toContain(section);
      const title = /^# (.+)$/m.exec(text)?.[1] ?? '';
      const match = new RegExp(template.title_pattern ?? '.*').exec(title);
      expect(match?.groups?.['version']).toBe('[Version]');
      expect(match?.groups?.['date']).toBe('[Date]');
    },
  );

  it('every release type names a template it defines', () => {
    for (const rules of Object.values(types)) expect(Object.keys(templates)).toContain(rules.notes);
  });

  it('names its calendar, next to it', () => {
    expect(existsSync(join(ROOT, 'policies/octoacme', String(POLICY['calendar'])))).toBe(true);
  });
});

describe('the OctoAcme calendar is consistent', () => {
  it('has unique ids, and every window ends after it starts', () => {
    const ids = [...blackouts, ...maintenance, ...codeFreezes].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of [...blackouts, ...maintenance])
      expect(local(entry.end) > local(entry.start), entry.id).toBe(true);
  });

  it('repeats each window on the days it means (checked with ical.js)', () => {
    const byId = (id: string) => [...blackouts, ...maintenance].find((entry) => entry.id === id)!;
    expect(occurrences(byId('year-end-freeze'), 3)).toEqual(['2025-12-18', '2026-12-18', '2027-12-18']);
    expect(occurrences(byId('thanksgiving'), 3)).toEqual(['2025-11-27', '2026-11-26', '2027-11-25']);
    const weekend = occurrences(byId('weekend'), 60);
    expect(weekend.every((start) => weekday(start) === 5 && start.endsWith('T15:00'))).toBe(true);
    expect(weekday(byId('weekend').end)).toBe(1);
    const db = occurrences(byId('db-maintenance'), 24);
    expect(db.every((start) => weekday(start) === 6 && Number(start.slice(8, 10)) <= 7)).toBe(true);
    const patching = occurrences(byId('os-patching'), 24);
    expect(
      patching.every(
        (start) =>
          weekday(start) === 3 && Number(start.slice(8, 10)) >= 15 && Number(start.slice(8, 10)) <= 21,
      ),
    ).toBe(true);
  });

  it('lists US federal holidays on weekdays, in order, for 2026 and 2027', () => {
    const dates = holidays.dates.map((h) => h.date);
    expect(dates).toEqual([...new Set(dates)].sort());
    expect(dates.every((date) => weekday(date) >= 1 && weekday(date) <= 5)).toBe(true);
    expect(dates.filter((date) => date.startsWith('2026'))).toHaveLength(11);
    expect(dates.filter((date) => date.startsWith('2027'))).toHaveLength(12);
  });

  it('plans releases that the calendar itself allows, with offsets true to the zone', () => {
    const zone = String(CALENDAR['timezone']);
    const keys = planned.map((r) => `${r.product}@${r.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    const holidayDates = new Set(holidays.dates.map((h) => h.date));
    const frozen = (day: string) => {
      const monthDay = day.slice(5);
      const thanksgiving = occurrences(
        blackouts.find((b) => b.id === 'thanksgiving')!,
        5,
      );
      const inThanksgiving = thanksgiving.some((start) => {
        const from = new Date(`${start}T00:00:00Z`).getTime();
        const at = new Date(`${day}T00:00:00Z`).getTime();
        return at >= from && at < from + 4 * 86_400_000;
      });
      return monthDay >= '12-18' || monthDay < '01-04' || inThanksgiving;
    };
    for (const release of planned) {
      const day = release.date.slice(0, 10);
      expect(release.date.slice(19), `${release.product} ${release.version} offset`).toBe(
        offsetIn(zone, new Date(release.date)),
      );
      expect(weekday(day), `${release.product} ${release.version} on a weekday`).toBeGreaterThanOrEqual(1);
      expect(weekday(day)).toBeLessThanOrEqual(5);
      expect(frozen(day), `${release.product} ${release.version} in a blackout`).toBe(false);
      if (release.type !== 'patch')
        expect(holidayDates.has(day), `${release.product} on a holiday`).toBe(false);
      if (release.window_end) expect(new Date(release.window_end) > new Date(release.date)).toBe(true);
      for (const dependency of release.depends_on ?? []) {
        const first = planned.find(
          (r) => r.product === dependency.product && r.version === dependency.version,
        );
        expect(first, `${dependency.product} ${dependency.version} is planned`).toBeDefined();
        expect(new Date(first!.date) < new Date(release.date), `${dependency.product} ships first`).toBe(
          true,
        );
      }
    }
    expect(planned.some((r) => r.date.startsWith('2026-12'))).toBe(true);
    expect(planned.some((r) => r.date.startsWith('2027-06'))).toBe(true);
  });

  it('cuts code freezes at least the policy lead time before their release', () => {
    for (const freeze of codeFreezes) {
      const release = planned.find((r) => r.product === freeze.product && r.version === freeze.release);
      expect(release, freeze.id).toBeDefined();
      const days =
        (new Date(`${release!.date.slice(0, 10)}T00:00:00Z`).getTime() -
          new Date(`${freeze.date}T00:00:00Z`).getTime()) /
        86_400_000;
      expect(days, freeze.id).toBeGreaterThanOrEqual(types[release!.type].lead_time?.code_freeze_days ?? 0);
    }
  });
});

describe('templates', () => {
  it('standard and hotfix notes keep the guide’s headings and placeholders', () => {
    const standard = read('templates/release-notes.md');
    expect(standard.startsWith('# [Product Name] Release [Version] - [Date]\n')).toBe(true);
    for (const text of [
      '[Feature Name]',
      '[Link]',
      '[X%]',
      'CVE-XXXX-YYYY',
      '[X.Y.Z]',
      '## Upgrade Instructions',
    ]) {
      expect(standard).toContain(text);
    }
    const hotfix = read('templates/hotfix-notes.md');
    expect(hotfix.startsWith('# [Product Name] Hotfix [Version] - [Date]\n')).toBe(true);
    for (const text of ['[Issue ID]', '[critical issue]', '[Check 1]', '[Contact information]'])
      expect(hotfix).toContain(text);
  });

  it('the release checklist covers planning to follow-up, with the deployment phases and cross-functional hand-offs', () => {
    const checklist = read('templates/release-checklist.md');
    expect(checklist.startsWith('# Release Checklist: [Project] v[Version]\n')).toBe(true);
    const headings = [...checklist.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      'Planning',
      'Pre-Release',
      'Approvals',
      'Cross-Functional Coordination',
      'DevOps Coordination',
      'Support Team Handoff',
      'Customer Communication',
      'Quality Validation',
      'Deployment',
      'Pre-Deployment (T-24 hours)',
      'Staging Deployment (T-4 hours)',
      'Production Deployment (T-0)',
      'Post-Deployment Verification (T+15 min)',
      'Post-Deployment Monitoring (T+1 hour)',
      'Post-Deployment Follow-up (T+24 hours)',
      'Post-Release',
    ]);
    // Every item is a task list item.
    const items = checklist.split('\n').filter((line) => /^\s*- /.test(line));
    expect(items.every((line) => /^\s*- \[ \] \S/.test(line))).toBe(true);
  });
});
