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

/**
 * `value` with {@link redactCredentials} applied to every string in it, at any depth. Only what
 * changes is copied (a big run's report is mostly free of credentials): the parts without any are
 * the very same objects.
 */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactCredentials(value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    value.forEach((item: unknown, index) => {
      const redacted = redactDeep(item);
      if (redacted !== item) (out ??= [...value])[index] = redacted;
    });
    return (out ?? value) as T;
  }
  if (typeof value === 'object' && value !== null) {
    let out: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value)) {
      const redacted = redactDeep(item);
      if (redacted !== item) (out ??= { ...(value as Record<string, unknown>) })[key] = redacted;
    }
    return (out ?? value) as T;
  }
  return value;
}
