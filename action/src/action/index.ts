// The action's entry (action.yml `runs.main`, bundled to action/dist/index.js): it turns on Node's
// compile cache, then loads and runs the action. The build splits the rest into chunks, so the code
// is compiled after the cache is on: a later run on the same runner reuses the compiled code.
import { enableCompileCache } from 'node:module';

try {
  // In NODE_COMPILE_CACHE, else <os tmp>/node-compile-cache (not RUNNER_TEMP: it outlives the job on a
  // self-hosted runner, so later runs reuse it); NODE_DISABLE_COMPILE_CACHE=1 leaves it off, and so
  // does a folder that can't be written.
  enableCompileCache();
} catch {
  // no cache: the run is only slower
}
const { run } = await import('./main.ts');
await run();
