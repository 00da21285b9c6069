import { existsSync, globSync, lstatSync, mkdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** A path input that the action refuses: outside the workspace, or naming nothing. */
export class PathError extends Error {
  readonly input: string;

  constructor(input: string, message: string) {
    super(message);
    this.name = 'PathError';
    this.input = input;
  }
}

/**
 * The repository checkout the action works in (`GITHUB_WORKSPACE`). Every file it reads or writes is
 * named relative to it and must stay inside it, symbolic links included.
 */
export class Workspace {
  readonly root: string;
  readonly #real: string;

  constructor(root: string) {
    this.root = resolve(root);
    this.#real = realpathSync.native(this.root);
  }

  /**
   * A path input as a workspace-relative path with `/` separators. Absolute paths are accepted when
   * they lie inside the workspace; `..` that climbs out, or the workspace itself, is refused.
   */
  relative(input: string, value: string): string {
    const absolute = isAbsolute(value) ? resolve(value) : resolve(this.root, value);
    const rel = relative(this.root, absolute);
    if (rel === '' || isOutside(rel)) {
      throw new PathError(input, `"${value}" is outside the workspace (${this.root})`);
    }
    return rel.split(sep).join('/');
  }

  /**
   * The release.yml files the `config` input names: each line a path or a glob, relative to the
   * workspace. A path must exist; a glob must match at least one file (node_modules and .git are
   * skipped). Sorted per line, duplicates dropped, first mention kept.
   */
  configs(lines: readonly string[]): string[] {
    const out: string[] = [];
    for (const line of lines) {
      if (/[*?[\]{}]/.test(line)) {
        if (isAbsolute(line) || line.split(/[\\/]/).includes('..')) {
          throw new PathError(
            'config',
            `the pattern "${line}" must be relative to the workspace, without ".."`,
          );
        }
        const matches = globSync(line, {
          cwd: this.root,
          exclude: (name) => name === 'node_modules' || name === '.git',
        })
          .map((m) => m.split(sep).join('/'))
          .filter((m) => this.isFile(m))
          .sort();
        if (matches.length === 0) {
          throw new PathError('config', `the pattern "${line}" matches no file in the workspace`);
        }
        out.push(...matches);
      } else {
        const path = this.relative('config', line);
        if (!this.isFile(path)) {
          // A FIFO, socket or device is named for what it is (and never opened).
          if (existsSync(join(this.root, path))) {
            throw new PathError('config', `${path} is not a regular file`);
          }
          const hint =
            path === 'release.yml' ? ' (create one with: npx release-policy init --type minor)' : '';
          throw new PathError('config', `no such file in the workspace: ${path}${hint}`);
        }
        out.push(path);
      }
    }
    return [...new Set(out)];
  }

  /** Whether `path` (workspace-relative) is a regular file whose real path stays inside. */
  isFile(path: string): boolean {
    try {
      const real = realpathSync.native(join(this.root, path));
      return !isOutside(relative(this.#real, real)) && statSync(real).isFile();
    } catch {
      return false;
    }
  }

  /**
   * Writes `text` to a workspace-relative path, creating missing parent folders. Refused when the
   * nearest existing folder resolves (through a link) outside the workspace, or the file itself is
   * a symbolic link: a pull request can't make the action write elsewhere.
   */
  write(input: string, path: string, text: string): string {
    const target = join(this.root, path);
    let existing = dirname(target);
    while (!existsSync(existing)) existing = dirname(existing);
    const real = realpathSync.native(existing);
    if (isOutside(relative(this.#real, real))) {
      throw new PathError(input, `"${path}" leads outside the workspace (through a symbolic link)`);
    }
    if (isLink(target)) throw new PathError(input, `"${path}" is a symbolic link; not writing through it`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    return target;
  }
}

function isOutside(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
