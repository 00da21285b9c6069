/**
 * Credentials written into URLs (`https://user:password@host/…`), kept out of everything the checker
 * prints. The `schema` rule refuses such a URL in release.yml; this makes sure the refusal, and the
 * source line it quotes, do not repeat the secret.
 */

/** A URL's scheme and `//`, then its userinfo up to the `@` that ends it (no `/`, `?`, `#` or space in between). */
const USERINFO = /\b([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#\s@]*@/g;

/** `text` with the user name and password of every URL in it replaced by `***`. */
export function redactCredentials(text: string): string {
  return text.includes('@') ? text.replace(USERINFO, '$1***@') : text;
}

/** `value` with {@link redactCredentials} applied to every string in it, at any depth. */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactCredentials(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redactDeep(item)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = redactDeep(item);
    return out as T;
  }
  return value;
}
