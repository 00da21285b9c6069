import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../action/src/engine/result.ts';
import { cli, REPO } from './helpers/cli.ts';
import { childTempEnv, tempDir } from './helpers/temp.ts';

const NOW = '2026-12-04T12:00:00-05:00';
const SERVICES = 150;
const EXAMPLE = join(REPO, 'examples/minor-compliant');

/** `15:00:00` plus `second` seconds: each service deploys in a second of its own unless it means to clash. */
function at(second: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(15 + Math.floor(second / 3600))}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}`;
}

/**
 * A monorepo of services made from minor-compliant, each with its own product and one-second
 * window. Some fail on their own (a missing sign-off, a broken file, no notes, a schema error),
 * some clash with a neighbour (the same window, the same manager) or depend on a later sibling.
 */
function monorepo(): string {
  const root = tempDir('workers');
  const release = readFileSync(join(EXAMPLE, 'release.yml'), 'utf8');
  const notes = readFileSync(join(EXAMPLE, 'docs/releases/2.4.0.md'), 'utf8');
  const runbook = readFileSync(join(EXAMPLE, 'docs/runbooks/rollback.md'), 'utf8');
  const comms = readFileSync(join(EXAMPLE, 'docs/comms/2.4.0-customers.md'), 'utf8');
  const name = (i: number) => `svc-${String(i).padStart(3, '0')}`;
  for (let i = 1; i <= SERVICES; i++) {
    const dir = join(root, 'services', name(i));
    for (const sub of ['docs/releases', 'docs/runbooks', 'docs/comms'])
      mkdirSync(join(dir, sub), { recursive: true });
    // Every seventh service shares the window of the one before it: the two overlap.
    const slot = i % 7 === 0 ? i - 1 : i;
    let text = release
      .replaceAll('payments-api', name(i))
      .replace('T15:00:00-05:00', `T${at(slot - 1)}-05:00`)
      .replace('T17:00:00-05:00', `T${at(slot)}-05:00`);
    if (i % 11 === 0) text = text.replace("  - { role: devops, by: '@frank', date: '2026-12-02' }\n", '');
    if (i % 13 === 0)
      text = text.replace("product: ledger, version: '5.1.0'", `product: ${name(i + 1)}, version: '2.4.0'`);
    if (i % 17 === 0) text = text.replace("version: '2.4.0'", 'version: 2.4.0.1');
    if (i % 19 === 0) text = text.replace('changes:', 'changes: [');
    if (i % 23 === 0) text = text.replace("manager: '@dana'", `manager: '@${name(i)}-owner'`);
    writeFileSync(join(dir, 'release.yml'), text);
    if (i % 29 !== 0)
      writeFileSync(join(dir, 'docs/releases/2.4.0.md'), notes.replaceAll('Payments API', name(i)));
    writeFileSync(join(dir, 'docs/runbooks/rollback.md'), runbook);
    writeFileSync(join(dir, 'docs/comms/2.4.0-customers.md'), comms);
  }
  return root;
}

function check(root: string, workers: string, format: string) {
  const run = cli(
    ['check', '--root', root, '--config', 'services/*/release.yml', '--format', format, '--now', NOW],
    { env: { RELEASE_POLICY_WORKERS: workers } },
  );
  expect(run.stderr).toBe('');
  return run;
}

describe('a big run spread over worker threads', { timeout: 120_000 }, () => {
  let root: string;
  /** The single thread's report, by format. */
  const reference = new Map<string, string>();
  beforeAll(() => {
    root = monorepo();
  });

  it.each(['json', 'text'])('reports byte for byte what one thread reports (%s)', (format) => {
    const one = check(root, '0', format);
    const three = check(root, '3', format);
    expect(three.code).toBe(one.code);
    expect(three.stdout).toBe(one.stdout);
    reference.set(format, one.stdout);
    if (format === 'text') {
      // A rule's finding in a later service's release.yml still quotes its line, though the run
      // lets go of every text that no finding points into.
      const lines = one.stdout.split('\n');
      const at = lines.findIndex((l) =>
        /^services\/svc-011\/release\.yml:\d+:\d+: error: .*\[signoff-required\]$/.test(l),
      );
      expect(lines[at + 1]).toMatch(/^\d+ \| signoffs:$/);
      return;
    }
    // The run has something to get wrong: failures of every kind, and clashes between services.
    const result = JSON.parse(one.stdout) as CheckResult;
    expect(result.releases).toHaveLength(SERVICES);
    const rules = new Set(result.findings.map((f) => f.rule));
    for (const rule of ['signoff-required', 'release-conflict', 'notes-missing', 'schema', 'yaml-syntax'])
      expect(rules).toContain(rule);
    const clashes = result.findings.filter(
      (f) => f.rule === 'release-conflict' && /overlaps the planned release svc-/.test(f.message),
    );
    expect(clashes.length).toBeGreaterThan(SERVICES / 7);
  });

  it('the package command, on the bundle, starts its worker threads and gives the same report', () => {
    const bin = spawnSync(
      process.execPath,
      [
        join(REPO, 'bin/release-policy.js'),
        'check',
        '--config',
        'services/*/release.yml',
        '--format',
        'json',
        '--now',
        NOW,
      ],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', ...childTempEnv(), RELEASE_POLICY_WORKERS: '2' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(bin.stderr).toBe('');
    expect(bin.stdout).toBe(reference.get('json') ?? check(root, '0', 'json').stdout);
  });

  it('refuses a worker count that is not a whole number', () => {
    const run = cli(['check', '--root', root, '--config', 'services/*/release.yml', '--now', NOW], {
      env: { RELEASE_POLICY_WORKERS: 'many' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('release-policy check: RELEASE_POLICY_WORKERS: not a whole number: many\n');
  });
});
