import { UsageError } from './usage.ts';

/**
 * From this many release.yml files on, a run is spread over worker threads. Below, starting a
 * thread and warming up its own copy of the compiled code costs about what it saves (measured on
 * two cores: no faster at 200 files, a quarter faster at 1,000), and V8's own helper threads already keep a
 * second core partly busy.
 */
export const WORKERS_FROM = 256;

/**
 * How many worker threads help the command's own thread check `files` release.yml files: none for
 * a small run or a single core, else one per further core, so that the threads are at most one per
 * core and one per file. `RELEASE_POLICY_WORKERS` sets it: `0` checks on the command's thread
 * alone, `N` adds N workers whatever the size of the run (tests compare both ways; benchmarks
 * measure either).
 */
export function workerCount(env: Readonly<Record<string, string | undefined>>, files: number): number {
  const forced = env.RELEASE_POLICY_WORKERS;
  if (forced !== undefined && forced !== '') {
    if (!/^\d+$/.test(forced)) throw new UsageError(`RELEASE_POLICY_WORKERS: not a whole number: ${forced}`);
    return Math.min(Number(forced), files - 1);
  }
  if (files < WORKERS_FROM) return 0;
  // `node:os` only here: a small run does not load it.
  return Math.min(process.getBuiltinModule('node:os').availableParallelism(), files) - 1;
}
