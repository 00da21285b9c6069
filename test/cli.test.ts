import { mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { COMMAND_OPTIONS, type CommandName } from '../action/src/cli/options.ts';
import type { CheckResult } from '../action/src/engine/result.ts';
import type { JsonError, JsonReport } from '../action/src/report/json.ts';
import { parseUsage } from '../site/src/lib/usage.ts';
import { cli, optionFlags, REPO } from './helpers/cli.ts';
import { readExpected } from './helpers/examples.ts';
import { tempDir } from './helpers/temp.ts';

const NOW = ['--now', '2026-12-04T12:00:00-05:00'];
const VALID = readFileSync(join(REPO, 'examples/patch-compliant/release.yml'), 'utf8');

let dir: string;
beforeEach(() => {
  dir = tempDir('cli');
});

function repo(files: Record<string, string | Uint8Array>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function checkJson(root: string, ...args: string[]) {
  const run = cli(['check', '--root', root, '--format', 'json', ...NOW, ...args]);
  expect(run.stderr).toBe('');
  return { code: run.code, result: JSON.parse(run.stdout) as CheckResult };
}

/** The findings as `rule line:column message`, easy to read in a failing assertion. */
function brief(result: CheckResult): string[] {
  return result.findings.map((f) => `${f.rule} ${f.line ?? '-'}:${f.column ?? '-'} ${f.message}`);
}

function expectNoStack(text: string) {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('check: bad input gets a finding with a place, never a stack trace', () => {
  it('an empty file', () => {
    const { code, result } = checkJson(repo({ 'release.yml': '' }));
    expect(code).toBe(1);
    expect(brief(result)).toEqual(['schema 1:1 the file is empty']);
  });

  it('binary garbage', () => {
    const { code, result } = checkJson(
      repo({ 'release.yml': new Uint8Array([0x70, 0x3a, 0x0a, 0x00, 0xff, 0x13]) }),
    );
    expect(code).toBe(1);
    expect(brief(result)).toEqual([
      'yaml-syntax 2:1 the file is binary (it contains a NUL byte), not UTF-8 text',
    ]);
  });

  it('invalid UTF-8', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('product: pay\nversion: "1.0'),
      0xc3,
      0x28,
      0x22,
      0x0a,
    ]);
    const { result } = checkJson(repo({ 'release.yml': bytes }));
    expect(brief(result)).toEqual(['yaml-syntax 2:14 the file is not valid UTF-8 text; save it as UTF-8']);
  });

  it('a BOM and CRLF line ends change nothing', () => {
    const crlf = `\uFEFF${VALID.replace(/\n/g, '\r\n')}`;
    const root = repo({
      'release.yml': crlf.replace("version: '1.8.1'", 'version: 1.10'),
      'docs/releases/1.8.1.md': readFileSync(
        join(REPO, 'examples/patch-compliant/docs/releases/1.8.1.md'),
        'utf8',
      ),
    });
    const { result } = checkJson(root);
    expect(brief(result)).toEqual([
      'schema 4:10 version must be a string, but YAML reads 1.10 as the number 1.1',
    ]);
  });

  it('a YAML alias bomb', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${'bcdefghi'[i - 1]}: &${'bcdefghi'[i - 1]} [${Array(9)
          .fill(`*${'abcdefghi'[i - 1]}`)
          .join(',')}]`,
      );
    const { code, result } = checkJson(repo({ 'release.yml': lines.join('\n') }));
    expect(code).toBe(1);
    expect(brief(result)).toEqual([
      'yaml-syntax 2:8 aliases expand past the limit of 100 (a YAML "billion laughs" shape)',
    ]);
  });

  it('a multi-megabyte file', () => {
    const { code, result } = checkJson(
      repo({ 'release.yml': `product: x\nnote: "${'x'.repeat(3 * 1024 * 1024)}"\n` }),
    );
    expect(code).toBe(1);
    expect(brief(result)).toEqual(['yaml-syntax 1:1 the file is 3 MiB; the limit is 1 MiB']);
  });

  it('several documents in one file', () => {
    const { result } = checkJson(repo({ 'release.yml': `${VALID}---\n${VALID}` }));
    expect(brief(result)[0]).toMatch(
      /^yaml-syntax \d+:1 the file holds 2 YAML documents; it must hold exactly one$/,
    );
  });

  it('__proto__ and constructor keys are unknown keys, and pollute nothing', () => {
    const { result } = checkJson(
      repo({ 'release.yml': `${VALID}__proto__: { admin: true }\nconstructor: { prototype: { x: 1 } }\n` }),
    );
    expect(brief(result)).toEqual([
      'schema 22:1 unknown key "__proto__"',
      'schema 23:1 unknown key "constructor"',
    ]);
  });

  it('thousands of problems: the findings of one file are capped, and the cap says so', () => {
    const keys = Array.from({ length: 600 }, (_, i) => `unknown_${i}: x`).join('\n');
    const { result } = checkJson(repo({ 'release.yml': `${VALID}${keys}\n` }));
    expect(result.findings).toHaveLength(501);
    expect(result.findings.map((f) => f.message)).toContain(
      '100 more findings in this file were not listed (limit 500)',
    );
  });

  it('deep nesting', () => {
    const { result } = checkJson(
      repo({ 'release.yml': `product: ${'['.repeat(10000)}${']'.repeat(10000)}\n` }),
    );
    expect(brief(result)).toEqual(['yaml-syntax 1:74 nesting is deeper than 64 levels']);
  });

  describe('notes paths', () => {
    const RUNBOOK = { 'docs/runbooks/rollback.md': '# Rolling back\n' };
    const release = (notes: string) => VALID.replace('notes: docs/releases/1.8.1.md', `notes: ${notes}`);

    it('absolute', () => {
      const { result } = checkJson(repo({ 'release.yml': release('/etc/passwd') }));
      expect(brief(result)).toEqual([
        'schema 11:8 notes must be a relative path with "/" separators (like docs/releases/2.4.0.md), not "/etc/passwd"',
      ]);
    });

    it('a symlink that leads outside the repository', () => {
      const root = repo({ 'release.yml': release('docs/notes.md'), ...RUNBOOK });
      symlinkSync('/etc/hostname', join(root, 'docs/notes.md'));
      const { result } = checkJson(root);
      expect(brief(result)).toEqual([
        'notes-missing 11:8 notes: docs/notes.md: the path leads outside the repository (through a symbolic link)',
      ]);
    });

    it('missing', () => {
      const { result } = checkJson(repo({ 'release.yml': release('docs/nope.md'), ...RUNBOOK }));
      expect(brief(result)).toEqual(['notes-missing 11:8 notes: docs/nope.md: no such file']);
    });

    it('too large', () => {
      const root = repo({
        'release.yml': VALID,
        ...RUNBOOK,
        'docs/releases/1.8.1.md': `# x\n${'word '.repeat(60_000)}`,
      });
      expect(brief(checkJson(root).result)).toEqual([
        'notes-missing 1:1 the file is 293 KiB; the limit is 256 KiB',
      ]);
    });

    it('lists nested deeper than the limit, refused before parsing', () => {
      const nested = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
      const root = repo({ 'release.yml': VALID, ...RUNBOOK, 'docs/releases/1.8.1.md': `# x\n${nested}\n` });
      expect(brief(checkJson(root).result)).toEqual([
        'notes-missing 130:1 lists or quotes nest deeper than the limit (256 columns of markers and indentation)',
      ]);
    });

    it('a folder, not a file', () => {
      const { result } = checkJson(repo({ 'release.yml': release('docs'), ...RUNBOOK }));
      expect(brief(result)).toEqual(['notes-missing 11:8 notes: docs: this is not a regular file']);
    });
  });
});

