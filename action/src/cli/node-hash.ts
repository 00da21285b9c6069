import { createHash, hash } from 'node:crypto';

/**
 * `engine/hash.ts`'s `sha256Hex` with Node's native hash: the build puts it in place of the engine's
 * JavaScript one in the CLI and action bundles (same result, faster, and the JavaScript hash is left
 * out of them). The browser keeps the JavaScript one.
 */
export function sha256Hex(...parts: Uint8Array[]): string {
  // One part (a file) takes the one-shot hash, which costs a fraction of a Hash object's set-up.
  if (parts.length === 1) return hash('sha256', parts[0]!, 'hex');
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part);
  return digest.digest('hex');
}
