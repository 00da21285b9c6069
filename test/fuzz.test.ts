// Adversarial input through the whole engine: whatever the bytes, a check returns findings with a
// place (or none) — never an exception — within a time bound. Seeded, so CI is reproducible; when
// a seed finds a failure, keep its input as a plain test case beside the code it broke.
import fc from 'fast-check';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../action/src/engine/check.ts';
import { memoryHost } from '../action/src/engine/host.ts';
import { cli, REPO } from './helpers/cli.ts';
import { NOTES_AT_LIMITS, NOTES_FAMILIES } from './helpers/pathological.ts';
import { octoacmePolicy } from './helpers/rules.ts';
import { tempDir } from './helpers/temp.ts';

const SEED = 20261122;
const TIME_BOUND_MS = 3_000;

/** Every file of an example repo, by repo-relative path. */
function exampleFiles(name: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${entry}/`);
      else if (entry !== 'expected.json') out[`${prefix}${entry}`] = readFileSync(full, 'utf8');
    }
  };
  walk(join(REPO, 'examples', name), '');
  return out;
}

const EXAMPLES = readdirSync(join(REPO, 'examples'))
  .filter((name) => existsSync(join(REPO, 'examples', name, 'release.yml')))
  .sort();

function runCheck(files: Record<string, string | Uint8Array>, mode: 'plan' | 'deploy' = 'plan') {
  const started = performance.now();
  const { result } = check({
    configs: ['release.yml'],
    host: memoryHost(files),
    policy: octoacmePolicy(),
    mode,
    now: '2026-12-04T12:00:00-05:00',
    tool: { name: 'release-policy', version: 'fuzz' },
  });
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(TIME_BOUND_MS);
  for (const f of result.findings) {
    expect(typeof f.rule).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
    if (f.line !== undefined) {
      expect(Number.isInteger(f.line) && f.line >= 1).toBe(true);
      expect(Number.isInteger(f.column) && f.column! >= 1).toBe(true);
    }
  }
  expect(result.ok).toBe(result.summary.errors === 0);
  return result;
}

/** Line-level mutations of a text file. */
const mutation = (lines: number) =>
  fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(lines) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(lines) }),
    fc.record({
      kind: fc.constant('swap-value' as const),
      at: fc.nat(lines),
      value: fc.constantFrom(
        '42',
        '1.10',
        '[a, b]',
        '{x: 1}',
        'null',
        'true',
        '~',
        '"',
        "'",
        '&a',
        '*a',
        '!!binary x',
      ),
    }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(lines),
      text: fc.string({ unit: 'grapheme', maxLength: 40 }),
    }),
    fc.record({
      kind: fc.constant('control' as const),
      at: fc.nat(lines),
      char: fc.integer({ min: 0, max: 31 }),
    }),
    fc.record({
      kind: fc.constant('deep' as const),
      at: fc.nat(lines),
      depth: fc.integer({ min: 10, max: 400 }),
    }),
    fc.record({
      kind: fc.constant('huge' as const),
      at: fc.nat(lines),
      size: fc.integer({ min: 1_000, max: 200_000 }),
    }),
  );

function mutate(text: string, ms: fc.Arbitrary<unknown>[] | unknown[]): string {
  const lines = text.split('\n');
  for (const m of ms as {
    kind: string;
    at: number;
    value?: string;
    text?: string;
    char?: number;
    depth?: number;
    size?: number;
  }[]) {
    const at = lines.length === 0 ? 0 : m.at % lines.length;
    const line = lines[at] ?? '';
    switch (m.kind) {
      case 'delete':
        lines.splice(at, 1);
        break;
      case 'duplicate':
        lines.splice(at, 0, line);
        break;
      case 'swap-value':
        lines[at] = line.includes(':')
          ? `${line.slice(0, line.indexOf(':') + 1)} ${m.value}`
          : `${line} ${m.value}`;
        break;
      case 'insert':
        lines.splice(at, 0, m.text!);
        break;
      case 'control':
        lines[at] = `${line.slice(0, 3)}${String.fromCharCode(m.char!)}${line.slice(3)}`;
        break;
      case 'deep':
        lines[at] = `${line.split(':')[0]}: ${'['.repeat(m.depth!)}${']'.repeat(m.depth!)}`;
        break;
      case 'huge':
        lines[at] = `${line.split(':')[0]}: "${'x'.repeat(m.size!)}"`;
        break;
    }
  }
  return lines.join('\n');
}

describe('fuzzing the engine', () => {
  it('arbitrary bytes as release.yml', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        runCheck({ 'release.yml': bytes });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('arbitrary YAML-ish text as release.yml', () => {
    const yamlish = fc.stringMatching(/^[a-z_:\-[\]{}&*!|>'"#@%`,?\n 0-9.]{0,300}$/);
    fc.assert(
      fc.property(yamlish, (text) => {
        runCheck({ 'release.yml': text });
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  describe.each(EXAMPLES)('mutations of examples/%s', (name) => {
    const files = exampleFiles(name);
    const release = files['release.yml']!;
    const notesPath = Object.keys(files).find((f) => f.endsWith('.md') && f.includes('releases/'));

    it('release.yml', () => {
      fc.assert(
        fc.property(
          fc.array(mutation(release.split('\n').length), { minLength: 1, maxLength: 4 }),
          fc.constantFrom('plan' as const, 'deploy' as const),
          (ms, mode) => {
            runCheck({ ...files, 'release.yml': mutate(release, ms) }, mode);
          },
        ),
        { seed: SEED, numRuns: 40 },
      );
    });

    it.skipIf(notesPath === undefined)('the notes', () => {
      const notes = files[notesPath!]!;
      fc.assert(
        fc.property(fc.array(mutation(notes.split('\n').length), { minLength: 1, maxLength: 4 }), (ms) => {
          runCheck({ ...files, [notesPath!]: mutate(notes, ms) });
        }),
        { seed: SEED, numRuns: 40 },
      );
    });
  });

  describe('hostile shapes mixed into a good example', () => {
    const files = exampleFiles('minor-compliant');
    const release = files['release.yml']!;
    const notesPath = Object.keys(files).find((f) => f.endsWith('.md') && f.includes('releases/'))!;
    const notes = files[notesPath]!;
    const shapes = { ...NOTES_FAMILIES, ...NOTES_AT_LIMITS };
    const insertAt = (text: string, at: number, piece: string) => {
      const lines = text.split('\n');
      lines.splice(at % (lines.length + 1), 0, piece);
      return lines.join('\n');
    };

    it('pathological Markdown families in the notes', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...Object.keys(shapes)),
          fc.integer({ min: 256, max: 16 * 1024 }),
          fc.nat(),
          (family, bytes, at) => {
            runCheck({ ...files, [notesPath]: insertAt(notes, at, shapes[family]!(bytes)) });
          },
        ),
        { seed: SEED, numRuns: 40 },
      );
    });

    it('deep YAML nesting of every kind', () => {
      fc.assert(
        fc.property(
          fc.constantFrom('[', '{a: ', '- ', '? '),
          fc.integer({ min: 50, max: 100_000 }),
          fc.nat(),
          (unit, depth, at) => {
            const deep = `deep: ${unit.repeat(depth)}`;
            const result = runCheck({ ...files, 'release.yml': insertAt(release, at, deep) });
            if (depth > 70) expect(result.findings.map((f) => f.rule)).toContain('yaml-syntax');
          },
        ),
        { seed: SEED, numRuns: 30 },
      );
    });

    it('UTF-16, CR-only line ends and %YAML directives in any file', () => {
      const encode = (text: string, how: string): string | Uint8Array => {
        if (how === 'cr') return text.replace(/\n/g, '\r');
        if (how === 'yaml-1.1') return `%YAML 1.1\n---\n${text}`;
        const bytes = how === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
        for (const char of text) {
          const code = char.charCodeAt(0);
          bytes.push(...(how === 'utf-16le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
        }
        return new Uint8Array(bytes);
      };
      fc.assert(
        fc.property(
          fc.constantFrom('release.yml', notesPath),
          fc.constantFrom('cr', 'yaml-1.1', 'utf-16le', 'utf-16be'),
          (file, how) => {
            const result = runCheck({ ...files, [file]: encode(files[file]!, how) });
            if (how.startsWith('utf-16'))
              expect(result.findings.some((f) => f.message.includes('UTF-16'))).toBe(true);
            if (how === 'cr') expect(result.findings.filter((f) => f.file === file)).toEqual([]);
          },
        ),
        { seed: SEED, numRuns: 16 },
      );
    });
  });

  it('through the CLI process: exit 0, 1 or 2, JSON or a plain message, never a stack trace', () => {
    const files = exampleFiles('minor-compliant');
    const release = files['release.yml']!;
    fc.assert(
      fc.property(
        fc.array(mutation(release.split('\n').length), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('json', 'text', 'sarif'),
        (ms, format) => {
          const dir = tempDir('fuzz');
          for (const [path, text] of Object.entries({ ...files, 'release.yml': mutate(release, ms) })) {
            mkdirSync(join(dir, path, '..'), { recursive: true });
            writeFileSync(join(dir, path), text);
          }
          const run = cli(['check', '--root', dir, '--format', format, '--now', '2026-12-04T12:00:00-05:00']);
          expect([0, 1]).toContain(run.code);
          expect(run.stderr).toBe('');
          if (format !== 'text') JSON.parse(run.stdout);
        },
      ),
      { seed: SEED, numRuns: 12 },
    );
  });
});
