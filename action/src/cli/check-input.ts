import type { CheckInput } from '../engine/check.ts';
import type { LoadedPolicy } from '../engine/policy.ts';
import type { LoadedReleases } from '../engine/releases.ts';
import type { Mode } from '../engine/result.ts';
import { nodeHost } from './node-host.ts';
import { PACKAGE_VERSION } from './package-files.ts';
import { policyFrom } from './policy-files.ts';
import { releasesFrom } from './releases-files.ts';

/**
 * A `check` command line with its paths resolved: plain data, so that a worker thread given it
 * loads the same policy and releases files and checks exactly what the command would.
 */
export interface CheckRequest {
  root: string;
  cwd: string;
  /** `--policy`: a built-in policy's name or a file. */
  policy: string;
  mode: Mode;
  now: string;
  /** `--notes`, relative to the root. */
  notes?: string;
  /** `--releases`, as given. */
  releases: string[];
  /** The release.yml files, relative to the root, in the order they are reported. */
  configs: string[];
  /** Whether the report quotes source lines (text and SARIF do): otherwise no text is kept for it. */
  quoting: boolean;
}

/** The engine's input for a request; the policy and releases files are loaded unless the caller already has them. */
export function checkInput(
  request: CheckRequest,
  loaded: { policy: LoadedPolicy; releases: LoadedReleases[] } = {
    policy: policyFrom(request.policy, request.root, request.cwd),
    releases: releasesFrom(request.releases, request.root),
  },
): CheckInput {
  return {
    configs: request.configs,
    host: nodeHost(request.root),
    policy: loaded.policy,
    mode: request.mode,
    now: request.now,
    releases: loaded.releases,
    ...(request.notes !== undefined ? { notes: request.notes } : {}),
    tool: { name: 'release-policy', version: PACKAGE_VERSION },
    // The command only renders the report: the texts no finding quotes and the parsed notes can go.
    quotedOnly: true,
    ...(request.quoting ? {} : { noSources: true }),
  };
}
