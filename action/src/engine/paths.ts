/**
 * Path arithmetic for repo-relative paths, `/`-separated on every platform. The engine resolves a
 * path written in a file against that file's folder and refuses anything that would leave the root;
 * symlinks are the host's to check, since only it can see them.
 */
export type Resolved = { ok: true; path: string } | { ok: false; reason: string };

export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

export function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** Resolves `target` (as written in a file under `baseDir`) to a normalized root-relative path. */
export function resolveInside(baseDir: string, target: string): Resolved {
  if (target.trim() === '') return { ok: false, reason: 'the path is empty' };
  if (target.includes('\0')) return { ok: false, reason: 'the path contains a NUL character' };
  if (/^([a-zA-Z]:)?[\\/]/.test(target) || target.startsWith('~')) {
    return {
      ok: false,
      reason: `"${target}" is absolute; write it relative to the folder of the file that names it`,
    };
  }
  const parts: string[] = [];
  for (const part of `${baseDir}/${target}`.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return { ok: false, reason: `"${target}" leads outside the repository` };
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  if (parts.length === 0)
    return { ok: false, reason: `"${target}" names the repository folder itself, not a file` };
  return { ok: true, path: parts.join('/') };
}
