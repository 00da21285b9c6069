import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/**
 * A fresh folder in the run's temp dir (test/global-setup.ts), named `release-policy-<name>-…`. Every
 * folder made here is removed when its test file ends (`test/setup.ts`), so a run leaves nothing behind.
 */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `release-policy-${name}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made in this test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

let ownCache: string | undefined;

/**
 * The environment a process the tests start needs to keep its files in the run's temp dir: `TMPDIR`,
 * and `NODE_COMPILE_CACHE`, the run's shared compile cache (the CLI, the action and the worker
 * threads turn the cache on, and it would otherwise stay in `<os tmp>/node-compile-cache`). Outside
 * the global setup (a file run on its own with another config), a cache of the test file's own.
 */
export function childTempEnv(): { TMPDIR: string; NODE_COMPILE_CACHE: string } {
  const cache = process.env.RELEASE_POLICY_TEST_COMPILE_CACHE ?? (ownCache ??= tempDir('compile-cache'));
  return { TMPDIR: tmpdir(), NODE_COMPILE_CACHE: cache };
}
