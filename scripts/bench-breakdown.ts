/**
 * The breakdown `npm run bench` prints under its table: where a check's time goes, measured inside
 * one cold process by scripts/bench-probe.ts (bundled like the CLI, so library code is as cold as in
 * the real run). Kept apart from bench.ts so each part of the bench stays a function.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundle } from './build.ts';
import type { ProbeTimes } from './bench-probe-run.ts';

const REPO = resolve(import.meta.dirname, '..');
/** Inside the package (ignored by git), so the probe finds policies/ as the CLI does. */
const OUT = join(REPO, '.tmp', 'bench-probe');

export type Probe = ProbeTimes & { startup: number; modules: number };

/** Bundles the probe (once per bench run). */
export async function buildProbe(): Promise<string> {
  await bundle(OUT, {}, [{ in: 'scripts/bench-probe.ts', out: 'probe', split: false }]);
  return join(OUT, 'probe.js');
}

export function removeProbe(): void {
  rmSync(OUT, { recursive: true, force: true });
}

/** One cold run of the probe over `patterns` (release.yml paths or globs) under `root`. */
export function probeOnce(
  probe: string,
  root: string,
  now: string,
  patterns: string[],
  fullPolicy = false,
): Probe {
  const run = spawnSync(
    process.execPath,
    [probe, root, now, ...patterns, ...(fullPolicy ? ['--full-policy'] : [])],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 600_000,
    },
  );
  if (run.status !== 0) throw new Error(`bench probe failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Probe;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of each part over several probes. */
export function medianProbe(probes: Probe[]): Probe {
  const ids = Object.keys(probes[0]!.rules);
  const pick = (f: (p: Probe) => number) => median(probes.map(f));
  return {
    services: probes[0]!.services,
    startup: pick((p) => p.startup),
    modules: pick((p) => p.modules),
    policy: pick((p) => p.policy),
    releaseFiles: pick((p) => p.releaseFiles),
    notesAndRest: pick((p) => p.notesAndRest),
    rules: Object.fromEntries(ids.map((id) => [id, pick((p) => p.rules[id] ?? 0)])),
    report: pick((p) => p.report),
    total: pick((p) => p.total),
  };
}

const ms = (v: number): string => (v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`);

/**
 * Markdown: one check's parts (cold, medians), beside the same with the policy loaded the full
 * way, and the cost per service of a big run.
 */
export function breakdownTable(one: Probe, full: Probe, scale?: Probe): string[] {
  const lines: string[] = [];
  const perService = (v: number) => (scale ? ms(v / scale.services) : '');
  const heavy = Object.entries(one.rules)
    .sort((a, b) => b[1] - a[1])
    .filter(([id], i) => i < 5 || (scale && (scale.rules[id] ?? 0) / scale.services >= 0.1));
  const rest = Object.entries(one.rules).filter(([id]) => !heavy.some(([h]) => h === id));
  const restSum = (p: Probe) => rest.reduce((a, [id]) => a + (p.rules[id] ?? 0), 0);
  const rulesSum = (p: Probe) => Object.values(p.rules).reduce((a, b) => a + b, 0);
  const header = scale ? ` per service (${scale.services.toLocaleString('en-US')} services) |` : '';
  lines.push(`| part of one check | cold, one service | with the policy loaded the full way |${header}`);
  lines.push(`| --- | --- | --- |${scale ? ' --- |' : ''}`);
  const row = (name: string, a: number, b: number, c?: number) =>
    lines.push(
      `| ${name} | ${ms(a)} | ${ms(b)} |${scale ? ` ${c === undefined ? '' : perService(c)} |` : ''}`,
    );
  row('Node start, reading and compiling the bundle (to its first line)', one.startup, full.startup);
  row('modules’ top-level code', one.modules, full.modules);
  row(
    'built-in policy (precompiled snapshot / full: parse, validate, calendar)',
    one.policy,
    full.policy,
    scale?.policy,
  );
  row('release.yml read, parsed, validated', one.releaseFiles, full.releaseFiles, scale?.releaseFiles);
  row(
    'notes read and parsed, run picture, waivers, hashes',
    one.notesAndRest,
    full.notesAndRest,
    scale?.notesAndRest,
  );
  for (const [id] of heavy) row(`rule \`${id}\``, one.rules[id]!, full.rules[id] ?? 0, scale?.rules[id]);
  row(`the other ${rest.length} rules`, restSum(one), restSum(full), scale ? restSum(scale) : undefined);
  row('all rules', rulesSum(one), rulesSum(full), scale ? rulesSum(scale) : undefined);
  row('text report', one.report, full.report, scale?.report);
  row('**in-process total** (after start-up and modules)', one.total, full.total, scale?.total);
  return lines;
}
