/**
 * `npm run bench` — the benchmarks of the action and the site (not part of `npm test`).
 *
 * 1. One repo: the committed bundles checking `examples/minor-compliant` (the CLI, and the action run
 *    as the runner runs it) side by side with `node -e 0` (the floor), `ajv-cli validate` with our
 *    release schema on the same file (schema only) and `markdownlint-cli2` on the same notes.
 *    The commands run round-robin (2 warm-up rounds, then 10 timed rounds), so drift hits all alike.
 * 2. Scale: 1, 100, 1,000 and 10,000 generated services checked by one CLI run
 *    (`--config 'services/*\/release.yml' --format json`): wall time, files per second, peak RSS.
 * 3. Bundle sizes (raw and gzip), the site's build time and JavaScript per page.
 * 4. `collect` over 2,000 repositories of the fake GitHub API, cold and cached (scripts/bench-collect.ts).
 * 5. Breakdown: where one check's time goes (start-up, modules, policy, release files, each rule,
 *    notes, report) in one cold process, beside the same with the policy loaded the full way, and
 *    per service in the 1,000-service run (scripts/bench-breakdown.ts).
 *
 * Options: `--write-readme` puts the table into README.md between the bench markers;
 * `--skip-site` leaves out the site build; `--skip-collect` leaves out 4; `--max N` stops the scale runs at N services.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  closeSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { buildSite, builtPages, javascriptBytes, pageHtml } from '../test/helpers/site.ts';
import { benchCollect, collectLines } from './bench-collect.ts';
import {
  breakdownTable,
  buildProbe,
  medianProbe,
  type Probe,
  probeOnce,
  removeProbe,
} from './bench-breakdown.ts';

const REPO = resolve(import.meta.dirname, '..');
const NODE = process.execPath;
const NOW = '2026-12-04T12:00:00-05:00';
const WARMUPS = 2;
const RUNS = 10;
const args = process.argv.slice(2);
const writeReadme = args.includes('--write-readme');
const skipSite = args.includes('--skip-site');
const skipCollect = args.includes('--skip-collect');
const maxIndex = args.indexOf('--max');
const MAX_SERVICES = maxIndex >= 0 ? Number(args[maxIndex + 1]) : 10_000;

const temps: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `release-policy-bench-${prefix}-`));
  temps.push(dir);
  return dir;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Command {
  name: string;
  what: string;
  argv: string[];
  options: SpawnSyncOptions;
  /** The exit code the command is expected to end with; a run that ends otherwise stops the bench. */
  expect: number;
}

/** One timed run: wall time from spawn to exit, in ms. */
function timeOnce(command: Command): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(command.argv[0]!, command.argv.slice(1), {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    timeout: 600_000,
    ...command.options,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== command.expect) {
    throw new Error(
      `${command.name} exited ${run.status} (expected ${command.expect}):\n${String(run.stdout)}\n${String(run.stderr)}`,
    );
  }
  return ms;
}

/** Round-robin: every round runs each command once; the first `warmups` rounds are not kept. */
function timeSideBySide(commands: Command[], warmups: number, runs: number): Map<string, number[]> {
  const times = new Map(commands.map((c) => [c.name, [] as number[]]));
  for (let round = 0; round < warmups + runs; round++) {
    for (const command of commands) {
      const ms = timeOnce(command);
      if (round >= warmups) times.get(command.name)!.push(ms);
    }
  }
  return times;
}

const fmtMs = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const fmtKiB = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
const fmtInt = (n: number): string => n.toLocaleString('en-US');

// ---------------------------------------------------------------------------------------------------
// 1. One repo
// ---------------------------------------------------------------------------------------------------

/** The example, copied so the action's files (and anything it might write) stay out of the repo. */
const workspace = tempDir('workspace');
cpSync(join(REPO, 'examples/minor-compliant'), workspace, { recursive: true });
// ajv-cli reads YAML as YAML 1.1 (js-yaml), where an unquoted `date:` becomes a Date and fails the
// schema's `type: string`; our engine reads YAML 1.2. So ajv-cli gets the same document as JSON.
writeFileSync(
  join(workspace, 'release.json'),
  JSON.stringify(parse(readFileSync(join(workspace, 'release.yml'), 'utf8'))),
);

