import type { NotesState, OnlineFacts, RuleContext } from '../rules/context.ts';
import { rules as allRules } from '../rules/index.ts';
import type { Rule } from '../rules/rule.ts';
import { compareFindings, type Finding, type Severity, toFinding } from './finding.ts';
import { hostSha256 } from './host-hash.ts';
import type { Host } from './host.ts';
import { LIMITS } from './limits.ts';
import { type LoadedYaml, loadText, loadYaml } from './load.ts';
import { type NotesFile, notesNestTooDeep, parseNotes, scanNotes } from './notes.ts';
import type { LoadedReleases } from './releases.ts';
import { buildRunPicture, type RunInputs, type RunPicture } from './run.ts';
import { dirname, resolveInside } from './paths.ts';
import type { LoadedPolicy } from './policy.ts';
import type { Audit, CheckResult, Mode, ReleaseSummary, Sources, WaiverRecord } from './result.ts';
import { applyWaivers } from './waivers.ts';
import type { CalendarData } from './calendar/index.ts';
import type { Release } from './types/index.ts';
import { redactCredentials, redactDeep } from './redact.ts';
import type { PathSegment, YamlPlaces } from './yaml-source.ts';

export interface CheckInput {
  /** The release.yml files to check, relative to the host's root. */
  configs: string[];
  host: Host;
  policy: LoadedPolicy;
  mode: Mode;
  /** The instant evaluated, RFC 3339. */
  now: string;
  /** A notes path that replaces `notes:` in release.yml (relative to the root). */
  notes?: string;
  tool: { name: string; version: string };
  /** The rules to run (default: all of them); a rule's own tests run it alone. */
  rules?: readonly Rule<RuleContext>[];
  /** Facts from the GitHub API, gathered by the action; absent offline. */
  online?: OnlineFacts;
  /**
   * Collected releases files given for this run (`--releases`, the action's `releases` input), already
   * loaded by the edge; they come before the one the policy names, so the first plan of a release wins.
   */
  releases?: readonly LoadedReleases[];
  /** release.yml files the caller has already loaded (the action reads them before the GitHub API). */
  loaded?: ReadonlyMap<string, LoadedYaml>;
  /**
   * Keep only the source texts that findings point into (and the first release's), and not the
   * parsed notes: for callers that only render the report (the CLI), so a big run holds less.
   */
  quotedOnly?: boolean;
  /** Keep no source texts at all: for callers whose report quotes none (JSON, Markdown). */
  noSources?: boolean;
}

export interface CheckOutput {
  result: CheckResult;
  /** Texts of the files findings point into, for reporters that quote them. */
  sources: Sources;
  /** The release notes as parsed for the rules, by path, so that no reporter parses them again. */
  notes: Map<string, NotesFile>;
}

/** Rules whose findings are never switched off or waived: without them nothing else is reliable. */
const ALWAYS_ON = new Set(['yaml-syntax', 'schema']);

/** Checks every release.yml against the policy. Pure: all reading goes through `input.host`. */
export function check(input: CheckInput): CheckOutput {
  // Every input is loaded once, and the run's picture built from all of them, before any rule runs:
  // a rule judging one release sees its siblings in the run and the calendar's plans.
  const { loaded, planned } = loadConfigs(input, input.configs);
  return finishCheck(input, judgeLoaded(input, planned, loaded));
}

/** Loads release.yml files for a check; `planned` is what they add to the run's picture. */
export function loadConfigs(
  input: Pick<CheckInput, 'host' | 'loaded' | 'quotedOnly' | 'noSources' | 'configs'>,
  configs: readonly string[],
): { loaded: (LoadedRelease | undefined)[]; planned: RunInputs['releases'] } {
  const loaded = configs.map((config) => loadRelease(input, config));
  return { loaded, planned: loaded.flatMap(plannedFrom) };
}

/**
 * Judges loaded release.yml files against the picture of the whole run (`planned`: every file's
 * plans, in the order of the files), letting go of each one once judged: they are not held until
 * the report.
 */
export function judgeLoaded(
  input: CheckInput,
  planned: RunInputs['releases'],
  loaded: (LoadedRelease | undefined)[],
): JudgedRelease[] {
  const run = runPicture(input, planned);
  const judged: JudgedRelease[] = [];
  for (let i = 0; i < loaded.length; i++) {
    judged.push(judgeRelease(input, run, loaded[i]!));
    loaded[i] = undefined;
  }
  return judged;
}

