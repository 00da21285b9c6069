/**
 * Which releases a calendar entry concerns. Blackouts, maintenance and deployment windows may be
 * scoped to products and systems (configuration items); an entry that names neither concerns every
 * release, as it always has.
 */

/** What a release says about itself that a scope can match: its product and the systems it lists. */
export interface ReleaseScope {
  product?: string | undefined;
  systems?: readonly string[] | undefined;
}

/** An entry's optional scope. */
export interface Scoped {
  products?: readonly string[] | undefined;
  systems?: readonly string[] | undefined;
}

/** Whether the entry names a scope at all. */
export function isScoped(entry: Scoped): boolean {
  return (entry.products?.length ?? 0) > 0 || (entry.systems?.length ?? 0) > 0;
}

/**
 * Whether the entry concerns the release: an unscoped entry concerns every release; a scoped one
 * the releases of its products and those that list one of its systems. Without a release to match
 * (`scope` absent), only unscoped entries apply.
 */
export function appliesTo(entry: Scoped, scope: ReleaseScope | undefined): boolean {
  if (!isScoped(entry)) return true;
  if (!scope) return false;
  if (scope.product !== undefined && entry.products?.includes(scope.product)) return true;
  return sharedSystems(entry.systems, scope.systems).length > 0;
}

/** The systems both lists name, in the first list's order. */
export function sharedSystems(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] {
  if (!a || !b) return [];
  return a.filter((system) => b.includes(system));
}

/** `products: payments-api; systems: payments-db`, or '' for an unscoped entry. */
export function scopeText(entry: Scoped): string {
  const parts: string[] = [];
  if (entry.products?.length) parts.push(`products: ${entry.products.join(', ')}`);
  if (entry.systems?.length) parts.push(`systems: ${entry.systems.join(', ')}`);
  return parts.join('; ');
}
