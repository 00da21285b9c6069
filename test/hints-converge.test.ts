import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { JsonReport } from '../action/src/report/json.ts';
import { cliInProcess } from './helpers/cli.ts';
import { EXAMPLE_CASES, EXAMPLES, readExpected } from './helpers/examples.ts';
import { applyHint, hintBlock } from './helpers/hints.ts';
import { tempDir } from './helpers/temp.ts';

type Finding = JsonReport['findings'][number];

/** A repo to check: an example, or an example with one seeded mutation. */
interface Case {
  name: string;
  example: string;
  mutate?: (root: string) => void;
}

function materialize(c: Case): string {
  const root = join(tempDir(c.example), c.example);
  cpSync(join(EXAMPLES, c.example), root, { recursive: true });
  c.mutate?.(root);
  return root;
}

async function check(root: string, example: string): Promise<JsonReport> {
  const run = await cliInProcess([
    'check',
    '--root',
    root,
    '--format',
    'json',
    ...readExpected(example).args,
  ]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonReport;
}

const key = (f: Finding) => `${f.rule}: ${f.message}`;
/** The same finding with other figures (days short, a date) is not a new one. */
const kind = (f: Finding) =>
  `${f.file}: ${f.rule}: ${f.message.replace(/\d[\d:T.+-]*/g, '#').replace(/\b(day|hour|minute)s\b/g, '$1')}`;
const errors = (r: JsonReport) => r.findings.filter((f) => f.severity === 'error');

/** Deterministic choices for the mutations (mulberry32). */
function random(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

function editYaml(root: string, edit: (doc: ReturnType<typeof parseDocument>) => void): void {
  const path = join(root, 'release.yml');
  const doc = parseDocument(readFileSync(path, 'utf8'));
  edit(doc);
  writeFileSync(path, String(doc));
}

function editText(root: string, file: string, edit: (text: string) => string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = edit(text);
  expect(next).not.toBe(text);
  writeFileSync(path, next);
}

/** Moves `date` (and `window.end`) to a local day and time, keeping the offset the day has in New York. */
function moveTo(root: string, local: string, offset: string, hours: number) {
  editYaml(root, (doc) => {
    doc.set('date', `${local}:00${offset}`);
    const end = new Date(Date.parse(`${local}:00${offset}`) + hours * 3_600_000);
    const endLocal = new Date(end.getTime() + Number(offset.slice(0, 3)) * 3_600_000)
      .toISOString()
      .slice(0, 16);
    if (doc.hasIn(['window', 'end'])) doc.setIn(['window', 'end'], `${endLocal}:00${offset}`);
  });
}

const NOTES = {
  'minor-compliant': 'docs/releases/2.4.0.md',
  'major-compliant': 'docs/releases/4.0.0.md',
  'patch-compliant': 'docs/releases/1.8.1.md',
} as const;
const COMPLIANT = Object.keys(NOTES) as (keyof typeof NOTES)[];

function fuzzed(): Case[] {
  const out: Case[] = [];
  COMPLIANT.forEach((example, n) => {
    const pick = random(20261202 + n);
    const notes = NOTES[example];
    const text = readFileSync(join(EXAMPLES, example, 'release.yml'), 'utf8');
    const signoffs = (parseDocument(text).toJS() as { signoffs: unknown[] }).signoffs.length;
    const one = pick(signoffs);
    out.push(
      {
        name: `${example}: remove sign-off #${one + 1}`,
        example,
        mutate: (root) => editYaml(root, (doc) => doc.deleteIn(['signoffs', one])),
      },
      {
        name: `${example}: remove the signoffs list`,
        example,
        mutate: (root) => editYaml(root, (doc) => doc.delete('signoffs')),
      },
      {
        name: `${example}: age sign-off #${one + 1} by 40 days`,
        example,
        mutate: (root) =>
          editYaml(root, (doc) => {
            const date = String(doc.getIn(['signoffs', one, 'date'])).slice(0, 10);
            const aged = new Date(Date.parse(`${date}T12:00:00Z`) - 40 * 86_400_000)
              .toISOString()
              .slice(0, 10);
            doc.setIn(['signoffs', one, 'date'], aged);
          }),
      },
      {
        name: `${example}: remove the milestones`,
        example,
        mutate: (root) => editYaml(root, (doc) => doc.delete('milestones')),
      },
      {
        name: `${example}: remove the rollback plan`,
        example,
        mutate: (root) => editYaml(root, (doc) => doc.delete('rollback')),
      },
    );
    const sections = readFileSync(join(EXAMPLES, example, notes), 'utf8').match(/^## .+$/gm) ?? [];
    const section = sections[pick(Math.min(sections.length, 4))]!;
    out.push({
      name: `${example}: remove the notes section "${section}"`,
      example,
      mutate: (root) =>
        editText(root, notes, (t) => {
          const start = t.indexOf(`${section}\n`);
          const next = t.indexOf('\n## ', start + section.length);
          return t.slice(0, start) + (next === -1 ? '' : t.slice(next + 1));
        }),
    });
  });
  out.push(
    {
      name: 'minor-compliant: date on a Saturday',
      example: 'minor-compliant',
      mutate: (root) => moveTo(root, '2026-12-12T10:00', '-05:00', 2),
    },
    {
      name: 'minor-compliant: a Friday 14:00 release whose window runs into the weekend',
      example: 'minor-compliant',
      mutate: (root) => moveTo(root, '2026-12-11T14:00', '-05:00', 2),
    },
    {
      name: 'minor-compliant: date on Thanksgiving Day',
      example: 'minor-compliant',
      mutate: (root) => moveTo(root, '2026-11-26T10:00', '-05:00', 2),
    },
    {
      name: 'minor-compliant: code freeze 5 days before the release',
      example: 'minor-compliant',
      mutate: (root) => editYaml(root, (doc) => doc.setIn(['milestones', 'code_freeze'], '2026-12-03')),
    },
    {
      name: 'major-compliant: code freeze 3 days before the release',
      example: 'major-compliant',
      mutate: (root) =>
        editYaml(root, (doc) => {
          const date = String(doc.get('date')).slice(0, 10);
          const freeze = new Date(Date.parse(`${date}T12:00:00Z`) - 3 * 86_400_000)
            .toISOString()
            .slice(0, 10);
          doc.setIn(['milestones', 'code_freeze'], freeze);
        }),
    },
    {
      name: 'patch-compliant: a minor version with patch type',
      example: 'patch-compliant',
      mutate: (root) => editYaml(root, (doc) => doc.set('version', '1.9.0')),
    },
    {
      name: 'minor-compliant: a template placeholder left in the notes',
      example: 'minor-compliant',
      mutate: (root) =>
        editText(root, NOTES['minor-compliant'], (t) =>
          t.replace('## Known Issues', '## Known Issues\n- **[Issue description]**: slow exports\n'),
        ),
    },
    {
      name: 'minor-compliant: customer-facing without a communication plan',
      example: 'minor-compliant',
      mutate: (root) => editYaml(root, (doc) => doc.deleteIn(['communication', 'customer_plan'])),
    },
    {
      name: 'minor-compliant: support not briefed',
      example: 'minor-compliant',
      mutate: (root) => editYaml(root, (doc) => doc.deleteIn(['communication', 'support_briefed'])),
    },
  );
  return out;
}

const failingExamples: Case[] = EXAMPLE_CASES.filter((name) => readExpected(name).exitCode !== 0).map(
  (example) => ({ name: example, example }),
);

/**
 * Errors a hint's follow-up announces in words ("Then write the new date in the notes' title, and
 * ask @bob to sign off again"): moving a date cannot sign for anyone.
 */
function announced(hint: string, f: Finding): boolean {
  const then = hintBlock(hint)?.then ?? '';
  if (f.rule === 'notes-mismatch') return /notes’ title/.test(then);
  if (f.rule === 'signoff-stale') return /sign off again/.test(then);
  return false;
}

describe('every hint, applied as written, clears its finding and adds no error', () => {
  it.each([...failingExamples, ...fuzzed()].map((c) => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const before = await check(materialize(c), c.example);
      const pasteable = before.findings.filter(
        (f) => hintBlock(f.hint) || /delete the line\.$/.test(f.hint ?? ''),
      );
      const seen = new Set(errors(before).map(kind));
      // Findings with the same hint for the same file (missing sign-offs without a list) paste the same text: one check for all.
      const groups = Map.groupBy(pasteable, (f) => `${f.file}\n${f.hint}`);
      for (const group of groups.values()) {
        const [finding] = group as [Finding];
        const root = materialize(c);
        if (!applyHint(root, finding)) continue;
        const after = await check(root, c.example);
        // Gone: as many fewer findings with that message as the hint covered (two sign-offs may read the same).
        const count = (r: JsonReport, k: string) => r.findings.filter((f) => key(f) === k).length;
        for (const f of group) {
          const covered = group.filter((g) => key(g) === key(f)).length;
          expect(count(after, key(f)), `hint of ${key(f)}:\n${f.hint}`).toBeLessThanOrEqual(
            count(before, key(f)) - covered,
          );
        }
        const added = errors(after).filter((f) => !seen.has(kind(f)) && !announced(finding.hint!, f));
        expect(added.map(key), `hint of ${key(finding)}:\n${finding.hint}`).toEqual([]);
      }
      // Every distinct YAML hint pasted at once: hints for one block are that one block, so no key is written twice.
      const yamlHints = [...groups.values()].map(([f]) => f!).filter((f) => f.file?.endsWith('.yml'));
      if (yamlHints.length > 1) {
        const root = materialize(c);
        for (const f of yamlHints) applyHint(root, f, { paste: true });
        const after = await check(root, c.example);
        expect(after.findings.filter((f) => f.rule === 'yaml-syntax').map(key)).toEqual([]);
      }
    },
    180_000,
  );
});
