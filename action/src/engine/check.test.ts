import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../../test/helpers/cli.ts';
import { octoacmePolicy } from '../../../test/helpers/rules.ts';
import { check } from './check.ts';
import { memoryHost } from './host.ts';
import type { Mode } from './result.ts';

const EXAMPLE = join(REPO, 'examples/minor-compliant');
const FILES = {
  'docs/releases/2.4.0.md': readFileSync(join(EXAMPLE, 'docs/releases/2.4.0.md'), 'utf8'),
  'docs/runbooks/rollback.md': readFileSync(join(EXAMPLE, 'docs/runbooks/rollback.md'), 'utf8'),
  'docs/comms/2.4.0-customers.md': readFileSync(join(EXAMPLE, 'docs/comms/2.4.0-customers.md'), 'utf8'),
};
const RELEASE = readFileSync(join(EXAMPLE, 'release.yml'), 'utf8');

function run(release: string, mode: Mode = 'plan'): string[] {
  const { result } = check({
    configs: ['release.yml'],
    host: memoryHost({ 'release.yml': release, ...FILES }),
    policy: octoacmePolicy(),
    mode,
    now: '2026-12-04T12:00:00-05:00',
    tool: { name: 'release-policy', version: 'test' },
  });
  return result.findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`);
}

function edited(...edits: [string, string][]): string {
  let text = RELEASE;
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

describe('dates that do not exist', () => {
  it.each(['plan', 'deploy'] as const)(
    'are schema findings at their place, and the other rules still judge the release (%s mode)',
    (mode) => {
      const release = edited(
        ['date: 2026-12-08T15:00:00-05:00', 'date: 2026-02-30T15:00:00-05:00'],
        ["feature_freeze: '2026-11-10'", "feature_freeze: '2026-02-31'"],
        ["code_freeze: '2026-11-24'", "code_freeze: '2026-02-30'"],
        [
          "{ role: qa-lead, by: '@bob', date: '2026-12-01' }",
          "{ role: qa-lead, by: '@bob', date: '2026-11-31' }",
        ],
        ["  - { role: devops, by: '@frank', date: '2026-12-02' }\n", ''],
      );
      expect(run(release, mode)).toEqual([
        '7:7 schema date "2026-02-30T15:00:00-05:00" is not a date that exists',
        '20:19 schema milestones.feature_freeze "2026-02-31" is not a date that exists',
        '21:16 schema milestones.code_freeze "2026-02-30" is not a date that exists',
        expect.stringMatching(/^32:1 signoff-required missing sign-off from DevOps/),
        '33:40 schema signoffs[0].date "2026-11-31" is not a date that exists',
      ]);
    },
  );

  it('a milestone that does not exist is not also reported missing, and the valid ones are measured', () => {
    const release = edited(
      ["code_freeze: '2026-11-24'", "code_freeze: '2026-02-30'"],
      ["feature_freeze: '2026-11-10'", "feature_freeze: '2026-11-20'"],
    );
    expect(run(release)).toEqual([
      expect.stringMatching(/^20:19 lead-time feature freeze "2026-11-20" is 18 days before the release/),
      '21:16 schema milestones.code_freeze "2026-02-30" is not a date that exists',
    ]);
  });

  it('a waiver whose expiry does not exist waives nothing', () => {
    const release = edited(['date: 2026-12-08T15:00:00-05:00', 'date: 2026-12-21T15:00:00-05:00']).concat(
      'exceptions:\n  - { rule: blackout-window, reason: "x", approved_by: "@dana", expires: \'2026-11-31\' }\n',
    );
    const { result } = check({
      configs: ['release.yml'],
      host: memoryHost({ 'release.yml': release, ...FILES }),
      policy: octoacmePolicy(),
      mode: 'plan',
      now: '2026-12-04T12:00:00-05:00',
      tool: { name: 'release-policy', version: 'test' },
    });
    const rules = result.findings.map((f) => `${f.rule}${f.waived ? ' (waived)' : ''}`);
    expect(rules).toContain('blackout-window');
    expect(rules).not.toContain('blackout-window (waived)');
    expect(result.findings.find((f) => f.rule === 'schema')?.message).toBe(
      'exceptions[0].expires "2026-11-31" is not a date that exists',
    );
  });
});
