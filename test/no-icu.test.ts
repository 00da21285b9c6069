// A check with the built-in policy builds no ICU object: its zones' offsets come precomputed with
// the policy, and strings sort by code unit. The committed CLI bundle runs every example with a
// preload that makes Intl.DateTimeFormat, Intl.Collator and localeCompare throw, and must answer
// exactly as it does without it; so does the action bundle.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from './helpers/action.ts';
import { REPO } from './helpers/cli.ts';
import { EXAMPLE_CASES, EXAMPLES, readExpected } from './helpers/examples.ts';
import { childTempEnv } from './helpers/temp.ts';

const BIN = join(REPO, 'bin/release-policy.js');
const NO_ICU = join(REPO, 'test/fixtures/no-icu.js');

function bin(args: string[], nodeArgs: string[] = []) {
  const run = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...childTempEnv() },
    timeout: 30_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The example's arguments with `--now` set to `now`. */
function argsAt(name: string, now: string | undefined): string[] {
  const args = [...readExpected(name).args];
  const at = args.indexOf('--now');
  if (now !== undefined) args[at + 1] = now;
  return ['check', '--root', join(EXAMPLES, name), ...args];
}

describe('a check with the built-in policy builds no ICU object', () => {
  it('throws in the preload when something does (the preload works)', () => {
    const run = spawnSync(process.execPath, ['--import', NO_ICU, '-e', "new Intl.DateTimeFormat('en-US')"], {
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('ICU used: Intl.DateTimeFormat');
  });

  it.each(EXAMPLE_CASES)('examples/%s, at its own now', (name) => {
    const args = [...argsAt(name, undefined), '--format', 'json'];
    const plain = bin(args);
    expect(bin(args, ['--import', NO_ICU])).toEqual(plain);
    expect(plain.code).toBe(readExpected(name).exitCode);
  });

  // Across a spring-forward and a fall-back day of the calendar's zone, and inside the year-end freeze.
  const nows = ['2027-03-14T06:30:00Z', '2026-11-01T05:30:00Z', '2026-12-24T10:00:00-05:00'];
  const some = ['minor-compliant', 'deploy-runs-into-weekend', 'patch-emergency-waiver-too-long', 'monorepo'];
  it.each(some)('examples/%s, in text, in both modes across DST changes', (name) => {
    for (const now of nows) {
      for (const mode of ['plan', 'deploy']) {
        const args = [...argsAt(name, now), '--mode', mode];
        expect(bin(args, ['--import', NO_ICU]), `${now} ${mode}`).toEqual(bin(args));
      }
    }
  });

  it('the action bundle, too', () => {
    const workspace = join(EXAMPLES, 'minor-compliant');
    const inputs = { now: '2026-12-04T12:00:00-05:00' };
    const plain = runAction({ workspace, inputs });
    const without = runAction({ workspace, inputs, nodeArgs: ['--import', NO_ICU] });
    expect(plain.code).toBe(0);
    expect(without.stderr).toBe(plain.stderr);
    expect(without.code).toBe(plain.code);
    expect(without.summary).toBe(plain.summary);
    // The report's path is a temporary file of each run.
    const outputs = (run: typeof plain) => ({ ...run.outputs, report: undefined });
    expect(outputs(without)).toEqual(outputs(plain));
  });
});
