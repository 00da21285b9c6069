import type { ErrorObject, ValidateFunction } from 'ajv';
import leven from 'leven';
import { stringify } from 'yaml';
import type { Report } from './finding.ts';
import type { PathSegment, YamlFile } from './yaml-source.ts';

/** The part of a JSON Schema the messages draw on. */
interface SchemaNode {
  title?: string;
  description?: string;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
  not?: SchemaNode;
}

/**
 * Validates a parsed YAML file and turns every schema error into a report on the exact key or value,
 * worded for a person: unknown keys get a did-you-mean, missing keys a snippet to paste, numbers
 * where a version string belongs a hint to quote them.
 */
export function schemaReports(validate: ValidateFunction, yaml: YamlFile): Report[] {
  if (yaml.data === null || yaml.data === undefined) {
    const required = (validate.schema as { required?: string[] }).required ?? [];
    return [
      {
        message: 'the file is empty',
        file: yaml.file,
        line: 1,
        column: 1,
        hint: required.length ? `Start with the required keys: ${required.join(', ')}.` : undefined,
      },
    ];
  }
  if (validate(yaml.data)) return [];
  const reports = relevant(validate.errors ?? []).map((error) => toReport(error, yaml));
  return dedupe(reports).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * Combinator errors only restate their branches' errors; keep them only when nothing else is said.
 * A `not` is its own statement (its subschema's errors are never reported): it always counts. A
 * value of the wrong shape fails its `format` too: the pattern's message says it better.
 */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const combinators = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'propertyNames']);
  const misshapen = new Set(errors.filter((e) => e.keyword === 'pattern').map((e) => e.instancePath));
  const specific = errors.filter(
    (e) => !combinators.has(e.keyword) && !(e.keyword === 'format' && misshapen.has(e.instancePath)),
  );
  return specific.length > 0 ? specific : errors;
}

/**
 * The places of the dates that don't exist, when they are all that is wrong with the file (after
 * `schemaReports` ran `validate`); undefined when anything else is wrong too.
 */
export function impossibleDatePaths(validate: ValidateFunction): PathSegment[][] | undefined {
  const errors = relevant(validate.errors ?? []);
  if (errors.length === 0 || !errors.every(isImpossibleDate)) return undefined;
  return errors.map((error) => pointerToPath(error.instancePath));
}

/** A date or date-time of the right shape that names no real day (February 30, November 31). */
export function isImpossibleDate(error: ErrorObject): boolean {
  const format = (error.params as { format?: string }).format;
  return error.keyword === 'format' && (format === 'date' || format === 'date-time');
}

