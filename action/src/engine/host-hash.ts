import { sha256Hex } from './hash.ts';
import type { Host } from './host.ts';

/** Hex SHA-256 through the host's own hash when it has one (native in Node), else `sha256Hex`. */
export function hostSha256(host: Host, ...parts: Uint8Array[]): string {
  return host.sha256 ? host.sha256(parts) : sha256Hex(...parts);
}
