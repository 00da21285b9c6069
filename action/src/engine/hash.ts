import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Hex SHA-256, synchronous and the same in Node and the browser (Web Crypto is async-only). */
export function sha256Hex(...parts: Uint8Array[]): string {
  const hash = sha256.create();
  for (const part of parts) hash.update(part);
  return bytesToHex(hash.digest());
}
