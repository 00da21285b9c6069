import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../engine/host.ts';
import type { Host } from '../../engine/host.ts';
import { checkReference } from './references.ts';

const host = memoryHost({ 'svc/docs/rollback.md': '# Rollback\n', 'big.md': 'x' });
const at = (dir: string, value: string, h: Host = host) => checkReference({ dir, host: h }, value);

describe('path or URL references', () => {
  it('takes https URLs and existing files relative to the folder of release.yml', () => {
    expect(at('svc', 'https://wiki.example/rollback')).toEqual({
      ok: true,
      kind: 'url',
      url: 'https://wiki.example/rollback',
    });
    expect(at('svc', 'docs/rollback.md')).toEqual({ ok: true, kind: 'file', path: 'svc/docs/rollback.md' });
    expect(at('', './svc/docs/../docs/rollback.md')).toEqual({
      ok: true,
      kind: 'file',
      path: 'svc/docs/rollback.md',
    });
  });

  it.each([
    ['http://wiki.example/rollback', '"http://wiki.example/rollback" is not an https:// URL'],
    [
      'ftp://wiki.example/rollback',
      '"ftp://wiki.example/rollback" is neither a relative path nor an https:// URL',
    ],
    ['docs/rolback.md', '"docs/rolback.md" does not exist'],
    ['../../x.md', '"../../x.md" leads outside the repository'],
    ['/etc/passwd', '"/etc/passwd" is absolute; write it relative to the folder of the file that names it'],
    ['.', '"." names the repository folder itself, not a file'],
  ])('refuses %s', (value, problem) => {
    expect(at('', value)).toEqual({ ok: false, problem });
  });

  it('reports what the host refuses, and takes a file too large to read as existing', () => {
    const refusing = (reason: 'not-a-file' | 'outside' | 'too-large' | 'unreadable'): Host => ({
      read: () => ({ ok: false, reason }),
    });
    expect(at('', 'docs', refusing('not-a-file'))).toEqual({ ok: false, problem: '"docs" is not a file' });
    expect(at('', 'link.md', refusing('outside'))).toEqual({
      ok: false,
      problem: '"link.md" leads outside the repository',
    });
    expect(at('', 'x.md', refusing('unreadable'))).toEqual({ ok: false, problem: '"x.md" cannot be read' });
    expect(at('', 'x.md', refusing('too-large'))).toEqual({ ok: true, kind: 'file', path: 'x.md' });
  });
});
