// The playground's pure parts, with the engine the browser runs: the builder writes what the
// schema accepts, a pasted team policy is loaded on top of OctoAcme's, and a link keeps the state.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { octoacmePolicy } from '../site/src/lib/engine.ts';
import { buildRelease, daysBefore } from '../site/src/lib/playground-builder.ts';
import { runPlayground } from '../site/src/lib/playground-engine.ts';
import { REPO } from './helpers/cli.ts';
import { decodeState, encodeState, type PlaygroundState } from '../site/src/lib/playground-state.ts';

const NOW = '2026-12-04T12:00:00-05:00';

describe('the builder', () => {
  it('counts lead times back from the day as written', () => {
    expect(daysBefore('2027-03-09T15:00:00-05:00', 28)).toBe('2027-02-09');
    expect(daysBefore('2027-03-01T10:00:00+01:00', 1)).toBe('2027-02-28');
    expect(daysBefore('not a date', 1)).toBeUndefined();
  });

  for (const type of ['patch', 'minor', 'major'] as const) {
    it(`writes a ${type} release.yml the schema accepts, leaving only what people must do`, () => {
      const built = buildRelease(
        {
          product: 'payments-api',
          // Not a version the calendar plans (payments-api 3.0.0 waits for its testing window).
          version: type === 'major' ? '4.0.0' : type === 'minor' ? '2.5.0' : '2.4.1',
          previous: type === 'major' ? '3.0.0' : '2.4.0',
          type,
          date: '2027-03-09T15:00:00-05:00',
          manager: '@dana',
          strategy: 'canary',
          changes: ['ui', 'customer_facing'],
        },
        octoacmePolicy(),
      );
      expect(built.releaseYml).toMatch(/^# yaml-language-server: \$schema=/);
      const run = runPlayground({
        example: 'minor-compliant',
        releaseYml: built.releaseYml,
        notes: built.notes,
        mode: 'plan',
        now: NOW,
        format: 'json',
      });
      expect(run.ok).toBe(true);
      if (!run.ok) return;
      const rules = new Set(run.result.findings.map((f) => f.rule));
      // Valid: no syntax or schema finding, and the version follows `previous`.
      expect(rules.has('yaml-syntax')).toBe(false);
      expect(rules.has('schema')).toBe(false);
      expect(rules.has('version-bump')).toBe(false);
      // What is left is the humans' part: sign-offs, notes text, a tested rollback, the comms plan.
      expect(rules.has('signoff-required')).toBe(true);
      expect(built.releaseYml).toContain('Sign-offs this release needs:');
      if (type !== 'patch') expect(rules.has('lead-time')).toBe(false);
    });
  }
});

describe('a team policy in the playground', () => {
  const example = {
    example: 'minor-compliant',
    mode: 'plan' as const,
    now: NOW,
    format: 'text' as const,
  };
  const base = runPlayground({ ...example, releaseYml: '', notes: '' });

  it('extends OctoAcme: one more required sign-off fails the compliant example', () => {
    const releaseYml = readFileSync(join(REPO, 'examples/minor-compliant/release.yml'), 'utf8');
    const notes = readFileSync(join(REPO, 'examples/minor-compliant/docs/releases/2.4.0.md'), 'utf8');
    expect(base.ok).toBe(true);
    const plain = runPlayground({ ...example, releaseYml, notes });
    expect(plain.ok && plain.result.ok).toBe(true);
    const stricter = runPlayground({
      ...example,
      releaseYml,
      notes,
      policy:
        'extends: octoacme\nname: payments\ntypes:\n  minor:\n    signoffs: [qa-lead, tech-lead, product-owner, release-manager, devops, security]\n',
    });
    expect(stricter.ok).toBe(true);
    if (!stricter.ok) return;
    expect(stricter.result.findings.map((f) => f.rule)).toContain('signoff-required');
  });

  it('reports an invalid team policy at its place and checks nothing', () => {
    const run = runPlayground({
      ...example,
      releaseYml: '',
      notes: '',
      policy: 'extends: octoacme\nseverity:\n  no-such-rule: error\n',
    });
    expect(run.ok).toBe(false);
    if (run.ok) return;
    expect(run.policyFindings[0]).toMatchObject({ file: '.github/release-policy.yml', line: 3 });
    expect(run.report).toMatch(/^The team policy is not valid; nothing was checked\./);
  });
});

describe('the state in the URL', () => {
  const state: PlaygroundState = {
    example: 'minor-compliant',
    release: 'product: x\nversion: "1.0.0"\n# ünïcödé ✓\n',
    notes: '# x 1.0.0\n'.repeat(200),
    policy: 'extends: octoacme\n',
    mode: 'deploy',
    now: NOW,
    format: 'markdown',
  };

  it('round-trips, compressed into a URL-safe fragment', async () => {
    const fragment = await encodeState(state);
    expect(fragment).toMatch(/^s=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(600);
    expect(await decodeState(`#${fragment}`)).toEqual(state);
  });

  it('ignores a fragment that is not ours or is damaged', async () => {
    expect(await decodeState('#overview')).toBeUndefined();
    expect(await decodeState('#s=!!!')).toBeUndefined();
    const fragment = await encodeState(state);
    expect(await decodeState(fragment.slice(0, 20))).toBeUndefined();
  });
});
