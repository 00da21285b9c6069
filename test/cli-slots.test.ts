import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../action/src/report/json.ts';
import { cli } from './helpers/cli.ts';
import { EXAMPLES } from './helpers/examples.ts';
import { tempDir } from './helpers/temp.ts';

/** minor-compliant (or another example) planned for another time, checked through the CLI. */
function checkAt(date: string, end: string, args: string[], example = 'minor-compliant'): JsonReport {
  const root = join(tempDir('slots'), 'repo');
  cpSync(join(EXAMPLES, example), root, { recursive: true });
  const file = join(root, 'release.yml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace(/^date: .*$/m, `date: ${date}`)
      .replace(/end: [\d-]+T[\d:]+-05:00/, `end: ${end}`),
  );
  const run = cli(['check', '--root', root, '--format', 'json', ...args]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonReport;
}

const blackouts = (r: JsonReport) =>
  r.findings.filter((f) => f.rule === 'blackout-window').map((f) => `${f.severity} ${f.message}`);

describe('next allowed slots and one report per period (CLI)', () => {
  it('Thanksgiving Day is reported once, as the hard blackout; the slot is Monday 09:00', () => {
    const result = checkAt('2026-11-26T10:00:00-05:00', '2026-11-26T12:00:00-05:00', [
      '--now',
      '2026-11-20T12:00:00-05:00',
    ]);
    expect(blackouts(result)).toEqual([
      'error 2026-11-26T10:00-05:00 falls in "Thanksgiving blackout" (2026-11-26 00:00 to 2026-11-30 00:00 America/New_York); next allowed slot: 2026-11-30T09:00-05:00',
    ]);
  });

  it('a deploy on Christmas Day is reported once, as the year-end freeze', () => {
    const result = checkAt('2026-12-08T15:00:00-05:00', '2026-12-08T17:00:00-05:00', [
      '--mode',
      'deploy',
      '--now',
      '2026-12-25T11:00:00-05:00',
    ]);
    expect(blackouts(result)).toEqual([
      'error now (2026-12-25T11:00-05:00, deploy mode) falls in "Year-end freeze" (2026-12-18 00:00 to 2027-01-04 00:00 America/New_York); next allowed slot: 2027-01-04T09:00-05:00',
    ]);
  });

  it('after a holiday the slot is the start of the deploy hours (08:00 for minor releases), never midnight', () => {
    // Veterans Day 2026 is a Wednesday; Martin Luther King Jr. Day 2027 a Monday after the weekend window.
    const veterans = checkAt('2026-11-11T10:00:00-05:00', '2026-11-11T12:00:00-05:00', [
      '--now',
      '2026-11-10T12:00:00-05:00',
    ]);
    expect(blackouts(veterans)).toEqual([
      'warning 2026-11-11T10:00-05:00 falls on the holiday "Veterans Day" (2026-11-11 America/New_York); next allowed slot: 2026-11-12T08:00-05:00',
    ]);
    const finding = veterans.findings.find((f) => f.rule === 'blackout-window')!;
    expect(finding.hint).toContain(
      'date: 2026-11-12T08:00:00-05:00\nwindow: { end: 2026-11-12T10:00:00-05:00 }',
    );
    const mlk = checkAt('2027-01-18T10:00:00-05:00', '2027-01-18T12:00:00-05:00', [
      '--now',
      '2027-01-15T12:00:00-05:00',
    ]);
    expect(blackouts(mlk)).toEqual([
      'warning 2027-01-18T10:00-05:00 falls on the holiday "Martin Luther King Jr. Day" (2027-01-18 America/New_York); next allowed slot: 2027-01-19T08:00-05:00',
    ]);
  });
});

describe('the working day’s start without deployment windows (CLI)', () => {
  it('a patch in the year-end freeze: the slot after it is 09:00 (the weekend window’s end), not midnight', () => {
    // 2028-01-04 is a Tuesday; patches have no deployment windows, so the calendar's morning decides.
    const result = checkAt(
      '2027-12-28T10:00:00-05:00',
      '2027-12-28T11:00:00-05:00',
      ['--now', '2027-12-27T12:00:00-05:00'],
      'patch-compliant',
    );
    const [finding] = result.findings.filter((f) => f.rule === 'blackout-window');
    expect(finding?.message).toMatch(/"Year-end freeze" .*; next allowed slot: 2028-01-04T09:00-05:00/);
    expect(finding?.hint).toContain(
      'date: 2028-01-04T09:00:00-05:00\nwindow: { end: 2028-01-04T10:00:00-05:00 }',
    );
  });
});

describe('sign-off hints never give an empty range (CLI)', () => {
  it('long before the release, a stale sign-off’s hint says from when sign-offs count', () => {
    // Checked on 2026-10-01, 68 days before the release: sign-offs count from 2026-11-08 (30 days before).
    const result = checkAt('2026-12-08T15:00:00-05:00', '2026-12-08T17:00:00-05:00', [
      '--now',
      '2026-10-01T12:00:00-05:00',
    ]);
    const stale = result.findings.filter((f) => f.rule === 'signoff-stale');
    expect(stale.length).toBeGreaterThan(0);
    for (const f of stale) {
      expect(f.hint).not.toMatch(/between/);
      expect(f.hint).toMatch(/again on or after 2026-11-08 \(30 days before the release date\)/);
    }
  });
});
