import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuiltinPolicies, LoadedPolicy } from '../engine/policy.ts';
import { type PolicySnapshot, restorePolicy } from '../engine/snapshot.ts';
import { nodeHost } from './node-host.ts';

/**
 * The package's own folder (where schemas/, policies/ and templates/ live), found from this module
 * whether it runs from source (action/src/cli) or from the bundle (action/dist).
 */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'policies')) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir)
      throw new Error(`release-policy: cannot find its package folder above ${start}`);
  }
}

export const PACKAGE_VERSION: string = (
  JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

const packageHost = nodeHost(PACKAGE_ROOT);

/** Built-in policies are folders under policies/ holding a policy.yml. */
export const builtinPolicies: BuiltinPolicies = (name) =>
  existsSync(join(PACKAGE_ROOT, 'policies', name, 'policy.yml'))
    ? { host: packageHost, path: `policies/${name}/policy.yml` }
    : undefined;

/**
 * A built-in policy from the snapshot the build made of it (`policies/<name>/policy.snapshot.json`),
 * when there is one and the policy's files still hash to what it was built from; else undefined,
 * and the caller loads the policy the full way.
 */
export function builtinPolicySnapshot(name: string): LoadedPolicy | undefined {
  let snapshot: PolicySnapshot;
  try {
    snapshot = JSON.parse(
      readFileSync(join(PACKAGE_ROOT, 'policies', name, 'policy.snapshot.json'), 'utf8'),
    ) as PolicySnapshot;
  } catch {
    return undefined;
  }
  return restorePolicy(snapshot, packageHost);
}

/** The names of the built-in policies, sorted. */
export function builtinPolicyNames(): string[] {
  return readdirSync(join(PACKAGE_ROOT, 'policies'), { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(PACKAGE_ROOT, 'policies', entry.name, 'policy.yml')),
    )
    .map((entry) => entry.name)
    .sort();
}

export function readPackageFile(path: string): string {
  return readFileSync(join(PACKAGE_ROOT, path), 'utf8');
}
