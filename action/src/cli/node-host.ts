import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Host, ReadResult } from '../engine/host.ts';
import { sha256Hex } from './node-hash.ts';

/** Files past this size are refused before they are read into memory; the engine's own limits are lower. */
const READ_CAP = 16 * 1024 * 1024;

/** `O_NONBLOCK` where the platform has it (not on Windows, where FIFOs can't be made this way). */
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/**
 * A host over a folder on disk. It reads only regular files whose real path (symlinks followed)
 * stays inside the folder, so a link to /etc/passwd or out of the workspace is refused. A FIFO, a
 * socket or a device is refused before it is opened (opening a FIFO waits for a writer forever);
 * the open itself never blocks, and the opened file is checked to be the one that was looked at.
 */
export function nodeHost(root: string): Host {
  const realRoot = realpathSync.native(root);
  return {
    sha256: (parts) => sha256Hex(...parts),
    read(path): ReadResult {
      let real: string;
      try {
        real = realpathSync.native(resolve(realRoot, path));
      } catch (error) {
        return failure(error);
      }
      const inside = relative(realRoot, real);
      if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
        return { ok: false, reason: 'outside' };
      }
      let fd: number | undefined;
      try {
        const looked = statSync(real);
        if (!looked.isFile()) return { ok: false, reason: 'not-a-file' };
        fd = openSync(real, constants.O_RDONLY | NONBLOCK);
        const stat = fstatSync(fd);
        // Swapped for something else between the look and the open: refuse it the same way.
        if (!stat.isFile() || stat.ino !== looked.ino || stat.dev !== looked.dev) {
          return { ok: false, reason: 'not-a-file' };
        }
        if (stat.size > READ_CAP) return { ok: false, reason: 'too-large', detail: `${stat.size} bytes` };
        const bytes = new Uint8Array(stat.size);
        let offset = 0;
        while (offset < bytes.length) {
          const read = readSync(fd, bytes, offset, bytes.length - offset, offset);
          if (read === 0) break;
          offset += read;
        }
        return { ok: true, bytes: bytes.subarray(0, offset) };
      } catch (error) {
        return failure(error);
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
  };
}

function failure(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing' };
  if (code === 'EISDIR') return { ok: false, reason: 'not-a-file' };
  if (code === 'ELOOP') return { ok: false, reason: 'unreadable', detail: 'a symbolic link loop' };
  if (code === 'EACCES' || code === 'EPERM')
    return { ok: false, reason: 'unreadable', detail: 'permission denied' };
  return { ok: false, reason: 'unreadable', ...(code ? { detail: code } : {}) };
}
