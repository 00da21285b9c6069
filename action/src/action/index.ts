// The action's entry (action.yml `runs.main`, bundled to action/dist/index.js): it turns on Node's
// compile cache, then loads and runs the action. The build splits the rest into chunks, so the code
// is compiled after the cache is on: a later run on the same runner reuses the compiled code.
import { enableCompileCache } from 'node:module';

try {
  // In the system's temporary folder (or NODE_COMPILE_CACHE), which a self-hosted runner keeps
  // between jobs, unlike RUNNER_TEMP; a folder that can't be written just leaves the cache off.
  enableCompileCache();
} catch {
  // no cache: the run is only slower
}
const { run } = await import('./main.ts');
await run();
