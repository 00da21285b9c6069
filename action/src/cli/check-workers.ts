/**
 * A run of many release.yml files checked on several threads. The run's picture must see every
 * release (a rule judges one release against all the others), so a check is two steps: each worker
 * loads its slice of the files and sends back what they plan; every worker then builds the same
 * picture from all of them, in the order of the files, and judges its slice against it. The judged
 * releases come back in the order of the files and are finished as one thread finishes them, so the
 * report is the same byte for byte.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import {
  type CheckInput,
  type CheckOutput,
  finishCheck,
  type JudgedRelease,
  judgeRelease,
  type LoadedRelease,
  loadRelease,
  plannedFrom,
  runPicture,
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
}

type FromWorker = { planned: RunInputs['releases'] } | { judged: JudgedRelease[] };
type ToWorker = { planned: RunInputs['releases'] };

/** Checks `request` on `count` worker threads, each given a contiguous slice of the files. */
export async function checkInWorkers(
  request: CheckRequest,
  input: CheckInput,
  count: number,
): Promise<CheckOutput> {
  const n = request.configs.length;
  const workers = Array.from({ length: count }, (_, i) => {
    const slice: Slice = {
      request,
      from: Math.floor((i * n) / count),
      to: Math.floor(((i + 1) * n) / count),
    };
    return new Worker(WORKER_ENTRY, { workerData: slice });
  });
  const planned: RunInputs['releases'][] = new Array(count);
  const judged: JudgedRelease[][] = new Array(count);
  try {
    await new Promise<void>((resolve, reject) => {
      let plannedLeft = count;
      let judgedLeft = count;
      workers.forEach((worker, i) => {
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (judged[i] === undefined) reject(new Error(`a checking thread stopped (exit code ${code})`));
        });
        worker.on('message', (message: FromWorker) => {
          if ('planned' in message) {
            planned[i] = message.planned;
            if (--plannedLeft > 0) return;
            // Every worker builds the picture from every release, in the order of the files.
            const all: ToWorker = { planned: planned.flat() };
            for (const w of workers) w.postMessage(all);
            planned.length = 0;
          } else {
            judged[i] = message.judged;
            if (--judgedLeft === 0) resolve();
          }
        });
      });
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return finishCheck(input, judged.flat());
}

/** A worker's side: load the slice, send what it plans, wait for the whole run's plans, judge the slice. */
export function serveCheck(): void {
  const port = parentPort;
  if (!port) throw new Error('serveCheck runs in a worker thread');
  const { request, from, to } = workerData as Slice;
  const input = checkInput(request);
  const loaded: (LoadedRelease | undefined)[] = request.configs
    .slice(from, to)
    .map((config) => loadRelease(input, config));
  port.postMessage({ planned: loaded.flatMap((entry) => plannedFrom(entry!)) } satisfies FromWorker);
  port.once('message', ({ planned }: ToWorker) => {
    const run = runPicture(input, planned);
    const judged: JudgedRelease[] = [];
    for (let i = 0; i < loaded.length; i++) {
      judged.push(judgeRelease(input, run, loaded[i]!));
      loaded[i] = undefined;
    }
    port.postMessage({ judged } satisfies FromWorker);
    port.close();
  });
}
