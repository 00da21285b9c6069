import { describe, expect, it } from 'vitest';
import { checkResult, finding } from '../../../test/helpers/result.ts';
import { ruleMetas } from '../rules/index.ts';
import { artifactUri, fnv1a64, pascalCase, renderSarif, sarifLog } from './sarif.ts';

describe('sarif reporter', () => {
  const result = checkResult([
    finding({
      rule: 'signoff-required',
      message: 'a minor release needs a qa-lead sign-off',
      file: 'release.yml',
      line: 12,
      column: 3,
      endLine: 12,
      endColumn: 9,
      hint: 'signoffs:\n  - { role: qa-lead }',
    }),
    finding({ rule: 'lead-time', severity: 'warning', file: 'release.yml', line: 8 }),
    finding({
      rule: 'blackout-window',
      file: 'release.yml',
      line: 4,
      column: 7,
      waived: { approvedBy: '@dana', reason: 'SEV1 fix', expires: '2026-12-20' },
    }),
    finding({ rule: 'schema', file: 'release.yml', line: 2, column: 10 }),
  ]);
  const log = sarifLog(result);
  const run = log.runs[0];

  it('is one SARIF 2.1.0 run of release-policy', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({
      name: 'release-policy',
      version: '0.1.0',
      informationUri: 'https://octoacme.github.io/release-policy/',
    });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(JSON.stringify(run.originalUriBaseIds)).not.toContain('file:');
  });

  it('describes the whole catalogue, then the rules it does not know, each with docs', () => {
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids.slice(0, ruleMetas.length)).toEqual(ruleMetas.map((m) => m.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of result.findings) expect(ids).toContain(f.rule);
    const signoff = run.tool.driver.rules.find((r) => r.id === 'signoff-required');
    expect(signoff).toMatchObject({
      name: 'SignoffRequired',
      helpUri: 'https://octoacme.github.io/release-policy/rules/signoff-required/',
      defaultConfiguration: { level: 'error' },
    });
    expect(signoff?.shortDescription.text).toBeTruthy();
    expect(signoff?.help.markdown).toContain(
      '(https://octoacme.github.io/release-policy/rules/signoff-required/)',
    );
    const schema = run.tool.driver.rules.find((r) => r.id === 'schema');
    const meta = ruleMetas.find((m) => m.id === 'schema')!;
    expect(schema?.shortDescription.text).toBe(meta.title);
    expect(schema?.fullDescription.text).toBe(meta.description);
    expect(schema?.help.text).toContain(meta.fix);
  });

  it('points every result at its rule and place', () => {
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
    const signoff = run.results.find((r) => r.ruleId === 'signoff-required')!;
    expect(signoff).toMatchObject({
      level: 'error',
      message: { text: 'a minor release needs a qa-lead sign-off' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'release.yml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 9 },
          },
        },
      ],
      properties: { hint: 'signoffs:\n  - { role: qa-lead }' },
    });
    const lead = run.results.find((r) => r.ruleId === 'lead-time')!;
    expect(lead.level).toBe('warning');
    expect(lead.locations?.[0]?.physicalLocation.region).toEqual({ startLine: 8 });
  });

  it('marks waived findings as notes with an accepted external suppression', () => {
    const waived = run.results.find((r) => r.ruleId === 'blackout-window')!;
    expect(waived.level).toBe('note');
    expect(waived.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'Waived by @dana until 2026-12-20: SEV1 fix' },
    ]);
  });

  it('places a finding without a file on the release file, or nowhere when none is known', () => {
    const sources = { 'release.yml': 'a: 1\nb: 2\nc: 3\n' };
    const anchored = sarifLog(checkResult([finding({ rule: 'signoff-verified' })]), { sources });
    expect(anchored.runs[0].results[0]?.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'release.yml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1, endLine: 3 },
        },
      },
    ]);
    const bare = checkResult([finding({ rule: 'signoff-verified' })], { release: null });
    bare.audit.inputs = [];
    expect(sarifLog(bare).runs[0].results[0]?.locations).toBeUndefined();
  });

  it('leaves out region parts that are not there or make no sense', () => {
    const odd = sarifLog(
      checkResult([
        finding({ rule: 'a', file: 'release.yml', line: 3, column: 5, endLine: 2, endColumn: 1 }),
        finding({ rule: 'b', file: 'release.yml', line: 3, column: 5, endColumn: 5 }),
        finding({ rule: 'c', file: 'release.yml', line: 3, column: 5, endLine: 4, endColumn: 1 }),
        finding({ rule: 'd', file: 'release.yml', line: 0, column: 5 }),
      ]),
    ).runs[0].results.map((r) => r.locations?.[0]?.physicalLocation.region);
    expect(odd).toEqual([
      { startLine: 1 },
      { startLine: 3, startColumn: 5 },
      { startLine: 3, startColumn: 5 },
      { startLine: 3, startColumn: 5, endLine: 4, endColumn: 1 },
    ]);
  });

  it('gives stable fingerprints that tell identical findings apart', () => {
    const twice = checkResult([
      finding({ rule: 'notes-placeholder', file: 'notes.md', line: 3, message: 'placeholder [Date]' }),
      finding({ rule: 'notes-placeholder', file: 'notes.md', line: 9, message: 'placeholder [Date]' }),
    ]);
    const [first, second] = sarifLog(twice).runs[0].results.map(
      (r) => r.partialFingerprints['releasePolicy/v1'],
    );
    const hash = fnv1a64('notes-placeholder:notes.md:placeholder [Date]');
    expect(first).toBe(`${hash}:1`);
    expect(second).toBe(`${hash}:2`);
    // A line moving does not change it.
    const moved = checkResult([
      finding({ rule: 'notes-placeholder', file: 'notes.md', line: 30, message: 'placeholder [Date]' }),
    ]);
    expect(sarifLog(moved).runs[0].results[0]?.partialFingerprints['releasePolicy/v1']).toBe(first);
  });

  it('hashes with FNV-1a 64', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('names rules in PascalCase', () => {
    expect(pascalCase('signoff-required')).toBe('SignoffRequired');
    expect(pascalCase('yaml-syntax')).toBe('YamlSyntax');
    expect(pascalCase('--')).toBe('Rule');
    // SARIF1001: a name may not equal the id but for case.
    expect(run.tool.driver.rules.find((r) => r.id === 'schema')?.name).toBe('SchemaRule');
  });

  it('writes paths as relative URI references', () => {
    expect(artifactUri('release.yml')).toBe('release.yml');
    expect(artifactUri('./services/payments/release.yml')).toBe('services/payments/release.yml');
    expect(artifactUri('docs/release notes/2.4.0#rc?.md')).toBe('docs/release%20notes/2.4.0%23rc%3F.md');
    expect(artifactUri('docs\\notes\\ünïcode:1.md')).toBe('docs/notes/%C3%BCn%C3%AFcode%3A1.md');
    expect(() => artifactUri('bad\ud800.md')).not.toThrow();
  });

  it('handles rules missing from the catalogue and empty messages', () => {
    const unknown = sarifLog(
      checkResult([finding({ rule: 'future-rule', severity: 'warning', file: 'a.yml', message: '' })]),
    );
    const rule = unknown.runs[0].tool.driver.rules.at(-1)!;
    expect(rule).toMatchObject({
      id: 'future-rule',
      name: 'FutureRule',
      helpUri: 'https://octoacme.github.io/release-policy/rules/future-rule/',
      defaultConfiguration: { level: 'warning' },
    });
    expect(unknown.runs[0].results[0]?.message.text).toBe('future-rule');
  });

  it('is deterministic and ends with a newline', () => {
    const shuffled = checkResult([...result.findings].reverse());
    expect(renderSarif(shuffled)).toBe(renderSarif(result));
    expect(renderSarif(result).endsWith('}\n')).toBe(true);
  });
});
