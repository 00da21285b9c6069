#!/usr/bin/env node
// The CLI's entry: the only place that reads the process; everything else takes an Io.
import { run } from './run.ts';

const wantsColor = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : wantsColor,
  clock: () => new Date(),
  env: process.env,
  stderrIsTTY: Boolean(process.stderr.isTTY),
});
