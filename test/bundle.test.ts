import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundle, builtFiles } from '../scripts/build.ts';
import { entryGraph, importsOf } from '../scripts/bundle-graph.ts';
import { readLoaded, recording } from '../scripts/loaded-files.ts';
import { cli, REPO } from './helpers/cli.ts';
import { runAction } from './helpers/action.ts';
import { childTempEnv, tempDir } from './helpers/temp.ts';

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

describe('reading a build’s imports from its files', () => {
  it('finds what esbuild says each file imports, statically and with import()', async () => {
    const out = tempDir('build');
    const results = await bundle(out, { metafile: true, logLevel: 'silent' });
    const said = new Map<string, { static: string[]; dynamic: string[] }>();
    for (const { metafile } of results) {
      for (const [file, output] of Object.entries(metafile!.outputs)) {
        if (!file.endsWith('.js')) continue;
        const path = (p: string) => relative(out, join(process.cwd(), p)).split('\\').join('/');
        const of = (kind: string) =>
          [
            ...new Set(output.imports.filter((i) => i.kind === kind && !i.external).map((i) => path(i.path))),
          ].sort();
        said.set(path(file), { static: of('import-statement'), dynamic: of('dynamic-import') });
      }
    }
    // The lazily required files (chunks/lazy-*.cjs) are built apart, and import nothing.
    expect([...said.keys()].sort()).toEqual(builtFiles(out).filter((file) => file.endsWith('.js')));
    for (const [file, imports] of said) {
      const { required: _, ...read } = importsOf(out, file);
      expect({ file, static: read.static.sort(), dynamic: read.dynamic.sort() }).toEqual({
        file,
        ...imports,
      });
    }
  });
});

describe('Node’s built-in modules in a build', () => {
  it('a getter of one (fs.promises) costs nothing where unused, and fails the build where a kept module reads it', async () => {
    const dir = tempDir('getters');
    writeFileSync(
      join(dir, 'unused.ts'),
      "import { promises } from 'node:fs';\nexport const unused = () => promises;\n",
    );
    writeFileSync(join(dir, 'quiet.ts'), "import './unused.ts';\nconsole.log('quiet');\n");
    writeFileSync(
      join(dir, 'loud.ts'),
      "import { promises } from 'node:fs';\nconsole.log(typeof promises.readFile);\n",
    );
    const entry = (name: string) => [{ in: join(dir, `${name}.ts`), out: name, split: false }];

    const quiet = tempDir('getters-quiet');
    await bundle(quiet, { logLevel: 'silent' }, entry('quiet'));
    const run = spawnSync(process.execPath, [join(quiet, 'quiet.js')], { encoding: 'utf8' });
    expect(run.stdout).toBe('quiet\n');

    await expect(bundle(tempDir('getters-loud'), { logLevel: 'silent' }, entry('loud'))).rejects.toThrow(
      "the bundle reads getters of Node's built-in modules as it loads, which loads more of Node on every run (loud.js: node:fs.promises)",
    );
  });
});

describe('the committed CLI bundle', () => {
  it('reads neither the collect command nor the GitHub API part on an offline check', () => {
    const dist = join(REPO, 'action/dist');
    const { start, lazy } = entryGraph(dist, 'cli.js');
    const collectOrGitHub = (file: string) => /^chunks\/(?:collect-command|github)-\w+\.js$/.test(file);
    // Both are chunks the CLI imports with import(), none of its static imports …
    expect(lazy.filter(collectOrGitHub)).toHaveLength(2);
    expect(start.filter(collectOrGitHub)).toEqual([]);
    // … and a check loads exactly its static imports (no import() runs), and the validators of the
    // built-in policy's collected releases and of release.yml, required on first use.
    const loaded = join(tempDir('loaded'), 'loaded.txt');
    const { nodeArgs, env } = recording(loaded);
    const run = spawnSync(
      process.execPath,
      [
        ...nodeArgs,
        join(dist, 'cli.js'),
        'check',
        '--root',
        join(REPO, 'examples/minor-compliant'),
        '--now',
        '2026-12-04T12:00:00-05:00',
      ],
      { cwd: REPO, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...childTempEnv(), ...env } },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readLoaded(loaded, dist)).toEqual([...start, 'chunks/lazy-validator-release.cjs']);
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
      env: { PATH: process.env.PATH ?? '', ...childTempEnv() },
    });
    const source = cli(args);
    expect(bin.status).toBe(1);
    expect(bin.stdout).toBe(source.stdout);
  });
});

