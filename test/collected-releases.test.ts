import ICAL from 'ical.js';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../action/src/report/json.ts';
import { runAction } from './helpers/action.ts';
import { calendarYaml } from './helpers/calendar.ts';
import { cli, REPO } from './helpers/cli.ts';
import { EXAMPLES } from './helpers/examples.ts';
import { tempDir } from './helpers/temp.ts';

const NOW = ['--now', '2026-12-04T12:00:00-05:00'];
const COMPLIANT = 'collected-releases-compliant';
const LATER = 'collected-dependency-later';

interface Collected {
  org: string;
  collected_at: string;
  releases: {
    product: string;
    version: string;
    date: string;
    window_end?: string;
    depends_on: unknown[];
    source: { repo: string; path: string; url: string; pull?: number };
  }[];
  problems: unknown[];
}

function readCollected(example: string): Collected {
  return JSON.parse(readFileSync(join(EXAMPLES, example, 'releases.json'), 'utf8')) as Collected;
}

/** A copy of an example repo, with releases files written into it. */
function copy(example: string, files: Record<string, string | Collected> = {}): string {
  const root = join(tempDir(example), example);
  cpSync(join(EXAMPLES, example), root, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(root, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return root;
}

function check(root: string, ...args: string[]) {
  const run = cli(['check', '--root', root, '--format', 'json', ...NOW, ...args]);
  return { ...run, result: run.stdout ? (JSON.parse(run.stdout) as JsonReport) : undefined };
}

const lines = (result: JsonReport | undefined) =>
  (result?.findings ?? []).map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`);

/** The collected file of the compliant example with the release's own entry moved. */
function ownEntryAt(date: string, windowEnd: string, pull?: number): Collected {
  const data = readCollected(COMPLIANT);
  const own = data.releases.find((r) => r.product === 'payments-api')!;
  own.date = date;
  own.window_end = windowEnd;
  if (pull !== undefined) own.source.pull = pull;
  return data;
}

describe('check --releases', () => {
  it('takes the flag more than once; the first file that plans a release wins, and both are audited', () => {
    const moved = readCollected(COMPLIANT);
    const tax = moved.releases.find((r) => r.product === 'tax-rates' && r.source.pull === undefined)!;
    tax.date = '2026-12-10T15:00:00-05:00';
    tax.window_end = '2026-12-10T16:00:00-05:00';
    const root = copy(COMPLIANT, { 'moved.json': moved });
    const first = check(root, '--releases', 'moved.json', '--releases', 'releases.json');
    expect(first.code).toBe(1);
    expect(lines(first.result)).toEqual([
      '43:5 error tax-rates 3.2.0 ships 2026-12-10T15:00-05:00 (octoacme/tax release.yml), after this release (2026-12-08T15:00-05:00)',
    ]);
    expect(first.result!.audit.inputs.map((i) => i.file)).toEqual(
      expect.arrayContaining(['moved.json', 'releases.json']),
    );
    // In the other order, releases.json plans tax-rates first (Dec 7), before this release.
    const second = check(root, '--releases', 'releases.json', '--releases', 'moved.json');
    expect(second.code).toBe(0);
    expect(lines(second.result)).toEqual([]);
  });

  it('every collected file that plans this release at another time is a drift warning naming it', () => {
    const root = copy(COMPLIANT, {
      'moved.json': ownEntryAt('2026-12-09T15:00:00-05:00', '2026-12-09T17:00:00-05:00'),
    });
    const run = check(root, '--releases', 'releases.json', '--releases', 'moved.json');
    expect(run.code).toBe(0);
    expect(lines(run.result)).toEqual([
      '8:7 warning octoacme/payments services/payments-api/release.yml plans payments-api 2.4.0 for 2026-12-09 15:00 to 17:00 America/New_York, but release.yml for 2026-12-08 15:00 to 17:00 America/New_York (collected 2026-12-04T06:00:00Z into moved.json: https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml)',
    ]);
  });

  it('a dependency that the collected file plans later is an error, on the dependency', () => {
    const run = check(join(EXAMPLES, LATER), '--releases', 'releases.json');
    expect(run.code).toBe(1);
    expect(lines(run.result)).toContain(
      '43:5 error tax-rates 3.2.0 ships 2026-12-10T15:00-05:00 (octoacme/tax release.yml), after this release (2026-12-08T15:00-05:00)',
    );
    // Without the collected file nothing plans tax-rates: a warning that says so, not an error.
    const without = check(join(EXAMPLES, LATER));
    expect(without.code).toBe(0);
    expect(lines(without.result)).toEqual([
      "43:5 warning tax-rates 3.2.0 is planned neither in this run, in the calendar nor in the collected releases: can't tell when it ships",
    ]);
  });

  it('a release a pull request only proposes never counts over the default branch, nor drifts', () => {
    // releases.json proposes tax-rates 3.2.0 for Dec 11 in a pull request: the default branch's Dec 7 counts.
    expect(readCollected(COMPLIANT).releases.some((r) => r.product === 'tax-rates' && r.source.pull)).toBe(
      true,
    );
    const root = copy(COMPLIANT, {
      'proposed.json': ownEntryAt('2026-12-09T15:00:00-05:00', '2026-12-09T17:00:00-05:00', 77),
    });
    const run = check(root, '--releases', 'releases.json', '--releases', 'proposed.json');
    expect(run.code).toBe(0);
    expect(lines(run.result)).toEqual([]);

    // Where nothing else plans a release, its proposal is what there is: a proposed dependency that ships later counts.
    const data = readCollected(COMPLIANT);
    data.releases = data.releases.filter((r) => !(r.product === 'tax-rates' && r.source.pull === undefined));
    const onlyProposed = copy(COMPLIANT, { 'only-proposed.json': data });
    const later = check(onlyProposed, '--releases', 'only-proposed.json');
    expect(later.code).toBe(1);
    expect(lines(later.result)).toEqual([
      '43:5 error tax-rates 3.2.0 ships 2026-12-11T10:00-05:00 (octoacme/tax release.yml, proposed in pull request #233), after this release (2026-12-08T15:00-05:00)',
    ]);
  });

  it("the file's problems belong to other repositories: they are not findings of this one", () => {
    expect(readCollected(COMPLIANT).problems.length).toBeGreaterThan(0);
    const run = check(join(EXAMPLES, COMPLIANT), '--releases', 'releases.json');
    expect(run.result!.findings).toEqual([]);
  });

  it('the drift hint, applied as written, clears its finding and adds none', () => {
    // A team calendar that plans only the dependency, so that the collected entry is the only other plan of this release.
    const root = copy(COMPLIANT, {
      'drift.json': ownEntryAt('2026-12-08T15:00:00-05:00', '2026-12-08T16:00:00-05:00'),
      'calendar.yml': calendarYaml({
        releases: [{ product: 'ledger', version: '5.1.0', type: 'minor', date: '2026-12-03T14:00:00-05:00' }],
      }),
      'policy.yml': 'extends: octoacme\ncalendar: calendar.yml\n',
    });
    const args = ['--releases', 'drift.json', '--policy', join(root, 'policy.yml')];
    const before = check(root, ...args);
    expect(lines(before.result)).toEqual([
      '8:7 warning octoacme/payments services/payments-api/release.yml plans payments-api 2.4.0 for 2026-12-08 15:00 to 16:00 America/New_York, but release.yml for 2026-12-08 15:00 to 17:00 America/New_York (collected 2026-12-04T06:00:00Z into drift.json: https://github.com/octoacme/payments/blob/main/services/payments-api/release.yml)',
    ]);
    const hint = before.result!.findings[0]!.hint!;
    const pasted = hint.slice(hint.indexOf('\ndate: ') + 1);
    expect(pasted).toBe('date: 2026-12-08T15:00:00-05:00\nwindow: { end: 2026-12-08T16:00:00-05:00 }');
    const file = join(root, 'release.yml');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(/^date: .*\nwindow: .*$/m, pasted);
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    const after = check(root, ...args);
    expect(after.code).toBe(0);
    expect(lines(after.result)).toEqual([]);
  });
});

describe('a broken releases file stops the run (exit 2) at its place', () => {
  it.each([
    ['a syntax error', '{\n  "org": "octoacme",\n  "releases": [\n', 'bad.json:4:1: error:', 'yaml-syntax'],
    [
      'a version written as a number',
      '{\n  "org": "octoacme",\n  "collected_at": "2026-12-02T06:00:00Z",\n  "releases": [],\n  "problems": [],\n  "extra": 1\n}\n',
      'bad.json:6:3: error:',
      'schema',
    ],
  ])('%s', (_name, text, place, rule) => {
    const root = copy(COMPLIANT, { 'bad.json': text });
    const run = cli(['check', '--root', root, ...NOW, '--releases', 'bad.json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'release-policy: the releases file bad.json is not valid; nothing was checked.',
    );
    expect(run.stderr).toContain(place);
    expect(run.stderr).toContain(`[${rule}]`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a window that ends before it starts is placed on window_end', () => {
    const data = readCollected(COMPLIANT);
    data.releases[1]!.window_end = '2026-12-07T14:00:00-05:00';
    const root = copy(COMPLIANT, { 'bad.json': data });
    const run = cli(['check', '--root', root, ...NOW, '--releases', 'bad.json', '--format', 'json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as {
      error: { findings: { file: string; line: number; message: string }[] };
    };
    expect(report.error.findings).toEqual([
      expect.objectContaining({
        file: 'bad.json',
        line: 39,
        message: 'tax-rates 3.2.0: window_end is before date',
      }),
    ]);
  });

  it('more entries than the limit are refused at the list', () => {
    const problem = {
      repo: 'octoacme/x',
      path: 'release.yml',
      line: 1,
      column: 1,
      rule: 'schema',
      message: 'm',
    };
    const data = { ...readCollected(COMPLIANT), problems: Array.from({ length: 10_001 }, () => problem) };
    const root = copy(COMPLIANT, { 'many.json': JSON.stringify(data) });
    const run = cli(['check', '--root', root, ...NOW, '--releases', 'many.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /many\.json:1:\d+: error: the file holds 10004 entries \(releases and problems\); the limit is 10000 \[schema\]/,
    );
  });

  it('a missing file is a usage error', () => {
    const run = cli(['check', '--root', join(EXAMPLES, COMPLIANT), ...NOW, '--releases', 'nope.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('release-policy check: --releases: no such file: nope.json\n');
  });
});

describe('a policy names a releases file', () => {
  it('relative to the policy file; its releases join the check', () => {
    const root = copy(LATER, { 'policy.yml': 'extends: octoacme\nreleases: releases.json\n' });
    const run = check(root, '--policy', join(root, 'policy.yml'));
    expect(run.code).toBe(1);
    expect(run.result!.findings.map((f) => `${f.severity} ${f.line}`)).toEqual(['error 43', 'warning 8']);
    expect(run.result!.audit.policy.files).toContain('policy.yml');
    expect(run.result!.audit.policy.files).not.toContain('releases.json');
    expect(run.result!.audit.inputs.map((i) => i.file)).toContain('releases.json');
  });

  it('a broken one makes the policy invalid, at the place in the releases file', () => {
    const data = readCollected(COMPLIANT);
    (data.releases[0] as { version: unknown }).version = 2.4;
    const root = copy(COMPLIANT, {
      'policy.yml': 'extends: octoacme\nreleases: broken.json\n',
      'broken.json': data,
    });
    const run = cli(['check', '--root', root, ...NOW, '--policy', join(root, 'policy.yml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the policy is not valid');
    expect(run.stderr).toMatch(/broken\.json:\d+:\d+: error: releases\[0\]\.version/);
  });

  it('a missing one is reported on the policy line that names it', () => {
    const root = copy(COMPLIANT, { 'policy.yml': 'extends: octoacme\nreleases: missing.json\n' });
    const run = cli(['check', '--root', root, ...NOW, '--policy', join(root, 'policy.yml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('policy.yml:2:11: error: releases: missing.json: no such file');
  });

  it('the built-in policy names its own collected file, valid against the schema', () => {
    const run = cli(['schema', 'releases']);
    expect(run.code).toBe(0);
    const policy = readFileSync(join(REPO, 'policies/octoacme/policy.yml'), 'utf8');
    expect(policy).toMatch(/^releases: releases\.json$/m);
    // The built-in file loads with the policy: a check with it runs.
    const check = cli(['check', '--root', join(EXAMPLES, 'minor-compliant'), ...NOW]);
    expect(check.code).toBe(0);
  });
});

describe('calendar --releases', () => {
  const CAL = ['--now', '2026-12-01T00:00:00-05:00', '--days', '30'];
  const root = join(EXAMPLES, LATER);

  it('text: collected releases drawn in, proposals marked, the problems listed', () => {
    const run = cli(['calendar', '--root', root, '--releases', 'releases.json', ...CAL]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /2026-12-09 Wed 15:00 -05:00 +2026-12-09 Wed 17:00 -05:00 +release +release-payments-api-2\.4\.0 +payments-api 2\.4\.0 +minor release; depends on ledger 5\.1\.0, tax-rates 3\.2\.0; collected from octoacme\/payments services\/payments-api\/release\.yml/,
    );
    // The collected entry replaces the calendar's own plan of payments-api 2.4.0 (Dec 8).
    expect(run.stdout).not.toContain('2026-12-08 Tue 15:00');
    expect(run.stdout).toMatch(
      /release-tax-rates-3\.2\.0-pr-233 +tax-rates 3\.2\.0 +minor release; proposed in octoacme\/tax pull request #233/,
    );
    // Its own problem, and the one the built-in policy's collected file lists.
    expect(run.stdout).toContain('Release files the collection could not read (2, not drawn above):');
    expect(run.stdout).toContain('octoacme/inventory/release.yml:3:10: `version` must be a SemVer version');
  });

  it('json: each collected release with its source URL, the problems with their file', () => {
    const run = cli(['calendar', '--format', 'json', '--root', root, '--releases', 'releases.json', ...CAL]);
    const data = JSON.parse(run.stdout) as {
      upcoming: { id: string; start: string; source?: string; proposed?: boolean }[];
      problems: { file: string; repo: string; line: number }[];
    };
    const ids = data.upcoming.filter((e) => e.id.startsWith('release-')).map((e) => e.id);
    expect(ids.filter((id) => id === 'release-payments-api-2.4.0')).toHaveLength(1);
    expect(data.upcoming.find((e) => e.id === 'release-tax-rates-3.2.0')).toMatchObject({
      start: '2026-12-10T15:00:00-05:00',
      source: 'https://github.com/octoacme/tax/blob/main/release.yml',
    });
    expect(data.upcoming.find((e) => e.id === 'release-tax-rates-3.2.0-pr-233')?.proposed).toBe(true);
    expect(data.upcoming.find((e) => e.id === 'release-ledger-5.1.0')?.source).toBeUndefined();
    expect(data.problems).toEqual([
      expect.objectContaining({ file: 'releases.json', repo: 'octoacme/inventory', line: 3 }),
      expect.objectContaining({ file: 'policies/octoacme/releases.json', repo: 'octoacme/inventory' }),
    ]);
  });

  it("a repository's own problems (no path, line or column): named by the repository alone", () => {
    const data = readCollected(LATER);
    data.problems = [
      {
        repo: 'octoacme/ledger',
        rule: 'unreadable',
        message: 'GitHub answered 500 when asked to read the files of octoacme/ledger',
      },
      {
        repo: 'octoacme/tax',
        pull: 7,
        rule: 'unreadable',
        message:
          'GitHub answered 404 Not Found when asked to read the files of octoacme/tax at pull request #7',
      },
    ];
    const copied = copy(LATER, { 'repos.json': data });
    const text = cli(['calendar', '--root', copied, '--releases', 'repos.json', ...CAL]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      '\noctoacme/ledger: GitHub answered 500 when asked to read the files of octoacme/ledger [unreadable]\n',
    );
    expect(text.stdout).toContain(
      '\noctoacme/tax: GitHub answered 404 Not Found when asked to read the files of octoacme/tax at pull request #7 [unreadable] (pull request #7)\n',
    );
    expect(text.stdout).not.toMatch(/octoacme\/(ledger|tax)\/:/);
    const json = JSON.parse(
      cli(['calendar', '--format', 'json', '--root', copied, '--releases', 'repos.json', ...CAL]).stdout,
    ) as { problems: Record<string, unknown>[] };
    expect(json.problems.find((p) => p.repo === 'octoacme/ledger')).toEqual({
      file: 'repos.json',
      repo: 'octoacme/ledger',
      rule: 'unreadable',
      message: 'GitHub answered 500 when asked to read the files of octoacme/ledger',
    });
  });

  it('a problem with a path has its line and column, and one without has neither', () => {
    const withPath = readCollected(LATER);
    withPath.problems = [{ repo: 'octoacme/ledger', path: 'release.yml', rule: 'unreadable', message: 'x' }];
    const placeless = readCollected(LATER);
    placeless.problems = [{ repo: 'octoacme/ledger', line: 1, column: 1, rule: 'unreadable', message: 'x' }];
    const root = copy(LATER, { 'a.json': withPath, 'b.json': placeless });
    for (const file of ['a.json', 'b.json']) {
      const run = cli(['calendar', '--root', root, '--releases', file, ...CAL]);
      expect(run.code, file).toBe(2);
      expect(run.stderr, file).toMatch(
        new RegExp(`${file.replace('.', '\\.')}:\\d+:\\d+: error: .*\\[schema\\]`),
      );
    }
  });

  it('ics: a VEVENT per collected release with its source URL, read by a real iCalendar parser', () => {
    const run = cli(['calendar', '--format', 'ics', '--root', root, '--releases', 'releases.json', ...CAL]);
    expect(run.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(run.stdout));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const tax = byUid.get('release-tax-rates-3.2.0@octoacme.github.io')!;
    expect(tax.summary).toBe('Release: tax-rates 3.2.0 (minor)');
    expect(tax.startDate.toJSDate().toISOString()).toBe('2026-12-10T20:00:00.000Z');
    expect(tax.endDate.toJSDate().toISOString()).toBe('2026-12-10T21:00:00.000Z');
    expect(tax.component.getFirstPropertyValue('url')).toBe(
      'https://github.com/octoacme/tax/blob/main/release.yml',
    );
    expect(tax.description).toContain('Collected from octoacme/tax release.yml');
    const proposed = byUid.get('release-tax-rates-3.2.0-pr-233@octoacme.github.io')!;
    expect(proposed.summary).toBe('Proposed release: tax-rates 3.2.0 (minor)');
    expect(proposed.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    // One event for payments-api 2.4.0, at the collected time.
    const payments = events.filter((e) => e.uid === 'release-payments-api-2.4.0@octoacme.github.io');
    expect(payments).toHaveLength(1);
    expect(payments[0]!.startDate.toJSDate().toISOString()).toBe('2026-12-09T20:00:00.000Z');
    // The calendar's own releases stay, without a URL.
    const ledger = byUid.get('release-ledger-5.1.0@octoacme.github.io')!;
    expect(ledger.component.getFirstPropertyValue('url')).toBeNull();
  });

  it('the built-in policy draws its own collected releases without the flag', () => {
    const run = cli(['calendar', '--format', 'json', '--now', '2026-12-01T00:00:00-05:00', '--days', '90']);
    const data = JSON.parse(run.stdout) as {
      upcoming: { id: string; source?: string }[];
      problems: unknown[];
    };
    expect(data.upcoming.find((e) => e.id === 'release-billing-portal-1.4.0')?.source).toBe(
      'https://github.com/octoacme/billing/blob/main/services/billing-portal/release.yml',
    );
    expect(data.problems).toHaveLength(1);
  });
});

describe('the action input releases', () => {
  it('gives the collected file to the check, as the CLI flag does', () => {
    const run = runAction({
      workspace: join(EXAMPLES, LATER),
      inputs: { releases: 'releases.json', now: '2026-12-04T12:00:00-05:00' },
    });
    expect(run.code).toBe(1);
    expect(
      run.commands.some((c) => c.startsWith('::error title=release-conflict,file=release.yml,line=43')),
    ).toBe(true);
  });

  it('takes several files separated by commas or lines; a broken one fails the step with its place', () => {
    const root = copy(COMPLIANT, { 'bad.json': '{\n  "org": 1\n}\n' });
    const run = runAction({
      workspace: root,
      inputs: { releases: 'releases.json,\nbad.json', now: '2026-12-04T12:00:00-05:00' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('the releases file bad.json is not valid');
    expect(run.stdout).toMatch(/bad\.json:2:\d+: error/);
    expect(run.stderr).toBe('');
  });

  it('refuses a file outside the workspace', () => {
    const run = runAction({
      workspace: join(EXAMPLES, COMPLIANT),
      inputs: { releases: '../collected-dependency-later/releases.json', now: '2026-12-04T12:00:00-05:00' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Invalid input "releases"');
  });
});
