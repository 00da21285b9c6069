import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, REPO } from './helpers/cli.ts';
import { runAction } from './helpers/action.ts';
import { tempDir } from './helpers/temp.ts';

describe('the committed bundles', () => {
  it('are what the sources build to, with validators precompiled from the current schemas', () => {
    const build = spawnSync(process.execPath, ['scripts/build.ts', '--check'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
  });

  it('have validators that are what the schemas compile to', () => {
    const gen = spawnSync(process.execPath, ['scripts/gen-validators.ts', '--check'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(gen.stderr).toBe('');
    expect(gen.status).toBe(0);
  });
});

describe('the committed CLI bundle', () => {
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

describe('the committed action bundle', () => {
  // undici (bundled for octokit) sets this global the moment it is evaluated; Node's own fetch
  // sets it only when fetch is first called, which the action never does.
  const probe = join(tempDir('probe'), 'probe.mjs');
  writeFileSync(
    probe,
    "process.on('exit', () => process.stderr.write(`octokit-http-evaluated=${globalThis[Symbol.for('undici.globalDispatcher.1')] !== undefined}\\n`));\n",
  );
  const workspace = join(REPO, 'examples/minor-compliant');
  const inputs = { now: '2026-12-04T12:00:00-05:00' };

  it('runs the same source as the action’s sources do', () => {
    const bundle = runAction({ workspace, inputs });
    const source = runAction({ workspace, inputs, entry: join(REPO, 'action/src/action/index.ts') });
    expect(bundle.code).toBe(0);
    expect(bundle.summary).toBe(source.summary);
    expect(bundle.outputs.result).toBe(source.outputs.result);
  });

  it('never evaluates the GitHub API part (octokit, undici) on an offline run', () => {
    const offline = runAction({ workspace, inputs, nodeArgs: ['--import', probe] });
    expect(offline.code).toBe(0);
    expect(offline.stderr).toBe('octokit-http-evaluated=false\n');
  });

  it('evaluates it when it asks the API (a pull request with a token)', () => {
    const online = runAction({
      workspace,
      inputs: { ...inputs, 'github-token': 'ghs_probe' },
      event: {
        name: 'pull_request',
        payload: {
          pull_request: { number: 1, user: { login: 'a' }, head: { sha: 'abc' } },
          repository: { name: 'payments-api', owner: { login: 'octoacme' } },
        },
      },
      // Nothing listens there: the API is unreachable, sign-offs are reported unverifiable.
      env: { GITHUB_API_URL: 'http://127.0.0.1:9' },
      nodeArgs: ['--import', probe],
    });
    expect(online.stderr).toBe('octokit-http-evaluated=true\n');
    expect(online.stdout).toContain('Sign-offs were not verified:');
  });
});
