import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../action/src/report/json.ts';
import { cli } from './helpers/cli.ts';
import { EXAMPLES, readExpected } from './helpers/examples.ts';
import { tempDir } from './helpers/temp.ts';

/** A copy of an example repo to edit, and a check of it through the CLI. */
function copy(name: string) {
  const root = join(tempDir(name), name);
  cpSync(join(EXAMPLES, name), root, { recursive: true });
  const args = readExpected(name).args;
  return {
    root,
    check(): { code: number | null; result: JsonReport } {
      const run = cli(['check', '--root', root, '--format', 'json', ...args]);
      expect(run.stderr).toBe('');
      return { code: run.code, result: JSON.parse(run.stdout) as JsonReport };
    },
    edit(file: string, from: string | RegExp, to: string) {
      const path = join(root, file);
      const text = readFileSync(path, 'utf8');
      const next = text.replace(from, to);
      expect(next).not.toBe(text);
      writeFileSync(path, next);
    },
  };
}

// The JSON report keeps waived findings apart, in `suppressed`.
const live = (result: JsonReport) => result.findings;

describe('hints applied as written clear their finding and add none', () => {
  it('an emergency waiver longer than the policy allows: set the expiry the hint gives', () => {
    const repo = copy('patch-emergency-waiver-too-long');
    const { result } = repo.check();
    const finding = result.findings.find((f) => f.rule === 'exception-invalid')!;
    expect(finding.hint).toMatch(/\nexpires: 2027-01-21$/);
    repo.edit('release.yml', "expires: '2027-01-31'", `expires: '${finding.hint!.split('expires: ')[1]}'`);
    const after = repo.check();
    expect(after.code).toBe(0);
    expect(live(after.result)).toEqual([]);
    expect(after.result.suppressed.map((f) => [f.rule, Boolean(f.waived)])).toEqual([
      ['blackout-window', true],
    ]);
  });

  it("another product's title: write the title the hint gives", () => {
    const repo = copy('notes-other-product');
    const [finding] = repo.check().result.findings;
    expect(finding!.hint).toBe('Write the title as:\n# payments-api Release 2.4.0 - 2026-12-08');
    repo.edit('docs/releases/2.4.0.md', /^# .*$/m, finding!.hint!.split('\n')[1]!);
    expect(repo.check()).toMatchObject({ code: 0, result: { findings: [] } });
  });

  it('a filler Known Issues section: state what the template asks', () => {
    const repo = copy('notes-section-filler');
    const known = repo.check().result.findings.find((f) => f.message.includes('Known Issues'))!;
    expect(known.hint).toBe(
      'Write the section\'s content under "## Known Issues"; the template asks: If none, state "No known issues"',
    );
    repo.edit('docs/releases/2.4.0.md', 'Coming soon.', 'No known issues');
    repo.edit('docs/releases/2.4.0.md', 'TBD', 'Customers can now save a card at checkout.');
    expect(repo.check()).toMatchObject({ code: 0, result: { findings: [] } });
  });

  it("a [version] in a deprecation: the hint asks for the removing version, never this release's", () => {
    const repo = copy('major-no-breaking-changes');
    repo.edit(
      'docs/releases/4.0.0.md',
      '## Rollout Schedule',
      '## Deprecations\n- **Session cookies**: Will be removed in [version] on [date]\n\n## Rollout Schedule',
    );
    const { result } = repo.check();
    expect(result.findings.map((f) => f.hint)).toEqual([
      'Replace it with the version that will remove it, one after this release (4.0.0), or delete the line.',
      'Replace it with the day it will be removed, or delete the line.',
    ]);
    repo.edit('docs/releases/4.0.0.md', '[version] on [date]', '5.0.0 on 2027-08-31');
    expect(repo.check()).toMatchObject({ code: 0, result: { findings: [] } });
  });
});
