import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/**
 * A fresh folder in the system's temp dir, named `release-policy-<name>-…`. Every folder made here
 * is removed when its test file ends (`test/setup.ts`), so a run leaves nothing behind.
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
