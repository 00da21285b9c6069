import type { Finding } from '../engine/finding.ts';
import type { Host } from '../engine/host.ts';
import type { NotesFile } from '../engine/notes.ts';
import type { LoadedPolicy } from '../engine/policy.ts';
import type { Mode } from '../engine/result.ts';
import type { Release } from '../engine/types/index.ts';
import type { YamlFile } from '../engine/yaml-source.ts';

/** What became of the notes file that release.yml names. */
export type NotesState =
  | { status: 'ok'; notes: NotesFile; sha256: string }
  | { status: 'absent' }
  | { status: 'invalid'; path: string; reason: string }
  | { status: 'unreadable'; path: string; finding: Finding };

/** Everything a rule may look at. Rules are pure: they read this and report. */
export interface RuleContext {
  /** The release.yml being checked, relative to the root. */
  file: string;
  /** Its folder: paths written in it are relative to this. */
  dir: string;
  release: Release;
  yaml: YamlFile;
  notes: NotesState;
  policy: LoadedPolicy;
  mode: Mode;
  /** The instant evaluated (RFC 3339): `--now`, or the clock in deploy mode. */
  now: string;
  /** For rules that check a file exists (a rollback plan). */
  host: Host;
}
