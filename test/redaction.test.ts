/**
 * A URL with credentials in release.yml is a `schema` error whose every rendering — the CLI's text,
 * JSON, SARIF and Markdown, the action's log, annotations, summary, JSON report and SARIF file —
 * hides the secret; raw control bytes from the file are shown as control pictures, never sent.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, runAction } from './helpers/action.ts';
import { cli } from './helpers/cli.ts';

const NOW = '2026-12-04T12:00:00-05:00';
const SECRET = 'hunter2';

/** minor-compliant with credentials in three URLs and an ESC in a key and in the product name. */
function workspace(): string {
  const root = copyExample('minor-compliant');
  const file = join(root, 'release.yml');
  const text = readFileSync(file, 'utf8')
    .replace('monitoring: https://', `monitoring: https://admin:${SECRET}@`)
    .replace('plan: docs/runbooks/rollback.md', `plan: 'https://ops:${SECRET}@wiki.example/rollback'`)
    .replace(
      'customer_plan: docs/comms/2.4.0-customers.md',
      `customer_plan: https://${SECRET}@wiki.example/comms`,
    )
    .replace('product: payments-api', 'product: "payments\\e-api"\n"strat\\egy2": canary');
  writeFileSync(file, text);
  return root;
}

describe('credentials in URLs', () => {
  const root = workspace();

  it('are a schema error on each value, saying why, with a hint, and the secret hidden in every CLI format', () => {
    const text = cli(['check', '--root', root, '--now', NOW]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      'release.yml:28:15: error: verification.monitoring must not be a URL with a user name or password in it, not "https://***@grafana.octoacme.example/d/payments-api" [schema]',
    );
    expect(text.stdout).toContain('28 |   monitoring: https://***@grafana.octoacme.example/d/payments-api');
    expect(text.stdout).toContain('hint: Credentials in a URL are readable by anyone');
    expect(text.stdout.match(/must not be a URL with a user name or password/g)).toHaveLength(3);
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const run = cli(['check', '--root', root, '--now', NOW, '--format', format]);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain(SECRET);
      expect(run.stdout).not.toContain('admin');
      expect(run.stdout).not.toContain('\u001b');
    }
  });

  it('never reach the action’s log, annotations, summary, outputs, JSON report or SARIF file', () => {
    const run = runAction({ workspace: root, inputs: { now: NOW, sarif: 'out.sarif' } });
    expect(run.code).toBe(1);
    const report = readFileSync(run.outputs.report!, 'utf8');
    const sarif = readFileSync(join(root, 'out.sarif'), 'utf8');
    for (const output of [run.stdout, run.stderr, run.summary, run.outputFile, report, sarif]) {
      expect(output).not.toContain(SECRET);
      expect(output).not.toContain('\u001b');
    }
    const annotations = run.commands.filter((c) => c.startsWith('::error title=schema'));
    expect(annotations).toHaveLength(5);
    expect(annotations.join('\n')).toContain('unknown key "strat␛gy2"');
    expect(run.summary).toContain('payments␛-api');
  });
});