describe('check: the tool could not run (exit 2)', () => {
  it('no release.yml', () => {
    const run = cli(['check', '--root', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no such file: release.yml');
    expect(run.stderr).toContain('release-policy init');
  });

  it('a glob that matches nothing', () => {
    const run = cli(['check', '--root', dir, '--config', 'services/*/release.yml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the pattern "services/*/release.yml" matches no file');
  });

  it.each([
    [['--format', 'xml'], '--format must be one of text, json, sarif, markdown; got "xml"'],
    [['--mode', 'ship'], '--mode must be one of plan, deploy; got "ship"'],
    [['--now', '2026-12-04 12:00'], '--now must be an RFC 3339 date-time with an offset'],
    [['--frobnicate'], 'unknown option --frobnicate (run "release-policy check --help" for its options)'],
    [['--policy', 'nope'], 'no built-in policy is named "nope"'],
  ])('bad arguments %j', (args, message) => {
    const run = cli(['check', '--root', repo({ 'release.yml': VALID }), ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expectNoStack(run.stderr);
  });

  it('an invalid policy, with the exact place of the problem', () => {
    const root = repo({
      'release.yml': VALID,
      'policy.yml': 'extends: octoacme\ntypes:\n  minor:\n    signoffs: [qa-lead, astronaut]\n',
    });
    const run = cli(['check', '--root', root, '--policy', join(root, 'policy.yml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'policy.yml:4:25: error: no role "astronaut" is defined under roles [schema]',
    );
    expectNoStack(run.stderr);
  });

  it('a policy with a schema error', () => {
    const root = repo({
      'release.yml': VALID,
      'policy.yml': 'extends: octoacme\nseverity:\n  notes-placeholder: loud\n',
    });
    const run = cli(['check', '--root', root, '--policy', 'policy.yml'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/policy\.yml:3:22: error: .*"loud"/);
  });

  it('a policy that tries to make syntax and schema errors waivable', () => {
    const root = repo({
      'release.yml': VALID,
      'policy.yml':
        'extends: octoacme\nexceptions:\n  waivable:\n    yaml-syntax: { granted_by: [release-manager] }\n',
    });
    const run = cli(['check', '--root', root, '--policy', 'policy.yml'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'policy.yml:4:5: error: "yaml-syntax" is not allowed as a key in exceptions.waivable',
    );
  });

  it('an unknown command', () => {
    const run = cli(['deploy']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "deploy"');
  });
});

describe('the command line, as ESLint and actionlint behave', () => {
  const EMERGENCY = join(REPO, 'examples/patch-emergency-in-freeze');
  const MISMATCH = join(REPO, 'examples/notes-title-mismatch');
  /** The OctoAcme policy with notes-mismatch as a warning, so that a check yields a warning alone. */
  const warningPolicy = () => {
    const path = join(tempDir('policy'), 'policy.yml');
    writeFileSync(path, 'extends: octoacme\nseverity:\n  notes-mismatch: warning\n');
    return path;
  };

  it.each([
    [['check', '--formt', 'json'], 'unknown option --formt; did you mean --format?'],
    [['check', '--fail-on=warnings'], '--fail-on must be one of error, warning, never; got "warnings"'],
    [['init', '--verison', '1.0.0'], 'unknown option --verison; did you mean --version?'],
    [['calendar', '--day', '3'], 'unknown option --day; did you mean --days?'],
    [['chekc'], 'unknown command "chekc"; did you mean "check"?'],
    [['help', 'deploy'], 'unknown command "deploy"'],
    [['help', 'check', 'init'], 'release-policy help: give one command'],
  ])('%j is refused with exit 2 and a suggestion', (args, message) => {
    const run = cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
    expectNoStack(run.stderr);
  });

  it('checks the files and globs given as arguments, alongside --config', () => {
    const release = (version: string) => VALID.replace(/^version: .*$/m, `version: "${version}"`);
    const root = repo({
      'release.yml': VALID,
      'services/a/release.yml': release('1.8.2'),
      'services/b/release.yml': release('1.8.3'),
      'tools/release.yml': release('1.8.4'),
    });
    const run = cli(
      [
        'check',
        'release.yml',
        'services/*/release.yml',
        '--config',
        'tools/release.yml',
        '--format',
        'json',
        ...NOW,
      ],
      { cwd: root },
    );
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.releases.map((r) => `${r.file} ${r.version}`)).toEqual([
      'release.yml 1.8.1',
      'services/a/release.yml 1.8.2',
      'services/b/release.yml 1.8.3',
      'tools/release.yml 1.8.4',
    ]);
    const missing = cli(['check', 'services/c/release.yml'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file: services/c/release.yml');
  });

  it('--fail-on warning fails on a warning alone, which the default (error) lets pass', () => {
    const warnOnly = ['check', '--root', MISMATCH, '--policy', warningPolicy()];
    const lenient = cli(warnOnly);
    expect(lenient.stdout).toMatch(/^\S+:\d+:\d+: warning: /m);
    expect(lenient.code).toBe(0);
    expect(cli([...warnOnly, '--fail-on', 'warning']).code).toBe(1);
  });

  it('--fail-on never exits 0 with errors, and still reports them', () => {
    const never = cli(['check', '--root', MISMATCH, '--fail-on', 'never']);
    expect(never.code).toBe(0);
    expect(never.stdout).toMatch(/^\S+:\d+:\d+: error: /m);
  });

  it('--quiet leaves warnings out of the output, and the exit code to --fail-on', () => {
    const quiet = ['check', '--root', MISMATCH, '--policy', warningPolicy(), '--quiet'];
    const run = cli(quiet);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/^\S+:\d+:\d+: warning: /m);
    expect(run.stdout).toContain('0 errors, 1 warning');
    expect(cli([...quiet, '--fail-on', 'warning']).code).toBe(1);
  });

  it('--quiet keeps the errors and leaves out waived findings', () => {
    const errors = cli(['check', '--root', MISMATCH, '--quiet']);
    expect(errors.code).toBe(1);
    expect(errors.stdout).toMatch(/^\S+:\d+:\d+: error: /m);
    const args = readExpected('patch-emergency-in-freeze').args;
    const waived = cli(['check', '--root', EMERGENCY, '--quiet', ...args]);
    expect(waived.code).toBe(0);
    expect(waived.stdout).not.toMatch(/: waived: /);
  });

  it.each(Object.keys(COMMAND_OPTIONS))(
    '"%s --help", and "help" for it, document the command and each of its options',
    (command) => {
      const run = cli([command, '--help']);
      expect(run.code).toBe(0);
      expect(cli(['help', command]).stdout).toBe(run.stdout);
      expect(run.stdout).toContain(`release-policy ${command} `);
      const flags = optionFlags(command as CommandName);
      const help = parseUsage(run.stdout);
      expect(help.options.map((o) => o.title)).toEqual(flags.length > 0 ? [command] : []);
      expect(help.options.flatMap((o) => o.options.flatMap((f) => f.flags)).sort()).toEqual(flags.sort());
    },
  );

  it('--format json keeps live findings apart from waived ones', () => {
    const run = cli([
      'check',
      '--root',
      EMERGENCY,
      '--format',
      'json',
      ...readExpected('patch-emergency-in-freeze').args,
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings.filter((f) => f.severity === 'error')).toHaveLength(report.summary.errors);
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, waived: 1 });
    expect(report.suppressed).toHaveLength(1);
    expect(report.suppressed[0]).toMatchObject({
      rule: 'blackout-window',
      severity: 'error',
      waived: { approvedBy: expect.stringMatching(/^@/) },
    });
  });

  it('--format json prints one JSON object also when the policy is invalid, with its findings', () => {
    const root = repo({
      'release.yml': VALID,
      'policy.yml': 'extends: octoacme\ntypes:\n  minor:\n    signoffs: [qa-lead, astronaut]\n',
    });
    const run = cli(['check', '--root', root, '--policy', 'policy.yml', '--format', 'json'], { cwd: root });
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as JsonError;
    expect(report.ok).toBe(false);
    expect(report.error.message).toBe('the policy is not valid');
    expect(report.error.findings).toEqual([
      expect.objectContaining({ rule: 'schema', file: 'policy.yml', line: 4, column: 25 }),
    ]);
    const bad = cli(['check', '--root', root, '--mode', 'ship', '--format', 'json']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toEqual({
      ok: false,
      error: { message: '--mode must be one of plan, deploy; got "ship"', findings: [] },
    });
  });
});

describe('check: output', () => {
  it('is colourless with NO_COLOR and coloured when forced', () => {
    const root = repo({ 'release.yml': 'product: x\n' });
    expect(cli(['check', '--root', root, ...NOW]).stdout).not.toContain('\u001b[');
    expect(cli(['check', '--root', root, ...NOW], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(cli(['check', '--root', root, ...NOW, '--color']).stdout).toContain('\u001b[');
  });

  it('records the audit: policy hash, input hashes, the instant and mode', () => {
    const { result } = checkJson(join(REPO, 'examples/patch-compliant'));
    expect(result.audit.policy.name).toBe('octoacme');
    expect(result.audit.policy.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The built-in policy's collected releases are an input, hashed apart from the policy.
    expect(result.audit.inputs.map((i) => i.file)).toEqual([
      'policies/octoacme/releases.json',
      'release.yml',
      'docs/releases/1.8.1.md',
    ]);
    expect(result.audit.policy.files).not.toContain('policies/octoacme/releases.json');
    expect(result.audit.now).toBe('2026-12-04T12:00:00-05:00');
    expect(result.audit.mode).toBe('plan');
  });
});

describe('init', () => {
  it('writes release.yml and notes from the templates, which then parse and validate', () => {
    const run = cli([
      'init',
      '--type',
      'minor',
      '--version',
      '2.5.0',
      '--product',
      'payments-api',
      '--root',
      dir,
      '--date',
      '2027-01-12T15:00:00-05:00',
      '--now',
      '2026-12-02T10:00:00-05:00',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const release = parse(readFileSync(join(dir, 'release.yml'), 'utf8'));
    expect(release).toMatchObject({
      product: 'payments-api',
      version: '2.5.0',
      type: 'minor',
      date: '2027-01-12T15:00:00-05:00',
      notes: 'docs/releases/2.5.0.md',
    });
    const notes = readFileSync(join(dir, 'docs/releases/2.5.0.md'), 'utf8');
    expect(notes.split('\n')[0]).toBe('# payments-api Release 2.5.0 - 2027-01-12');
    expect(notes).toContain('## Release Highlights');
    const { result } = checkJson(dir);
    expect(result.findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax')).toEqual([]);
  });

  const PLANNED_FROM = '2026-12-02T10:00:00-05:00';

  /** The sections of the notes, each replaced by text a person would write for this release. */
  function writeNotes(text: string, type: string): string {
    const real: Record<string, string> = {
      Summary: 'This hotfix stops duplicate charges when a card payment is retried after a timeout.',
      'Fixed Issues':
        "- **PAY-812**: retried card payments were charged twice.\n  - **Impact**: about 40 customers a day.\n  - **Resolution**: retries reuse the first attempt's idempotency key.",
      Recommendation: 'All users should upgrade to this version immediately.',
      Verification:
        'After upgrading, verify:\n1. A retried payment shows one charge.\n2. The retry dashboard shows no duplicate keys.',
      'Release Highlights':
        'Payments can now be refunded in part, and the checkout page loads twice as fast.',
      "What's New":
        '### Features\n- **Partial refunds**: refund part of a payment from the dashboard.\n\n### Improvements\n- **Checkout**: the page loads in half the time.',
      'Known Issues': 'No known issues.',
    };
    if (type === 'major') {
      real['Breaking Changes'] =
        '### The v1 payments API is removed\n- **What changed**: /v1/payments answers 410 Gone.\n- **Migration**: call /v2/payments; the request body is unchanged.';
      real['Migration Steps'] =
        '1. Replace /v1/payments with /v2/payments in every client.\n2. Deploy the clients before this release.';
    }
    return text.replace(/^## (.+)\n[\s\S]*?(?=^## |^<!--|(?![\s\S]))/gm, (section, heading: string) =>
      real[heading] === undefined ? section : `## ${heading}\n${real[heading]}\n\n`,
    );
  }

  it.each(['patch', 'minor', 'major'])(
    'a %s release that init wrote passes once people have done what it lists for them',
    (type) => {
      const run = cli([
        'init',
        '--type',
        type,
        '--version',
        '2.0.0',
        '--product',
        'payments-api',
        '--root',
        dir,
        '--now',
        PLANNED_FROM,
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('What is left for you:');
      const left = run.stdout.slice(run.stdout.indexOf('What is left for you:'));

      // 1. Sign-offs: one per role init listed, dated the day before the release.
      const releasePath = join(dir, 'release.yml');
      let release = readFileSync(releasePath, 'utf8');
      const date = /^date: '(.+)'$/m.exec(release)![1]!;
      const signedOn = new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10);
      const roles = [...left.matchAll(/\{ role: ([\w-]+), by: '@…', date: 'YYYY-MM-DD' \}/g)].map(
        (m) => m[1]!,
      );
      expect(roles.length).toBeGreaterThanOrEqual(2);
      const signoffs = roles.map(
        (role) => `  - { role: ${role}, by: '@${role}-person', date: '${signedOn}' }`,
      );
      release = release.replace(/^signoffs: \[\]$/m, `signoffs:\n${signoffs.join('\n')}`);
      // The rollback, rehearsed, when the list asks for it.
      if (left.includes('set rollback.tested: true'))
        release = release.replace(/^ {2}tested: false/m, '  tested: true');
      writeFileSync(releasePath, release);

      // 2. The notes: real text under each section the list names.
      const notesPath = join(dir, 'docs/releases/2.0.0.md');
      const sections = [.../under ((?:"[^"]+"(?:, )?)+)/.exec(left)![1]!.matchAll(/"([^"]+)"/g)].map(
        (m) => m[1]!,
      );
      const notes = writeNotes(readFileSync(notesPath, 'utf8'), type);
      for (const section of sections) expect(notes).toMatch(new RegExp(`^## ${section}\n(?!\\[)`, 'm'));
      writeFileSync(notesPath, notes);

      const checked = cli([
        'check',
        '--root',
        dir,
        '--format',
        'json',
        '--now',
        `${signedOn}T12:00:00-05:00`,
      ]);
      const report = JSON.parse(checked.stdout) as JsonReport;
      expect(brief(report as unknown as CheckResult)).toEqual([]);
      expect(checked.code).toBe(0);
      expect(report.summary).toEqual({ errors: 0, warnings: 0, waived: 0 });
    },
  );

  it('plans the date past the lead time and the blackouts, and the milestones from the lead times', () => {
    const run = cli(['init', '--type', 'minor', '--version', '2.0.0', '--root', dir, '--now', PLANNED_FROM]);
    expect(run.code).toBe(0);
    const release = parse(readFileSync(join(dir, 'release.yml'), 'utf8'));
    // 28 days out is 2026-12-30, inside the year-end freeze; the weekend after it ends Monday 09:00.
    expect(release.date).toBe('2027-01-04T09:00:00-05:00');
    expect(release.milestones).toEqual({ feature_freeze: '2026-12-07', code_freeze: '2026-12-21' });
    expect(readFileSync(join(dir, 'docs/runbooks/rollback.md'), 'utf8')).toContain('## Steps');
    const notes = readFileSync(join(dir, 'docs/releases/2.0.0.md'), 'utf8');
    expect(notes).toContain('## Breaking Changes\nNo breaking changes in this release.');
    expect(notes).toMatch(/<!-- Optional sections[\s\S]*## Deprecations[\s\S]*-->\n$/);
  });

  it('warns when --date falls in a blackout and names the first date that passes', () => {
    const run = cli([
      'init',
      '--type',
      'minor',
      '--version',
      '2.0.0',
      '--root',
      dir,
      '--now',
      PLANNED_FROM,
      '--date',
      '2026-12-24T10:00:00-05:00',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Year-end freeze');
    expect(run.stderr).toContain('[blackout-window]');
    expect(run.stderr).toContain('the first date that passes: --date 2027-01-04T09:00:00-05:00');
  });

  it.each([
    [
      ['--version', 'v2.0.0'],
      '--version must be a SemVer 2.0.0 version like 2.4.0, without a leading "v"; got "v2.0.0"; did you mean 2.0.0?',
    ],
    [
      ['--product', 'Payments API'],
      '--product must be a lowercase slug (letters, digits and hyphens) as in the release calendar; got "Payments API"; did you mean payments-api?',
    ],
    [['--date', '2027-01-12'], '--date must be an RFC 3339 date-time'],
  ])('refuses %j before writing anything', (args, message) => {
    const run = cli(['init', '--type', 'minor', '--root', dir, '--now', PLANNED_FROM, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(existsSync(join(dir, 'release.yml'))).toBe(false);
    expect(existsSync(join(dir, 'docs'))).toBe(false);
  });

  it('uses the hotfix template for a patch', () => {
    expect(cli(['init', '--type', 'patch', '--version', '1.0.1', '--root', dir]).code).toBe(0);
    expect(readFileSync(join(dir, 'docs/releases/1.0.1.md'), 'utf8')).toContain('## Fixed Issues');
  });

  it('never overwrites, and then writes nothing', () => {
    writeFileSync(join(dir, 'release.yml'), 'mine\n');
    const run = cli(['init', '--type', 'major', '--version', '3.0.0', '--root', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not overwriting');
    expect(readFileSync(join(dir, 'release.yml'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(dir, 'docs/releases/3.0.0.md'))).toBe(false);
  });

  it.each([
    [['--type', 'hotfix'], '--type must be one of patch, minor, major'],
    [['--type', 'minor', '--version', '1.10'], '--version must be a SemVer 2.0.0 version'],
    [[], '--type is required'],
  ])('refuses %j', (args, message) => {
    const run = cli(['init', '--root', dir, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

describe('explain and schema', () => {
  it('explains a rule', () => {
    const run = cli(['explain', 'notes-missing']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('notes-missing — Release notes exist');
    expect(run.stdout).toContain('Docs: https://octoacme.github.io/release-policy/rules/notes-missing/');
  });

  it('suggests the nearest rule for a typo', () => {
    const run = cli(['explain', 'notes-mising']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('did you mean "notes-missing"?');
  });

  it('prints each schema with its $id', () => {
    for (const name of ['release', 'policy', 'calendar']) {
      const run = cli(['schema', name]);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).$id).toBe(
        `https://octoacme.github.io/release-policy/schemas/${name}.schema.json`,
      );
    }
  });
});

describe('calendar', () => {
  const NOW_CAL = ['--now', '2026-12-14T12:00:00-05:00'];

  it('prints the coming weeks as text, the year-end freeze among them', () => {
    const run = cli(['calendar', ...NOW_CAL, '--days', '30']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Year-end freeze');
  });

  it('prints JSON with the zone and the upcoming entries', () => {
    const run = cli(['calendar', '--format', 'json', ...NOW_CAL, '--days', '30']);
    const data = JSON.parse(run.stdout) as { timezone: string; upcoming: { id: string; start: string }[] };
    expect(data.timezone).toBe('America/New_York');
    expect(data.upcoming.some((e) => e.id === 'year-end-freeze')).toBe(true);
  });

  it('exports an iCalendar feed that a real parser reads', async () => {
    const ICAL = (await import('ical.js')).default;
    const run = cli(['calendar', '--format', 'ics', ...NOW_CAL]);
    expect(run.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(run.stdout));
    const summaries = calendar.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary'));
    expect(summaries).toContain('Blackout: Year-end freeze');
    expect(calendar.getAllSubcomponents('vtimezone').length).toBeGreaterThan(0);
  });

  it('exports deployment and testing windows in every format, scopes in their details', async () => {
    const json = JSON.parse(
      cli(['calendar', '--format', 'json', '--now', '2026-11-30T00:00:00-05:00', '--days', '7']).stdout,
    ) as { upcoming: { kind: string; id: string; start: string; end: string; detail: string }[] };
    expect(json.upcoming.find((e) => e.kind === 'deployment')).toMatchObject({
      id: 'weekday-hours',
      start: '2026-11-30T08:00:00-05:00',
      end: '2026-11-30T18:00:00-05:00',
      detail: 'allows minor, major releases',
    });
    expect(json.upcoming.find((e) => e.id === 'payments-api-2-4-0-testing')).toMatchObject({
      kind: 'testing',
      end: '2026-12-05T00:00:00-05:00',
    });
    expect(json.upcoming.find((e) => e.id === 'ledger-month-end-close')?.detail).toContain(
      '(only products: ledger; systems: ledger-db)',
    );
    const text = cli(['calendar', '--now', '2026-11-30T00:00:00-05:00', '--days', '7']).stdout;
    expect(text).toMatch(
      /^2026-11-30 Mon 08:00 -05:00 {2}2026-11-30 Mon 18:00 -05:00 {2}deployment +weekday-hours/m,
    );

    const ICAL = (await import('ical.js')).default;
    const ics = new ICAL.Component(ICAL.parse(cli(['calendar', '--format', 'ics', ...NOW_CAL]).stdout));
    const byUid = new Map(
      ics.getAllSubcomponents('vevent').map((c) => [String(c.getFirstPropertyValue('uid')), c]),
    );
    const weekday = byUid.get('weekday-hours@octoacme.github.io')!;
    expect(weekday.getFirstPropertyValue('summary')).toBe('Deployment window: Weekday deploy hours');
    expect(String(weekday.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(byUid.get('identity-4-0-0-testing@octoacme.github.io')!.getFirstPropertyValue('summary')).toBe(
      'Testing: identity 4.0.0 acceptance testing',
    );
    expect(
      String(byUid.get('ledger-month-end-close@octoacme.github.io')!.getFirstPropertyValue('description')),
    ).toContain('Only for products: ledger; systems: ledger-db.');
  });

  it('refuses a bad --days', () => {
    const run = cli(['calendar', '--days', 'lots']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--days must be a whole number');
  });
});
