import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Host } from './host.ts';

/** Hex SHA-256, synchronous and the same in Node and the browser (Web Crypto is async-only). */
export function sha256Hex(...parts: Uint8Array[]): string {
  const hash = sha256.create();
  for (const part of parts) hash.update(part);
  return bytesToHex(hash.digest());
}

/** Hex SHA-256 through the host's own hash when it has one (native in Node), else `sha256Hex`. */
export function hostSha256(host: Host, ...parts: Uint8Array[]): string {
  return host.sha256 ? host.sha256(parts) : sha256Hex(...parts);
}
