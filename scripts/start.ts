// `npm start`: checks every example repo with the CLI, the way a user would, and prints each report.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../action/src/cli/run.ts';

const examples = 'examples';
let unexpected = 0;
for (const name of readdirSync(examples).sort()) {
  const expectedFile = join(examples, name, 'expected.json');
  if (!existsSync(expectedFile)) continue;
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as {
    description: string;
    args: string[];
    exitCode: number;
  };
  const args = ['check', '--root', join(examples, name), ...expected.args];
  process.stdout.write(
    `\n━━ examples/${name}: ${expected.description}\n$ release-policy ${args.join(' ')}\n\n`,
  );
  const code = run(args, {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    clock: () => new Date(),
  });
  process.stdout.write(
    `(exit ${code}${code === expected.exitCode ? '' : `, expected ${expected.exitCode}`})\n`,
  );
  if (code !== expected.exitCode) unexpected++;
}
process.exitCode = unexpected === 0 ? 0 : 1;
