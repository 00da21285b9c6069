/**
 * `release-policy collect`, run as a process against the fake GitHub API on 127.0.0.1: the
 * organization's repositories page by page, their trees and blobs, rate limits, faults and slow
 * answers, the ETag cache, and the releases file checked against schemas/releases.schema.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { describe, expect, it, vi } from 'vitest';
import { CLI, cliAsync, REPO } from './helpers/cli.ts';
import { type Answer, fakeGitHub, type Seen } from './helpers/fake-github.ts';
import { blobSha, fakeOrg, type FakeRepo } from './helpers/fake-org.ts';
import { childTempEnv, tempDir } from './helpers/temp.ts';

// Each test runs the CLI as a process, some twice: on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 120_000 });

const ORG = 'octoacme';
const TOKEN = 'ghs_collect0123456789';

const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;
const validate = addFormats(new Ajv2020({ strict: true, allErrors: true })).compile(
  JSON.parse(readFileSync(join(REPO, 'schemas/releases.schema.json'), 'utf8')) as object,
);

interface Collected {
  org: string;
  collected_at: string;
  releases: {
    product: string;
    version: string;
    source: { repo: string; path: string; pull?: number; ref: string };
  }[];
  problems: {
    repo: string;
    path: string;
    pull?: number;
    line: number;
    column: number;
    rule: string;
    message: string;
  }[];
}

function release(product: string, version = '1.0.0', more = ''): string {
  return `product: ${product}\nversion: "${version}"\ntype: minor\ndate: 2026-12-08T15:00:00-05:00\n${more}`;
}

/** Runs collect against `server` (no cache unless given), with short waits. */
async function collect(server: { url: string }, args: string[] = [], env: Record<string, string> = {}) {
  const cacheArgs = args.some((a) => a.startsWith('--cache')) ? [] : ['--no-cache'];
  const run = await cliAsync(['collect', '--org', ORG, ...cacheArgs, ...args], {
    env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: server.url, ...env },
  });
  expect(run.stdout + run.stderr).not.toContain(TOKEN);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return run;
}

function parsed(stdout: string): Collected {
  const data = JSON.parse(stdout) as Collected;
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  return data;
}