describe('the parts the Node bundles load only when used', () => {
  const NOW = ['--now', '2026-12-04T12:00:00-05:00'];

  /** Runs the package's bin; `lazy` lists which of the lazily required files (chunks/lazy-*.cjs) it read. */
  function bundled(args: string[]) {
    const loaded = join(tempDir('loaded'), 'loaded.txt');
    const { nodeArgs, env } = recording(loaded);
    const run = spawnSync(process.execPath, [...nodeArgs, join(REPO, 'bin/release-policy.js'), ...args], {
      cwd: REPO,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...childTempEnv(), ...env },
    });
    const lazy = readLoaded(loaded, join(REPO, 'action/dist'))
      .filter((file) => file.startsWith('chunks/lazy-'))
      .map((file) => file.slice('chunks/'.length))
      .sort();
    return { status: run.status, stdout: run.stdout, lazy };
  }

  it('a check with the built-in policy and plain notes reads the release schema’s validator and nothing else', () => {
    // The collected releases are the ones the snapshot's build checked: they are not checked again.
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
      'lazy-markdown-remark.cjs',
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

  it('notes outside the plain subset load the Markdown parser, and answer as the source does', () => {
    // The placeholder example's notes hold a link (`[Date]`), which only remark reads.
    const args = [
      'check',
      '--root',
      join(REPO, 'examples/notes-placeholder-left'),
      '--format',
      'json',
      ...NOW,
    ];
    const run = bundled(args);
    expect(run.lazy).toEqual(['lazy-markdown-remark.cjs', 'lazy-validator-release.cjs']);
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

  it('reads only the checking code on an offline run, none of the chunks that talk to the API', () => {
    const dist = join(REPO, 'action/dist');
    const loaded = join(tempDir('loaded'), 'loaded.txt');
    const offline = runAction({ workspace, inputs, ...recording(loaded) });
    expect(offline.code).toBe(0);
    // The entry's first line imports the checking code; that, its static imports and the release
    // schema's validator are all it reads.
    const main = entryGraph(dist, 'index.js').lazy.find((file) => /^chunks\/main-\w+\.js$/.test(file))!;
    const files = readLoaded(loaded, dist);
    const expected = ['index.js', ...entryGraph(dist, main).start, 'chunks/lazy-validator-release.cjs'];
    expect([...files].sort()).toEqual(expected.sort());
    expect(files.filter((file) => /^chunks\/(?:github|comment|facts|dist-bundle)-/.test(file))).toEqual([]);
  });

  it('loads none of Node’s modules that the offline run does not use', () => {
    // Node's own list of the built-in modules it loaded, as the run ends.
    const listing = join(tempDir('probe'), 'node-modules.mjs');
    writeFileSync(
      listing,
      "process.on('exit', () => process.getBuiltinModule('node:fs').writeSync(2, process.moduleLoadList.join('\\n')));\n",
    );
    const offline = runAction({ workspace, inputs, nodeArgs: ['--import', listing] });
    expect(offline.code).toBe(0);
    const loaded = offline.stderr.split('\n');
    expect(loaded).toContain('NativeModule internal/fs/utils');
    // @actions/core's summary module reads fs.promises (and Node loads readline with it); an ES
    // import of `crypto` reads crypto.webcrypto.
    for (const unused of [
      'internal/fs/promises',
      'internal/readline/interface',
      'internal/crypto/webcrypto',
    ]) {
      expect(loaded).not.toContain(`NativeModule ${unused}`);
    }
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
