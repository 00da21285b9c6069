import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, REPO } from './helpers/cli.ts';

describe('the committed CLI bundle', () => {
  it('is what the sources build to', () => {
    const build = spawnSync(process.execPath, ['scripts/build.ts', '--check'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
  });

  it('runs from the package bin and answers as the source does', () => {
    const args = [
      'check',
      '--root',
      join(REPO, 'examples/schema-errors'),
      '--format',
      'json',
      '--now',
      '2026-12-04T12:00:00-05:00',
    ];
    const bin = spawnSync(process.execPath, [join(REPO, 'bin/release-policy.js'), ...args], {
      cwd: REPO,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    const source = cli(args);
    expect(bin.status).toBe(1);
    expect(bin.stdout).toBe(source.stdout);
  });
});
