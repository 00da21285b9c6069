import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import calendarSchema from '../../../schemas/calendar.schema.json' with { type: 'json' };
import policySchema from '../../../schemas/policy.schema.json' with { type: 'json' };
import releaseSchema from '../../../schemas/release.schema.json' with { type: 'json' };

export const SCHEMAS = {
  release: releaseSchema,
  policy: policySchema,
  calendar: calendarSchema,
} as const;

export type SchemaName = keyof typeof SCHEMAS;

// ajv-formats is CommonJS: under Node's ESM interop the default import is the plugin itself.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

/** The compiled validator for one of our schemas; compiled once, on first use. */
export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    ajv ??= addFormats(new Ajv2020({ allErrors: true, strict: true, verbose: true }));
    validate = ajv.compile(SCHEMAS[name]);
    compiled.set(name, validate);
  }
  return validate;
}