/**
 * One release.yml as loaded for a check, before any rule has looked at it: what the rules and the
 * report need of it, and nothing of the parsed document, which is several times the size of the
 * text. Every file of a run is held like this until the run's picture is built.
 */
export interface LoadedRelease {
  config: string;
  /** The SHA-256 of the file as read, for the audit; absent when it could not be read. */
  sha256?: string;
  /**
   * Its text, for the report to quote; with `quotedOnly`, kept only where loading already found
   * something to quote (and for the first file), and read again for a rule's finding.
   */
  text?: string;
  /** Syntax and schema findings, and the dates that do not exist. */
  findings: Finding[];
  /** The release's data (without the dates that do not exist) when the file loaded. */
  release: Release | undefined;
  /** Where its keys and values stand, when it loaded. */
  places?: YamlPlaces;
  /** What a report says of a file that did not load: the fields it could read. */
  summary?: ReleaseSummary;
}

/** What a check makes of one release.yml: the parts of the result that come from it, in its order. */
export interface JudgedRelease {
  summary: ReleaseSummary;
  findings: Finding[];
  inputs: Audit['inputs'];
  applied: WaiverRecord[];
  unused: WaiverRecord[];
  /** Texts of its release.yml and notes, by path (all of them, or with `quotedOnly` the ones findings point into). */
  sources: Record<string, string>;
  /** The notes as parsed, when they were (not kept with `quotedOnly`). */
  notes?: NotesFile;
}

/** Reads, parses and validates one release.yml. Dates that do not exist are schema findings, and their values are kept from the rules. */
function loadRelease(
  input: Pick<CheckInput, 'host' | 'loaded' | 'quotedOnly' | 'noSources' | 'configs'>,
  config: string,
): LoadedRelease {
  const loaded =
    input.loaded?.get(config) ?? loadYaml(input.host, config, 'release', { tolerateDates: true });
  const sha256 = loaded.bytes ? hostSha256(input.host, loaded.bytes) : undefined;
  const base = sha256 === undefined ? { config } : { config, sha256 };
  if (!loaded.ok) {
    return {
      ...base,
      ...(loaded.text !== undefined && !input.noSources ? { text: loaded.text } : {}),
      findings: capped(loaded.findings),
      release: undefined,
      summary: summarize(config, loaded.data),
    };
  }
  const findings = loaded.impossibleDates?.findings ?? [];
  const keepText =
    !input.noSources && (!input.quotedOnly || findings.length > 0 || config === input.configs[0]);
  return {
    ...base,
    ...(keepText ? { text: loaded.yaml.text } : {}),
    findings,
    release: withoutValues(loaded.yaml.data, loaded.impossibleDates?.paths ?? []) as Release,
    places: loaded.yaml.places(),
  };
}

/**
 * What a loaded release.yml adds to the run's picture: only the fields the picture reads, so that
 * a run spread over threads sends each of them little; nothing when the file did not load.
 */
function plannedFrom(entry: LoadedRelease | undefined): RunInputs['releases'] {
  if (!entry?.release) return [];
  const { product, version, type, date, window, manager, depends_on, systems } = entry.release;
  return [
    { file: entry.config, release: { product, version, type, date, window, manager, depends_on, systems } },
  ];
}

/** The run's picture: this run's releases, in the order of the configs, with the collected files and the calendar. */
function runPicture(
  input: Pick<CheckInput, 'policy' | 'releases'>,
  releases: RunInputs['releases'],
): RunPicture {
  const calendar = input.policy.calendar;
  return buildRunPicture({
    releases,
    collected: [...(input.releases ?? []), ...(input.policy.releases ? [input.policy.releases] : [])],
    ...(calendar ? { calendar: { file: calendar.file, data: calendar.data as CalendarData } } : {}),
  });
}

