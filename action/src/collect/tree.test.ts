import { describe, expect, it } from 'vitest';
import { globs } from './tree.ts';

describe('globs', () => {
  const defaults = globs(['release.yml', '**/release.yml']);
  it.each([
    ['release.yml', true],
    ['services/api/release.yml', true],
    ['a/b/c/d/release.yml', true],
    ['release.yaml', false],
    ['services/api/release.yml.bak', false],
    ['.github/release.yml', false], // GitHub's release-notes settings: only when a glob names it
  ])('the defaults match the file %s: %s', (path, matches) => {
    expect(defaults.file(path)).toBe(matches);
  });

  it.each([
    [['**/release.yml'], 'services', true],
    [['**/release.yml'], 'services/api/src', true],
    [['**/release.yml'], '.github', false],
    [['release.yml'], 'services', false],
    [['services/*/release.yml'], 'services', true],
    [['services/*/release.yml'], 'services/api', true],
    [['services/*/release.yml'], 'services/api/src', false],
    [['services/*/release.yml'], 'docs', false],
    [['.github/release.yml'], '.github', true],
    [['apps/{web,api}/release.yml'], 'apps/web', true],
    [['apps/{web,api}/release.yml'], 'apps/cli', false],
  ])('%j may hold a match in the folder %s: %s', (patterns, folder, may) => {
    expect(globs(patterns).folder(folder)).toBe(may);
  });
});