const places = (data: Collected) =>
  data.releases.map((r) => `${r.source.repo}:${r.source.path}${r.source.pull ? `#${r.source.pull}` : ''}`);

describe('collect: what it reads', () => {
  it('follows the link header over more than 100 repositories, one release each', async () => {
    const repos: FakeRepo[] = Array.from({ length: 205 }, (_, i) => ({
      name: `service-${String(i).padStart(3, '0')}`,
      files: { 'release.yml': release(`service-${i}`), 'README.md': '# hi\n' },
    }));
    const server = await fakeOrg(fakeGitHub, ORG, repos);
    const run = await collect(server);
    expect(run.code).toBe(0);
    const data = parsed(run.stdout);
    expect(data.releases).toHaveLength(205);
    expect(data.problems).toEqual([]);
    expect(data.releases[0]!.source.repo).toBe(`${ORG}/service-000`);
    expect(data.releases.at(-1)!.source.repo).toBe(`${ORG}/service-204`);
    const lists = server.lines().filter((l) => l.startsWith(`GET /orgs/${ORG}/repos`));
    expect(lists).toEqual([
      `GET /orgs/${ORG}/repos?per_page=100`,
      `GET /orgs/${ORG}/repos?per_page=100&page=2`,
      `GET /orgs/${ORG}/repos?per_page=100&page=3`,
    ]);
    expect(server.seen.every((s) => s.authorization === `token ${TOKEN}`)).toBe(true);
    // Nothing but what is needed: a tree and a blob per repository (README.md is not read).
    expect(server.seen).toHaveLength(3 + 205 * 2);
  });

  it('skips archived and disabled repositories, and forks unless --include-forks', async () => {
    const server = await fakeOrg(fakeGitHub, ORG, [
      { name: 'live', files: { 'release.yml': release('live') } },
      { name: 'archived', archived: true, files: { 'release.yml': release('archived') } },
      { name: 'disabled', disabled: true, files: { 'release.yml': release('disabled') } },
      { name: 'forked', fork: true, files: { 'release.yml': release('forked') } },
      { name: 'empty', empty: true },
    ]);
    const run = await collect(server);
    expect(run.code).toBe(0);
    expect(places(parsed(run.stdout))).toEqual([`${ORG}/live:release.yml`]);
    expect(server.lines().join('\n')).not.toMatch(/archived|disabled|forked/);

    const withForks = await collect(server, ['--include-forks']);
    expect(places(parsed(withForks.stdout))).toEqual([
      `${ORG}/forked:release.yml`,
      `${ORG}/live:release.yml`,
    ]);
  });

  it('reads every release.yml of a monorepo, and only what --config globs match', async () => {
    const server = await fakeOrg(fakeGitHub, ORG, [
      {
        name: 'payments',
        files: {
          'release.yml': release('payments'),
          'services/api/release.yml': release(
            'payments-api',
            '2.4.0',
            'depends_on:\n  - { product: ledger, version: "5.1.0" }\nwindow: { end: 2026-12-08T17:00:00-05:00 }\nmanager: "@dana"\n',
          ),
          'services/web/release.yml': release('payments-web'),
          'services/web/release.yaml': release('not-read'),
          '.github/release.yml': 'changelog:\n  categories: []\n', // GitHub's release-notes settings
        },
      },
    ]);
    const run = await collect(server);
    expect(run.code).toBe(0);
    const data = parsed(run.stdout);
    expect(places(data)).toEqual([
      `${ORG}/payments:release.yml`,
      `${ORG}/payments:services/api/release.yml`,
      `${ORG}/payments:services/web/release.yml`,
    ]);
    expect(data.releases[1]).toEqual({
      product: 'payments-api',
      version: '2.4.0',
      type: 'minor',
      date: '2026-12-08T15:00:00-05:00',
      window_end: '2026-12-08T17:00:00-05:00',
      manager: '@dana',
      depends_on: [{ product: 'ledger', version: '5.1.0' }],
      systems: [],
      source: {
        repo: `${ORG}/payments`,
        path: 'services/api/release.yml',
        ref: 'main',
        sha: blobSha(
          release(
            'payments-api',
            '2.4.0',
            'depends_on:\n  - { product: ledger, version: "5.1.0" }\nwindow: { end: 2026-12-08T17:00:00-05:00 }\nmanager: "@dana"\n',
          ),
        ),
        url: `https://github.com/${ORG}/payments/blob/main/services/api/release.yml`,
      },
    });

    const globbed = await collect(server, ['--config', 'services/*/release.{yml,yaml}']);
    expect(places(parsed(globbed.stdout))).toEqual([
      `${ORG}/payments:services/api/release.yml`,
      `${ORG}/payments:services/web/release.yaml`,
      `${ORG}/payments:services/web/release.yml`,
    ]);
    const dotted = await collect(server, ['--config', '.github/release.yml']);
    expect(parsed(dotted.stdout).problems.map((p) => p.path)).toContain('.github/release.yml');
  });

  it('reports broken YAML, schema errors and oversized files as problems with their place, and exits 0', async () => {
    const big = `product: big\n# ${'x'.repeat(1024 * 1024)}\n`;
    const server = await fakeOrg(fakeGitHub, ORG, [
      { name: 'broken', files: { 'release.yml': 'product: broken\nversion: "1.0.0\n' } },
      {
        name: 'invalid',
        files: { 'release.yml': release('invalid').replace('version: "1.0.0"', 'version: 1.10') },
      },
      { name: 'big', files: { 'release.yml': big } },
      { name: 'fine', files: { 'release.yml': release('fine') } },
    ]);
    const run = await collect(server);
    expect(run.code).toBe(0);
    const data = parsed(run.stdout);
    expect(places(data)).toEqual([`${ORG}/fine:release.yml`]);
    const byRepo = (repo: string) => data.problems.filter((p) => p.repo === `${ORG}/${repo}`);
    expect(byRepo('broken')[0]).toMatchObject({
      path: 'release.yml',
      rule: 'yaml-syntax',
      line: 3,
      column: 1,
    });
    expect(byRepo('invalid')).toEqual([
      {
        repo: `${ORG}/invalid`,
        path: 'release.yml',
        line: 2,
        column: 10,
        rule: 'schema',
        message: 'version must be a string, but YAML reads 1.10 as the number 1.1',
      },
    ]);
    expect(byRepo('big')).toEqual([
      {
        repo: `${ORG}/big`,
        path: 'release.yml',
        line: 1,
        column: 1,
        rule: 'unreadable',
        message: 'the file is 1 MiB; the limit is 1 MiB',
      },
    ]);
    // The oversized file is never fetched.
    expect(server.lines().filter((l) => l.startsWith(`GET /repos/${ORG}/big/git/blobs/`))).toEqual([]);
  });

  it('walks the folders of a truncated tree', async () => {
    const files = {
      'a/README.md': 'x',
      'docs/guide.md': 'x',
      'services/api/release.yml': release('api'),
      'services/api/src/index.ts': 'x',
      'services/web/release.yml': release('web'),
      'release.yml': release('root'),
    };
    const server = await fakeOrg(fakeGitHub, ORG, [{ name: 'huge', truncated: true, files }]);
    const run = await collect(server, ['--config', 'release.yml', '--config', 'services/*/release.yml']);
    expect(run.code).toBe(0);
    expect(places(parsed(run.stdout))).toEqual([
      `${ORG}/huge:release.yml`,
      `${ORG}/huge:services/api/release.yml`,
      `${ORG}/huge:services/web/release.yml`,
    ]);
    const trees = server.lines().filter((l) => l.includes('/git/trees/'));
    // The recursive answer, then the root, services/, services/api and services/web: not a/ or docs/.
    expect(trees).toHaveLength(5);
    expect(trees[0]).toMatch(/trees\/main\?recursive=1$/);
  });

  it('--include-pulls adds the release.yml files open pull requests add or change', async () => {
    const onMain = { 'release.yml': release('app', '1.0.0'), 'services/x/release.yml': release('x') };
    const server = await fakeOrg(fakeGitHub, ORG, [
      {
        name: 'app',
        files: onMain,
        pulls: [
          { number: 7, ref: 'release-1.1', files: { ...onMain, 'release.yml': release('app', '1.1.0') } },
          { number: 8, ref: 'docs', files: { ...onMain, 'README.md': 'x' } },
          { number: 9, ref: 'broken', files: { ...onMain, 'services/y/release.yml': 'product: [' } },
        ],
      },
    ]);
    const without = await collect(server);
    expect(places(parsed(without.stdout))).toEqual([
      `${ORG}/app:release.yml`,
      `${ORG}/app:services/x/release.yml`,
    ]);
    expect(server.lines().some((l) => l.includes('/pulls'))).toBe(false);

    const run = await collect(server, ['--include-pulls']);
    expect(run.code).toBe(0);
    const data = parsed(run.stdout);
    expect(places(data)).toEqual([
      `${ORG}/app:release.yml`,
      `${ORG}/app:release.yml#7`,
      `${ORG}/app:services/x/release.yml`,
    ]);
    expect(data.releases[1]).toMatchObject({ version: '1.1.0', source: { pull: 7, ref: 'release-1.1' } });
    expect(data.problems).toEqual([
      expect.objectContaining({
        repo: `${ORG}/app`,
        path: 'services/y/release.yml',
        pull: 9,
        rule: 'yaml-syntax',
      }),
    ]);
  });

  it('--out writes the file atomically and prints nothing; no progress line when stderr is not a terminal', async () => {
    const server = await fakeOrg(fakeGitHub, ORG, [
      { name: 'app', files: { 'release.yml': release('app') } },
    ]);
    const dir = tempDir('collect-out');
    const out = join(dir, 'nested', 'releases.json');
    const run = await collect(server, ['--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    expect(places(parsed(readFileSync(out, 'utf8')))).toEqual([`${ORG}/app:release.yml`]);
  });
});

describe('collect: the ETag cache', () => {
  it('a second run asks conditionally, gets 304s, reads no blob and writes the same file', async () => {
    const repos: FakeRepo[] = Array.from({ length: 120 }, (_, i) => ({
      name: `svc-${i}`,
      files: { 'release.yml': release(`svc-${i}`), 'deploy/release.yml': release(`svc-${i}-deploy`) },
      pulls: i === 0 ? [{ number: 3, ref: 'next', files: { 'release.yml': release('svc-0', '1.1.0') } }] : [],
    }));
    const server = await fakeOrg(fakeGitHub, ORG, repos, { etags: true });
    const cache = join(tempDir('collect-cache'), 'cache.json');
    const first = await collect(server, ['--cache', cache, '--include-pulls']);
    expect(first.code).toBe(0);
    expect(existsSync(cache)).toBe(true);
    const firstRequests = server.seen.length;
    expect(server.seen.filter((s) => s.path.includes('/git/blobs/'))).toHaveLength(241);

    const second = await collect(server, ['--cache', cache, '--include-pulls']);
    expect(second.code).toBe(0);
    const again: Seen[] = server.seen.slice(firstRequests);
    expect(again.filter((s) => s.path.includes('/git/blobs/'))).toEqual([]);
    // Lists and branch trees: every one conditional, every one a 304. The pull request's tree is
    // kept by its commit SHA and not asked again.
    expect(again.length).toBe(2 + 120 + 120);
    expect(again.every((s) => s.ifNoneMatch !== undefined && s.status === 304)).toBe(true);
    const strip = (text: string) => text.replace(/"collected_at": "[^"]+"/, '');
    expect(strip(second.stdout)).toBe(strip(first.stdout));
  });

  it('a changed file is read again; an unusable cache file is ignored with a warning', async () => {
    const files: Record<string, string> = { 'release.yml': release('app', '1.0.0') };
    const server = await fakeOrg(fakeGitHub, ORG, [{ name: 'app', files }], { etags: true });
    const cache = join(tempDir('collect-cache'), 'cache.json');
    await collect(server, ['--cache', cache]);
    files['release.yml'] = release('app', '1.0.1');
    // The fake serves what `files` holds when it started: a new server stands for the pushed change.
    const pushed = await fakeOrg(fakeGitHub, ORG, [{ name: 'app', files }], { etags: true });
    const run = await collect(pushed, ['--cache', cache]);
    expect(parsed(run.stdout).releases[0]!.version).toBe('1.0.1');

    const broken = join(tempDir('collect-cache'), 'cache.json');
    await import('node:fs').then((fs) => fs.writeFileSync(broken, '{ not json'));
    const warned = await collect(pushed, ['--cache', broken]);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain('does not parse; starting without it');
  });
});

describe('collect: when GitHub says no or slows down', () => {
  const rateLimited = (reset: number): Answer => ({
    status: 403,
    body: { message: 'API rate limit exceeded for installation ID 1.' },
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
  });

  it('waits for a primary rate limit that resets soon', async () => {
    let limited = false;
    const server = await fakeOrg(
      fakeGitHub,
      ORG,
      [{ name: 'app', files: { 'release.yml': release('app') } }],
      {
        before: (request) => {
          if (limited || !request.path.includes('/git/trees/')) return undefined;
          limited = true;
          return rateLimited(Math.floor(Date.now() / 1000) + 1);
        },
      },
    );
    const run = await collect(server);
    expect(run.code).toBe(0);
    expect(places(parsed(run.stdout))).toEqual([`${ORG}/app:release.yml`]);
    expect(server.lines().filter((l) => l.includes('/git/trees/'))).toHaveLength(2);
  });

  it('stops with exit 2 and the reset time when the budget resets too late', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const server = await fakeOrg(
      fakeGitHub,
      ORG,
      [{ name: 'app', files: { 'release.yml': release('app') } }],
      {
        before: (request) => (request.path.includes('/git/trees/') ? rateLimited(reset) : undefined),
      },
    );
    const run = await collect(server);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`rate limit ran out`);
    expect(run.stderr).toContain(`it resets at ${new Date(reset * 1000).toISOString()}`);
  });

  const SECONDARY =
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
  it.each([
    [
      'a secondary rate limit (429 with retry-after)',
      SECONDARY,
      (): Answer['headers'] => ({ 'retry-after': '1' }),
    ],
    ['a plain 429 with retry-after', 'Too Many Requests', (): Answer['headers'] => ({ 'retry-after': '1' })],
    [
      'a plain 429 with only x-ratelimit-reset, soon',
      'Too Many Requests',
      (): Answer['headers'] => ({ 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1) }),
    ],
  ])('waits for %s and retries', async (_, message, headers) => {
    let calls = 0;
    const server = await fakeOrg(
      fakeGitHub,
      ORG,
      [{ name: 'app', files: { 'release.yml': release('app') } }],
      {
        before: (request) =>
          request.path.includes('/git/blobs/') && calls++ === 0
            ? { status: 429, body: { message }, headers: headers() }
            : undefined,
      },
    );
    const run = await collect(server);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(places(parsed(run.stdout))).toEqual([`${ORG}/app:release.yml`]);
    expect(parsed(run.stdout).problems).toEqual([]);
    expect(server.lines().filter((l) => l.includes('/git/blobs/'))).toHaveLength(2);
    expect(run.ms).toBeGreaterThanOrEqual(1000);
  });

  it('retries a server error, and a repository that keeps failing is a problem, not a failed run', async () => {
    let calls = 0;
    const server = await fakeOrg(
      fakeGitHub,
      ORG,
      [
        { name: 'flaky', files: { 'release.yml': release('flaky') } },
        { name: 'down', files: { 'release.yml': release('down') } },
      ],
      {
        before: (request) => {
          if (request.path.includes('/flaky/git/blobs/') && calls++ === 0)
            return { status: 502, body: { message: 'Server Error' } };
          if (request.path.includes('/down/git/trees/'))
            return { status: 500, body: { message: 'Server Error' } };
          return undefined;
        },
      },
    );
    const run = await collect(server, ['--retries', '1']);
    expect(run.code).toBe(0);
    const data = parsed(run.stdout);
    expect(places(data)).toEqual([`${ORG}/flaky:release.yml`]);
    expect(data.problems).toEqual([
      // The repository itself, not a file in it: no path, line or column.
      {
        repo: `${ORG}/down`,
        rule: 'unreadable',
        message: `GitHub answered 500 when asked to read the files of ${ORG}/down`,
      },
    ]);
    expect(server.lines().filter((l) => l.includes('/down/git/trees/'))).toHaveLength(2);
  });

  it('cuts a slow answer short and asks again', async () => {
    let calls = 0;
    const server = await fakeOrg(
      fakeGitHub,
      ORG,
      [{ name: 'app', files: { 'release.yml': release('app') } }],
      {
        before: (request) => (request.path.includes('/git/trees/') && calls++ === 0 ? 'hang' : undefined),
      },
    );
    const run = await collect(server, ['--request-timeout', '0.3']);
    expect(run.code).toBe(0);
    expect(places(parsed(run.stdout))).toEqual([`${ORG}/app:release.yml`]);
  });

  it('an API that never answers is exit 2 with one line', async () => {
    const server = await fakeGitHub({ [`GET /orgs/${ORG}/repos`]: 'hang' });
    const run = await collect(server, ['--request-timeout', '0.2', '--retries', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^release-policy collect: the GitHub API could not be reached to read the repositories of octoacme \(.*timeout.*\)\n$/,
    );
  });

  it('a refused token (401), an unknown organization (404) and no token are exit 2 with one line', async () => {
    const refused = await fakeGitHub({
      [`GET /orgs/${ORG}/repos`]: { status: 401, body: { message: 'Bad credentials' } },
    });
    const run = await collect(refused);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `release-policy collect: GitHub refused the token (401) when asked to read the repositories of ${ORG}\n`,
    );
    const unknown = await fakeGitHub({});
    const missing = await collect(unknown);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `release-policy collect: GitHub knows no organization "${ORG}" (404 Not Found)\n`,
    );
    const noToken = await cliAsync(['collect', '--org', ORG, '--no-cache'], {
      env: { GITHUB_API_URL: unknown.url },
    });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('no token: set GITHUB_TOKEN (or GH_TOKEN)');
    expect(unknown.seen.length).toBe(1);
    const badOrg = await collect(unknown, ['--org', 'not/an-org']);
    expect(badOrg.code).toBe(2);
    expect(badOrg.stderr).toContain('--org must be');
  });
});

