import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a run must not leave behind: Node's default compile cache and our own temp folders. */
const LEFTOVER = /^(?:node-compile-cache|release-policy-.*)$/;

/**
 * The run's own temporary folder, inside the system's: every test's temp folders (`TMPDIR`, so
 * `os.tmpdir()` in the test processes) and every process the tests start (their environment names it,
 * see `helpers/temp.ts`) go there. It also holds one Node compile cache for every CLI and action
 * process the tests start: the code is compiled once per run rather than once per process.
 *
 * When the run ends, the folder must hold nothing but that cache: a test file removes the folders it
 * made, and no process may leave a compile cache or a report folder in the temporary folder it was
 * given. Anything left fails the run; the folder is removed either way, so the system's temporary
 * folder keeps nothing of the run.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'release-policy-test-run-'));
  const cache = join(root, 'compile-cache');
  mkdirSync(cache);
  process.env.TMPDIR = root;
  process.env.RELEASE_POLICY_TEST_COMPILE_CACHE = cache;
  return () => {
    const left = readdirSync(root).filter((name) => LEFTOVER.test(name));
    rmSync(root, { recursive: true, force: true });
    if (left.length > 0) {
      throw new Error(`the tests left ${left.join(', ')} in the temporary folder`);
    }
  };
}