/** Runs the rules and the waivers on one loaded release.yml against the run's picture. */
function judgeRelease(input: CheckInput, run: RunPicture, entry: LoadedRelease): JudgedRelease {
  const { config, release, places } = entry;
  const judged: JudgedRelease = {
    summary: entry.summary ?? { file: config },
    findings: [],
    inputs: entry.sha256 !== undefined ? [{ file: config, sha256: entry.sha256 }] : [],
    applied: [],
    unused: [],
    sources: {},
  };
  const { findings, sources } = judged;
  if (entry.text !== undefined) sources[config] = entry.text;
  findings.push(...entry.findings);
  if (!release || !places) return quoted(input, judged, entry);
  const own: Finding[] = [];
  const notes = readNotes(input, config, release);
  if (notes.status === 'ok') {
    sources[notes.notes.file] = notes.notes.text;
    if (!input.quotedOnly) judged.notes = notes.notes;
    judged.inputs.push({ file: notes.notes.file, sha256: notes.sha256 });
  }
  judged.summary = summarize(config, release, notesPath(notes));

  const context: RuleContext = {
    file: config,
    dir: dirname(config),
    release,
    yaml: places,
    notes,
    policy: input.policy,
    mode: input.mode,
    now: input.now,
    host: input.host,
    run,
    ...(input.online ? { online: input.online } : {}),
  };
  const unwaivable = new Map<Finding, string | undefined>();
  for (const rule of input.rules ?? allRules) {
    const override = severityOverride(rule.meta.id, input.policy);
    if (override === 'off') continue;
    rule.check(context, (report) => {
      const { severity, waived, waivable, waiverRefused, ...rest } = report;
      // A policy's override beats the rule's own choice for a report (hard or soft blackout).
      const finding = toFinding(rule.meta.id, override ?? severity ?? rule.meta.severity, {
        file: config,
        ...rest,
      });
      if (waived) finding.waived = waived;
      if (waivable === false) unwaivable.set(finding, waiverRefused);
      own.push(finding);
    });
  }
  const waivers = applyWaivers({
    file: config,
    release,
    yaml: places,
    policy: input.policy,
    mode: input.mode,
    now: input.now,
    findings: own,
    unwaivable,
    ...(input.online ? { online: input.online } : {}),
    severity: severityOverride('exception-invalid', input.policy) ?? 'error',
  });
  judged.applied = waivers.applied;
  judged.unused = waivers.unused;
  findings.push(...capped([...own, ...waivers.findings]));
  return quoted(input, judged, entry);
}

/**
 * With `quotedOnly`, a judged release keeps only the texts its findings point into: a run of
 * thousands of releases does not hold every file's text until the report. The first release's are
 * kept too, since a report places a finding without a file there. A release.yml whose text was not
 * kept is read again when a finding points into it, and quoted only if it is still the file that
 * was checked. With `noSources`, nothing is kept.
 */
function quoted(input: CheckInput, judged: JudgedRelease, entry: LoadedRelease): JudgedRelease {
  const { config } = entry;
  if (input.noSources) {
    judged.sources = {};
    return judged;
  }
  const named = new Set(judged.findings.map((f) => f.file));
  if (named.has(config) && judged.sources[config] === undefined && entry.sha256 !== undefined) {
    const again = loadText(input.host, config, 'yaml-syntax', LIMITS.yamlBytes);
    if (again.ok && hostSha256(input.host, again.bytes) === entry.sha256) judged.sources[config] = again.text;
  }
  if (!input.quotedOnly || config === input.configs[0]) return judged;
  for (const file of Object.keys(judged.sources)) if (!named.has(file)) delete judged.sources[file];
  return judged;
}

/** The check's output from every release judged, in the order of the configs. */
export function finishCheck(input: CheckInput, judged: readonly JudgedRelease[]): CheckOutput {
  const sources: Record<string, string> = {};
  const parsedNotes = new Map<string, NotesFile>();
  const findings: Finding[] = [];
  // The collected releases files are inputs: the ones given, then the one the policy names.
  const collected = [...(input.releases ?? []), ...(input.policy.releases ? [input.policy.releases] : [])];
  const inputs: Audit['inputs'] = collected.map((file) => ({ file: file.file, sha256: file.sha256 }));
  const applied: WaiverRecord[] = [];
  const unused: WaiverRecord[] = [];
  for (const one of judged) {
    Object.assign(sources, one.sources);
    if (one.notes) parsedNotes.set(one.notes.file, one.notes);
    for (const finding of one.findings) findings.push(finding);
    for (const entry of one.inputs) inputs.push(entry);
    for (const record of one.applied) applied.push(record);
    for (const record of one.unused) unused.push(record);
  }
  const releases = judged.map((one) => one.summary);

  findings.sort(compareFindings);
  // A URL's credentials never leave the engine: not in a message, a hint, a quoted line or the audit.
  for (const file of Object.keys(sources)) sources[file] = redactCredentials(sources[file]!);
  const errors = findings.filter((f) => f.severity === 'error' && !f.waived).length;
  const warnings = findings.filter((f) => f.severity === 'warning' && !f.waived).length;
  const waived = findings.filter((f) => f.waived).length;
  return {
    sources,
    notes: parsedNotes,
    result: redactDeep({
      ok: errors === 0,
      release: releases[0] ?? null,
      releases,
      findings,
      summary: { errors, warnings, waived },
      audit: {
        tool: input.tool,
        policy: { name: input.policy.name, sha256: input.policy.sha256, files: input.policy.files },
        inputs,
        now: input.now,
        mode: input.mode,
        waivers: { applied, unused },
      },
    }),
  };
}

