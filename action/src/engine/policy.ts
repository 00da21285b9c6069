import { type Finding, toFinding } from './finding.ts';
import { hostSha256 } from './host-hash.ts';
import type { Host } from './host.ts';
import { LIMITS } from './limits.ts';
import { loadText, loadYaml } from './load.ts';
import { dirname, resolveInside } from './paths.ts';
import { CalendarError } from './calendar/errors.ts';
import { calendarLimitProblems, compileCalendar, type CompiledCalendar } from './calendar/compiled.ts';
import { compileEntry, releaseWindow } from './calendar/occurrences.ts';
import { type LoadedReleases, loadReleases } from './releases.ts';
import { checkZone, parseLocal } from './calendar/time.ts';
import type { Calendar, Policy } from './types/index.ts';
import type { PathSegment, YamlFile } from './yaml-source.ts';

/** Where a policy file lives: a host, a path inside it, and the name findings use for it. */
export interface PolicyLocation {
  host: Host;
  path: string;
  /** Prefix that turns `path` into the name shown in findings (a package folder for built-ins). */
  display?: string;
}

/** Finds the built-in policies (`extends: octoacme`): the edges know where the package's files are. */
export type BuiltinPolicies = (name: string) => PolicyLocation | undefined;

export interface LoadedPolicy {
  name: string;
  data: Policy;
  /** Notes templates by id, their text read from the file the policy names. */
  templates: Record<string, { file: string; text: string }>;
  /** The calendar file and, compiled once for the run, its occurrences (`compileCalendar(data)` returns the same). */
  calendar: { file: string; data: Calendar; compiled: CompiledCalendar } | undefined;
  /**
   * The collected releases file the policy names (`releases:`), loaded and checked. Data refreshed
   * daily, not policy: it is not among `files` nor in `sha256`, and the audit lists it as an input.
   */
  releases?: LoadedReleases;
  /** SHA-256 over every file the policy was built from (the collected releases aside), in load order. */
  sha256: string;
  files: string[];
}

export type PolicyLoad =
  | { ok: true; policy: LoadedPolicy; sources: Record<string, string> }
  | { ok: false; findings: Finding[]; sources: Record<string, string> };

const MAX_EXTENDS = 8;

/** A file reference inside a policy, remembered with the file that wrote it. */
interface Ref {
  location: PolicyLocation;
  target: string;
  from: YamlFile;
  at: PathSegment[];
}

/**
 * A referenced file that can't be read at all (one finding, without a place in it) is reported where
 * the policy names it, at `key`; undefined for findings inside the file.
 */
function namedAt(ref: Ref, key: string, findings: Finding[]): Finding[] | undefined {
  const [only] = findings;
  if (findings.length !== 1 || only!.line !== undefined) return undefined;
  return [{ ...only!, file: ref.from.file, ...ref.from.locate(ref.at), message: `${key}: ${only!.message}` }];
}

interface Layer {
  location: PolicyLocation;
  yaml: YamlFile;
  data: Policy;
}

/**
 * Loads a policy and the chain it `extends`, merges each onto its base (mappings merge key by key;
 * lists and values replace), reads the templates and calendar it names, and checks that every role,
 * template and rule it mentions exists. Every problem is a finding with its exact place: a policy
 * that can't be trusted stops the run (exit 2) before any release is judged.
 */
