import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../action/src/report/json.ts';
import { cli } from './helpers/cli.ts';
import { EXAMPLE_CASES as cases, EXAMPLES, readExpected } from './helpers/examples.ts';

describe('examples', () => {
  it('has a compliant example for every release type and several non-compliant ones', () => {
    expect(cases).toEqual(expect.arrayContaining(['patch-compliant', 'minor-compliant', 'major-compliant']));
    const failing = cases.filter((name) => readExpected(name).exitCode !== 0);
    expect(failing.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(cases)('%s', (name) => {
    const expected = readExpected(name);
    const root = join(EXAMPLES, name);

    it('gives exactly the expected findings in JSON', () => {
      const run = cli(['check', '--root', root, '--format', 'json', ...expected.args]);
      expect(run.stderr).toBe('');
      const result = JSON.parse(run.stdout) as JsonReport;
      // Live findings first, then the waived ones, each list in the report's order.
      expect(result.findings.every((f) => !f.waived)).toBe(true);
      expect(result.suppressed.every((f) => f.waived)).toBe(true);
      const found = [...result.findings, ...result.suppressed].map(
        ({ rule, severity, file, line, column, waived, message }) => ({
          rule,
          severity,
          file,
          line,
          column,
          ...(waived ? { waived: true } : {}),
          message,
        }),
      );
      expect(found).toEqual(expected.findings);
      expect(run.code).toBe(expected.exitCode);
      expect(result.ok).toBe(expected.exitCode === 0);
    });

    it('prints each expected finding compiler-style in text', () => {
      const run = cli(['check', '--root', root, ...expected.args]);
      expect(run.code).toBe(expected.exitCode);
      const lines = run.stdout.split('\n');
      for (const f of expected.findings) {
        // A waived finding prints as `waived`, with who approved it before the rule id.
        const head = `${f.file}:${f.line}:${f.column}: ${f.waived ? 'waived' : f.severity}: ${f.message}`;
        const line = lines.find((l) => l.startsWith(head));
        expect(line, head).toBeDefined();
        expect(line!.endsWith(` [${f.rule}]`)).toBe(true);
      }
      expect(run.stdout).not.toContain('\u001b[');
    });
  });
});