function severityOverride(rule: string, policy: LoadedPolicy): Severity | 'off' | undefined {
  if (ALWAYS_ON.has(rule)) return undefined;
  return policy.data.severity?.[rule];
}

function notesPath(notes: NotesState): string | undefined {
  if (notes.status === 'ok') return notes.notes.file;
  return notes.status === 'absent' ? undefined : notes.path;
}

function readNotes(input: CheckInput, config: string, release: Release): NotesState {
  const written = input.notes ?? release.notes;
  if (written === undefined) return { status: 'absent' };
  // A --notes override is relative to the root; `notes:` to the folder of its release.yml.
  const resolved = resolveInside(input.notes !== undefined ? '' : dirname(config), written);
  if (!resolved.ok) return { status: 'invalid', path: written, reason: resolved.reason };
  const loaded = loadText(input.host, resolved.path, 'notes-missing', LIMITS.notesBytes);
  if (!loaded.ok) return { status: 'unreadable', path: resolved.path, finding: loaded.finding };
  const deep = notesNestTooDeep(loaded.text, LIMITS.notesNesting);
  if (deep !== undefined) {
    const message = `lists or quotes nest deeper than the limit (${LIMITS.notesNesting} columns of markers and indentation)`;
    const finding = toFinding('notes-missing', 'error', {
      message,
      file: resolved.path,
      line: deep,
      column: 1,
    });
    return { status: 'unreadable', path: resolved.path, finding };
  }
  const scan = scanNotes(loaded.text);
  if (scan.refused) {
    const finding = toFinding('notes-missing', 'error', {
      message: scan.refused.message,
      file: resolved.path,
      line: scan.refused.line,
      column: 1,
    });
    return { status: 'unreadable', path: resolved.path, finding };
  }
  return {
    status: 'ok',
    notes: parseNotes(resolved.path, loaded.text, scan),
    sha256: hostSha256(input.host, loaded.bytes),
  };
}

/** What a report says of a release: only the fields that are written as strings (the file may be invalid). */
function summarize(file: string, data: unknown, notes?: string): ReleaseSummary {
  const summary: ReleaseSummary = { file };
  if (typeof data !== 'object' || data === null) return summary;
  for (const key of ['product', 'version', 'previous', 'type', 'date'] as const) {
    const value = (data as Record<string, unknown>)[key];
    if (typeof value === 'string') summary[key] = value;
  }
  if (notes !== undefined) summary.notes = notes;
  return summary;
}

/** A broken file can yield thousands of findings; past the limit, one more says how many were dropped. */
function capped(list: Finding[]): Finding[] {
  if (list.length <= LIMITS.findingsPerFile) return list;
  const kept = list.slice(0, LIMITS.findingsPerFile);
  const last = kept.at(-1)!;
  kept.push(
    toFinding(last.rule, last.severity, {
      message: `${list.length - LIMITS.findingsPerFile} more findings in this file were not listed (limit ${LIMITS.findingsPerFile})`,
      ...(last.file ? { file: last.file } : {}),
    }),
  );
  return kept;
}

/**
 * A copy of `data` without the values at `paths`: a date that does not exist is reported by the
 * schema and never reaches the rules or the calendar, which judge the rest of the release.
 */
function withoutValues(data: unknown, paths: readonly PathSegment[][]): unknown {
  if (paths.length === 0) return data;
  const copy = structuredClone(data);
  for (const path of paths) {
    let node: unknown = copy;
    for (const segment of path.slice(0, -1)) {
      node =
        typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
    }
    const last = path.at(-1);
    if (last !== undefined && typeof node === 'object' && node !== null) {
      delete (node as Record<string, unknown>)[last];
    }
  }
  return copy;
}
