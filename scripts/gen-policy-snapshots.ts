// Precompiles each built-in policy (policies/<name>/policy.yml) to policies/<name>/policy.snapshot.json:
// the policy, its calendar and its notes templates as the full loader reads them, plus the digested
// templates. A run uses the snapshot while the policy's files still hash to what it was built from.
// The collected releases file the policy names is not part of it (data, read by each run), so a new
// collection never makes a snapshot stale.
// `--check` (and `npm run build -- --check`) fails when a committed snapshot differs from the sources.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinPolicies, builtinPolicyNames } from '../action/src/cli/package-files.ts';
import { loadPolicy } from '../action/src/engine/policy.ts';
import { policySnapshot, withoutReleasesCache } from '../action/src/engine/snapshot.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** The snapshot file of a built-in policy, relative to the package root. */
export const snapshotFile = (name: string): string => `policies/${name}/policy.snapshot.json`;

/** The snapshot's text for a built-in policy, from the sources as they are now. */
export function snapshotText(name: string): string {
  const loaded = loadPolicy(builtinPolicies(name)!, builtinPolicies);
  if (!loaded.ok) {
    throw new Error(
      `the built-in policy "${name}" is not valid:\n${JSON.stringify(loaded.findings, null, 2)}`,
    );
  }
  return `${JSON.stringify(policySnapshot(loaded.policy))}\n`;
}

/** The snapshots that are out of date (all written when `write` is true). */
export function syncSnapshots(write: boolean): string[] {
  const stale: string[] = [];
  for (const name of builtinPolicyNames()) {
    const file = snapshotFile(name);
    const text = snapshotText(name);
    let committed = '';
    try {
      committed = readFileSync(join(ROOT, file), 'utf8');
    } catch {
      // missing counts as out of date
    }
    if (committed === text) continue;
    if (write) writeFileSync(join(ROOT, file), text);
    else if (committed !== '' && withoutReleasesCache(committed) === withoutReleasesCache(text)) continue;
    stale.push(file);
  }
  return stale;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale = syncSnapshots(!check);
  if (check && stale.length > 0) {
    console.error(`${stale.join(' and ')} out of date: run npm run build`);
    process.exitCode = 1;
  }
}
