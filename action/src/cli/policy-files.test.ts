import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/temp.ts';
import { isPolicyName, locatePolicy } from './policy-files.ts';

describe('isPolicyName', () => {
  it.each(['octoacme', 'team-policy', 'Octoacme', 'x'])('%s is a built-in name', (value) => {
    expect(isPolicyName(value)).toBe(true);
  });

  it.each(['./octoacme', 'policy.yml', '.github/release-policy.yml', 'a/b', 'a\\b', '..', ''])(
    '%j is a path',
    (value) => {
      expect(isPolicyName(value)).toBe(false);
    },
  );
});

describe('locatePolicy', () => {
  it('takes a bare name as the built-in policy even when a file has that name', () => {
    const root = tempDir('policy-files');
    writeFileSync(join(root, 'octoacme'), 'extends: octoacme\n');
    expect(locatePolicy('octoacme', root, root).path).toBe('policies/octoacme/policy.yml');
    expect(locatePolicy('./octoacme', root, root).path).toBe('octoacme');
  });

  it('refuses an unknown name, with the built-ins and a suggestion', () => {
    const root = tempDir('policy-files');
    expect(() => locatePolicy('octoacmee', root, root)).toThrow(
      '--policy: no built-in policy is named "octoacmee"; did you mean "octoacme"? Built-in policies: octoacme.',
    );
  });
});
