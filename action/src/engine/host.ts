/**
 * The engine never touches a disk: whoever runs it (CLI, action, browser playground) hands it a host
 * that reads files by path. Paths are relative to the host's root, with `/` separators, already
 * checked by the engine not to climb out with `..` or start with `/`.
 */
export interface Host {
  read(path: string): ReadResult;
  /**
   * Hex SHA-256 of the parts, one after the other. Optional: a host with a fast native hash (Node's
   * `crypto`) gives it; without it the engine hashes in JavaScript (`sha256Hex`), with the same result.
   */
  sha256?(parts: readonly Uint8Array[]): string;
}

export type ReadResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: ReadFailure; detail?: string };

/**
 * - `missing`: no such file
 * - `outside`: the path resolves (through a symlink) to a place outside the root
 * - `not-a-file`: a directory or a device
 * - `too-large`: over the size limit the host was given
 * - `unreadable`: anything else the system refused (permissions, I/O)
 */
export type ReadFailure = 'missing' | 'outside' | 'not-a-file' | 'too-large' | 'unreadable';

/** A host over an in-memory map: the playground's and the tests' host. */
export function memoryHost(files: Record<string, string | Uint8Array>): Host {
  const encoder = new TextEncoder();
  return {
    read(path) {
      const content = Object.hasOwn(files, path) ? files[path] : undefined;
      if (content === undefined) return { ok: false, reason: 'missing' };
      return { ok: true, bytes: typeof content === 'string' ? encoder.encode(content) : content };
    },
  };
}
