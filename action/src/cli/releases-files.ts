import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { LIMITS } from '../engine/limits.ts';
import { type LoadedReleases, loadReleases } from '../engine/releases.ts';
import { nodeHost } from './node-host.ts';
import { PolicyError } from './policy-files.ts';
import { UsageError } from './usage.ts';

/**
 * `--releases FILE` (repeatable) and the action's `releases` input: collected releases files, a
 * relative path from `root` (`--root`, the workspace), an absolute one anywhere (a file `collect`
 * wrote in a temporary folder). A file that is missing is a usage error; one that does not parse or
 * match its schema stops the run (exit 2) with each problem at its place, as a broken policy does.
 */
export function releasesFrom(
  values: readonly string[],
  root: string,
  option = '--releases',
): LoadedReleases[] {
  if (values.length > LIMITS.releasesFiles) {
    throw new UsageError(
      `${option}: ${values.length} files given; the limit is ${LIMITS.releasesFiles} collected releases files in one run`,
    );
  }
  const out: LoadedReleases[] = [];
  for (const value of new Set(values)) {
    const file = resolve(root, value);
    if (!existsSync(file)) throw new UsageError(`${option}: no such file: ${value}`);
    if (!statSync(file).isFile()) throw new UsageError(`${option}: not a file: ${value}`);
    const loaded = loadReleases(nodeHost(dirname(file)), basename(file), value);
    if (!loaded.ok) {
      throw new PolicyError(
        loaded.findings,
        loaded.text !== undefined ? { [value]: loaded.text } : {},
        `the releases file ${value}`,
      );
    }
    out.push(loaded.releases);
  }
  return out;
}
