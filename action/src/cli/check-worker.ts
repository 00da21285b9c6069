// The entry of a worker thread that checks a slice of a run's release.yml files: see check-workers.ts.
import { enableCompileCache } from 'node:module';
import { workerData } from 'node:worker_threads';

// A worker thread starts without the compile cache the command turned on for its own: it is turned
// on here, in the same folder, before the checking code is read.
const { compileCache } = workerData as { compileCache?: string };
if (compileCache !== undefined) {
  try {
    enableCompileCache(compileCache);
  } catch {
    // no cache: the worker is only slower to start
  }
}
const { serveCheck } = await import('./check-workers.ts');
serveCheck();
