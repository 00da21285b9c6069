#!/usr/bin/env node
// The CLI's entry: the only place that reads the process; everything else takes an Io.
import { run } from './run.ts';
import { fdWriter, isTerminal } from './stdio.ts';

const wantsColor = isTerminal(1) && !process.env.NO_COLOR;
process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: fdWriter(1),
  stderr: fdWriter(2),
  color: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : wantsColor,
  clock: () => new Date(),
  env: process.env,
  stderrIsTTY: isTerminal(2),
});
