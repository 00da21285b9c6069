/**
 * A run of many release.yml files checked on several threads. The run's picture must see every
 * release (a rule judges one release against all the others), so a check is two steps: each thread
 * loads its slice of the files, and the workers send back what theirs plan; every thread then
 * builds the same picture from all of them, in the order of the files, and judges its slice against
 * it. The command's own thread takes the first slice, so no core waits idle. The judged releases
 * are joined in the order of the files and finished as one thread finishes them, so the report is
 * the same byte for byte.
 */
import { getCompileCacheDir } from 'node:module';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import {
  type CheckInput,
  type CheckOutput,
  finishCheck,
  type JudgedRelease,
  judgeLoaded,
  loadConfigs,
} from '../engine/check.ts';
import type { RunInputs } from '../engine/run.ts';
import { checkInput, type CheckRequest } from './check-input.ts';

/** The worker's entry beside this module: this module is shared by both entries, so in the bundle it is a chunk beside it. */
const WORKER_ENTRY = new URL(
  import.meta.url.endsWith('.ts') ? './check-worker.ts' : './check-worker.js',
  import.meta.url,
);

interface Slice {
  request: CheckRequest;
  from: number;
  to: number;
  /** The compile cache's folder, when the command's thread has it on. */
  compileCache?: string;
}

type FromWorker = { planned: RunInputs['releases'] } | { judged: JudgedRelease[] };
type ToWorker = { planned: RunInputs['releases'] };

/**
 * Checks `request` on this thread and `workers` worker threads, each given a contiguous slice of
 * the files (this thread the first).
 */
export async function checkInWorkers(
  request: CheckRequest,
  input: CheckInput,
  workers: number,
): Promise<CheckOutput> {
  const n = request.configs.length;
  const at = (slice: number) => Math.floor((slice * n) / (workers + 1));
  const threads = Array.from({ length: workers }, (_, i) => {
    const compileCache = getCompileCacheDir();
    const slice: Slice = {
      request,
      from: at(i + 1),
      to: at(i + 2),
      ...(compileCache ? { compileCache } : {}),
    };
    const worker = new Worker(WORKER_ENTRY, { workerData: slice });
    return { worker, next: inbox(worker) };
  });
  try {
    // This thread loads its own slice while the workers start and load theirs.
    const own = loadConfigs(input, request.configs.slice(0, at(1)));
    const planned = [own.planned];
    for (const { next } of threads)
      planned.push(((await next()) as { planned: RunInputs['releases'] }).planned);
    const all: ToWorker = { planned: planned.flat() };
    for (const { worker } of threads) worker.postMessage(all);
    const judged = [judgeLoaded(input, all.planned, own.loaded)];
    for (const { next } of threads) judged.push(((await next()) as { judged: JudgedRelease[] }).judged);
    return finishCheck(input, judged.flat());
  } finally {
    await Promise.all(threads.map(({ worker }) => worker.terminate()));
  }
}

/** A worker's side: load the slice, send what it plans, wait for the whole run's plans, judge the slice. */
export function serveCheck(): void {
  const port = parentPort;
  if (!port) throw new Error('serveCheck runs in a worker thread');
  const { request, from, to } = workerData as Slice;
  const input = checkInput(request);
  const { loaded, planned } = loadConfigs(input, request.configs.slice(from, to));
  port.postMessage({ planned } satisfies FromWorker);
  port.once('message', ({ planned: all }: ToWorker) => {
    port.postMessage({ judged: judgeLoaded(input, all, loaded) } satisfies FromWorker);
    port.close();
  });
}

/** A worker's messages, one at a time: once it fails or stops, every message still awaited fails. */
function inbox(worker: Worker): () => Promise<FromWorker> {
  const queued: FromWorker[] = [];
  const waiting: { resolve: (m: FromWorker) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  worker.on('message', (message: FromWorker) => {
    const w = waiting.shift();
    if (w) w.resolve(message);
    else queued.push(message);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`a checking thread stopped (exit code ${code})`)));
  return () => {
    const message = queued.shift();
    if (message) return Promise.resolve(message);
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  };
}