function dedupe(reports: Report[]): Report[] {
  const seen = new Set<string>();
  return reports.filter((r) => {
    const key = `${r.line}:${r.column}:${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toReport(error: ErrorObject, yaml: YamlFile): Report {
  const path = pointerToPath(error.instancePath);
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  const here = (part: 'key' | 'value', at: readonly PathSegment[] = path) => ({
    file: yaml.file,
    ...yaml.locate(at, part),
  });
  const name = displayPath(path);

  // A key refused by `propertyNames` (a map keyed by rule ids, say): report it as an unknown key.
  const badKey = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (badKey !== undefined) {
    const allowed = error.keyword === 'enum' ? (parent.enum ?? []).map(String) : [];
    const suggestion = closest(badKey, allowed);
    return {
      ...here('key', [...path, badKey]),
      message: `"${badKey}" is not allowed as a key${name ? ` in ${name}` : ''}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      hint: allowed.length ? `Keys allowed here: ${allowed.join(', ')}.` : exampleHint(parent),
    };
  }

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(parent.properties ?? {});
      const suggestion = closest(key, known);
      return {
        ...here('key', [...path, key]),
        message: `unknown key "${key}"${name ? ` in ${name}` : ''}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        hint: known.length ? `Keys allowed here: ${known.join(', ')}.` : undefined,
      };
    }
    case 'required': {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      const example = parent.properties?.[key]?.examples?.[0];
      return {
        ...here('key'),
        message: `missing required key "${key}"${name ? ` in ${name}` : ''}`,
        hint: example === undefined ? undefined : `Add it, for example:\n${snippet(key, example)}`,
      };
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type);
      const written = yaml.sourceOf(path);
      if (expected.includes('string') && typeof error.data === 'number' && written !== undefined) {
        return {
          ...here('value'),
          message: `${name} must be a string, but YAML reads ${written} as the number ${String(error.data)}`,
          hint: `Quote it: ${snippet(String(path.at(-1) ?? name), written)}`,
        };
      }
      if (
        expected === 'boolean' &&
        typeof error.data === 'string' &&
        /^(yes|no|on|off|y|n)$/i.test(error.data)
      ) {
        return {
          ...here('value'),
          message: `${name} must be true or false; YAML 1.2 reads ${error.data} as the text "${error.data}"`,
          hint: `Write: ${snippet(String(path.at(-1) ?? name), /^(yes|on|y)$/i.test(error.data))}`,
        };
      }
      if (path.length === 0) {
        return {
          ...here('value'),
          message: `the file must be a mapping of keys (like \`product: payments-api\`), not ${article(kindOf(error.data))}`,
        };
      }
      return {
        ...here('value'),
        message: `${name} must be ${article(expected.replace(',', ' or '))}, not ${article(kindOf(error.data))}`,
        hint: exampleHint(parent),
      };
    }
    case 'enum':
    case 'const': {
      const allowed =
        (error.keyword === 'enum'
          ? parent.enum
          : [(error.params as { allowedValue: unknown }).allowedValue]) ?? [];
      const suggestion =
        typeof error.data === 'string' ? closest(error.data, allowed.map(String)) : undefined;
      return {
        ...here('value'),
        message: `${name} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(error.data)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      };
    }
    case 'not': {
      // The schema says what the value must not be in the `not` subschema's title and description.
      const refused = parent.not ?? {};
      return {
        ...here('value'),
        message: `${name} must not be ${refused.title ?? 'in this form'}${typeof error.data === 'string' ? `, not ${JSON.stringify(error.data)}` : ''}`,
        hint: refused.description,
      };
    }
    case 'format':
      if (isImpossibleDate(error)) {
        return {
          ...here('value'),
          message: `${name} ${JSON.stringify(error.data)} is not a date that exists`,
          hint: exampleHint(parent),
        };
      }
    // falls through
    case 'pattern': {
      return {
        ...here('value'),
        message: `${name} ${formDescription(error, parent)}, not ${JSON.stringify(error.data)}`,
        hint: exampleHint(parent),
      };
    }
    default:
      return {
        ...here('value'),
        message: `${name || 'the file'} ${error.message ?? 'is not valid'}`,
        hint: exampleHint(parent),
      };
  }
}

const FORMAT_WORDS: Record<string, string> = {
  'date-time': 'must be an RFC 3339 date-time with an offset (like 2026-12-08T15:00:00-05:00)',
  date: 'must be a date (like 2026-12-01)',
  uri: 'must be an absolute URL',
  email: 'must be an email address',
};

function formDescription(error: ErrorObject, parent: SchemaNode): string {
  if (error.keyword === 'format') {
    const format = String((error.params as { format: string }).format);
    return FORMAT_WORDS[format] ?? `must be in the "${format}" format`;
  }
  return parent.title ? `must be ${lowerFirst(parent.title)}` : 'is not in the expected form';
}

function exampleHint(parent: SchemaNode): string | undefined {
  const examples = parent.examples?.filter((e) => typeof e !== 'object' || e === null) ?? [];
  if (examples.length === 0) return parent.description;
  return `${parent.description ?? parent.title ?? ''} For example: ${examples
    .slice(0, 3)
    .map((e) => JSON.stringify(e))
    .join(', ')}.`.trimStart();
}

/** `key: value` as YAML, ready to paste; strings that YAML would misread stay quoted. */
function snippet(key: string, value: unknown): string {
  if (typeof value === 'string' && /^[0-9.]+$/.test(value)) return `${key}: "${value}"`;
  return stringify({ [key]: value }, { lineWidth: 0 }).trimEnd();
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = leven(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** RFC 6901 JSON Pointer to path segments (array indexes as numbers). */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

/** `signoffs[0].role`, the way people write paths into YAML. */
export function displayPath(path: readonly PathSegment[]): string {
  return path.reduce<string>(
    (out, segment) =>
      typeof segment === 'number' ? `${out}[${segment}]` : out ? `${out}.${segment}` : segment,
    '',
  );
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return typeof value;
}

function article(word: string): string {
  if (word === 'null') return 'empty (null)';
  const named = word === 'object' ? 'mapping' : word === 'array' ? 'list' : word;
  return /^[aeiou]/.test(named) ? `an ${named}` : `a ${named}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