function actionEnv(): NodeJS.ProcessEnv {
  const runner = tempDir('runner');
  const files = {
    GITHUB_OUTPUT: join(runner, 'github_output'),
    GITHUB_STEP_SUMMARY: join(runner, 'step_summary'),
    GITHUB_EVENT_PATH: join(runner, 'event.json'),
  };
  writeFileSync(files.GITHUB_OUTPUT, '');
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  writeFileSync(files.GITHUB_EVENT_PATH, '{}');
  const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) inputs[name] = input.default ?? '';
  inputs['github-token'] = '';
  inputs.now = NOW;
  return {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'octoacme/payments-api',
    RUNNER_TEMP: runner,
    ...files,
    // As the runner names them: upper-cased, hyphens kept (INPUT_FAIL-ON).
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
}

const oneRepo: Command[] = [
  { name: 'floor', what: '`node -e 0` (bare Node start)', argv: [NODE, '-e', '0'], options: {}, expect: 0 },
  {
    name: 'cli',
    what: '**release-policy CLI** (`bin/release-policy.js check`, full policy)',
    argv: [NODE, join(REPO, 'bin/release-policy.js'), 'check', '--root', workspace, '--now', NOW],
    options: { cwd: workspace },
    expect: 0,
  },
  {
    name: 'action',
    what: '**release-policy action** (`action/dist/index.js` as the runner runs it)',
    argv: [NODE, join(REPO, 'action/dist/index.js')],
    options: { cwd: workspace, env: actionEnv() },
    expect: 0,
  },
  {
    name: 'ajv',
    what: '`ajv-cli validate` with `schemas/release.schema.json` (schema only)',
    argv: [
      NODE,
      join(REPO, 'node_modules/ajv-cli/dist/index.js'),
      'validate',
      '--spec=draft2020',
      '-c',
      'ajv-formats',
      '-s',
      join(REPO, 'schemas/release.schema.json'),
      '-d',
      'release.json',
    ],
    options: { cwd: workspace },
    expect: 0,
  },
  {
    name: 'markdownlint',
    what: '`markdownlint-cli2` on the notes (default rules; it reports 24 issues, exit 1)',
    argv: [
      NODE,
      join(REPO, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'),
      'docs/releases/2.4.0.md',
    ],
    options: { cwd: workspace },
    expect: 1,
  },
];

console.error(`1. one repo: ${oneRepo.length} commands, ${WARMUPS} warm-up + ${RUNS} timed rounds …`);
const oneTimes = timeSideBySide(oneRepo, WARMUPS, RUNS);
const med = (name: string): number => median(oneTimes.get(name)!);
const floor = med('floor');

/** 4. The parts of one cold check: 5 probes with the precompiled policy, 3 with the full loader. */
const PROBES = 5;
console.error(`4. breakdown: ${PROBES} + 3 cold probes of one check …`);
const probe = await buildProbe();
const probeOne = (fullPolicy: boolean, n: number): Probe =>
  medianProbe(Array.from({ length: n }, () => probeOnce(probe, workspace, NOW, ['release.yml'], fullPolicy)));
const oneProbe = probeOne(false, PROBES);
const fullProbe = probeOne(true, 3);
let scaleProbe: Probe | undefined;

// ---------------------------------------------------------------------------------------------------
// 2. Scale
// ---------------------------------------------------------------------------------------------------

const FILES_PER_SERVICE = 4; // release.yml, notes, rollback runbook, customer comms plan

/**
 * A repo of `n` services, each a copy of minor-compliant with its own product name and its own
 * one-second deployment window (15:00:00, 15:00:01 … on the same day), as the services of a real
 * monorepo don't all deploy at one instant. (Were they all planned at once, every release would
 * overlap every other, and the run would rightly report two warnings per pair: n² findings.)
 */
function generate(n: number): string {
  const root = tempDir(`scale-${n}`);
  const src = join(REPO, 'examples/minor-compliant');
  const release = readFileSync(join(src, 'release.yml'), 'utf8');
  const notes = readFileSync(join(src, 'docs/releases/2.4.0.md'), 'utf8');
  const runbook = readFileSync(join(src, 'docs/runbooks/rollback.md'), 'utf8');
  const comms = readFileSync(join(src, 'docs/comms/2.4.0-customers.md'), 'utf8');
  for (let i = 1; i <= n; i++) {
    const name = `svc-${String(i).padStart(5, '0')}`;
    const dir = join(root, 'services', name);
    mkdirSync(join(dir, 'docs/releases'), { recursive: true });
    mkdirSync(join(dir, 'docs/runbooks'));
    mkdirSync(join(dir, 'docs/comms'));
    writeFileSync(join(dir, 'release.yml'), ownWindow(release.replaceAll('payments-api', name), i));
    writeFileSync(join(dir, 'docs/releases/2.4.0.md'), notes.replaceAll('Payments API', name));
    writeFileSync(join(dir, 'docs/runbooks/rollback.md'), runbook);
    writeFileSync(join(dir, 'docs/comms/2.4.0-customers.md'), comms);
  }
  return root;
}

/** release.yml with its window moved to the `i`th second after 15:00 of its day. */
function ownWindow(release: string, i: number): string {
  const at = (second: number) =>
    `${String(15 + Math.floor(second / 3600)).padStart(2, '0')}:${String(Math.floor(second / 60) % 60).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}`;
  const out = release
    .replace(
      /^date: (\d{4}-\d{2}-\d{2})T15:00:00(-05:00)$/m,
      (_, day, zone) => `date: ${day}T${at(i - 1)}${zone}`,
    )
    .replace(
      /^window: \{ end: (\d{4}-\d{2}-\d{2})T17:00:00(-05:00) \}$/m,
      (_, day, zone) => `window: { end: ${day}T${at(i)}${zone} }`,
    );
  if (out === release)
    throw new Error('bench: the example release no longer has the date and window it expects');
  return out;
}

const hasGnuTime = (() => {
  try {
    return statSync('/usr/bin/time').isFile();
  } catch {
    return false;
  }
})();

/** Prints the child's peak RSS (KiB) on stderr's last line; for machines without /usr/bin/time. */
const RSS_WRAPPER = `
const { spawnSync } = require('node:child_process');
const r = spawnSync(process.argv[1], process.argv.slice(2), { stdio: 'inherit' });
process.stderr.write('\\n' + require('node:process').resourceUsage().maxRSS + '\\n');
process.exit(r.status ?? 1);
`;

interface ScaleRun {
  ms: number;
  rssKiB: number;
}

function scaleRun(root: string, n: number): ScaleRun {
  const out = join(root, 'result.json');
  const rssFile = join(root, 'rss.txt');
  const check = [
    join(REPO, 'bin/release-policy.js'),
    'check',
    '--root',
    root,
    '--config',
    'services/*/release.yml',
    '--format',
    'json',
    '--now',
    NOW,
  ];
  const argv = hasGnuTime
    ? ['/usr/bin/time', '-f', '%M', '-o', rssFile, NODE, ...check]
    : [NODE, '-e', RSS_WRAPPER, NODE, ...check];
  const fd = openSync(out, 'w');
  const started = process.hrtime.bigint();
  const run = spawnSync(argv[0]!, argv.slice(1), {
    cwd: root,
    stdio: ['ignore', fd, 'pipe'],
    timeout: 600_000,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(fd);
  const result = JSON.parse(readFileSync(out, 'utf8')) as {
    ok: boolean;
    releases?: unknown[];
    summary: { errors: number };
  };
  if (run.status !== 0 || !result.ok || result.summary.errors !== 0 || result.releases?.length !== n) {
    throw new Error(
      `scale ${n}: exit ${run.status}, ok ${result.ok}, ${result.summary.errors} errors, ` +
        `${result.releases?.length} releases\n${String(run.stderr).slice(0, 2000)}`,
    );
  }
  const rssText = hasGnuTime ? readFileSync(rssFile, 'utf8') : String(run.stderr);
  const rssKiB = Number(rssText.trim().split('\n').at(-1));
  return { ms, rssKiB };
}

const SIZES = [1, 100, 1_000, 10_000].filter((n) => n <= MAX_SERVICES);
/** Warm-ups and timed runs per size: the big ones take seconds each, so one run (after one warm-up of the small ones). */
const scalePlan = (n: number): { warmups: number; runs: number } =>
  n <= 100 ? { warmups: 1, runs: 5 } : { warmups: 0, runs: 1 };

interface ScaleRow {
  n: number;
  runs: number;
  ms: number;
  rssKiB: number;
}
const scaleRows: ScaleRow[] = [];
for (const n of SIZES) {
  const { warmups, runs } = scalePlan(n);
  console.error(`2. scale: ${fmtInt(n)} services (${warmups} warm-up + ${runs} run) …`);
  const root = generate(n);
  const results: ScaleRun[] = [];
  for (let i = 0; i < warmups + runs; i++) {
    const r = scaleRun(root, n);
    if (i >= warmups) results.push(r);
  }
  // The per-service breakdown comes from the biggest run up to 1,000 services.
  if (n <= 1_000) scaleProbe = probeOnce(probe, root, NOW, ['services/*/release.yml']);
  scaleRows.push({
    n,
    runs,
    ms: median(results.map((r) => r.ms)),
    rssKiB: median(results.map((r) => r.rssKiB)),
  });
  rmSync(root, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------
// 3. Bundles and site
// ---------------------------------------------------------------------------------------------------

/**
 * The files an offline action run reads: the entry, what it imports statically, and the chunk it
 * imports to run (the entry's own dynamic import); not the GitHub API chunks loaded only online.
 * Without `entryDynamic`, the entry's static imports alone: what the CLI reads for a check that is
 * not spread over threads (the worker threads' part and `collect` are loaded only when used).
 */
function offlineFiles(entry: string, entryDynamic = true): string[] {
  const seen = new Set<string>();
  const visit = (file: string, dynamicToo: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(REPO, file), 'utf8');
    const pattern = dynamicToo ? /(?:from|import)\s*\(?"(\.\/[^"]+\.js)"/g : /from\s*"(\.\/[^"]+\.js)"/g;
    for (const m of text.matchAll(pattern)) visit(join(dirname(file), m[1]!), false);
  };
  visit(entry, entryDynamic);
  return [...seen];
}

const sizeOf = (label: string, files: string[]) => {
  const bytes = Buffer.concat(files.map((file) => readFileSync(join(REPO, file))));
  return { file: label, raw: bytes.length, gzip: gzipSync(bytes).length };
};
const actionFiles = [
  'action/dist/index.js',
  ...readdirSync(join(REPO, 'action/dist/chunks')).map((f) => `action/dist/chunks/${f}`),
];
const bundles = [
  sizeOf('`action/dist/cli.js` and the chunks it imports', offlineFiles('action/dist/cli.js', false)),
  sizeOf('`action/dist/index.js` and its chunks, all', actionFiles),
  sizeOf('the action’s files an offline run reads', offlineFiles('action/dist/index.js')),
];

let site:
  { ms: number; pages: number; median: number; max: number; maxPage: string; playground: number } | undefined;
if (!skipSite) {
  console.error('3. site: astro build --root site (once) …');
  const { ms } = buildSite();
  const perPage = builtPages().map((page) => [page, javascriptBytes(pageHtml(page))] as const);
  const others = perPage.filter(([page]) => !page.includes('/playground/'));
  const heaviest = others.reduce((a, b) => (b[1] > a[1] ? b : a));
  site = {
    ms,
    pages: perPage.length,
    median: median(others.map(([, b]) => b)),
    max: heaviest[1],
    maxPage: heaviest[0],
    playground: Math.max(0, ...perPage.filter(([page]) => page.includes('/playground/')).map(([, b]) => b)),
  };
}

// ---------------------------------------------------------------------------------------------------
// 4. Collect
// ---------------------------------------------------------------------------------------------------

const collectSection = skipCollect ? [] : ['', ...collectLines(await benchCollect())];

// ---------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------

const ratio = (ms: number): string => `${(ms / floor).toFixed(1)}×`;
const lines: string[] = [];
lines.push(`| # | measurement | median | vs \`node -e 0\` | runs |`);
lines.push('| --- | --- | --- | --- | --- |');
for (const c of oneRepo) {
  const ms = med(c.name);
  lines.push(`| 1 | ${c.what} | ${fmtMs(ms)} | ${ratio(ms)} | ${RUNS} |`);
}
for (const row of scaleRows) {
  const files = row.n * FILES_PER_SERVICE;
  const perSecond = Math.round(files / (row.ms / 1000));
  lines.push(
    `| 2 | ${fmtInt(row.n)} service${row.n === 1 ? '' : 's'} (${fmtInt(files)} files): wall · files/s · peak RSS | ` +
      `${fmtMs(row.ms)} · ${fmtInt(perSecond)}/s · ${Math.round(row.rssKiB / 1024)} MiB | ${ratio(row.ms)} | ${row.runs} |`,
  );
}
for (const b of bundles) {
  lines.push(`| 3 | ${b.file} size (raw · gzip) | ${fmtKiB(b.raw)} · ${fmtKiB(b.gzip)} | | |`);
}
lines.push(
  `| 3 | action cold start (= the action run in 1) | ${fmtMs(med('action'))} | ${ratio(med('action'))} | ${RUNS} |`,
);
if (site) {
  lines.push(
    `| 3 | site build (\`astro build --root site\`, ${site.pages} pages) | ${fmtMs(site.ms)} | | 1 |`,
  );
  lines.push(
    `| 3 | site JavaScript per page up front (median · heaviest · playground) | ` +
      `${fmtKiB(site.median)} · ${fmtKiB(site.max)} · ${fmtKiB(site.playground)} | | |`,
  );
}

// Goals from the issue.
const goals: string[] = [];
const worst = Math.max(med('cli'), med('action'));
const ajv = med('ajv');
for (const [name, label] of [
  ['cli', 'the CLI'],
  ['action', 'the action'],
] as const) {
  const t = med(name);
  goals.push(
    t <= 3 * floor
      ? `- Met: ${label}'s check (${fmtMs(t)}) is within 3× the bare Node start (${ratio(t)}).`
      : `- **Missed**: ${label}'s check (${fmtMs(t)}) takes ${ratio(t)} the bare Node start (goal ≤ 3×; ${fmtMs(t - 3 * floor)} over).`,
  );
}
goals.push(
  worst <= 0.5 * ajv
    ? `- Met: the slower full check (${fmtMs(worst)}) costs at most half of ajv-cli's schema-only check (${fmtMs(ajv)}).`
    : `- **Missed**: the slower full check (${fmtMs(worst)}) costs ${(worst / ajv).toFixed(2)}× ajv-cli's schema-only check (${fmtMs(ajv)}; goal ≤ 0.5×).`,
);
if (scaleRows.length >= 2) {
  // Linear growth: the cost of each service above the first stays about the same at every size.
  const first = scaleRows[0]!;
  const marginal = scaleRows
    .slice(1)
    .map((row) => `${fmtInt(row.n)}: ${((row.ms - first.ms) / (row.n - first.n)).toFixed(1)} ms`);
  const last = scaleRows.at(-1)!;
  goals.push(
    `- Scale: time per service above the first — ${marginal.join(', ')} (flat = linear growth); ` +
      `${fmtInt(last.n)} services take ${fmtMs(last.ms)} at ${Math.round(last.rssKiB / 1024)} MiB peak.`,
  );
  if (last.n >= 10_000) {
    goals.push(
      last.ms <= 10_000
        ? `- Met: ${fmtInt(last.n)} services in ${fmtMs(last.ms)} (goal ≤ 10 s).`
        : `- **Missed**: ${fmtInt(last.n)} services take ${fmtMs(last.ms)} (goal ≤ 10 s; ${(last.ms / 10_000).toFixed(1)}× over).`,
    );
  }
}

const machine =
  `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GiB, ` +
  `${platform()} ${release()}, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const section = [
  `Measured ${date} on ${machine}. Medians of the timed runs; round-robin, after ${WARMUPS} warm-up rounds for 1; ` +
    `for 2, ${scalePlan(1).runs} runs after one warm-up up to 100 services, one run for 1,000 and 10,000.`,
  '',
  ...lines,
  ...collectSection,
  '',
  ...goals,
  '',
  'Where the time goes (medians of cold runs of scripts/bench-probe.ts, the engine bundled as the CLI is):',
  '',
  ...breakdownTable(oneProbe, fullProbe, scaleProbe),
].join('\n');

console.log(section);

if (writeReadme) {
  const readmePath = join(REPO, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md has no ${start} … ${end} section`);
  writeFileSync(readmePath, `${readme.slice(0, i + start.length)}\n${section}\n${readme.slice(j)}`);
  console.error('README.md updated.');
}

for (const dir of temps) rmSync(dir, { recursive: true, force: true });
removeProbe();
