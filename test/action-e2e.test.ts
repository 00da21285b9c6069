// The committed action bundle, run as the runner runs it: `node action/dist/index.js` with INPUT_*
// variables and the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, the event).
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { JsonReport } from '../action/src/report/json.ts';
import { cli, REPO } from './helpers/cli.ts';
import { copyExample, escapeData, escapeProperty, runAction } from './helpers/action.ts';
import { EXAMPLE_CASES as cases, EXAMPLES, readExpected as expected } from './helpers/examples.ts';
import { tempDir } from './helpers/temp.ts';

/** An example's `--now` and `--config` as action inputs. */
function inputsOf(args: string[]): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) inputs[args[i]!.replace(/^--/, '')] = args[i + 1]!;
  return inputs;
}

const NOW = '2026-12-04T12:00:00-05:00';
const STACK = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

describe('the action on minor-compliant', () => {
  const run = runAction({
    workspace: join(EXAMPLES, 'minor-compliant'),
    inputs: { now: NOW, mode: 'plan', 'fail-on': 'error' },
  });

  it('passes with no annotation', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.commands.filter((c) => /^::(error|warning|notice)\b/.test(c))).toEqual([]);
    expect(run.stdout).toContain('release-policy: pass with 0 errors, 0 warnings (fail-on: error)');
  });

  it('sets every output in the runner’s file format', () => {
    expect(run.outputs).toEqual({
      result: 'pass',
      errors: '0',
      warnings: '0',
      version: '2.4.0',
      type: 'minor',
      report: expect.stringMatching(/\/release-policy-\w{6}\/release-policy-report\.json$/),
    });
    expect(dirname(dirname(run.outputs.report!))).toBe(run.temp);
    expect(run.outputFile).toMatch(/^result<<(ghadelimiter_[0-9a-f-]{36})\npass\n\1\n/);
  });

  it('writes the JSON report the CLI prints', () => {
    const cliRun = cli([
      'check',
      '--root',
      join(EXAMPLES, 'minor-compliant'),
      '--format',
      'json',
      '--now',
      NOW,
    ]);
    expect(readFileSync(run.outputs.report!, 'utf8')).toBe(cliRun.stdout);
  });

  it('writes a job summary: verdict, sign-offs, blackouts, notes sections', () => {
    const s = run.summary;
    expect(s).toContain('## ✅ release-policy: pass');
    expect(s).toContain('**Release:** payments-api 2.4.0 (minor) in `release.yml`');
    expect(s).toContain('| Role | Required for | Signed by | Status |');
    expect(s).toContain('| QA Lead (`qa-lead`) | minor release | @\u200bbob on 2026-12-01 | ☑️ present |');
    expect(s).toContain('| UX (`ux`) | UI changes | @\u200bgina on 2026-11-30 | ☑️ present |');
    expect(s).toContain(
      '**Blackouts:** ✅ clear: the planned window 2026-12-08 15:00 to 17:00 America/New\\_York falls in no blackout.',
    );
    expect(s).toContain('| Release Highlights | ✅ present (line 3) |');
    expect(s).toContain('| Known Issues | ✅ present (line 27) |');
  });

  it('prints the compiler-style report with workflow commands suspended around it', () => {
    const stop = /^::stop-commands::([0-9a-f-]{36})$/m.exec(run.stdout);
    expect(stop).not.toBeNull();
    const resume = run.stdout.indexOf(`::${stop![1]}::`);
    expect(resume).toBeGreaterThan(stop!.index);
    expect(run.stdout.slice(stop!.index, resume)).toContain('✔ payments-api 2.4.0 (minor): no problems');
  });
});

