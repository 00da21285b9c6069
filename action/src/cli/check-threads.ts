import { availableParallelism } from 'node:os';
import { UsageError } from './usage.ts';

/** From this many release.yml files on, a run is spread over worker threads; below, starting them costs more than it saves. */
export const WORKERS_FROM = 64;

/**
 * How many worker threads check `files` release.yml files: none (the command's own thread) for a
 * small run or a single core, else one per core, at most one per file. `RELEASE_POLICY_WORKERS`
 * sets it: `0` checks on the command's thread, `N` uses N workers whatever the size of the run
 * (tests compare both ways; benchmarks measure either).
 */
export function workerCount(env: Readonly<Record<string, string | undefined>>, files: number): number {
  const forced = env.RELEASE_POLICY_WORKERS;
  if (forced !== undefined && forced !== '') {
    if (!/^\d+$/.test(forced)) throw new UsageError(`RELEASE_POLICY_WORKERS: not a whole number: ${forced}`);
    return Math.min(Number(forced), files);
  }
  const cores = availableParallelism();
  return files < WORKERS_FROM || cores < 2 ? 0 : Math.min(cores, files);
}