export function loadPolicy(start: PolicyLocation, builtins: BuiltinPolicies): PolicyLoad {
  const sources: Record<string, string> = {};
  const hashed: Uint8Array[] = [];
  const files: string[] = [];
  const fail = (findings: Finding[]): PolicyLoad => ({ ok: false, findings, sources });
  const show = (location: PolicyLocation, path = location.path) => `${location.display ?? ''}${path}`;
  const renamed = (location: PolicyLocation, findings: Finding[]) =>
    findings.map((f) => ({ ...f, file: show(location, f.file) }));

  const layers: Layer[] = [];
  const seen = new Set<string>();
  let location: PolicyLocation | undefined = start;
  while (location) {
    const id = show(location);
    if (seen.has(id)) {
      const from = layers.at(-1)!;
      return fail([
        problem(from, ['extends'], `policies extend each other in a loop (${[...seen, id].join(' → ')})`),
      ]);
    }
    if (layers.length >= MAX_EXTENDS) {
      return fail([
        problem(layers.at(-1)!, ['extends'], `more than ${MAX_EXTENDS} policies extend each other`),
      ]);
    }
    seen.add(id);
    const loaded = loadYaml(location.host, location.path, 'policy');
    if ('text' in loaded && loaded.text !== undefined) sources[id] = loaded.text;
    if (!loaded.ok) {
      // A base that can't be read at all is reported where it is named: the child's `extends`.
      const unread = loaded.findings.length === 1 && loaded.findings[0]!.line === undefined;
      const child = layers.at(-1);
      if (unread && child) {
        return fail([problem(child, ['extends'], `extends: ${loaded.findings[0]!.message}`)]);
      }
      return fail(renamed(location, loaded.findings));
    }
    sources[id] = loaded.yaml.text;
    hashed.push(loaded.bytes);
    files.push(id);
    const yaml: YamlFile = { ...loaded.yaml, file: id };
    const data = yaml.data as Policy;
    layers.push({ location, yaml, data });

    const base: string | undefined = data.extends;
    if (base === undefined) break;
    const next = resolveExtends(location, base, builtins);
    if (!next.ok) return fail([problem(layers.at(-1)!, ['extends'], next.reason)]);
    location = next.location;
  }

  // Merge from the base up; remember which layer wrote each file reference.
  let merged: Policy = {} as Policy;
  const templateRefs = new Map<string, Ref>();
  let calendarRef: Ref | undefined;
  let releasesRef: Ref | undefined;
  for (const layer of [...layers].reverse()) {
    const { extends: _, ...own } = layer.data;
    merged = mergePolicy(merged, own as Policy);
    for (const [id, template] of Object.entries(layer.data.notes?.templates ?? {})) {
      if (template.file !== undefined) {
        templateRefs.set(id, {
          location: layer.location,
          target: template.file,
          from: layer.yaml,
          at: ['notes', 'templates', id, 'file'],
        });
      }
    }
    if (layer.data.calendar !== undefined) {
      calendarRef = {
        location: layer.location,
        target: layer.data.calendar,
        from: layer.yaml,
        at: ['calendar'],
      };
    }
    if (layer.data.releases !== undefined) {
      releasesRef = {
        location: layer.location,
        target: layer.data.releases,
        from: layer.yaml,
        at: ['releases'],
      };
    }
  }

  const problems = referenceProblems(merged, layers);
  if (problems.length > 0) return fail(problems);

  const templates: LoadedPolicy['templates'] = {};
  for (const [id, ref] of templateRefs) {
    const target = follow(ref);
    if (!target.ok) return fail([target.finding]);
    const text = loadText(ref.location.host, target.path, 'schema', LIMITS.notesBytes);
    const file = show(ref.location, target.path);
    if (!text.ok)
      return fail([
        {
          ...text.finding,
          file: ref.from.file,
          ...ref.from.locate(ref.at),
          message: `notes template "${id}": ${text.finding.message}`,
        },
      ]);
    templates[id] = { file, text: text.text };
    sources[file] = text.text;
    hashed.push(text.bytes);
    files.push(file);
  }

  let calendar: LoadedPolicy['calendar'];
  if (calendarRef) {
    const target = follow(calendarRef);
    if (!target.ok) return fail([target.finding]);
    const loaded = loadYaml(calendarRef.location.host, target.path, 'calendar');
    const file = show(calendarRef.location, target.path);
    if ('text' in loaded && loaded.text !== undefined) sources[file] = loaded.text;
    if (!loaded.ok) {
      return fail(
        namedAt(calendarRef, 'calendar', loaded.findings) ?? renamed(calendarRef.location, loaded.findings),
      );
    }
    sources[file] = loaded.yaml.text;
    const calendarYaml = { ...loaded.yaml, file };
    const calendarProblems = [
      ...calendarReferenceProblems(loaded.yaml.data as Calendar, merged, calendarYaml),
      ...calendarValueProblems(loaded.yaml.data as Calendar, calendarYaml),
    ];
    if (calendarProblems.length > 0) return fail(calendarProblems);
    const data = loaded.yaml.data as Calendar;
    calendar = { file, data, compiled: compileCalendar(data) };
    hashed.push(loaded.bytes);
    files.push(file);
  }

  let releases: LoadedReleases | undefined;
  if (releasesRef) {
    const target = follow(releasesRef);
    if (!target.ok) return fail([target.finding]);
    const file = show(releasesRef.location, target.path);
    const loaded = loadReleases(releasesRef.location.host, target.path, file);
    if (loaded.text !== undefined) sources[file] = loaded.text;
    if (!loaded.ok) return fail(namedAt(releasesRef, 'releases', loaded.findings) ?? loaded.findings);
    releases = loaded.releases;
  }

  return {
    ok: true,
    sources,
    policy: {
      name: merged.name ?? layers[0]!.data.name ?? 'policy',
      data: merged,
      templates,
      calendar,
      ...(releases ? { releases } : {}),
      sha256: hostSha256(start.host, ...hashed),
      files,
    },
  };

  function follow(ref: Ref): { ok: true; path: string } | { ok: false; finding: Finding } {
    const resolved = resolveInside(dirname(ref.location.path), ref.target);
    if (resolved.ok) return resolved;
    return {
      ok: false,
      finding: toFinding('schema', 'error', {
        message: resolved.reason,
        file: ref.from.file,
        ...ref.from.locate(ref.at),
      }),
    };
  }
}

