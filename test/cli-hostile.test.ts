// Hostile and oddly encoded files through the CLI: each is refused fast, with a place and a clear
// message, never a stall, a stack trace or a silent pass.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../action/src/engine/result.ts';
import { cli, REPO } from './helpers/cli.ts';
import { NOTES_FAMILIES } from './helpers/pathological.ts';
import { tempDir } from './helpers/temp.ts';

const EXAMPLE = join(REPO, 'examples/patch-compliant');
const VALID = readFileSync(join(EXAMPLE, 'release.yml'), 'utf8');
const NOTES = 'docs/releases/1.8.1.md';
const RUNBOOK = { 'docs/runbooks/rollback.md': '# Rolling back\n' };

function repo(files: Record<string, string | Uint8Array>): string {
  const root = tempDir('cli-hostile');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

function check(root: string) {
  const started = performance.now();
  const run = cli(['check', '--root', root, '--format', 'json', '--now', '2026-12-04T12:00:00-05:00']);
  const elapsed = performance.now() - started;
  expect(run.stderr).not.toMatch(/\n\s+at /);
  const result = JSON.parse(run.stdout) as CheckResult;
  return {
    code: run.code,
    elapsed,
    brief: result.findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`),
  };
}

const utf16 = (text: string, order: 'le' | 'be') => {
  const bytes = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (const char of text) {
    const code = char.charCodeAt(0);
    bytes.push(...(order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return new Uint8Array(bytes);
};

describe('deep YAML is refused before it costs time or memory', () => {
  it.each([
    ['a megabyte of [', '['.repeat(1024 * 1024 - 1), 66],
    ['a megabyte of {a: ', '{a: '.repeat(256 * 1024 - 1), 261],
    ['a megabyte of - ', '- '.repeat(512 * 1024 - 1), 131],
  ])('%s', (_, text, column) => {
    const run = check(repo({ 'release.yml': text }));
    expect(run.code).toBe(1);
    expect(run.brief).toEqual([`yaml-syntax release.yml:1:${column} nesting is deeper than 64 levels`]);
    expect(run.elapsed).toBeLessThan(15_000);
  });
});

describe('odd encodings get a message that names them', () => {
  it.each(['le', 'be'] as const)('UTF-16 %s release.yml and notes', (order) => {
    const name = `UTF-16 ${order.toUpperCase()}`;
    const yaml = check(repo({ 'release.yml': utf16(VALID, order) }));
    expect(yaml.brief).toEqual([
      `yaml-syntax release.yml:1:1 the file is ${name} (it starts with a byte order mark), which is not supported: save it as UTF-8`,
    ]);
    const notes = check(
      repo({
        'release.yml': VALID,
        ...RUNBOOK,
        [NOTES]: utf16(readFileSync(join(EXAMPLE, NOTES), 'utf8'), order),
      }),
    );
    expect(notes.brief).toEqual([
      `notes-missing ${NOTES}:1:1 the file is ${name} (it starts with a byte order mark), which is not supported: save it as UTF-8`,
    ]);
  });

  it('CR-only line ends are line breaks, in release.yml and in the notes', () => {
    const cr = (text: string) => text.replace(/\n/g, '\r');
    const notes = readFileSync(join(EXAMPLE, NOTES), 'utf8');
    const run = check(repo({ 'release.yml': cr(VALID), ...RUNBOOK, [NOTES]: cr(notes) }));
    expect(run.brief).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('a UTF-16 policy stops the run (exit 2) with the same message; a CR-only one is read', () => {
    const root = repo({
      'release.yml': VALID,
      ...RUNBOOK,
      [NOTES]: readFileSync(join(EXAMPLE, NOTES), 'utf8'),
    });
    writeFileSync(join(root, 'policy.yml'), utf16('extends: octoacme\nname: team\n', 'be'));
    writeFileSync(join(root, 'policy-cr.yml'), 'extends: octoacme\rname: team\r');
    const now = ['--now', '2026-12-04T12:00:00-05:00'];
    const utf = cli(['check', '--root', root, '--policy', './policy.yml', ...now], { cwd: root });
    expect(utf.code).toBe(2);
    expect(utf.stdout + utf.stderr).toContain(
      'policy.yml:1:1: error: the file is UTF-16 BE (it starts with a byte order mark), which is not supported: save it as UTF-8 [yaml-syntax]',
    );
    expect(cli(['check', '--root', root, '--policy', './policy-cr.yml', ...now], { cwd: root }).code).toBe(0);
  });

  it('a %YAML 1.1 directive is refused at its line and column', () => {
    const run = check(repo({ 'release.yml': `# release\n%YAML 1.1\n---\n${VALID}` }));
    expect(run.brief).toEqual([
      'yaml-syntax release.yml:2:1 `%YAML 1.1` asks for a YAML version other than 1.2; only YAML 1.2 is read (1.1 reads on, no and dates differently)',
    ]);
  });
});

describe('pathological notes finish fast, refused at a line or parsed', () => {
  const families = [
    'nested strong emph',
    'mismatched openers and closers',
    'emph runs in a heading',
    'setext headings',
    'unclosed link destinations',
    'nested brackets',
  ];
  it.each(families)('%s at the size limit', (family) => {
    const text = `# Payments 1.8.1\n\n${NOTES_FAMILIES[family]!(255 * 1024)}`;
    const run = check(repo({ 'release.yml': VALID, ...RUNBOOK, [NOTES]: text }));
    expect(run.code).toBe(1);
    expect(run.brief.find((b) => b.startsWith('notes-missing'))).toMatch(
      new RegExp(`^notes-missing ${NOTES}:\\d+:1 `),
    );
    expect(run.elapsed).toBeLessThan(15_000);
  });
});
