import { type Finding, toFinding } from './finding.ts';
import type { Host, ReadFailure } from './host.ts';
import { LIMITS } from './limits.ts';
import { type SchemaName, validatorFor } from './schemas.ts';
import { impossibleDatePaths, schemaReports } from './schema-check.ts';
import { decodeUtf8 } from './text.ts';
import { parseYaml, type PathSegment, type YamlFile } from './yaml-source.ts';

export type LoadedText = { ok: true; text: string; bytes: Uint8Array } | { ok: false; finding: Finding };

const READ_FAILURES: Record<ReadFailure, string> = {
  missing: 'no such file',
  outside: 'the path leads outside the repository (through a symbolic link)',
  'not-a-file': 'this is not a regular file',
  'too-large': 'the file is larger than the limit',
  unreadable: 'the file could not be read',
};

/** Reads a text file through the host; every failure is a finding of `rule` on that file. */
export function loadText(host: Host, path: string, rule: string, maxBytes: number): LoadedText {
  const read = host.read(path);
  if (!read.ok) {
    const detail = read.detail ? ` (${read.detail})` : '';
    return {
      ok: false,
      finding: toFinding(rule, 'error', {
        message: `${path}: ${READ_FAILURES[read.reason]}${detail}`,
        file: path,
      }),
    };
  }
  if (read.bytes.byteLength > maxBytes) {
    return {
      ok: false,
      finding: toFinding(rule, 'error', {
        message: `the file is ${formatBytes(read.bytes.byteLength)}; the limit is ${formatBytes(maxBytes)}`,
        file: path,
        line: 1,
        column: 1,
      }),
    };
  }
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) {
    return {
      ok: false,
      finding: toFinding(rule, 'error', { message: decoded.message, file: path, ...decoded.span }),
    };
  }
  return { ok: true, text: decoded.text, bytes: read.bytes };
}

export type LoadedYaml =
  | {
      ok: true;
      yaml: YamlFile;
      bytes: Uint8Array;
      /** With `tolerateDates`: the schema findings of dates that don't exist, and their places. */
      impossibleDates?: { findings: Finding[]; paths: PathSegment[][] };
    }
  | { ok: false; findings: Finding[]; text?: string; bytes?: Uint8Array; data?: unknown };

/**
 * Reads, parses and validates one YAML data file against one of our schemas. Syntax problems are
 * `yaml-syntax` findings, schema problems `schema` findings, each with the exact place.
 */
export function loadYaml(
  host: Host,
  path: string,
  schema: SchemaName,
  options: { tolerateDates?: boolean; maxBytes?: number } = {},
): LoadedYaml {
  const loaded = loadText(host, path, 'yaml-syntax', options.maxBytes ?? LIMITS.yamlBytes);
  if (!loaded.ok) return { ok: false, findings: [loaded.finding] };
  const parsed = parseYaml(path, loaded.text);
  if (!parsed.ok) {
    return {
      ok: false,
      text: loaded.text,
      bytes: loaded.bytes,
      findings: parsed.problems.map((p) => toFinding('yaml-syntax', 'error', p)),
    };
  }
  const validate = validatorFor(schema);
  const problems = schemaReports(validate, parsed.yaml);
  const findings = problems.map((p) => toFinding('schema', 'error', p));
  // A date that doesn't exist spoils only itself: the caller judges the rest without it.
  const dates = options.tolerateDates && problems.length > 0 ? impossibleDatePaths(validate) : undefined;
  if (dates) {
    return { ok: true, yaml: parsed.yaml, bytes: loaded.bytes, impossibleDates: { findings, paths: dates } };
  }
  if (problems.length > 0) {
    return {
      ok: false,
      text: loaded.text,
      bytes: loaded.bytes,
      data: parsed.yaml.data,
      findings,
    };
  }
  return { ok: true, yaml: parsed.yaml, bytes: loaded.bytes };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
}
