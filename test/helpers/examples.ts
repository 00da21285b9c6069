import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './cli.ts';

export const EXAMPLES = join(REPO, 'examples');

/** What an example repo's `expected.json` says: how to run the check and exactly what it finds. */
export interface Expected {
  description: string;
  /** Extra `check` arguments (`--now`, `--config`). */
  args: string[];
  exitCode: number;
  findings: {
    rule: string;
    severity: string;
    file?: string;
    line?: number;
    column?: number;
    waived?: true;
    message: string;
  }[];
}

/** The example repos that have an `expected.json`, sorted. */
export const EXAMPLE_CASES = readdirSync(EXAMPLES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(EXAMPLES, d.name, 'expected.json')))
  .map((d) => d.name)
  .sort();

export function readExpected(name: string): Expected {
  return JSON.parse(readFileSync(join(EXAMPLES, name, 'expected.json'), 'utf8')) as Expected;
}