describe('the action on minor-missing-signoffs', () => {
  const run = runAction({
    workspace: join(EXAMPLES, 'minor-missing-signoffs'),
    inputs: { now: NOW, mode: 'plan', 'fail-on': 'error' },
  });

  it('annotates the finding on its exact place and fails the step', () => {
    expect(run.code).toBe(1);
    expect(run.commands.filter((c) => c.startsWith('::error'))).toEqual([
      '::error title=signoff-required,file=release.yml,line=33,endLine=33,col=1,endColumn=9::' +
        'missing sign-off from DevOps/SRE "devops" for a minor release (may sign: @octoacme/sre)' +
        '%0A%0AAdd under signoffs:%0A  - { role: devops, by: "@octoacme/sre", date: "2026-12-04" }' +
        '%0A%0Ahttps://octoacme.github.io/release-policy/rules/signoff-required/',
      '::error::release-policy: 1 error, 0 warnings (fail-on: error)',
    ]);
    expect(run.outputs).toMatchObject({
      result: 'fail',
      errors: '1',
      warnings: '0',
      version: '2.4.0',
      type: 'minor',
    });
  });

  it('shows the missing sign-off in the summary, with the rule’s page', () => {
    expect(run.summary).toContain('## ❌ release-policy: 1 error');
    expect(run.summary).toContain('| DevOps/SRE (`devops`) | minor release | — | ❌ missing |');
    expect(run.summary).toContain(
      '[signoff-required](https://octoacme.github.io/release-policy/rules/signoff-required/)',
    );
  });

  it('passes with fail-on: never, and still says fail in the result output', () => {
    const never = runAction({
      workspace: join(EXAMPLES, 'minor-missing-signoffs'),
      inputs: { now: NOW, 'fail-on': 'never' },
    });
    expect(never.code).toBe(0);
    expect(never.outputs.result).toBe('fail');
    expect(never.stdout).toContain('release-policy: fail with 1 error, 0 warnings (fail-on: never)');
    expect(never.commands.filter((c) => c.startsWith('::error'))).toHaveLength(1);
  });
});

describe.each(cases)('the action on example %s', (name) => {
  const want = expected(name);
  const inputs = inputsOf(want.args);

  it('exits as the CLI does, reports what the CLI reports, and annotates each finding in place', () => {
    const run = runAction({ workspace: join(EXAMPLES, name), inputs });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(want.exitCode);
    const cliRun = cli(['check', '--root', join(EXAMPLES, name), '--format', 'json', ...want.args]);
    const report = readFileSync(run.outputs.report!, 'utf8');
    expect(report).toBe(cliRun.stdout);
    const result = JSON.parse(report) as JsonReport;
    expect(run.outputs.result).toBe(want.exitCode === 0 ? 'pass' : 'fail');
    expect(run.outputs.errors).toBe(String(result.summary.errors));

    // Waived findings are annotated too, as notices, after the live ones.
    const findings = [...result.findings, ...result.suppressed];
    const annotations = run.commands.filter((c) => /^::(error|warning|notice) title=/.test(c));
    expect(annotations).toHaveLength(Math.min(findings.length, 10));
    findings.slice(0, annotations.length).forEach((f, i) => {
      const kind = f.waived ? 'notice' : f.severity;
      const props = [`title=${escapeProperty(f.rule)}`];
      if (f.file) {
        props.push(`file=${escapeProperty(f.file)}`);
        if (f.line) {
          props.push(`line=${f.line}`);
          if (f.endLine) props.push(`endLine=${f.endLine}`);
          if (f.column && (f.endLine ?? f.line) === f.line) {
            props.push(`col=${f.column}`);
            if (f.endColumn) props.push(`endColumn=${f.endColumn}`);
          }
        }
      }
      const message = f.waived ? `waived: ${f.message}` : f.message;
      expect(annotations[i]!.startsWith(`::${kind} ${props.join(',')}::${escapeData(message)}`)).toBe(true);
    });
    expect(run.summary).toContain(
      want.exitCode === 0 ? '## ✅ release-policy: pass' : '## ❌ release-policy:',
    );
  });
});

