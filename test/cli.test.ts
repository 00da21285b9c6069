import { mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckResult } from '../action/src/engine/result.ts';
import { cli, REPO } from './helpers/cli.ts';
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
    [['--frobnicate'], "Unknown option '--frobnicate'"],
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
    expect(result.audit.inputs.map((i) => i.file)).toEqual(['release.yml', 'docs/releases/1.8.1.md']);
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

  it('refuses a bad --days', () => {
    const run = cli(['calendar', '--days', 'lots']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--days must be a whole number');
  });
});
