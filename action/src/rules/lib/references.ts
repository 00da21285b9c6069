/**
 * A `path or https:// URL` value of release.yml (a rollback plan, a customer communication plan):
 * a URL is taken as it is; a path is resolved against release.yml's folder, must stay inside the
 * repository and name a file that exists.
 */
import { isUrl, resolveInside } from '../../engine/paths.ts';
import type { RuleContext } from '../context.ts';

export type Reference =
  | { ok: true; kind: 'url'; url: string }
  | { ok: true; kind: 'file'; path: string }
  /** `problem` quotes the value as written: `"docs/x.md" does not exist`. */
  | { ok: false; problem: string };

export function checkReference({ dir, host }: Pick<RuleContext, 'dir' | 'host'>, value: string): Reference {
  const quoted = JSON.stringify(value);
  if (isUrl(value)) {
    return /^https:\/\//i.test(value)
      ? { ok: true, kind: 'url', url: value }
      : { ok: false, problem: `${quoted} is not an https:// URL` };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value))
    return { ok: false, problem: `${quoted} is neither a relative path nor an https:// URL` };
  const resolved = resolveInside(dir, value);
  if (!resolved.ok)
    return {
      ok: false,
      problem: resolved.reason.startsWith('"') ? resolved.reason : `${quoted}: ${resolved.reason}`,
    };
  const read = host.read(resolved.path);
  if (read.ok || read.reason === 'too-large') return { ok: true, kind: 'file', path: resolved.path };
  switch (read.reason) {
    case 'missing':
      return { ok: false, problem: `${quoted} does not exist` };
    case 'not-a-file':
      return { ok: false, problem: `${quoted} is not a file` };
    case 'outside':
      return { ok: false, problem: `${quoted} leads outside the repository` };
    default:
      return { ok: false, problem: `${quoted} cannot be read${read.detail ? ` (${read.detail})` : ''}` };
  }
}