describe('escaping', () => {
  it('escapes %, :, and , in properties and % and line breaks in messages, as the toolkit does', () => {
    const root = copyExample('minor-missing-signoffs', 'team:a,b');
    const config = join(root, 'team:a,b', 'release.yml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('role: qa-lead', 'role: "qa%lead"'));
    const run = runAction({ workspace: root, inputs: { now: NOW, config: 'team:a,b/release.yml' } });
    expect(run.code).toBe(1);
    const unknown = run.commands.find((c) => c.includes('unknown role'));
    expect(unknown).toMatch(
      /^::error title=signoff-required,file=team%3Aa%2Cb\/release\.yml,line=\d+,endLine=\d+,col=\d+,endColumn=\d+::unknown role "qa%25lead"; did you mean "qa-lead"\?%0A%0Arole: qa-lead%0A%0Ahttps:\/\/octoacme\.github\.io\/release-policy\/rules\/signoff-required\/$/,
    );
  });
});

describe('more findings than the runner shows', () => {
  const root = copyExample('minor-compliant');
  const config = join(root, 'release.yml');
  const extra = Array.from({ length: 14 }, (_, i) => `misspelt_key_${i}: true`).join('\n');
  writeFileSync(config, `${readFileSync(config, 'utf8')}\n${extra}\n`);
  const run = runAction({ workspace: root, inputs: { now: NOW } });

  it('annotates the first errors, keeps a slot for the failure, and says how many more there are', () => {
    expect(run.code).toBe(1);
    const errors = run.commands.filter((c) => c.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors.at(-1)).toBe('::error::release-policy: 14 errors, 0 warnings (fail-on: error)');
    const note =
      '5 more errors not shown as annotations (GitHub shows at most 10 of each kind per step); every finding is in the log and the JSON report.';
    expect(run.stdout).toContain(`\n${note}\n`);
    expect(run.summary).toContain(`> [!NOTE]\n> 5 more errors not shown as annotations`);
    expect(run.outputs.errors).toBe('14');
  });
});

describe('fail-on: warning and a custom policy in the workspace', () => {
  const root = copyExample('minor-missing-signoffs');
  writeFileSync(
    join(root, 'release-policy.yml'),
    'extends: octoacme\nname: payments\nseverity:\n  signoff-required: warning\n',
  );

  it('a warning passes with fail-on: error and fails with fail-on: warning', () => {
    const lenient = runAction({ workspace: root, inputs: { now: NOW, policy: 'release-policy.yml' } });
    expect(lenient.code).toBe(0);
    expect(lenient.outputs).toMatchObject({ result: 'pass', errors: '0', warnings: '1' });
    expect(lenient.commands.filter((c) => c.startsWith('::warning title=signoff-required,'))).toHaveLength(1);

    const strict = runAction({
      workspace: root,
      inputs: { now: NOW, policy: 'release-policy.yml', 'fail-on': 'warning' },
    });
    expect(strict.code).toBe(1);
    expect(strict.commands).toContain('::error::release-policy: 0 errors, 1 warning (fail-on: warning)');
  });

  it('an invalid policy fails the step with the text report of its findings', () => {
    writeFileSync(join(root, 'bad-policy.yml'), 'extends: octoacme\nseverity:\n  notes-placeholder: loud\n');
    const run = runAction({ workspace: root, inputs: { now: NOW, policy: 'bad-policy.yml' } });
    expect(run.code).toBe(1);
    const failed = run.commands.filter((c) => c.startsWith('::error::'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(
      /^::error::release-policy: the policy is not valid; nothing was checked\.%0A%0Abad-policy\.yml:3:22: error: .*\[schema\]/,
    );
    expect(run.outputFile).toBe('');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK);
  });
});

describe('SARIF', () => {
  it('writes the SARIF log where `sarif` says, creating folders inside the workspace', () => {
    const root = copyExample('schema-errors');
    const run = runAction({
      workspace: root,
      inputs: { now: NOW, sarif: 'reports/code-scanning/release-policy.sarif' },
    });
    expect(run.code).toBe(1);
    const file = join(root, 'reports/code-scanning/release-policy.sarif');
    const cliRun = cli(['check', '--root', root, '--format', 'sarif', '--now', NOW]);
    expect(readFileSync(file, 'utf8')).toBe(cliRun.stdout);
    const log = JSON.parse(readFileSync(file, 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results).toHaveLength(5);
  });
});

describe('bad inputs', () => {
  const workspace = join(EXAMPLES, 'minor-compliant');

  it.each([
    [{ mode: 'ship' }, 'Invalid input "mode": "ship"; allowed values: plan, deploy'],
    [
      { 'fail-on': 'sometimes' },
      'Invalid input "fail-on": "sometimes"; allowed values: error, warning, never',
    ],
    [{ comment: 'yes' }, 'Invalid input "comment": "yes"; allowed values: true, false'],
    [
      { now: 'next tuesday' },
      'Invalid input "now": "next tuesday"; allowed values: an RFC 3339 date-time with an offset, like 2026-12-08T15:00:00-05:00, or empty for the clock',
    ],
    [
      { config: '../minor-missing-signoffs/release.yml' },
      `Invalid input "config": "../minor-missing-signoffs/release.yml" is outside the workspace (${workspace})`,
    ],
    [
      { config: '/etc/passwd' },
      `Invalid input "config": "/etc/passwd" is outside the workspace (${workspace})`,
    ],
    [
      { config: '../*/release.yml' },
      'Invalid input "config": the pattern "../*/release.yml" must be relative to the workspace, without ".."',
    ],
    [
      { config: 'services/*/release.yml' },
      'Invalid input "config": the pattern "services/*/release.yml" matches no file in the workspace',
    ],
    [{ config: 'nope.yml' }, 'Invalid input "config": no such file in the workspace: nope.yml'],
    [
      { notes: '../patch-compliant/docs/releases/1.8.1.md' },
      `Invalid input "notes": "../patch-compliant/docs/releases/1.8.1.md" is outside the workspace (${workspace})`,
    ],
    [
      { sarif: '../out.sarif' },
      `Invalid input "sarif": "../out.sarif" is outside the workspace (${workspace})`,
    ],
    [
      { policy: '../../policies/octoacme/policy.yml' },
      `Invalid input "policy": "../../policies/octoacme/policy.yml" is outside the workspace (${workspace})`,
    ],
    [
      { policy: 'acme' },
      'Invalid input "policy": no built-in policy is named "acme". Built-in policies: octoacme.',
    ],
  ])('%j → setFailed naming the input, exit 1, no stack', (inputs, message) => {
    const run = runAction({ workspace, inputs: { now: NOW, ...inputs } });
    expect(run.code).toBe(1);
    expect(run.commands.filter((c) => c.startsWith('::error'))).toEqual([`::error::${escapeData(message)}`]);
    expect(run.outputFile).toBe('');
    expect(run.summary).toBe('');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK);
  });

  it('says how to start when the workspace has no release.yml', () => {
    const empty = tempDir('empty');
    const run = runAction({ workspace: empty, inputs: { now: NOW } });
    expect(run.code).toBe(1);
    expect(run.commands).toContain(
      '::error::Invalid input "config": no such file in the workspace: release.yml (create one with: npx release-policy init --type minor)',
    );
  });

  it('reports every bad input at once', () => {
    const run = runAction({ workspace, inputs: { mode: 'ship', 'fail-on': 'sometimes' } });
    expect(run.code).toBe(1);
    expect(run.commands.filter((c) => c.startsWith('::error'))).toEqual([
      '::error::Invalid input "mode": "ship"; allowed values: plan, deploy',
      '::error::Invalid input "fail-on": "sometimes"; allowed values: error, warning, never',
    ]);
  });
});

describe('files the runner gives that cannot be written', () => {
  const workspace = join(EXAMPLES, 'minor-missing-signoffs');
  const errors = (run: { commands: string[] }) => run.commands.filter((c) => c.startsWith('::error::'));

  it('RUNNER_TEMP that is no folder: one line naming it, and the rest is still written', () => {
    const notAFolder = join(tempDir('runner-temp'), 'file');
    writeFileSync(notAFolder, '');
    const run = runAction({ workspace, inputs: { now: NOW }, env: { RUNNER_TEMP: notAFolder } });
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([
      `::error::release-policy: the JSON report could not be written to RUNNER_TEMP (${notAFolder}): ENOTDIR: not a directory, mkdtemp '${notAFolder}/release-policy-XXXXXX'`,
      '::error::release-policy: 1 error, 0 warnings (fail-on: error)',
    ]);
    expect(run.outputs).toMatchObject({ result: 'fail', errors: '1', report: '' });
    expect(run.summary).toContain('## ❌ release-policy');
    expect(run.commands.some((c) => c.startsWith('::error title=signoff-required'))).toBe(true);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK);
    expect(run.stdout).not.toContain('internal error');
  });

  it('GITHUB_OUTPUT that cannot be appended to: one line naming it; report, summary and annotations are written', () => {
    const folder = tempDir('github-output');
    const run = runAction({ workspace, inputs: { now: NOW }, env: { GITHUB_OUTPUT: folder } });
    expect(run.code).toBe(1);
    expect(errors(run)[0]).toBe(
      `::error::release-policy: the step's outputs could not be written to GITHUB_OUTPUT (${folder}): EISDIR: illegal operation on a directory, open '${folder}'`,
    );
    expect(run.summary).toContain('## ❌ release-policy');
    expect(run.stdout).toMatch(/JSON report: .*release-policy-report\.json/);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK);
  });

  it('GITHUB_STEP_SUMMARY that cannot be written: a warning naming it; the verdict, outputs and report stand', () => {
    const folder = tempDir('step-summary');
    const missing = join(folder, 'gone', 'step_summary');
    const warnings = (run: { commands: string[] }) =>
      run.commands.filter((c) => c.startsWith('::warning::release-policy: the job summary'));

    const unreachable = runAction({ workspace, inputs: { now: NOW }, env: { GITHUB_STEP_SUMMARY: missing } });
    expect(warnings(unreachable)).toEqual([
      `::warning::release-policy: the job summary could not be written: Unable to access summary file: '${missing}'. Check if the file has correct read/write permissions.`,
    ]);
    const aFolder = runAction({ workspace, inputs: { now: NOW }, env: { GITHUB_STEP_SUMMARY: folder } });
    expect(warnings(aFolder)).toEqual([
      `::warning::release-policy: the job summary could not be written: EISDIR: illegal operation on a directory, open '${folder}'`,
    ]);
    for (const run of [unreachable, aFolder]) {
      expect(run.code).toBe(1);
      expect(errors(run)).toEqual(['::error::release-policy: 1 error, 0 warnings (fail-on: error)']);
      expect(run.outputs).toMatchObject({ result: 'fail', errors: '1' });
      expect(existsSync(run.outputs.report!)).toBe(true);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK);
    }
  });

  it('the job summary is appended to what earlier steps wrote', () => {
    const file = join(tempDir('step-summary'), 'step_summary');
    writeFileSync(file, '# An earlier step\n');
    const appended = runAction({ workspace, inputs: { now: NOW }, env: { GITHUB_STEP_SUMMARY: file } });
    const alone = runAction({ workspace, inputs: { now: NOW } });
    expect(alone.summary).toMatch(/^## ❌ release-policy[^]*\n$/);
    expect(readFileSync(file, 'utf8')).toBe(`# An earlier step\n${alone.summary}`);
    expect(appended.code).toBe(1);
  });

  it('without RUNNER_TEMP the report goes to a new folder in the system’s temporary folder, one per run', () => {
    const tmp = tempDir('tmpdir');
    const runs = [1, 2].map(() =>
      runAction({ workspace, inputs: { now: NOW }, env: { RUNNER_TEMP: '', TMPDIR: tmp } }),
    );
    const [first, second] = runs.map((run) => run.outputs.report!);
    expect(dirname(dirname(first!))).toBe(tmp);
    expect(first).not.toBe(second);
    for (const report of [first!, second!]) expect(JSON.parse(readFileSync(report, 'utf8')).ok).toBe(false);
  });
});