function resolveExtends(
  from: PolicyLocation,
  base: string,
  builtins: BuiltinPolicies,
): { ok: true; location: PolicyLocation } | { ok: false; reason: string } {
  if (/^[a-z0-9][a-z0-9-]*$/.test(base)) {
    const builtin = builtins(base);
    return builtin
      ? { ok: true, location: builtin }
      : { ok: false, reason: `no built-in policy is named "${base}"` };
  }
  const resolved = resolveInside(dirname(from.path), base);
  if (!resolved.ok) return resolved;
  return { ok: true, location: { ...from, path: resolved.path } };
}

/** Mappings merge key by key; anything else in `over` replaces what `base` had. */
export function mergePolicy<T>(base: T, over: T): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  // A Map and Object.fromEntries define keys as data, so a `__proto__` key stays a plain key.
  const out = new Map<string, unknown>(Object.entries(base));
  for (const [key, value] of Object.entries(over)) {
    out.set(key, out.has(key) ? mergePolicy(out.get(key), value) : value);
  }
  return Object.fromEntries(out) as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A problem at `path` in the topmost layer that writes it (the child, if it overrides the base). */
function problem(layer: Layer | Layer[], path: PathSegment[], message: string): Finding {
  const layers = Array.isArray(layer) ? layer : [layer];
  const owner = layers.find((l) => l.yaml.has(path)) ?? layers[0]!;
  return toFinding('schema', 'error', { message, file: owner.yaml.file, ...owner.yaml.locate(path) });
}

/** Everything a policy names by id must exist: roles, templates, the three release types. */
function referenceProblems(policy: Policy, layers: Layer[]): Finding[] {
  const out: Finding[] = [];
  const roles = new Set(Object.keys(policy.roles ?? {}));
  const aliases = new Map<string, string>();
  for (const [id, role] of Object.entries(policy.roles ?? {})) {
    (role.aliases ?? []).forEach((alias, index) => {
      if (roles.has(alias) || aliases.has(alias)) {
        out.push(
          problem(
            layers,
            ['roles', id, 'aliases', index],
            `alias "${alias}" is already a role or another role's alias`,
          ),
        );
      }
      aliases.set(alias, id);
    });
  }
  const checkRoles = (list: string[] | undefined, path: PathSegment[]) =>
    (list ?? []).forEach((role, index) => {
      if (roles.has(role)) return;
      const canonical = aliases.get(role);
      out.push(
        problem(
          layers,
          [...path, index],
          canonical
            ? `"${role}" is an alias; name the role "${canonical}" here`
            : `no role "${role}" is defined under roles`,
        ),
      );
    });

  for (const type of ['patch', 'minor', 'major'] as const) {
    const rules = policy.types?.[type];
    if (!rules) {
      out.push(problem(layers, ['types'], `release type "${type}" is not defined`));
      continue;
    }
    checkRoles(rules.signoffs, ['types', type, 'signoffs']);
    if (rules.notes !== undefined && !policy.notes?.templates?.[rules.notes]) {
      out.push(
        problem(
          layers,
          ['types', type, 'notes'],
          `no notes template "${rules.notes}" is defined under notes.templates`,
        ),
      );
    }
  }
  for (const [kind, change] of Object.entries(policy.changes ?? {}))
    checkRoles(change.signoffs, ['changes', kind, 'signoffs']);
  for (const [rule, waiver] of Object.entries(policy.exceptions?.waivable ?? {})) {
    checkRoles(waiver.granted_by, ['exceptions', 'waivable', rule, 'granted_by']);
  }
  return out;
}

