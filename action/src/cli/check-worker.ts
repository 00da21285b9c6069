// The entry of a worker thread that checks a slice of a run's release.yml files: see check-workers.ts.
import { serveCheck } from './check-workers.ts';

serveCheck();
