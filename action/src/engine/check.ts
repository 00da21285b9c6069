import type { NotesState, OnlineFacts, RuleContext } from '../rules/context.ts';
import { rules as allRules } from '../rules/index.ts';
import type { Rule } from '../rules/rule.ts';
import { compareFindings, type Finding, type Severity, toFinding } from './finding.ts';
import { sha256Hex } from './hash.ts';
import type { Host } from './host.ts';
import { LIMITS } from './limits.ts';
import { type LoadedYaml, loadText, loadYaml } from './load.ts';
import { type NotesFile, notesNestTooDeep, parseNotes, scanNotes } from './notes.ts';
import type { LoadedReleases } from './releases.ts';
import { buildRunPicture } from './run.ts';
import { dirname, resolveInside } from './paths.ts';
import type { LoadedPolicy } from './policy.ts';
import type { Audit, CheckResult, Mode, ReleaseSummary, Sources, WaiverRecord } from './result.ts';
import { applyWaivers } from './waivers.ts';
import type { CalendarData } from './calendar/index.ts';
import type { Release } from './types/index.ts';
import { redactCredentials, redactDeep } from './redact.ts';
import type { PathSegment } from './yaml-source.ts';

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
  const sources: Record<string, string> = {};
  const parsedNotes = new Map<string, NotesFile>();
  const findings: Finding[] = [];
  const releases: ReleaseSummary[] = [];
  const inputs: Audit['inputs'] = [];
  const applied: WaiverRecord[] = [];
  const unused: WaiverRecord[] = [];

  // Every input is loaded once, and the run's picture built from all of them, before any rule runs:
  // a rule judging one release sees its siblings in the run and the calendar's plans.
  // Dates that do not exist are schema findings, and their values are kept from the rules.
  const loadedConfigs = input.configs.map((config) => {
    const loaded =
      input.loaded?.get(config) ?? loadYaml(input.host, config, 'release', { tolerateDates: true });
    const release = loaded.ok
      ? (withoutValues(loaded.yaml.data, loaded.impossibleDates?.paths ?? []) as Release)
      : undefined;
    return { config, loaded, release };
  });
  const calendar = input.policy.calendar;
  const collected = [...(input.releases ?? []), ...(input.policy.releases ? [input.policy.releases] : [])];
  for (const file of input.releases ?? []) inputs.push({ file: file.file, sha256: file.sha256 });
  const run = buildRunPicture({
    releases: loadedConfigs.flatMap(({ config, release }) => (release ? [{ file: config, release }] : [])),
    collected,
    ...(calendar ? { calendar: { file: calendar.file, data: calendar.data as CalendarData } } : {}),
  });

  for (const { config, loaded, release: tolerated } of loadedConfigs) {
    const own: Finding[] = [];
    if (loaded.bytes) inputs.push({ file: config, sha256: sha256Hex(loaded.bytes) });
    if (!loaded.ok) {
      if (loaded.text !== undefined) sources[config] = loaded.text;
      releases.push(summarize(config, loaded.data));
      findings.push(...capped(loaded.findings));
      continue;
    }
    sources[config] = loaded.yaml.text;
    if (loaded.impossibleDates) findings.push(...loaded.impossibleDates.findings);
    const release = tolerated!;
    const notes = readNotes(input, config, release);
    if (notes.status === 'ok') {
      sources[notes.notes.file] = notes.notes.text;
      parsedNotes.set(notes.notes.file, notes.notes);
      inputs.push({ file: notes.notes.file, sha256: notes.sha256 });
    }
    releases.push(summarize(config, release, notesPath(notes)));

    const context: RuleContext = {
      file: config,
      dir: dirname(config),
      release,
      yaml: loaded.yaml,
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
      yaml: loaded.yaml,
      policy: input.policy,
      mode: input.mode,
      now: input.now,
      findings: own,
      unwaivable,
      ...(input.online ? { online: input.online } : {}),
      severity: severityOverride('exception-invalid', input.policy) ?? 'error',
    });
    applied.push(...waivers.applied);
    unused.push(...waivers.unused);
    findings.push(...capped([...own, ...waivers.findings]));
  }

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
    sha256: sha256Hex(loaded.bytes),
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
