/**
 * Collected releases files (`schemas/releases.schema.json`): the planned releases `release-policy
 * collect` read from an organisation's repositories. Loaded like every other data file: parsed with
 * positions (JSON is YAML 1.2), checked against the schema and the limits, so a broken file is
 * reported at its exact place. Pure: the edges hand it a host.
 */
import { type Finding, toFinding } from './finding.ts';
import { sha256Hex } from './hash.ts';
import type { Host } from './host.ts';
import { LIMITS } from './limits.ts';
import { loadYaml } from './load.ts';
import { CalendarError } from './calendar/errors.ts';
import { releaseWindow } from './calendar/occurrences.ts';
import type { CollectedReleases } from './types/index.ts';
import type { YamlFile } from './yaml-source.ts';

export type CollectedRelease = CollectedReleases['releases'][number];
export type CollectedProblem = CollectedReleases['problems'][number];

/** A collected releases file that loaded: its data, where it was read, and its hash for the audit. */
export interface LoadedReleases {
  /** The file's name as findings and reports show it. */
  file: string;
  data: CollectedReleases;
  sha256: string;
}

export type ReleasesLoad =
  | { ok: true; releases: LoadedReleases; text: string; bytes: Uint8Array }
  | { ok: false; findings: Finding[]; text?: string };

/**
 * Reads one collected releases file. `display` is the name findings use for it (the path as the user
 * gave it), when it differs from the host's path.
 */
export function loadReleases(host: Host, path: string, display = path): ReleasesLoad {
  const loaded = loadYaml(host, path, 'releases', { maxBytes: LIMITS.releasesBytes });
  const rename = (findings: Finding[]) =>
    findings.map((f) => ({
      ...f,
      file: display,
      message: f.message.startsWith(`${path}: `) ? `${display}: ${f.message.slice(path.length + 2)}` : f.message,
    }));
  if (!loaded.ok) {
    return { ok: false, findings: rename(loaded.findings), ...(loaded.text !== undefined ? { text: loaded.text } : {}) };
  }
  const yaml: YamlFile = { ...loaded.yaml, file: display };
  const data = yaml.data as CollectedReleases;
  const problems = valueProblems(data, yaml);
  if (problems.length > 0) return { ok: false, findings: problems, text: yaml.text };
  return {
    ok: true,
    text: yaml.text,
    bytes: loaded.bytes,
    releases: { file: display, data, sha256: sha256Hex(loaded.bytes) },
  };
}

/** What the schema can't see: more entries than a run reads, a window that ends before it starts. */
function valueProblems(data: CollectedReleases, yaml: YamlFile): Finding[] {
  const at = (path: (string | number)[], message: string) =>
    toFinding('schema', 'error', { message, file: yaml.file, ...yaml.locate(path) });
  const entries = data.releases.length + data.problems.length;
  if (entries > LIMITS.releasesEntries) {
    const key = data.releases.length > data.problems.length ? 'releases' : 'problems';
    return [
      at(
        [key],
        `the file holds ${entries} entries (releases and problems); the limit is ${LIMITS.releasesEntries}`,
      ),
    ];
  }
  const out: Finding[] = [];
  data.releases.forEach((release, index) => {
    try {
      releaseWindow(release);
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      const field = /window_end/.test(error.message) ? 'window_end' : 'date';
      const message = error.where ? error.message.slice(error.where.length + 2) : error.message;
      out.push(at(['releases', index, field], `${release.product} ${release.version}: ${message}`));
    }
  });
  return out;
}

/** `octoacme/payments services/payments-api/release.yml` (and `pull request #412` when proposed). */
export function sourceText(release: CollectedRelease): string {
  const { repo, path, pull } = release.source;
  return `${repo} ${path}${pull !== undefined ? ` (proposed in pull request #${pull})` : ''}`;
}

/** Whether a collected release is only proposed by an open pull request, not on the default branch. */
export function isProposed(release: CollectedRelease): boolean {
  return release.source.pull !== undefined;
}
