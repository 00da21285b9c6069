// The action's entry (action.yml `runs.main`, bundled to action/dist/index.js): only runs it.
import { run } from './main.ts';

await run();
