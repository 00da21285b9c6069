import { SCHEMA_NAMES, schemaFor } from '../engine/schemas.ts';
import type { Io } from './io.ts';
import { oneOf, parse } from './options.ts';
import { UsageError } from './usage.ts';

/** `schema [release|policy|calendar|releases]`: prints a JSON Schema, for editors and other validators. */
export function schemaCommand(args: string[], io: Io): number {
  const { positionals } = parse('schema', args, true);
  if (positionals.length > 1)
    throw new UsageError('give at most one schema name: release, policy, calendar or releases');
  const name = oneOf('schema', positionals[0], SCHEMA_NAMES, 'release');
  io.stdout(`${JSON.stringify(schemaFor(name), null, 2)}\n`);
  return 0;
}
