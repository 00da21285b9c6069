// Generates action/src/engine/types/*.ts from the JSON Schemas, so the code's types can't drift from
// the schemas users validate against. `--check` fails if a committed file is out of date.
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync } from 'node:fs';

const SCHEMAS = [
  ['release', 'Release'],
  ['policy', 'Policy'],
  ['calendar', 'Calendar'],
  ['releases', 'CollectedReleases'],
] as const;

/** Titles are for people (editor hover, docs); as type names they would only add noise. */
function withoutTitles(node: unknown, root = true): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutTitles(n, false));
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'title' && !root) continue;
    if (key === 'examples') continue;
    out[key] =
      key === 'properties' || key === '$defs' || key === 'patternProperties'
        ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, withoutTitles(v, false)]))
        : withoutTitles(value, false);
  }
  return out;
}

export async function generateTypes(name: string, title: string): Promise<string> {
  const schema = JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8')) as JSONSchema;
  const ts = await compile({ ...(withoutTitles(schema) as JSONSchema), title }, title, {
    bannerComment: `// Generated from schemas/${name}.schema.json by scripts/gen-types.ts. Do not edit: run \`npm run gen:types\`.`,
    additionalProperties: false,
    unreachableDefinitions: false,
    format: true,
    style: { singleQuote: true, printWidth: 110, trailingComma: 'all' },
  });
  return ts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, title] of SCHEMAS) {
    const out = `action/src/engine/types/${name}.ts`;
    const generated = await generateTypes(name, title);
    if (process.argv.includes('--check')) {
      let committed = '';
      try {
        committed = readFileSync(out, 'utf8');
      } catch {
        // missing counts as out of date
      }
      if (committed !== generated) {
        console.error(`${out} is out of date: run npm run gen:types`);
        process.exitCode = 1;
      }
    } else {
      writeFileSync(out, generated);
    }
  }
}
