import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One Node compile cache for every CLI process the tests start from source: the TypeScript is
 * stripped and compiled once per run rather than once per process. Removed when the run ends.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'release-policy-compile-cache-'));
  process.env.RELEASE_POLICY_TEST_COMPILE_CACHE = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