describe('an internal error', () => {
  it('is one line, with no stack trace even in the debug log', () => {
    // A log that breaks mid-run (EPIPE), as a runner can: nothing the action expects.
    const probe = join(tempDir('epipe'), 'epipe.mjs');
    writeFileSync(
      probe,
      [
        'const write = process.stdout.write.bind(process.stdout);',
        'process.stdout.write = (chunk, ...rest) => {',
        "  if (String(chunk).startsWith('::stop-commands::')) throw new Error('write EPIPE');",
        '  return write(chunk, ...rest);',
        '};',
      ].join('\n'),
    );
    const run = runAction({
      workspace: join(EXAMPLES, 'minor-compliant'),
      inputs: { now: NOW },
      env: { RUNNER_DEBUG: '1' },
      nodeArgs: ['--import', probe],
    });
    expect(run.code).toBe(1);
    expect(run.commands.filter((c) => /^::(error|debug)/.test(c))).toEqual([
      '::error::release-policy: internal error: write EPIPE',
    ]);
    expect(run.stdout).not.toMatch(/ at |%0A/);
  });
});

describe('the token', () => {
  it('is masked before anything else and never printed', () => {
    const token = 'ghs_0123456789abcdefSECRET';
    const run = runAction({
      workspace: join(EXAMPLES, 'minor-compliant'),
      inputs: { now: NOW, 'github-token': token, comment: 'true' },
    });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`::add-mask::${token}`);
    expect(lines.slice(1).join('\n')).not.toContain(token);
    expect(run.stderr).not.toContain(token);
    expect(readFileSync(run.outputs.report!, 'utf8')).not.toContain(token);
    expect(run.summary).not.toContain(token);
    // A push: no pull request to verify sign-offs on or to comment on, so the API is never called.
    expect(run.stdout).toContain('Sign-offs are verified on pull requests only (this run is a push event).');
    expect(run.stdout).toContain('No comment: this run is not about a pull request.');
  });
});

