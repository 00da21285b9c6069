import { describe, expect, it } from 'vitest';
import { builtinPolicies } from '../action/src/cli/package-files.ts';
import { memoryHost } from '../action/src/engine/host.ts';
import { loadPolicy, mergePolicy } from '../action/src/engine/policy.ts';

function load(files: Record<string, string>, path = 'policy.yml') {
  return loadPolicy({ host: memoryHost(files), path }, builtinPolicies);
}

function problems(files: Record<string, string>, path?: string): string[] {
  const loaded = load(files, path);
  if (loaded.ok) throw new Error('the policy loaded, but should not have');
  return loaded.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);
}

describe('loadPolicy', () => {
  it('loads the built-in policy with its templates, calendar and collected releases', () => {
    const loaded = loadPolicy(builtinPolicies('octoacme')!, builtinPolicies);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings));
    expect(loaded.policy.name).toBe('octoacme');
    expect(Object.keys(loaded.policy.templates).sort()).toEqual(['hotfix', 'standard']);
    expect(loaded.policy.templates.hotfix!.text).toContain('## Fixed Issues');
    expect(loaded.policy.calendar?.data.timezone).toBe('America/New_York');
    expect(loaded.policy.files).toEqual([
      'policies/octoacme/policy.yml',
      'templates/release-notes.md',
      'templates/hotfix-notes.md',
      'policies/octoacme/calendar.yml',
    ]);
    // The collected releases are data, not policy: loaded, but neither listed nor hashed with it.
    expect(loaded.policy.releases?.file).toBe('policies/octoacme/releases.json');
    expect(loaded.policy.releases?.data.org).toBe('octoacme');
  });

  it('merges a team policy onto its base: mappings by key, lists replaced', () => {
    const loaded = load({
      'policy.yml':
        'extends: octoacme\nname: payments\ntypes:\n  patch:\n    signoffs: [tech-lead]\nsignoffs:\n  max_age_days: 14\n',
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings));
    const { data } = loaded.policy;
    expect(loaded.policy.name).toBe('payments');
    expect(data.types?.patch?.signoffs).toEqual(['tech-lead']);
    expect(data.types?.patch?.notes).toBe('hotfix');
    expect(data.types?.minor?.signoffs).toContain('qa-lead');
    expect(data.signoffs?.max_age_days).toBe(14);
    expect(loaded.policy.files[0]).toBe('policy.yml');
    expect(loaded.policy.files[1]).toBe('policies/octoacme/policy.yml');
  });

  it('reads a team template relative to the team policy', () => {
    const loaded = load(
      {
        'ci/policy.yml': 'extends: octoacme\nnotes:\n  templates:\n    hotfix:\n      file: hotfix.md\n',
        'ci/hotfix.md': '# [Product Name] Hotfix [Version] - [Date]\n\n## Summary\n',
      },
      'ci/policy.yml',
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings));
    expect(loaded.policy.templates.hotfix).toEqual({
      file: 'ci/hotfix.md',
      text: '# [Product Name] Hotfix [Version] - [Date]\n\n## Summary\n',
    });
    expect(loaded.policy.templates.standard!.file).toBe('templates/release-notes.md');
  });

  it.each([
    [{ 'policy.yml': 'extends: nope\n' }, 'policy.yml:1:10 no built-in policy is named "nope"'],
    [
      { 'policy.yml': 'extends: ./a.yml\n', 'a.yml': 'extends: ./policy.yml\n' },
      'a.yml:1:10 policies extend each other in a loop (policy.yml → a.yml → policy.yml)',
    ],
    [{ 'policy.yml': 'extends: ./missing.yml\n' }, 'policy.yml:1:10 extends: missing.yml: no such file'],
    [
      { 'policy.yml': 'extends: octoacme\nchanges:\n  ui:\n    signoffs: [designer]\n' },
      'policy.yml:4:16 no role "designer" is defined under roles',
    ],
    [
      { 'policy.yml': 'extends: octoacme\ntypes:\n  patch:\n    signoffs: [product-manager]\n' },
      'policy.yml:4:16 "product-manager" is an alias; name the role "product-owner" here',
    ],
    [
      { 'policy.yml': 'extends: octoacme\ntypes:\n  minor:\n    notes: fancy\n' },
      'policy.yml:4:12 no notes template "fancy" is defined under notes.templates',
    ],
    [
      { 'policy.yml': 'extends: octoacme\ncalendar: ../../elsewhere.yml\n' },
      'policy.yml:2:11 "../../elsewhere.yml" leads outside the repository',
    ],
    [
      { 'policy.yml': 'extends: octoacme\ncalendar: cal.yml\n', 'cal.yml': 'timezone: Mars/Olympus_Mons\n' },
      'cal.yml:1:11 timezone must be an IANA time zone name like America/New_York or UTC (fixed offsets are refused), not "Mars/Olympus_Mons"',
    ],
    [
      { 'policy.yml': 'extends: octoacme\nnotes:\n  templates:\n    hotfix:\n      file: nope.md\n' },
      'policy.yml:5:13 notes template "hotfix": nope.md: no such file',
    ],
  ])('refuses %j with the exact place', (files, expected) => {
    expect(problems(files)).toEqual([expected]);
  });

  it('refuses a date that does not exist, which the schema cannot see', () => {
    const calendar =
      'timezone: UTC\nblackouts:\n  - { id: x, name: X, reason: r, start: 2027-02-30, end: 2027-03-02, blocks: [minor], enforcement: hard }\n';
    expect(problems({ 'policy.yml': 'extends: octoacme\ncalendar: cal.yml\n', 'cal.yml': calendar })).toEqual(
      ['cal.yml:3:41 "2027-02-30" is not a date that exists'],
    );
  });

  it('merges __proto__ keys as data, polluting nothing', () => {
    const merged = mergePolicy(
      { a: { b: 1 } } as Record<string, unknown>,
      JSON.parse('{"__proto__": {"polluted": true}, "a": {"c": 2}}'),
    );
    expect(merged).toEqual(JSON.parse('{"a": {"b": 1, "c": 2}, "__proto__": {"polluted": true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });
});
