import { createHash } from 'node:crypto';

/**
 * `engine/hash.ts`'s `sha256Hex` with Node's native hash: the build puts it in place of the engine's
 * JavaScript one in the CLI and action bundles (same result, faster, and the JavaScript hash is left
 * out of them). The browser keeps the JavaScript one.
 */
export function sha256Hex(...parts: Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}
