import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSummary, MAX_DETAILED_RELEASES, SUMMARY_MAX_BYTES } from '../action/src/action/summary.ts';
import { nodeHost } from '../action/src/cli/node-host.ts';
import { policyFrom } from '../action/src/cli/policy-files.ts';
import { check } from '../action/src/engine/check.ts';
import { toFinding, type Finding } from '../action/src/engine/finding.ts';
import { loadYaml } from '../action/src/engine/load.ts';
import type { CheckResult } from '../action/src/engine/result.ts';
import { parseYaml, type YamlFile } from '../action/src/engine/yaml-source.ts';
import { REPO } from './helpers/cli.ts';

const NOW = '2026-12-04T12:00:00-05:00';
const root = join(REPO, 'examples/minor-compliant');
const host = nodeHost(root);
const policy = policyFrom('octoacme', root, root);
const { result, sources, notes } = check({
  configs: ['release.yml'],
  host,
  policy,
  mode: 'plan',
  now: NOW,
  tool: { name: 'release-policy', version: 'test' },
});
const loaded = loadYaml(host, 'release.yml', 'release');
if (!loaded.ok) throw new Error('minor-compliant does not load');
const yaml = loaded.yaml;

const bytes = (text: string) => new TextEncoder().encode(text).length;
const HOSTILE = '<img src=x onerror=alert(1)> | **bold** [link](javascript:alert(1)) `code`';

describe('the job summary', () => {
  it('stays under 1 MiB with thousands of findings and hundreds of releases, saying what it left out', () => {
    const findings: Finding[] = Array.from({ length: 5_000 }, (_, i) =>
      toFinding('schema', 'error', {
        message: `finding ${i}: ${HOSTILE} ${'x'.repeat(400)}`,
        file: `services/s${i % 300}/release.yml`,
        line: i + 1,
        column: 1,
        hint: `hint ${i}\n${'y'.repeat(300)}`,
      }),
    );
    const releases = Array.from({ length: 300 }, (_, i) => ({
      ...result.release!,
      file: `services/s${i}/release.yml`,
    }));
    const big: CheckResult = {
      ...result,
      ok: false,
      release: releases[0]!,
      releases,
      findings,
      summary: { errors: findings.length, warnings: 0, waived: 0 },
    };
    const parsed = new Map<string, YamlFile>(releases.map((r) => [r.file, yaml]));
    const summary = buildSummary({
      result: big,
      sources,
      notes,
      policy,
      parsed,
      note: '4991 more errors not shown',
    });
    expect(bytes(summary)).toBeLessThan(SUMMARY_MAX_BYTES);
    expect(bytes(summary)).toBeLessThan(1024 * 1024);
    expect(bytes(summary)).toBeGreaterThan(SUMMARY_MAX_BYTES * 0.8);
    expect(summary).toMatch(/…and \d+ more findings; see the JSON report\./);
    expect(summary.match(/^### payments-api 2\.4\.0/gm)).toHaveLength(MAX_DETAILED_RELEASES);
    expect(summary).toContain(`…and ${300 - MAX_DETAILED_RELEASES} more releases`);
    expect(summary).toContain('> [!NOTE]\n> 4991 more errors not shown');
    expect(summary).not.toContain('<img');
  });

  it('escapes every text that comes from users’ files', () => {
    const text = [
      `product: "${HOSTILE.replaceAll('"', '\\"')}"`,
      'version: "2.4.0"',
      'type: minor',
      'date: 2026-12-08T15:00:00-05:00',
      'signoffs:',
      `  - { role: qa-lead, by: "<script>alert(1)</script>", date: "<b>2026-12-01</b>" }`,
    ].join('\n');
    const parsedYaml = parseYaml('release.yml', text);
    if (!parsedYaml.ok) throw new Error('does not parse');
    const hostile: CheckResult = {
      ...result,
      findings: [
        toFinding('signoff-stale', 'error', {
          message: `${HOSTILE}\n<script>x</script>`,
          file: 'release.yml',
          line: 6,
        }),
      ],
    };
    const summary = buildSummary({
      result: hostile,
      sources,
      notes,
      policy,
      parsed: new Map([['release.yml', parsedYaml.yaml]]),
    });
    // Outside code spans, the only HTML is what the summary itself writes.
    const outsideCode = summary.replace(/(`+)[^`]*?\1/g, '');
    expect(outsideCode).not.toMatch(/<(?!\/?(?:br|details|summary|sub)>)[a-z/!]/i);
    expect(summary).toContain('&lt;script&gt;alert(1)&lt;/script&gt; on &lt;b&gt;2026-12-01&lt;/b&gt;');
    expect(summary).toContain('### &lt;img src=x onerror=alert(1)&gt; \\| \\*\\*bold\\*\\*');
    expect(summary).toContain('| QA Lead (`qa-lead`) | minor release | &lt;script&gt;');
    expect(summary).toContain('❌ stale');
  });

  it('shows a waived blackout as an emergency pass with the next allowed slot', () => {
    const emergency = join(REPO, 'examples/patch-emergency-in-freeze');
    const emergencyHost = nodeHost(emergency);
    const checked = check({
      configs: ['release.yml'],
      host: emergencyHost,
      policy,
      mode: 'plan',
      now: '2026-12-23T09:30:00-05:00',
      tool: { name: 'release-policy', version: 'test' },
    });
    const release = loadYaml(emergencyHost, 'release.yml', 'release');
    if (!release.ok) throw new Error('does not load');
    const summary = buildSummary({ ...checked, policy, parsed: new Map([['release.yml', release.yaml]]) });
    expect(summary).toMatch(/\*\*Blackouts:\*\* ✅ passes as an emergency \(waived\): .* falls in “Year-end/);
    expect(summary).toMatch(/next allowed slot: 2027-01-0\dT09:00-05:00/);
  });
});
