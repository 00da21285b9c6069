/**
 * One collected release.yml, judged by the engine's own loading (the `yaml-syntax` and `schema`
 * checks of `release-policy check`, with their places): a collected release, or its problems.
 */
import { memoryHost } from '../engine/host.ts';
import { formatBytes, loadYaml } from '../engine/load.ts';
import { LIMITS } from '../engine/limits.ts';
import type { Release } from '../engine/types/index.ts';

export type { CollectedRelease, Problem, Source } from '../engine/types/releases.ts';
import type { CollectedRelease, Problem, Source } from '../engine/types/releases.ts';

export type Judged = { ok: true; release: CollectedRelease } | { ok: false; problems: Problem[] };

/** Reads `bytes` (the file at `source`) as a release.yml. */
export function judgeReleaseFile(source: Source, bytes: Uint8Array): Judged {
  const loaded = loadYaml(memoryHost({ [source.path]: bytes }), source.path, 'release');
  if (!loaded.ok) {
    return {
      ok: false,
      problems: loaded.findings.map((finding) =>
        problemAt(source, finding.rule, finding.message, finding.line, finding.column),
      ),
    };
  }
  const release = loaded.yaml.data as Release & { systems?: string[] };
  return {
    ok: true,
    release: {
      product: release.product,
      version: release.version,
      type: release.type,
      date: release.date,
      ...(release.window?.end ? { window_end: release.window.end } : {}),
      ...(release.manager ? { manager: release.manager } : {}),
      depends_on: (release.depends_on ?? []).map(({ product, version }) => ({ product, version })),
      systems: [...new Set(release.systems ?? [])],
      source,
    },
  };
}

/** A file larger than the engine reads: a problem, and not fetched. */
export function tooLarge(source: Omit<Source, 'url' | 'sha' | 'ref'>, size: number): Problem {
  return problemAt(
    source,
    'unreadable',
    `the file is ${formatBytes(size)}; the limit is ${formatBytes(LIMITS.yamlBytes)}`,
  );
}

/**
 * A problem of the file at `source`, at a place (line 1, column 1 when it has none); without a
 * `path`, a problem of the repository (or of the pull request) itself, which has no place.
 */
export function problemAt(
  source: { repo: string; path?: string; pull?: number },
  rule: string,
  message: string,
  line = 1,
  column = 1,
): Problem {
  return {
    repo: source.repo,
    ...(source.path !== undefined ? { path: source.path } : {}),
    ...(source.pull ? { pull: source.pull } : {}),
    ...(source.path !== undefined ? { line, column } : {}),
    rule,
    message,
  };
}
