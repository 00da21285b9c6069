import type { Finding } from '../engine/finding.ts';
import type { Host } from '../engine/host.ts';
import type { NotesFile } from '../engine/notes.ts';
import type { LoadedPolicy } from '../engine/policy.ts';
import type { Mode } from '../engine/result.ts';
import type { RunPicture } from '../engine/run.ts';
import type { Release } from '../engine/types/index.ts';
import type { YamlPlaces } from '../engine/yaml-source.ts';

/** What became of the notes file that release.yml names. */
export type NotesState =
  | { status: 'ok'; notes: NotesFile; sha256: string }
  | { status: 'absent' }
  | { status: 'invalid'; path: string; reason: string }
  | { status: 'unreadable'; path: string; finding: Finding };

/**
 * What the GitHub API said about the release's pull request, fetched by the action before the check
 * (the engine itself never touches the network). Absent offline.
 */
export interface OnlineFacts {
  /** Set when verification could not run (a fork's pull request, a missing permission, no network). */
  unavailable?: string;
  /** The pull request's author, `@login`: a waiver they approve themselves does not count. */
  author?: string;
  /** The pull request's current head commit. */
  headSha?: string;
  /** Logins (`@login`) with an approving review on the current head commit. */
  approvals?: string[];
  /**
   * For each handle the check asked about (signers, approvers), the role ids the policy's `users`
   * and `teams` give it, team membership read through the API.
   */
  roles?: Record<string, string[]>;
  /** Handles whose team membership could not be read, with the reason. */
  unresolved?: Record<string, string>;
}

/** Everything a rule may look at. Rules are pure: they read this and report. */
export interface RuleContext {
  /** The release.yml being checked, relative to the root. */
  file: string;
  /** Its folder: paths written in it are relative to this. */
  dir: string;
  release: Release;
  yaml: YamlPlaces;
  notes: NotesState;
  policy: LoadedPolicy;
  mode: Mode;
  /** The instant evaluated (RFC 3339): `--now`, or the clock in deploy mode. */
  now: string;
  /** For rules that check a file exists (a rollback plan). */
  host: Host;
  /** Every release this run knows to be planned (its release.yml files, the calendar) and their dependencies. */
  run: RunPicture;
  /** What the GitHub API said, when the action could ask it. */
  online?: OnlineFacts;
}