describe('deploy mode and a monorepo', () => {
  it('judges the moment of the run against the blackouts (year-end freeze)', () => {
    const run = runAction({
      workspace: join(EXAMPLES, 'minor-compliant'),
      inputs: { now: '2026-12-21T10:00:00-05:00', mode: 'deploy' },
    });
    expect(run.code).toBe(1);
    expect(run.commands.some((c) => c.startsWith('::error title=blackout-window,file=release.yml,'))).toBe(
      true,
    );
    expect(run.summary).toMatch(
      /\*\*Blackouts:\*\* ❌ blocked: now \(2026-12-21T10:00-05:00, deploy mode\) falls in “Year-end/,
    );
    expect(run.summary).toMatch(/next allowed slot: 2027-01-0\dT09:00-05:00/);
  });

  it('checks every release.yml a glob matches, each with its readiness', () => {
    const run = runAction({
      workspace: join(EXAMPLES, 'monorepo'),
      inputs: { now: '2026-12-01T18:00:00-05:00', config: 'services/*/release.yml' },
    });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('`services/notifications/release.yml`');
    expect(run.summary).toContain('`services/search/release.yml`');
  });
});

describe('the project’s own release, as .github/workflows/self-check.yml checks it', () => {
  interface Step {
    id?: string;
    uses?: string;
    with?: Record<string, string>;
  }
  const workflow = parse(readFileSync(join(REPO, '.github/workflows/self-check.yml'), 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps.filter((s) => s.uses === './'));
  const root = tempDir('self');
  cpSync(join(REPO, 'release.yml'), join(root, 'release.yml'));
  cpSync(join(REPO, 'docs'), join(root, 'docs'), { recursive: true });

  it('runs the action from this checkout at fixed instants', () => {
    expect(steps.map((s) => s.id)).toEqual(['plan', 'deploy', 'freeze']);
    for (const step of steps) expect(step.with?.now).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it.each([
    ['plan', 'pass', 0],
    ['deploy', 'pass', 0],
    ['freeze', 'fail', 0],
  ])('step %s: result %s, exit %d', (id, result, code) => {
    const step = steps.find((s) => s.id === id)!;
    const run = runAction({ workspace: root, inputs: step.with ?? {} });
    expect(run.code).toBe(code);
    expect(run.outputs.result).toBe(result);
    expect(run.outputs.version).toBe('0.2.0');
    if (step.with?.sarif) expect(existsSync(join(root, step.with.sarif))).toBe(true);
  });
});

describe('the summary, offline and for a monorepo', () => {
  it('says that sign-offs were not verified without a token, and how to have them verified', () => {
    const run = runAction({ workspace: join(EXAMPLES, 'minor-compliant'), inputs: { now: NOW } });
    expect(run.code).toBe(0);
    expect(run.summary).toContain(
      '> Sign-offs were not verified against the pull request’s reviews: no `github-token` was given.',
    );
    expect(run.summary).toContain('`pull-requests: read`');
  });

  it('says that sign-offs are verified on pull requests only when a push run has a token', () => {
    const run = runAction({
      workspace: join(EXAMPLES, 'minor-compliant'),
      inputs: { now: NOW, 'github-token': 'not-used' },
    });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('they are verified on pull requests only, and this run is a `push` event.');
  });

  it('gives each release of a monorepo its own verdict and counts before the findings', () => {
    const want = expected('monorepo');
    const run = runAction({ workspace: join(EXAMPLES, 'monorepo'), inputs: inputsOf(want.args) });
    expect(run.code).toBe(1);
    const s = run.summary;
    const table = [
      '| Verdict | Release | File | Errors | Warnings | Waived |',
      '| --- | --- | --- | --- | --- | --- |',
      '| ✅ pass | notifications 1.8.1 (patch) | `services/notifications/release.yml` | 0 | 0 | 0 |',
      '| ❌ fail | search 2.1.0 (minor) | `services/search/release.yml` | 1 | 0 | 0 |',
    ].join('\n');
    expect(s).toContain(table);
    expect(s.indexOf('## ❌ release-policy:')).toBe(0);
    expect(s.indexOf(table)).toBeLessThan(s.indexOf('| Severity | Rule | Message | Location |'));
    expect(s).toContain('**Verdict:** ✅ pass (0 errors, 0 warnings)');
  });
});
