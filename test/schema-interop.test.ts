/**
 * Interop: our JSON Schemas are valid draft 2020-12 for a second, independent validator
 * (@hyperjump/json-schema), and it gives the documents we ship the verdict ajv gives them.
 */
import { registerSchema, validate } from '@hyperjump/json-schema/draft-2020-12';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES, schemaFor, validatorFor, type SchemaName } from '../action/src/engine/schemas.ts';
import { REPO } from './helpers/cli.ts';

const META = 'https://json-schema.org/draft/2020-12/schema';
const NAMES = SCHEMA_NAMES;
const SCHEMAS = Object.fromEntries(NAMES.map((n) => [n, schemaFor(n)])) as Record<
  SchemaName,
  { $id: string; $schema: string }
>;

for (const name of NAMES) registerSchema(structuredClone(SCHEMAS[name]) as never, SCHEMAS[name].$id);

/** Both verdicts for one document: ajv's (the engine's precompiled validator) and hyperjump's. */
async function verdicts(name: SchemaName, doc: unknown): Promise<{ ajv: boolean; hyperjump: boolean }> {
  const output = await validate(SCHEMAS[name].$id, doc as never);
  return { ajv: validatorFor(name)(doc) === true, hyperjump: output.valid };
}

const yamlFile = (path: string): unknown => parse(readFileSync(join(REPO, path), 'utf8'));

/** Every example's release.yml files that parse as YAML (a monorepo's included); broken-yaml does not. */
function exampleReleases(): { file: string; compliant: boolean }[] {
  const out: { file: string; compliant: boolean }[] = [];
  for (const example of readdirSync(join(REPO, 'examples'))) {
    // Example repos have an expected.json; examples/collected/ is a collected releases file.
    if (!existsSync(join(REPO, 'examples', example, 'expected.json'))) continue;
    const expected = JSON.parse(readFileSync(join(REPO, 'examples', example, 'expected.json'), 'utf8')) as {
      exitCode: number;
    };
    const files = existsSync(join(REPO, 'examples', example, 'release.yml'))
      ? [`examples/${example}/release.yml`]
      : existsSync(join(REPO, 'examples', example, 'services'))
        ? readdirSync(join(REPO, 'examples', example, 'services')).map(
            (s) => `examples/${example}/services/${s}/release.yml`,
          )
        : [];
    for (const file of files) {
      try {
        parse(readFileSync(join(REPO, file), 'utf8'));
      } catch {
        continue;
      }
      out.push({ file, compliant: expected.exitCode === 0 });
    }
  }
  return out;
}

describe('JSON Schemas with @hyperjump/json-schema', () => {
  it.each(NAMES)('the %s schema is a valid 2020-12 schema', async (name) => {
    expect(SCHEMAS[name].$schema).toBe(META);
    const asInstance = await validate(META, structuredClone(SCHEMAS[name]) as never, 'BASIC');
    expect(asInstance).toEqual({ valid: true });
    // Compiling checks it too (hyperjump validates a schema against its dialect before use).
    await expect(validate(SCHEMAS[name].$id)).resolves.toBeTypeOf('function');
  });

  it.each([
    ['policy', 'policies/octoacme/policy.yml'],
    ['calendar', 'policies/octoacme/calendar.yml'],
  ] as const)('the built-in %s (%s) is valid for both validators', async (name, file) => {
    expect(await verdicts(name, yamlFile(file))).toEqual({ ajv: true, hyperjump: true });
  });

  const releases = exampleReleases();

  it('finds the examples', () => {
    expect(releases.filter((r) => r.compliant).map((r) => r.file)).toEqual(
      expect.arrayContaining([
        'examples/minor-compliant/release.yml',
        'examples/major-compliant/release.yml',
        'examples/patch-compliant/release.yml',
      ]),
    );
    expect(releases.map((r) => r.file)).toContain('examples/schema-errors/release.yml');
  });

  it.each(releases)('$file: same verdict from both validators', async ({ file, compliant }) => {
    const { ajv, hyperjump } = await verdicts('release', yamlFile(file));
    expect(hyperjump).toBe(ajv);
    if (compliant) expect(ajv).toBe(true);
    if (file.includes('schema-errors')) expect(ajv).toBe(false);
  });

  it('templates/release.yml with its placeholders filled is valid for both validators', async () => {
    const filled = readFileSync(join(REPO, 'templates/release.yml'), 'utf8')
      .replaceAll('{{product}}', 'payments-api')
      .replaceAll('{{version}}', '2.4.0')
      .replaceAll('{{type}}', 'minor')
      .replaceAll('{{date}}', '2026-12-08T15:00:00-05:00')
      .replaceAll('{{notes}}', 'docs/releases/2.4.0.md');
    expect(filled).not.toMatch(/\{\{/);
    expect(await verdicts('release', parse(filled))).toEqual({ ajv: true, hyperjump: true });
  });

  it.each([
    ['an unknown key', { signofs: [] }],
    ['a wrong type', { type: 'hotfix' }],
    ['a version that is not SemVer', { version: '2.4' }],
    ['a date without an offset', { date: '2026-12-08T15:00:00' }],
  ])('both reject a release with %s', async (_what, change) => {
    const doc = { ...(yamlFile('examples/minor-compliant/release.yml') as object), ...change };
    expect(await verdicts('release', doc)).toEqual({ ajv: false, hyperjump: false });
  });
});
