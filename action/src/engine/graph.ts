/**
 * The dependency graph of planned releases, read for planning: the critical chain is the chain of
 * releases that each wait for the one before (`depends_on`) which spans the most time, from the
 * first one's start to the last one's end. A slip anywhere on it moves the last release. Pure.
 */
import { Temporal } from './calendar/index.ts';
import { refKey, type ReleaseRef } from './run.ts';

/** What the graph needs of a planned release: who it is, when it runs and what it waits for. */
export interface ChainRelease extends ReleaseRef {
  start: Temporal.Instant;
  /** Exclusive end of the deployment; absent for a release planned as an instant. */
  end?: Temporal.Instant | undefined;
  depends_on: readonly ReleaseRef[];
}

/** A chain, first release (the one everything waits for) to last, and the time it spans. */
export interface CriticalChain<R extends ChainRelease> {
  releases: R[];
  /** From the first release's start to the last one's end. */
  span: Temporal.Duration;
}

function finish(release: ChainRelease): Temporal.Instant {
  return release.end ?? release.start;
}

/**
 * The longest dependency chains by time, longest first: every chain of two or more releases whose
 * span (first start to last end) is the longest, ties kept. Each release is known by its first
 * entry in `releases` (pass the plans that count); a dependency not in `releases` ends a chain, and a
 * dependency cycle is cut where it closes. Linear in the graph.
 */
export function criticalChains<R extends ChainRelease>(releases: readonly R[]): CriticalChain<R>[] {
  const byKey = new Map<string, R>();
  for (const release of releases) if (!byKey.has(refKey(release))) byKey.set(refKey(release), release);

  // For each release, the chain ending at it that starts earliest (then holds the most releases).
  const best = new Map<string, R[]>();
  const visiting = new Set<string>();
  const chainTo = (release: R): R[] => {
    const key = refKey(release);
    const known = best.get(key);
    if (known) return known;
    if (visiting.has(key)) return [];
    visiting.add(key);
    let before: R[] = [];
    for (const ref of release.depends_on) {
      const dependency = byKey.get(refKey(ref));
      if (!dependency) continue;
      const chain = chainTo(dependency);
      if (chain.length === 0) continue;
      const order = before.length === 0 ? -1 : Temporal.Instant.compare(chain[0]!.start, before[0]!.start);
      if (order < 0 || (order === 0 && chain.length > before.length)) before = chain;
    }
    visiting.delete(key);
    const chain = [...before, release];
    best.set(key, chain);
    return chain;
  };

  const chains: CriticalChain<R>[] = [];
  let longest: Temporal.Duration | undefined;
  for (const release of byKey.values()) {
    const chain = chainTo(release);
    if (chain.length < 2) continue;
    const span = chain[0]!.start.until(finish(chain.at(-1)!));
    const order = longest ? Temporal.Duration.compare(span, longest) : 1;
    if (order < 0) continue;
    if (order > 0) chains.length = 0;
    longest = span;
    chains.push({ releases: chain, span });
  }
  return chains;
}
