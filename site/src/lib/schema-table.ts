/**
 * A JSON Schema (draft 2020-12, as our three schemas use it) flattened into reference rows: every
 * property, at any depth, with its type, whether it is required, its description, constraints and
 * examples. `$ref`s to `#/$defs/…` are followed; a def's `title` (“a date (like 2026-12-01) or …”)
 * reads as the type. Pure: the site renders the rows, tests can check them.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = { [key: string]: Json };

export interface SchemaRow {
  /** `signoffs[].role`, `roles.<role id>.title` */
  path: string;
  /** An HTML id for the row: `signoffs-role`. */
  anchor: string;
  /** Nesting level: 0 for a top-level key. */
  depth: number;
  /** The key itself (last segment of `path`). */
  key: string;
  title?: string;
  type: string;
  required: boolean;
  description?: string;
  /** `one of: a, b`, `1 to 365`, `at most 80 characters` … */
  constraints: string[];
  /** Examples as compact YAML-ish text. */
  examples: string[];
  default?: string;
}

function isSchema(value: Json | undefined): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveRef(root: Schema, ref: string): Schema {
  const prefix = '#/$defs/';
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}`);
  const defs = root.$defs;
  const target = isSchema(defs) ? defs[ref.slice(prefix.length)] : undefined;
  if (!isSchema(target)) throw new Error(`$ref ${ref} points to nothing`);
  return target;
}

/** The schema with its `$ref` chain merged underneath it (the property's own keywords win). */
function flatten(root: Schema, schema: Schema, seen: string[] = []): { merged: Schema; refTitle?: string } {
  if (typeof schema.$ref !== 'string') return { merged: schema };
  const ref = schema.$ref;
  if (seen.includes(ref)) return { merged: schema };
  const target = resolveRef(root, ref);
  const inner = flatten(root, target, [...seen, ref]);
  const { $ref: _, ...own } = schema;
  const refTitle = typeof target.title === 'string' ? target.title : inner.refTitle;
  return { merged: { ...inner.merged, ...own }, ...(refTitle !== undefined ? { refTitle } : {}) };
}

/** A value as compact YAML flow text: strings bare unless they need quotes, the rest as JSON. */
export function compact(value: Json): string {
  if (typeof value === 'string') {
    return /^[\w@./:+-][\w@./:+ -]*$/.test(value) &&
      !/^(true|false|null|~|-?\d[\d.]*)$/i.test(value) &&
      !value.endsWith(' ')
      ? value
      : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (isSchema(value)) {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${compact(v)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(value);
}

function typeName(root: Schema, schema: Schema, refTitle: string | undefined): string {
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((v) => compact(v)).join(', ')}`;
  if (schema.const !== undefined) return `exactly ${compact(schema.const)}`;
  const type = schema.type;
  if (type === 'array') {
    const items = isSchema(schema.items) ? flatten(root, schema.items) : undefined;
    if (!items) return 'list';
    return `list of ${typeName(root, items.merged, items.refTitle)}`;
  }
  if (refTitle !== undefined && type !== 'object') return refTitle;
  if (type === 'object') {
    if (isSchema(schema.additionalProperties) && !isSchema(schema.properties)) {
      return 'mapping (by name)';
    }
    return 'mapping';
  }
  const base = Array.isArray(type) ? type.join(' or ') : typeof type === 'string' ? type : 'any';
  return typeof schema.format === 'string' ? `${base} (${schema.format})` : base;
}

function constraints(schema: Schema): string[] {
  const out: string[] = [];
  const num = (k: string) => (typeof schema[k] === 'number' ? (schema[k] as number) : undefined);
  const min = num('minimum');
  const max = num('maximum');
  if (min !== undefined && max !== undefined) out.push(`${min} to ${max}`);
  else if (min !== undefined) out.push(`at least ${min}`);
  else if (max !== undefined) out.push(`at most ${max}`);
  const minLength = num('minLength');
  const maxLength = num('maxLength');
  if (minLength !== undefined && minLength > 1) out.push(`at least ${minLength} characters`);
  if (maxLength !== undefined) out.push(`at most ${maxLength} characters`);
  const minItems = num('minItems');
  if (minItems !== undefined) out.push(`at least ${minItems} item${minItems === 1 ? '' : 's'}`);
  if (schema.uniqueItems === true) out.push('no duplicates');
  return out;
}

function anchorOf(path: string): string {
  return path
    .replace(/\[\]/g, '')
    .replace(/<[^>]*>/g, 'name')
    .replace(/[^A-Za-z0-9_$-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .replace(/^\$/, 'dollar-');
}

/**
 * Every property of the schema, depth first in the schema's order. Object-valued properties are
 * followed into their own properties (`window.end`), lists of objects into their items
 * (`signoffs[].role`), and maps into their values (`roles.<role id>.title`).
 */
export function schemaRows(root: Schema): SchemaRow[] {
  const rows: SchemaRow[] = [];
  const walk = (schema: Schema, prefix: string, depth: number, stack: string[]) => {
    const properties = isSchema(schema.properties) ? schema.properties : {};
    const required = new Set(
      Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === 'string') : [],
    );
    for (const [key, raw] of Object.entries(properties)) {
      if (!isSchema(raw)) continue;
      const { merged, refTitle } = flatten(root, raw);
      const path = prefix + key;
      const row: SchemaRow = {
        path,
        anchor: anchorOf(path),
        depth,
        key,
        type: typeName(root, merged, refTitle),
        required: required.has(key),
        constraints: constraints(merged),
        examples: Array.isArray(merged.examples) ? merged.examples.map((e) => compact(e)) : [],
        ...(typeof merged.title === 'string' ? { title: merged.title } : {}),
        ...(typeof merged.description === 'string' ? { description: merged.description } : {}),
        ...(merged.default !== undefined ? { default: compact(merged.default) } : {}),
      };
      rows.push(row);
      descend(merged, path, depth + 1, [...stack, typeof raw.$ref === 'string' ? raw.$ref : path]);
    }
  };
  const descend = (schema: Schema, path: string, depth: number, stack: string[]) => {
    if (depth > 8) return;
    if (schema.type === 'object' || isSchema(schema.properties)) {
      if (isSchema(schema.properties)) walk(schema, `${path}.`, depth, stack);
      if (isSchema(schema.additionalProperties)) {
        const { merged } = flatten(root, schema.additionalProperties);
        const name = mapKeyName(root, schema);
        if (isSchema(merged.properties)) walk(merged, `${path}.<${name}>.`, depth, stack);
      }
    }
    if (schema.type === 'array' && isSchema(schema.items)) {
      const { merged } = flatten(root, schema.items);
      if (isSchema(merged.properties)) walk(merged, `${path}[].`, depth, stack);
    }
  };
  walk(root, '', 0, []);
  return rows;
}

/** What a map's keys are called: `role id` from `propertyNames: { $ref: '#/$defs/roleId' }`. */
function mapKeyName(root: Schema, schema: Schema): string {
  if (isSchema(schema.propertyNames) && typeof schema.propertyNames.$ref === 'string') {
    const name = schema.propertyNames.$ref.replace('#/$defs/', '');
    return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  }
  void root;
  return 'name';
}