/** The calendar names roles (who may approve an emergency exception) and ids that must be unique. */
function calendarReferenceProblems(calendar: Calendar, policy: Policy, yaml: YamlFile): Finding[] {
  const out: Finding[] = [];
  const roles = new Set(Object.keys(policy.roles ?? {}));
  const at = (path: PathSegment[], message: string) =>
    toFinding('schema', 'error', { message, file: yaml.file, ...yaml.locate(path) });
  const ids = new Set<string>();
  const lists = [
    ['blackouts', calendar.blackouts ?? []],
    ['maintenance', calendar.maintenance ?? []],
  ] as const;
  for (const [key, entries] of lists) {
    entries.forEach((entry: { id: string; exception?: { approved_by?: string[] } }, index: number) => {
      if (ids.has(entry.id))
        out.push(at([key, index, 'id'], `the id "${entry.id}" is used twice in the calendar`));
      ids.add(entry.id);
      (entry.exception?.approved_by ?? []).forEach((role, i) => {
        if (!roles.has(role))
          out.push(
            at([key, index, 'exception', 'approved_by', i], `no role "${role}" is defined in the policy`),
          );
      });
    });
  }
  const holidayApprovers = calendar.holidays?.exception?.approved_by ?? [];
  holidayApprovers.forEach((role, i) => {
    if (!roles.has(role))
      out.push(at(['holidays', 'exception', 'approved_by', i], `no role "${role}" is defined in the policy`));
  });
  return out;
}

/**
 * What the schema can't see: zones that don't exist, dates like Feb 30, RRULEs the recurrence
 * library refuses, an end before its start. Each is placed on the field at fault.
 */
function calendarValueProblems(calendar: Calendar, yaml: YamlFile): Finding[] {
  const out: Finding[] = [];
  // Bounds first: a calendar past them is not compiled at all.
  for (const problem of calendarLimitProblems(calendar)) {
    const at = yaml.has(problem.path) ? problem.path : problem.path.slice(0, 1);
    out.push(toFinding('schema', 'error', { message: problem.message, file: yaml.file, ...yaml.locate(at) }));
  }
  if (out.length > 0) return out;
  const attempt = (path: PathSegment[], run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      // `where` ends with the field's name (`"weekend" rrule`, `"x" exdates[2]`); place the finding there.
      const field = error.where
        ?.split(' ')
        .at(-1)
        ?.match(/^([a-z_]+)(?:\[(\d+)\])?$/);
      const at = field ? [...path, field[1]!, ...(field[2] === undefined ? [] : [Number(field[2])])] : path;
      const message = error.where ? error.message.slice(error.where.length + 2) : error.message;
      out.push(
        toFinding('schema', 'error', { message, file: yaml.file, ...yaml.locate(yaml.has(at) ? at : path) }),
      );
    }
  };
  attempt(['timezone'], () => checkZone(calendar.timezone, 'timezone'));
  if (out.length > 0) return out;
  for (const key of ['blackouts', 'maintenance'] as const) {
    (calendar[key] ?? []).forEach((entry, index) =>
      attempt([key, index], () => compileEntry(entry, calendar.timezone)),
    );
  }
  (calendar.holidays?.dates ?? []).forEach((holiday, index) =>
    attempt(['holidays', 'dates', index, 'date'], () => parseLocal(holiday.date, 'date')),
  );
  if (calendar.holidays?.timezone !== undefined) {
    attempt(['holidays', 'timezone'], () => checkZone(calendar.holidays!.timezone!, 'timezone'));
  }
  (calendar.releases ?? []).forEach((release, index) =>
    attempt(['releases', index], () => releaseWindow(release)),
  );
  return out;
}
