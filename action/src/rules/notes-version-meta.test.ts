import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { octoacmePolicy } from '../../../test/helpers/rules.ts';
import { breakingChange } from './breaking-change.ts';
import { notesMismatch } from './notes-mismatch.ts';
import { notesPlaceholder } from './notes-placeholder.ts';
import { notesSection } from './notes-section.ts';
import { versionBump } from './version-bump.ts';

const EXAMPLES = join(import.meta.dirname, '../../../examples');
const RULES = [versionBump, breakingChange, notesSection, notesPlaceholder, notesMismatch];
/** Rules the policy schema says can never be waived. */
const NEVER_WAIVABLE = ['breaking-change'];

describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s metadata', (id, { meta }) => {
  it('is complete and written in the house style', () => {
    expect(meta.id).toBe(id);
    for (const key of ['title', 'description', 'rationale', 'fix'] as const)
      expect(meta[key].trim()).not.toBe('');
    expect(meta.guide).toMatch(/^guide\/[a-z-]+\/(#[a-z0-9-]+)?$/);
    expect(meta.severity).toBe('error');
  });

  it('names a compliant example and a failing one that exist', () => {
    expect(existsSync(join(EXAMPLES, meta.examples.pass, 'expected.json'))).toBe(true);
    expect(existsSync(join(EXAMPLES, meta.examples.fail, 'release.yml'))).toBe(true);
  });

  it('is waivable exactly when the OctoAcme policy lets a waiver cover it', () => {
    const waivable = Object.keys(octoacmePolicy().data.exceptions?.waivable ?? {});
    expect(meta.waivable).toBe(waivable.includes(id));
    if (NEVER_WAIVABLE.includes(id)) expect(meta.waivable).toBe(false);
  });
});
