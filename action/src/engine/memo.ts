/**
 * A pure function of one key that remembers its last few thousand answers. A run of many releases
 * reads the same few instants, days and zones again and again (`--now`, the release day, the
 * sign-off days, a calendar plan every sibling overlaps), and Temporal's parsing and formatting
 * are dear. Only for immutable answers (Temporal values, strings): callers share them. Failures
 * (thrown, or `undefined`) are not remembered.
 */
export function memo<K, V>(compute: (key: K) => V, limit = 4096): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (value === undefined) return value;
    // Past the limit it starts afresh: a bound on memory, not a policy on which keys matter.
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
