import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../action/src/engine/result.ts';
import { runAction } from './helpers/action.ts';
import { cli, REPO } from './helpers/cli.ts';
import { EXAMPLES } from './helpers/examples.ts';
import { tempDir } from './helpers/temp.ts';

const NOW = '2026-12-04T12:00:00-05:00';

/** The release-conflict findings of a run over a copy of an example, after `edit` changed it. */
function conflicts(
  example: string,
  args: string[] | ((root: string) => string[]),
  edit: (root: string) => void = () => {},
) {
  const root = tempDir(example);
  cpSync(join(EXAMPLES, example), root, { recursive: true });
  edit(root);
  const extra = typeof args === 'function' ? args(root) : args;
  const run = cli(['check', '--root', root, '--format', 'json', '--now', NOW, ...extra]);
  expect(run.stderr).toBe('');
  const result = JSON.parse(run.stdout) as CheckResult;
  return { code: run.code, findings: result.findings.filter((f) => f.rule === 'release-conflict') };
}

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

const MONOREPO = ['--config', 'services/*/release.yml'];

describe('across releases, through the CLI', () => {
  it('a sibling planned later: the dependency hint, applied, clears it and adds nothing', () => {
    // A team policy with its own copy of the calendar, so that the hint can be applied to both files.
    const withTeamCalendar = (root: string) => {
      cpSync(join(REPO, 'policies/octoacme/calendar.yml'), join(root, 'calendar.yml'));
      writeFileSync(join(root, 'policy.yml'), 'extends: octoacme\ncalendar: calendar.yml\n');
    };
    const args = (root: string) => [...MONOREPO, '--policy', join(root, 'policy.yml')];
    const before = conflicts('monorepo-dependency-later', args, withTeamCalendar);
    expect(before.findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.message}`)).toEqual([
      'services/payments/release.yml:41 error ledger-core 7.2.0 ships 2026-12-09T15:00-05:00 (services/ledger/release.yml), after this release (2026-12-08T15:00-05:00)',
    ]);
    expect(before.findings[0]!.hint).toBe(
      "ledger-core 7.2.0 must be in production first: move `date` to 2026-12-09T17:00-05:00 or later (and this release's entry in calendar.yml with it), or agree an earlier date for it with @priya.",
    );
    const after = conflicts('monorepo-dependency-later', args, (root) => {
      withTeamCalendar(root);
      const file = join(root, 'services/payments/release.yml');
      replaceIn(file, 'date: 2026-12-08T15:00:00-05:00', 'date: 2026-12-09T17:00:00-05:00');
      replaceIn(
        file,
        'window: { end: 2026-12-08T17:00:00-05:00 }',
        'window: { end: 2026-12-09T19:00:00-05:00 }',
      );
      const calendar = join(root, 'calendar.yml');
      replaceIn(calendar, 'date: 2026-12-08T15:00:00-05:00', 'date: 2026-12-09T17:00:00-05:00');
      replaceIn(calendar, 'window_end: 2026-12-08T17:00:00-05:00', 'window_end: 2026-12-09T19:00:00-05:00');
    });
    expect(after.findings).toEqual([]);
  });

  it('the dependency hint, applied without the calendar, leaves the calendar drift to say so', () => {
    const after = conflicts('monorepo-dependency-later', MONOREPO, (root) => {
      const file = join(root, 'services/payments/release.yml');
      replaceIn(file, 'date: 2026-12-08T15:00:00-05:00', 'date: 2026-12-09T17:00:00-05:00');
      replaceIn(
        file,
        'window: { end: 2026-12-08T17:00:00-05:00 }',
        'window: { end: 2026-12-09T19:00:00-05:00 }',
      );
    });
    expect(after.findings.map((f) => f.message)).toEqual([
      'the calendar plans payments-api 2.4.0 for 2026-12-08 15:00 to 17:00 America/New_York, but release.yml for 2026-12-09 17:00 to 19:00 America/New_York',
    ]);
  });

  it('a dependency planned nowhere is a warning, not silence', () => {
    const run = conflicts('monorepo-compliant', MONOREPO, (root) =>
      replaceIn(
        join(root, 'services/payments/release.yml'),
        "- { product: ledger-core, version: '7.2.0' }",
        "- { product: ledger-core, version: '7.3.0' }",
      ),
    );
    expect(run.code).toBe(0);
    expect(run.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}`)).toEqual([
      "services/payments/release.yml:41:5 warning ledger-core 7.3.0 is planned neither in this run, in the calendar nor in the collected releases: can't tell when it ships",
    ]);
  });

  it('the same service checked alone cannot see its sibling, and says so', () => {
    const run = conflicts('monorepo-compliant', ['--config', 'services/payments/release.yml']);
    expect(run.findings.map((f) => f.message)).toEqual([
      "ledger-core 7.2.0 is planned neither in this run, in the calendar nor in the collected releases: can't tell when it ships",
    ]);
  });
});

describe('the deploy gate, through the action bundle', () => {
  it('stops a two-hour deploy started at 14:30 on a Friday: it runs into the weekend', () => {
    const run = runAction({
      workspace: join(EXAMPLES, 'deploy-runs-into-weekend'),
      inputs: { now: '2026-12-11T14:30:00-05:00', mode: 'deploy' },
    });
    expect(run.code).toBe(1);
    expect(
      run.commands.some((c) => c.startsWith('::error title=blackout-window,file=release.yml,line=8,')),
    ).toBe(true);
  });

  it('lets the same deploy through at 12:30, done by 14:30', () => {
    const run = runAction({
      workspace: join(EXAMPLES, 'deploy-runs-into-weekend'),
      inputs: { now: '2026-12-11T12:30:00-05:00', mode: 'deploy' },
    });
    expect(run.commands.filter((c) => c.startsWith('::error'))).toEqual([]);
    expect(run.code).toBe(0);
  });
});
