/**
 * Collected releases files (`schemas/releases.schema.json`): the planned releases `release-policy
 * collect` read from an organisation's repositories. Loaded like every other data file: parsed with
 * positions (JSON is YAML 1.2), checked against the schema and the limits, so a broken file is
 * reported at its exact place. Pure: the edges hand it a host.
 */
import { type Finding, toFinding } from './finding.ts';
import type { Host } from './host.ts';
import { hostSha256 } from './host-hash.ts';
import { LIMITS } from './limits.ts';
import { loadText, loadYaml } from './load.ts';
import { validatorFor } from './schemas.ts';
import { CalendarError } from './calendar/errors.ts';
import { releaseWindow } from './calendar/occurrences.ts';
import type { CalendarData, CalendarRelease } from './calendar/types.ts';
import type { CollectedReleases } from './types/index.ts';
import type { Span } from './text.ts';
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
  const read = loadText(host, path, 'yaml-syntax', LIMITS.releasesBytes);
  const clean = read.ok ? cleanJson(read.text) : undefined;
  if (read.ok && clean) {
    return {
      ok: true,
      text: read.text,
      bytes: read.bytes,
      releases: { file: display, data: clean, sha256: hostSha256(host, read.bytes) },
    };
  }
  const loaded = loadYaml(host, path, 'releases', { maxBytes: LIMITS.releasesBytes });
  const rename = (findings: Finding[]) =>
    findings.map((f) => ({
      ...f,
      file: display,
      message: f.message.startsWith(`${path}: `)
        ? `${display}: ${f.message.slice(path.length + 2)}`
        : f.message,
    }));
  if (!loaded.ok) {
    return {
      ok: false,
      findings: rename(loaded.findings),
      ...(loaded.text !== undefined ? { text: loaded.text } : {}),
    };
  }
  const yaml: YamlFile = { ...loaded.yaml, file: display };
  const data = yaml.data as CollectedReleases;
  const problems = valueProblems(data, yaml.file, (path) => yaml.locate(path));
  if (problems.length > 0) return { ok: false, findings: problems, text: yaml.text };
  return {
    ok: true,
    text: yaml.text,
    bytes: loaded.bytes,
    releases: { file: display, data, sha256: hostSha256(host, loaded.bytes) },
  };
}

/**
 * The file's data as `JSON.parse` reads it, when it is plain JSON that loads without a problem (no
 * key twice in one object, valid against the schema, within the limits, every window in order);
 * else undefined, and the caller reads it as YAML with places to say where the problem is. For such
 * a file both ways give the same data (JSON is YAML 1.2); this one skips the YAML parser, most of
 * the cost of loading a collected file, which every run with the built-in policy does.
 */
function cleanJson(text: string): CollectedReleases | undefined {
  let keys = 0;
  let data: unknown;
  try {
    data = JSON.parse(text, (_key, value: unknown) => {
      if (typeof value === 'object' && value !== null && !Array.isArray(value))
        keys += Object.keys(value).length;
      return value;
    });
  } catch {
    return undefined;
  }
  // JSON.parse keeps the last of a key given twice, which the YAML reading refuses. In JSON that
  // parsed, every string is matched whole, and a key is a string followed by a colon.
  let keyTokens = 0;
  for (const match of text.matchAll(/"(?:[^"\\]|\\.)*"(\s*:)?/g)) if (match[1] !== undefined) keyTokens++;
  if (keyTokens !== keys || !validatorFor('releases')(data)) return undefined;
  const valid = data as CollectedReleases;
  // Places do not matter here: any problem sends the file to the reading that has them.
  return valueProblems(valid, '', () => ({ line: 1, column: 1 })).length === 0 ? valid : undefined;
}

/** What the schema can't see: more entries than a run reads, a window that ends before it starts. */
function valueProblems(
  data: CollectedReleases,
  file: string,
  locate: (path: (string | number)[]) => Span,
): Finding[] {
  const at = (path: (string | number)[], message: string) =>
    toFinding('schema', 'error', { message, file, ...locate(path) });
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

/**
 * The calendar with the collected releases drawn in, for the calendar export and the site. As in the
 * checks, a release collected from a default branch replaces the calendar's entry for the same
 * product and version (the first file that has it wins); a release a pull request only proposes is
 * added beside the plan, marked as proposed, and replaces nothing.
 */
export function calendarWithCollected(
  calendar: CalendarData,
  files: readonly LoadedReleases[],
): CalendarData {
  if (files.length === 0) return calendar;
  const key = (r: { product: string; version: string }) => `${r.product}\u0000${r.version}`;
  const planned = new Map<string, CalendarRelease>();
  const proposed = new Map<string, CalendarRelease>();
  for (const { file, data } of files) {
    for (const entry of data.releases) {
      const { repo, path, url, pull } = entry.source;
      const release: CalendarRelease = {
        product: entry.product,
        version: entry.version,
        type: entry.type,
        date: entry.date,
        ...(entry.window_end !== undefined ? { window_end: entry.window_end } : {}),
        ...(entry.manager !== undefined ? { manager: entry.manager } : {}),
        ...(entry.depends_on.length > 0 ? { depends_on: entry.depends_on } : {}),
        collected: { file, repo, path, url, ...(pull !== undefined ? { pull } : {}) },
      };
      if (pull === undefined) {
        if (!planned.has(key(entry))) planned.set(key(entry), release);
      } else {
        const id = `${key(entry)}\u0000${repo}\u0000${pull}`;
        if (!proposed.has(id)) proposed.set(id, release);
      }
    }
  }
  const own = (calendar.releases ?? []).filter((r) => !planned.has(key(r)));
  return { ...calendar, releases: [...own, ...planned.values(), ...proposed.values()] };
}

/** A problem of a collected file, with the file it came from. */
export interface CollectedFileProblem extends CollectedProblem {
  file: string;
}

/** The problems every collected file lists: release.yml files of other repositories that could not be read. */
export function collectedProblems(files: readonly LoadedReleases[]): CollectedFileProblem[] {
  return files.flatMap(({ file, data }) => data.problems.map((problem) => ({ ...problem, file })));
}
