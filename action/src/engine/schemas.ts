import type { ValidateFunction } from 'ajv/dist/2020.js';
import * as calendar from './validators/calendar.generated.js';
import * as policy from './validators/policy.generated.js';
import * as release from './validators/release.generated.js';
import * as releases from './validators/releases.generated.js';

const precompiled = { release, policy, calendar, releases };

export type SchemaName = keyof typeof precompiled;

export const SCHEMA_NAMES = Object.keys(precompiled) as SchemaName[];

/**
 * One of our JSON Schemas, parsed. It comes with its validator's module, which a Node bundle reads
 * only when that schema is first used.
 */
export function schemaFor(name: SchemaName): Record<string, unknown> {
  return precompiled[name].schema;
}

const validators = new Map<SchemaName, ValidateFunction>();

/**
 * The validator for one of our schemas. The schemas are compiled at build time
 * (`scripts/gen-validators.ts`, ajv standalone with `allErrors` and `verbose`), so nothing is compiled
 * at start-up and no code is generated at run time; the function carries its schema as `.schema`,
 * as ajv's own compiled functions do.
 */
export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    validate = Object.assign(precompiled[name].validate, {
      schema: schemaFor(name),
    }) as unknown as ValidateFunction;
    validators.set(name, validate);
  }
  return validate;
}
