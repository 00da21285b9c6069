// What a pull request can put in the workspace must not replace the policy a workflow names, hang
// the check or abort it: through the CLI process and the committed action bundle.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../action/src/engine/result.ts';
import { copyExample, runAction } from './helpers/action.ts';
import { cli, REPO } from './helpers/cli.ts';

const NOW = ['--now', '2026-12-04T12:00:00-05:00'];
const EVIL_POLICY = 'extends: octoacme\nseverity:\n  signoff-required: "off"\n  blackout-window: "off"\n';

/** A compliant minor release whose release.yml has `from` replaced by `to`. */
function workspace(edits: [string, string][] = []): string {
  const root = copyExample('minor-compliant');
  let text = readFileSync(join(root, 'release.yml'), 'utf8');
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  writeFileSync(join(root, 'release.yml'), text);
  return root;
}

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

function json(root: string, ...args: string[]) {
  const run = cli(['check', '--root', root, '--format', 'json', ...NOW, ...args], { cwd: root });
  return { ...run, result: run.stdout ? (JSON.parse(run.stdout) as CheckResult) : undefined };
}

function placed(result: CheckResult | undefined): string[] {
  return (result?.findings ?? []).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`);
}

describe('a bare policy name is always a built-in policy', () => {
  it('a file named like the built-in policy does not replace it (CLI)', () => {
    const root = workspace();
    // The release lacks a required sign-off; the file would switch the rule off.
    const text = readFileSync(join(root, 'release.yml'), 'utf8').replace(/^ {2}- \{ role: devops.*\n/m, '');
    writeFileSync(join(root, 'release.yml'), text);
    writeFileSync(join(root, 'octoacme'), EVIL_POLICY);
    const run = json(root);
    expect(run.code).toBe(1);
    expect(run.result!.audit.policy.files).toEqual(expect.arrayContaining(['policies/octoacme/policy.yml']));
    expect(run.result!.findings.map((f) => f.rule)).toContain('signoff-required');
    // Named as a path, the file is the policy.
    const asFile = json(root, '--policy', './octoacme');
    expect(asFile.code).toBe(0);
    expect(asFile.result!.audit.policy.files[0]).toBe('octoacme');
  });

  it('an unknown name lists the built-ins, suggests the nearest, and says how to name a file', () => {
    const root = workspace();
    writeFileSync(join(root, 'octoacm'), EVIL_POLICY);
    const run = cli(['check', '--root', root, ...NOW, '--policy', 'octoacm'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'release-policy check: --policy: no built-in policy is named "octoacm"; did you mean "octoacme"? ' +
        'Built-in policies: octoacme. To use the file "octoacm", write ./octoacm\n',
    );
  });

  it('a file named like the built-in policy does not replace it (action bundle)', () => {
    const root = workspace();
    const text = readFileSync(join(root, 'release.yml'), 'utf8').replace(/^ {2}- \{ role: devops.*\n/m, '');
    writeFileSync(join(root, 'release.yml'), text);
    writeFileSync(join(root, 'octoacme'), EVIL_POLICY);
    const run = runAction({ workspace: root, inputs: { now: '2026-12-04T12:00:00-05:00' } });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.stdout).toContain('[signoff-required]');
  });

  it('an unknown name fails the action with the list of built-ins', () => {
    const root = workspace();
    const run = runAction({ workspace: root, inputs: { policy: 'octoacm' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::Invalid input "policy": no built-in policy is named "octoacm"; did you mean "octoacme"? Built-in policies: octoacme.',
    );
  });
});

describe('special files are never opened', () => {
  it.each([
    ['notes', ['notes: docs/releases/2.4.0.md', 'notes: docs/fifo'], 'release.yml:11:8 notes-missing'],
    [
      'rollback plan',
      ['plan: docs/runbooks/rollback.md', 'plan: docs/fifo'],
      'release.yml:23:9 rollback-plan',
    ],
    [
      'customer plan',
      ['customer_plan: docs/comms/2.4.0-customers.md', 'customer_plan: docs/fifo'],
      'release.yml:31:18 customer-communication',
    ],
  ] as const)('a FIFO as the %s is a finding at the value that names it', (_, edit, place) => {
    const root = workspace([edit as unknown as [string, string]]);
    mkfifo(join(root, 'docs/fifo'));
    const run = json(root);
    expect(run.code).toBe(1);
    expect(placed(run.result).find((f) => f.startsWith(place))).toMatch(
      /"?docs\/fifo"?.* (not a regular file|not a file)/,
    );
  });

  it('a FIFO as release.yml is a finding on it', () => {
    const root = workspace();
    mkfifo(join(root, 'fifo.yml'));
    const run = json(root, '--config', 'fifo.yml');
    expect(run.code).toBe(1);
    expect(placed(run.result)).toEqual([
      'fifo.yml:undefined:undefined yaml-syntax fifo.yml: this is not a regular file',
    ]);
  });

  it('a FIFO as --notes is a finding on it', () => {
    const root = workspace();
    mkfifo(join(root, 'notes.md'));
    const run = json(root, '--notes', 'notes.md');
    expect(run.code).toBe(1);
    expect(placed(run.result).join('\n')).toContain('not a regular file');
  });

  it.each([
    ['--policy', null, 'fifo.yml: error: fifo.yml: this is not a regular file [yaml-syntax]'],
    [
      'calendar',
      'extends: octoacme\ncalendar: fifo.yml\n',
      'policy.yml:2:11: error: calendar: fifo.yml: this is not a regular file',
    ],
    [
      'template',
      'extends: octoacme\nnotes:\n  templates:\n    standard: { file: fifo.yml }\n',
      'policy.yml:4:23: error: notes template "standard": fifo.yml: this is not a regular file',
    ],
    [
      'extends',
      'extends: ./fifo.yml\n',
      'policy.yml:1:10: error: extends: fifo.yml: this is not a regular file',
    ],
  ])('a FIFO as the policy %s stops the run with its place', (_, policy, message) => {
    const root = workspace();
    mkfifo(join(root, 'fifo.yml'));
    if (policy !== null) writeFileSync(join(root, 'policy.yml'), policy);
    const run = cli(
      ['check', '--root', root, ...NOW, '--policy', policy === null ? './fifo.yml' : './policy.yml'],
      {
        cwd: root,
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('the action bundle refuses a FIFO as the notes, with an annotation on the line', () => {
    const root = workspace([['notes: docs/releases/2.4.0.md', 'notes: docs/fifo']]);
    mkfifo(join(root, 'docs/fifo'));
    const run = runAction({ workspace: root, inputs: { now: '2026-12-04T12:00:00-05:00' } });
    expect(run.code).toBe(1);
    expect(run.commands.join('\n')).toMatch(
      /::error title=notes-missing,file=release\.yml,line=11,.*not a regular file/,
    );
  });
});

describe('dates that do not exist', () => {
  it('are schema findings at their place, not an aborted check (CLI)', () => {
    const root = workspace([
      ['date: 2026-12-08T15:00:00-05:00', 'date: 2026-02-30T15:00:00-05:00'],
      ["code_freeze: '2026-11-24'", "code_freeze: '2026-02-30'"],
    ]);
    const run = json(root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(placed(run.result)).toEqual([
      'release.yml:7:7 schema date "2026-02-30T15:00:00-05:00" is not a date that exists',
      'release.yml:21:16 schema milestones.code_freeze "2026-02-30" is not a date that exists',
    ]);
  });

  it('are annotations on their line, not an internal error (action bundle)', () => {
    const root = workspace([['date: 2026-12-08T15:00:00-05:00', 'date: 2026-02-30T15:00:00-05:00']]);
    const run = runAction({ workspace: root, inputs: { now: '2026-12-04T12:00:00-05:00', mode: 'deploy' } });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('internal error');
    expect(run.commands.join('\n')).toContain(
      '::error title=schema,file=release.yml,line=7,endLine=7,col=7,endColumn=32::date "2026-02-30T15:00:00-05:00" is not a date that exists',
    );
  });
});

describe('a team calendar cannot exhaust the job', () => {
  /** The OctoAcme calendar with `blackouts` put first under its blackouts. */
  function teamPolicy(root: string, blackouts: string): void {
    const calendar = readFileSync(join(REPO, 'policies/octoacme/calendar.yml'), 'utf8');
    writeFileSync(join(root, 'calendar.yml'), calendar.replace(/^blackouts:\n/m, `blackouts:\n${blackouts}`));
    writeFileSync(join(root, 'policy.yml'), 'extends: octoacme\ncalendar: calendar.yml\n');
  }

  function entry(id: string, rrule: string, start = '2026-01-01T00:00', end = '2026-01-02T06:00'): string {
    return `  - { id: ${id}, name: ${id}, reason: test, start: '${start}', end: '${end}', rrule: '${rrule}', blocks: [minor], enforcement: soft }\n`;
  }

  it('500 overlapping daily blackouts stop the run at the entry past the bound, quickly', () => {
    const root = workspace();
    teamPolicy(root, Array.from({ length: 500 }, (_, i) => entry(`daily-${i}`, 'FREQ=DAILY')).join(''));
    const run = cli(['check', '--root', root, ...NOW, '--mode', 'deploy', '--policy', './policy.yml'], {
      cwd: root,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'calendar.yml:30:110: error: with "daily-13", the blackout and maintenance entries repeat about 5124 times a year; the limit is 5000 [schema]',
    );
  });

  it('a COUNT the recurrence cannot reach is refused where it is written', () => {
    const root = workspace();
    teamPolicy(root, entry('forever', 'FREQ=DAILY;COUNT=999999999', '1900-01-01T01:00', '1900-01-01T02:00'));
    const run = cli(['check', '--root', root, ...NOW, '--policy', './policy.yml'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'calendar.yml:17:108: error: COUNT=999999999 repeats "forever" more than 10000 times; use UNTIL, or no end, instead [schema]',
    );
  });

  it('the calendar as text lists a busy calendar', () => {
    const root = workspace();
    teamPolicy(root, Array.from({ length: 13 }, (_, i) => entry(`daily-${i}`, 'FREQ=DAILY')).join(''));
    const run = cli(['calendar', '--format', 'text', '--policy', './policy.yml', '--days', '30', ...NOW], {
      cwd: root,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((line) => line.includes('daily-0 '))).toHaveLength(31);
  });
});

describe('special files named by the action inputs', () => {
  it('a FIFO as the config input is refused by name, without waiting on it', () => {
    const root = workspace();
    mkfifo(join(root, 'fifo.yml'));
    const run = runAction({ workspace: root, inputs: { config: 'fifo.yml' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::Invalid input "config": fifo.yml is not a regular file');
  });
});
