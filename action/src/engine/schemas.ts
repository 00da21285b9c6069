import type { ValidateFunction } from 'ajv/dist/2020.js';
import calendarSchema from '../../../schemas/calendar.schema.json' with { type: 'json' };
import policySchema from '../../../schemas/policy.schema.json' with { type: 'json' };
import releaseSchema from '../../../schemas/release.schema.json' with { type: 'json' };
import releasesSchema from '../../../schemas/releases.schema.json' with { type: 'json' };
import * as precompiled from './validators.generated.js';

export const SCHEMAS = {
  release: releaseSchema,
  policy: policySchema,
  calendar: calendarSchema,
  releases: releasesSchema,
} as const;

export type SchemaName = keyof typeof SCHEMAS;

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
    validate = Object.assign(precompiled[name], { schema: SCHEMAS[name] }) as unknown as ValidateFunction;
    validators.set(name, validate);
  }
  return validate;
}
