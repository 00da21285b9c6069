/**
 * The `collect` part of `npm run bench` (also `node scripts/bench-collect.ts [--repos N] [--latency MS]`):
 * `release-policy collect` against the fake GitHub API (test/helpers/fake-org.ts) serving an
 * organization of 2,000 repositories (one in ten a monorepo with two more services), every answer
 * delayed by 20 ms as a real API's round trip is. Two runs: the first with an empty cache, the second
 * with the cache the first wrote (ETags and blobs): wall time, requests per repository, and how many
 * of the second run's requests were answered 304 Not Modified.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFakeGitHub } from '../test/helpers/fake-github-server.ts';
import { fakeOrg, type FakeRepo } from '../test/helpers/fake-org.ts';

const REPO = resolve(import.meta.dirname, '..');

export interface CollectBench {
  repos: number;
  latencyMs: number;
  runs: { name: string; ms: number; requests: number; notModified: number; releases: number }[];
}

function release(product: string): string {
  return `product: ${product}\nversion: "1.2.0"\ntype: minor\ndate: 2027-01-12T15:00:00-05:00\n`;
}

function organization(n: number): FakeRepo[] {
  return Array.from({ length: n }, (_, i) => {
    const name = `service-${String(i).padStart(4, '0')}`;
    const files: Record<string, string> = { 'release.yml': release(name), 'README.md': `# ${name}\n` };
    if (i % 10 === 0) {
      files['services/api/release.yml'] = release(`${name}-api`);
      files['services/web/release.yml'] = release(`${name}-web`);
    }
    return { name, files };
  });
}

/** The CLI to run: the bundle when it has `collect`, else the source. */
function cliEntry(): string {
  const bundle = join(REPO, 'action/dist/cli.js');
  if (existsSync(bundle) && readFileSync(bundle, 'utf8').includes('collect-')) return bundle;
  return join(REPO, 'action/src/cli/main.ts');
}

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; ms: number; stdout: string; stderr: string }> {
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cliEntry(), ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, ms: performance.now() - started, stdout, stderr }));
  });
}

export async function benchCollect(
  options: { repos?: number; latencyMs?: number } = {},
): Promise<CollectBench> {
  const repos = options.repos ?? 2000;
  const latencyMs = options.latencyMs ?? 20;
  const server = await fakeOrg(startFakeGitHub, 'octoacme', organization(repos), { etags: true, latencyMs });
  const dir = mkdtempSync(join(tmpdir(), 'release-policy-bench-collect-'));
  const result: CollectBench = { repos, latencyMs, runs: [] };
  try {
    for (const name of ['first run (empty cache)', 'second run (cached)']) {
      const before = server.seen.length;
      const run = await runCli(
        [
          'collect',
          '--org',
          'octoacme',
          '--cache',
          join(dir, 'cache.json'),
          '--out',
          join(dir, 'releases.json'),
        ],
        { GITHUB_TOKEN: 'bench-token', GITHUB_API_URL: server.url },
      );
      if (run.code !== 0) throw new Error(`collect failed (${run.code}): ${run.stderr}`);
      const seen = server.seen.slice(before);
      const collected = JSON.parse(readFileSync(join(dir, 'releases.json'), 'utf8')) as {
        releases: unknown[];
      };
      result.runs.push({
        name,
        ms: run.ms,
        requests: seen.length,
        notModified: seen.filter((s) => s.status === 304).length,
        releases: collected.releases.length,
      });
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

/** The bench's table rows. */
export function collectLines(bench: CollectBench): string[] {
  const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
  return [
    `\`collect\` over ${bench.repos.toLocaleString('en-US')} repositories, fake API with ${bench.latencyMs} ms per answer, 8 requests in flight:`,
    '',
    '| run | wall time | requests | per repository | 304 Not Modified | releases |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...bench.runs.map(
      (r) =>
        `| ${r.name} | ${fmt(r.ms)} | ${r.requests.toLocaleString('en-US')} | ${(r.requests / bench.repos).toFixed(2)} | ${r.notModified.toLocaleString('en-US')} | ${r.releases.toLocaleString('en-US')} |`,
    ),
  ];
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const value = (flag: string) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : undefined);
  const bench = await benchCollect({
    ...(value('--repos') ? { repos: value('--repos')! } : {}),
    ...(value('--latency') !== undefined ? { latencyMs: value('--latency')! } : {}),
  });
  console.log(collectLines(bench).join('\n'));
}
