import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSarif } from '../action/src/report/sarif.ts';
import { checkResult, finding } from './helpers/result.ts';
import { tempDir } from './helpers/temp.ts';

// The npm bin wrapper runs the tool through a shell; the platform binary it points at takes
// arguments as they are (`;`-separated lists included).
const multitool = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;

const RELEASE_YML = `product: payments-api
version: "2.4.0"
previous: "2.3.1"
type: minor
date: 2026-12-18T15:00:00-05:00
signoffs:
  - { role: tech-lead, by: "@carol", date: 2026-12-01 }
exceptions:
  - { rule: blackout-window, reason: "SEV1 fix for INC-4821", approved_by: "@dana", expires: 2026-12-20 }
`;

/** A result as the engine gives it for a minor release with a few problems left. */
function realistic() {
  return checkResult([
    finding({
      rule: 'signoff-required',
      message: 'A minor release needs sign-offs from qa-lead, product-owner, release-manager and devops.',
      file: 'release.yml',
      line: 6,
      column: 1,
      endLine: 7,
      endColumn: 56,
      hint: 'signoffs:\n  - { role: qa-lead, by: "@…", date: 2026-12-01 }',
    }),
    finding({
      rule: 'schema',
      message: '`date` must carry a UTC offset',
      file: 'release.yml',
      line: 5,
      column: 7,
      endColumn: 32,
    }),
    finding({
      rule: 'notes-section',
      severity: 'warning',
      message: 'The notes have no "Known Issues" section — «ünïcödé» 🚀',
      file: 'docs/release notes/2.4.0.md',
    }),
    finding({
      rule: 'signoff-verified',
      severity: 'warning',
      message: 'No token: sign-offs were not checked against reviews.',
    }),
    finding({
      rule: 'blackout-window',
      message: '2026-12-18T15:00:00-05:00 falls in the year-end freeze (Dec 18 – Jan 4).',
      file: 'release.yml',
      line: 5,
      column: 7,
      waived: { approvedBy: '@dana', expires: '2026-12-20', reason: 'SEV1 fix for INC-4821' },
    }),
    finding({
      rule: 'notes-placeholder',
      message: 'Placeholder [Date] left in',
      file: 'docs/release notes/2.4.0.md',
      line: 3,
      column: 11,
      endColumn: 17,
    }),
    finding({
      rule: 'notes-placeholder',
      message: 'Placeholder [Date] left in',
      file: 'docs/release notes/2.4.0.md',
      line: 9,
      column: 1,
      endColumn: 7,
    }),
  ]);
}

interface ValidatorResult {
  ruleId: string;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
}

const dir = tempDir('sarif');

function validate(name: string, sarif: string): ValidatorResult[] {
  const input = join(dir, `${name}.sarif`);
  const output = join(dir, `${name}.validation.sarif`);
  writeFileSync(input, sarif);
  let stdout = '';
  try {
    stdout = execFileSync(
      multitool,
      // `Gh` adds GitHub code scanning's ingestion rules to the SARIF rules.
      [
        'validate',
        input,
        '--output',
        output,
        '--log',
        'ForceOverwrite',
        '--rule-kind',
        'Sarif;Gh',
        '--level',
        'Error;Warning',
      ],
      {
        env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
        encoding: 'utf8',
        stdio: 'pipe',
      },
    );
  } catch (error) {
    // A non-zero exit still writes the log; its results say what is wrong.
    stdout = String((error as { stdout?: unknown }).stdout ?? error);
  }
  let log: { runs: { results?: ValidatorResult[] }[] };
  try {
    log = JSON.parse(readFileSync(output, 'utf8')) as typeof log;
  } catch {
    throw new Error(`sarif-multitool wrote no log:\n${stdout}`);
  }
  return log.runs.flatMap((run) => run.results ?? []);
}

function describeResults(results: ValidatorResult[]): string {
  return results
    .map(
      (r) =>
        `${r.level ?? 'warning'} ${r.ruleId}: ${r.message.text ?? [r.message.id, ...(r.message.arguments ?? [])].join(' ')}`,
    )
    .join('\n');
}

describe('SARIF output against Microsoft SARIF Multitool', () => {
  it.each([
    ['realistic', () => renderSarif(realistic(), { sources: { 'release.yml': RELEASE_YML } })],
    ['without sources', () => renderSarif(realistic())],
    ['clean', () => renderSarif(checkResult([]))],
  ])('validates %s with no errors or warnings', (name, render) => {
    const results = validate(name.replace(/\s/g, '-'), render());
    const errors = results.filter((r) => r.level === 'error');
    expect(errors, describeResults(errors)).toEqual([]);
    // Warnings default to level `warning` when the validator leaves `level` out.
    const warnings = results.filter((r) => r.level === undefined || r.level === 'warning');
    expect(warnings, describeResults(warnings)).toEqual([]);
  });

  it('reports errors in a log that breaks the schema, so a clean pass means something', () => {
    const broken = JSON.parse(renderSarif(realistic())) as {
      runs: { results: { locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
    };
    broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
    const errors = validate('broken', JSON.stringify(broken)).filter((r) => r.level === 'error');
    expect(errors.length).toBeGreaterThan(0);
  });
});
