/** A site path with the base prefixed: `url('rules/schema/')` → `/release-policy/rules/schema/`. */
export function url(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

/** The public address of a site path (for feeds and copy-paste). */
export function absoluteUrl(path = ''): string {
  return new URL(url(path), 'https://octoacme.github.io').toString();
}
