import { describe, expect, it } from 'vitest';
import { places, runRule } from '../../../test/helpers/rules.ts';
import { notesMissing } from './notes-missing.ts';

const RELEASE = `product: pay
version: '1.0.1'
previous: '1.0.0'
type: patch
date: 2026-12-08T15:00:00-05:00
`;

describe('notes-missing', () => {
  it.each([
    ['notes beside release.yml', `${RELEASE}notes: notes.md\n`, { 'notes.md': '# Notes\n' }],
    [
      'notes in a subfolder, written with ./ and ..',
      `${RELEASE}notes: ./docs/../docs/n.md\n`,
      { 'docs/n.md': '# x' },
    ],
  ])('passes: %s', (_name, release, files) => {
    expect(runRule(notesMissing, { release, files })).toEqual([]);
  });

  it.each([
    ['no notes key', RELEASE, {}, ['2:1 error release.yml names no release notes']],
    [
      'a missing file',
      `${RELEASE}notes: docs/1.0.1.md\n`,
      {},
      ['6:8 error notes: docs/1.0.1.md: no such file'],
    ],
    [
      'a path out of the repo',
      `${RELEASE}notes: ../../x.md\n`,
      {},
      ['6:8 error notes: "../../x.md" leads outside the repository'],
    ],
    [
      'a binary file',
      `${RELEASE}notes: n.md\n`,
      { 'n.md': 'ab\u0000' },
      ['1:3 error the file is binary (it contains a NUL byte), not UTF-8 text'],
    ],
  ])('fails: %s', (_name, release, files, expected) => {
    expect(places(runRule(notesMissing, { release, files }))).toEqual(expected);
  });
});