describe('collect: the example', () => {
  it('examples/collected/releases.json is what collect gathers from the example organization', async () => {
    const { COLLECTED_EXAMPLE, collectExample } = await import('../scripts/gen-collected-example.ts');
    const text = await collectExample();
    parsed(text);
    expect(text, 'run node scripts/gen-collected-example.ts').toBe(readFileSync(COLLECTED_EXAMPLE, 'utf8'));
  });
});

describe('collect: progress', () => {
  it.skipIf(!existsSync('/usr/bin/script'))('draws a progress line when stderr is a terminal', async () => {
    const { spawn } = await import('node:child_process');
    const server = await fakeOrg(fakeGitHub, ORG, [
      { name: 'a', files: { 'release.yml': release('a') } },
      { name: 'b', files: { 'release.yml': 'product: [' } },
    ]);
    const out = join(tempDir('collect-tty'), 'releases.json');
    const command = [process.execPath, CLI, 'collect', '--org', ORG, '--no-cache', '--out', out]
      .map((word) => `'${word}'`)
      .join(' ');
    // `script` runs the command on a pseudo-terminal and copies what it shows to its stdout.
    const shown = await new Promise<string>((resolve) => {
      const child = spawn('/usr/bin/script', ['-qec', command, '/dev/null'], {
        env: {
          PATH: process.env.PATH ?? '',
          ...childTempEnv(),
          GITHUB_TOKEN: TOKEN,
          GITHUB_API_URL: server.url,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      child.on('close', () => resolve(text));
    });
    expect(shown).toContain('collect: 2/2 repos, 1 problem');
    expect(places(parsed(readFileSync(out, 'utf8')))).toEqual([`${ORG}/a:release.yml`]);
  });
});
