import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
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

describe('the parts the Node bundles load only when used', () => {
  // Prints, at exit, which of the lazily loaded files (chunks/lazy-*.cjs) the run read.
  const probe = join(tempDir('lazy-probe'), 'probe.mjs');
  writeFileSync(
    probe,
    [
      "import { createRequire } from 'node:module';",
      'const cache = createRequire(import.meta.url).cache;',
      "process.on('exit', () => process.stderr.write(`lazy=${Object.keys(cache).map((f) => f.match(/lazy-[^/\\\\]+$/)?.[0]).filter(Boolean).sort().join(',')}\\n`));",
    ].join('\n'),
  );
  const NOW = ['--now', '2026-12-04T12:00:00-05:00'];

  function bundled(args: string[], cwd = REPO) {
    const run = spawnSync(
      process.execPath,
      ['--import', probe, join(REPO, 'bin/release-policy.js'), ...args],
      {
        cwd,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      },
    );
    const lazy = /^lazy=(.*)$/m.exec(run.stderr)?.[1] ?? '(no probe line)';
    return { status: run.status, stdout: run.stdout, lazy: lazy ? lazy.split(',') : [] };
  }

  it('a check with the built-in policy reads the release schema’s validator and nothing else', () => {
    const run = bundled(['check', '--root', join(REPO, 'examples/minor-compliant'), ...NOW]);
    expect(run.status).toBe(0);
    expect(run.lazy).toEqual(['lazy-validator-release.cjs']);
  });

  it('a policy file loads its validators and rrule, and answers as the source does', () => {
    // The built-in policy's files, as a team's own policy file: loaded the full way.
    const root = tempDir('lazy-policy');
    cpSync(join(REPO, 'examples/minor-compliant'), root, { recursive: true });
    cpSync(join(REPO, 'policies/octoacme'), join(root, 'policies/octoacme'), { recursive: true });
    cpSync(join(REPO, 'templates'), join(root, 'templates'), { recursive: true });
    const args = ['check', '--root', root, '--policy', join(root, 'policies/octoacme/policy.yml')];
    args.push('--format', 'json', ...NOW);
    const run = bundled(args);
    expect(run.lazy).toEqual([
      'lazy-rrule-temporal.cjs',
      'lazy-validator-calendar.cjs',
      'lazy-validator-policy.cjs',
      'lazy-validator-release.cjs',
      'lazy-validator-releases.cjs',
    ]);
    const source = cli(args);
    expect(run.status).toBe(source.code);
    expect(run.stdout).toBe(source.stdout);
  });

  it('an iCalendar feed loads the zone data, and is what the source prints', () => {
    const args = ['calendar', '--format', 'ics', ...NOW];
    const run = bundled(args);
    expect(run.lazy).toContain('lazy-timezones-ical-library.cjs');
    expect(run.stdout).toContain('BEGIN:VTIMEZONE');
    expect(run.stdout).toBe(cli(args).stdout);
  });

  it('prints each schema from its own file', () => {
    for (const name of ['release', 'policy', 'calendar', 'releases']) {
      const run = bundled(['schema', name]);
      expect(run.lazy).toEqual([`lazy-validator-${name}.cjs`]);
      expect(run.stdout).toBe(cli(['schema', name]).stdout);
    }
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
