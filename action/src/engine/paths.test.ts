import { describe, expect, it } from 'vitest';
import { resolveInside } from './paths.ts';

describe('resolveInside', () => {
  it.each([
    ['', 'docs/notes.md', 'docs/notes.md'],
    ['services/pay', 'docs/notes.md', 'services/pay/docs/notes.md'],
    ['services/pay', '../shared/notes.md', 'services/shared/notes.md'],
    ['services/pay', './docs//x.md', 'services/pay/docs/x.md'],
  ])('in %j, %j is %j', (base, target, expected) => {
    expect(resolveInside(base, target)).toEqual({ ok: true, path: expected });
  });

  it.each([
    ['', '../outside.md', 'leads outside the repository'],
    ['services/pay', '../../../etc/passwd', 'leads outside the repository'],
    ['', '/etc/passwd', 'is absolute'],
    ['', 'C:\\notes.md', 'is absolute'],
    ['', '~/notes.md', 'is absolute'],
    ['', '', 'the path is empty'],
    ['', '.', 'names the repository folder itself'],
  ])('in %j, %j is refused', (base, target, reason) => {
    const resolved = resolveInside(base, target);
    expect(resolved.ok).toBe(false);
    if (!resolved.ok) expect(resolved.reason).toContain(reason);
  });
});
