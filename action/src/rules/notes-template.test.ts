import { describe, expect, it } from 'vitest';
import { parseNotes } from '../engine/notes.ts';
import { octoacmePolicy, policyWith } from '../../../test/helpers/rules.ts';
import {
  allTemplates,
  excerpt,
  findSections,
  hasWords,
  isNoneStatement,
  ownContent,
  templateById,
  templateForType,
  textNodes,
  without,
} from './notes-template.ts';

describe('notes templates', () => {
  it('picks the template each release type names', () => {
    const policy = octoacmePolicy();
    expect(templateForType(policy, 'patch')?.id).toBe('hotfix');
    expect(templateForType(policy, 'minor')?.id).toBe('standard');
    expect(templateForType(policy, 'major')?.id).toBe('standard');
    expect(templateForType(policy, 'hotfix')).toBeUndefined();
    expect(allTemplates(policy).map((t) => t.id)).toEqual(['standard', 'hotfix']);
  });

  it('digests the standard template from its file', () => {
    const standard = templateById(octoacmePolicy(), 'standard')!;
    expect(standard.title).toBe('[Product Name] Release [Version] - [Date]');
    expect(standard.requiredSections).toEqual([
      'Release Highlights',
      "What's New",
      'Breaking Changes',
      'Migration Steps',
      'Known Issues',
    ]);
    expect(standard.titlePattern).toContain('(?<version>');
    expect(standard.sections.get('known issues')).toMatchObject({
      heading: 'Known Issues',
      depth: 2,
      instructions: ['[If none, state "No known issues"]'],
    });
    expect(standard.sections.get('breaking changes')?.instructions).toEqual([
      '[If none, state "No breaking changes in this release"]',
    ]);
    expect(standard.sections.get('migration steps')?.instructions).toEqual([
      '[If none needed, state "No migration required"]',
    ]);
    expect(standard.sections.get('contributors')?.instructions).toEqual([
      '[Thank team members and community contributors]',
    ]);
    expect(standard.sections.get('whats new')?.instructions).toEqual([]);
  });

  it("keeps each section's Markdown to paste", () => {
    const hotfix = templateById(octoacmePolicy(), 'hotfix')!;
    expect(hotfix.sections.get('verification')?.markdown).toBe(
      '## Verification\nAfter upgrading, verify:\n1. [Check 1]\n2. [Check 2]',
    );
    expect(hotfix.sections.get('recommendation')?.instructions).toEqual([]);
  });

  it('takes every bracketed placeholder from the template text, once each', () => {
    const { placeholders } = templateById(octoacmePolicy(), 'standard')!;
    expect(placeholders.slice(0, 4)).toEqual([
      '[Product Name]',
      '[Version]',
      '[Date]',
      '[2-3 sentence summary of the most important changes and value]',
    ]);
    expect(placeholders).toEqual(
      expect.arrayContaining([
        '[Feature Name]',
        '[Link]',
        '[X%]',
        '[X.Y.Z]',
        '[CVE-XXXX-YYYY]',
        '[Link to issue tracker]',
        '[Name]',
      ]),
    );
    expect(new Set(placeholders).size).toBe(placeholders.length);
    const hotfix = templateById(octoacmePolicy(), 'hotfix')!.placeholders;
    expect(hotfix).toContain('[immediately / at earliest convenience / during next maintenance window]');
  });

  it('reads the template a policy override names, and has no sections without a file', () => {
    const policy = policyWith('notes:\n  templates:\n    bare:\n      required_sections: [Summary]\n');
    expect(templateById(policy, 'bare')).toMatchObject({
      id: 'bare',
      requiredSections: ['Summary'],
      placeholders: [],
    });
    expect(templateById(policy, 'bare')?.sections.size).toBe(0);
    expect(templateById(policy, 'nope')).toBeUndefined();
  });
});

describe('Markdown helpers', () => {
  const notes = parseNotes(
    'n.md',
    [
      '# Title',
      '## Breaking Changes',
      'Intro [Date].',
      '- [ ] box',
      '### One',
      'Text with `[Code]` and [a link](https://x.example).',
      '```',
      '[Fenced]',
      '```',
    ].join('\n'),
  );

  it('finds sections loosely and splits off their subsections', () => {
    const [section] = findSections(notes, '💥 breaking changes!');
    expect(section?.heading).toBe('Breaking Changes');
    expect(ownContent(section!).map((n) => n.type)).toEqual(['paragraph', 'list']);
  });

  it('walks text nodes only, with their offsets', () => {
    const texts = [...textNodes(notes.tree)].map((t) => [t.value, notes.text.slice(t.start, t.end)]);
    expect(texts.map(([value]) => value)).toEqual([
      'Title',
      'Breaking Changes',
      'Intro [Date].',
      '[ ] box',
      'One',
      'Text with ',
      ' and ',
      'a link',
      '.',
    ]);
    expect(texts.every(([value, raw]) => value === raw)).toBe(true);
  });

  it.each([
    ['None', true],
    ['None.', true],
    ['N/A', true],
    ['No breaking changes in this release.', true],
    ['There are no breaking changes.', true],
    ['No migration required', true],
    ['No known issues.', true],
    ['Not applicable', true],
    ['No longer accepts TLS 1.1', false],
    ['Nonce handling changed', false],
    ['`/v1` is removed', false],
  ])('isNoneStatement(%j) is %s', (text, expected) => {
    expect(isNoneStatement(text)).toBe(expected);
  });

  it('has small text helpers', () => {
    expect(hasWords(' - **: ')).toBe(false);
    expect(hasWords('ok')).toBe(true);
    expect(without('[A] and [B]', ['[A]', '[B]']).trim()).toBe('and');
    expect(excerpt('a'.repeat(80), 10)).toBe('aaaaaaaaa…');
    expect(excerpt('first\nsecond')).toBe('first');
  });
});
