import { compareFindings, type Finding, type Severity } from '../engine/finding.ts';
import type { CheckResult } from '../engine/result.ts';
import { findRuleMeta, ruleMetas } from '../rules/index.ts';
import { DOCS_BASE, ruleDocsUrl, type RuleMeta } from '../rules/rule.ts';
import type { RenderOptions } from './index.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_VERSION = '2.1.0';
/** Source paths are relative to the checked root, which the consumer (code scanning) knows as the repo. */
export const SRCROOT = '%SRCROOT%';
const FINGERPRINT = 'releasePolicy/v1';
const TOOL_NAME = 'release-policy';

export interface SarifLog {
  $schema: string;
  version: typeof SARIF_VERSION;
  runs: [SarifRun];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  originalUriBaseIds: Record<string, { description: SarifMessage }>;
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
}

export interface SarifDriver {
  name: string;
  version: string;
  semanticVersion?: string;
  informationUri: string;
  rules: SarifRule[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
}

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifMessage {
  text: string;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'external'; status: 'accepted'; justification: string }[];
  properties?: { hint: string };
}

export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: string };
    region?: SarifRegion;
  };
}

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * The report as a SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers: one run, the
 * rule catalogue as `tool.driver.rules`, one result per finding. Positions are passed through
 * as the engine gives them (1-based lines, UTF-16 columns, exclusive end column).
 */
export function sarifLog(result: CheckResult, options: RenderOptions = {}): SarifLog {
  const findings = [...result.findings].sort(compareFindings);
  const rules = ruleCatalogue(findings);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  // Code scanning rejects a whole upload when one result has no location, so a finding that names
  // no file is placed on the release file as a whole when one is known.
  const anchor = result.release?.file ?? result.releases?.[0]?.file ?? result.audit?.inputs?.[0]?.file;
  const anchorRegion = wholeFile(anchor ? options.sources?.[anchor] : undefined);
  const seen = new Map<string, number>();

  const results = findings.map((f): SarifResult => {
    const meta = findRuleMeta(f.rule);
    const file = f.file || anchor;
    const key = fnv1a64(`${f.rule}:${f.file ?? ''}:${f.message}`);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);

    // Without a line, the finding is about the file as a whole (SARIF2017 asks for a region anyway).
    const reg = f.file ? (region(f) ?? wholeFile(options.sources?.[f.file])) : anchorRegion;
    const out: SarifResult = {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule) ?? 0,
      level: f.waived ? 'note' : level(f.severity),
      message: { text: f.message.trim() === '' ? (meta?.title ?? f.rule) : f.message },
      ...(file && {
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: artifactUri(file), uriBaseId: SRCROOT },
              region: reg,
            },
          },
        ],
      }),
      // Identical findings in one file are told apart by their order, as CodeQL does.
      partialFingerprints: { [FINGERPRINT]: `${key}:${occurrence}` },
    };
    if (f.waived) {
      const { approvedBy, expires, reason } = f.waived;
      out.suppressions = [
        {
          kind: 'external',
          status: 'accepted',
          justification: `Waived by ${approvedBy} until ${expires}: ${reason}`,
        },
      ];
    }
    if (f.hint) out.properties = { hint: f.hint };
    return out;
  });

  const version = result.audit?.tool?.version || '0.0.0';
  const driver: SarifDriver = {
    name: TOOL_NAME,
    version,
    ...(SEMVER.test(version) && { semanticVersion: version }),
    informationUri: DOCS_BASE,
    rules,
  };

  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: { driver },
        // A description only: the root is wherever the repository is checked out, which the
        // consumer knows and this report must not guess (an absolute `file:///` would be wrong).
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The root of the checked repository.' } } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** {@link sarifLog}, serialized with a trailing newline. */
export function renderSarif(result: CheckResult, options: RenderOptions = {}): string {
  return `${JSON.stringify(sarifLog(result, options), null, 2)}\n`;
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The whole catalogue (so rule indexes are stable between runs), then any rule it doesn't know. */
function ruleCatalogue(findings: Finding[]): SarifRule[] {
  const rules = ruleMetas.map((meta) => descriptor(meta.id, meta, meta.severity));
  const known = new Set(rules.map((r) => r.id));
  for (const f of findings) {
    if (known.has(f.rule)) continue;
    known.add(f.rule);
    rules.push(descriptor(f.rule, undefined, f.severity));
  }
  return rules;
}

function descriptor(id: string, meta: RuleMeta | undefined, severity: Severity): SarifRule {
  const helpUri = ruleDocsUrl(encodeURIComponent(id));
  const title = meta?.title ?? `Policy rule ${id}`;
  const description = meta?.description ?? `See ${helpUri} for what this rule checks.`;
  const text = [description, meta && `Why: ${meta.rationale}`, meta && `How to fix: ${meta.fix}`, helpUri]
    .filter(Boolean)
    .join('\n\n');
  const markdown = [
    description,
    meta && `**Why:** ${meta.rationale}`,
    meta && `**How to fix:** ${meta.fix}`,
    `[Rule documentation](${helpUri})`,
  ]
    .filter(Boolean)
    .join('\n\n');
  // SARIF1001 refuses a name equal to the id but for case (`schema`), SARIF2012 wants one anyway.
  const pascal = pascalCase(id);
  const name = pascal.toLowerCase() === id.toLowerCase() ? `${pascal}Rule` : pascal;
  return {
    id,
    name,
    shortDescription: { text: title },
    fullDescription: { text: description },
    helpUri,
    help: { text, markdown },
    defaultConfiguration: { level: level(severity) },
  };
}

function level(severity: Severity): SarifLevel {
  return severity === 'warning' ? 'warning' : 'error';
}

/** `signoff-required` → `SignoffRequired`. */
export function pascalCase(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return name || 'Rule';
}

/** Every line of a file, or its first line when the text is not at hand. */
function wholeFile(text: string | undefined): SarifRegion {
  const lines = typeof text === 'string' ? text.replace(/\r?\n$/, '').split('\n').length : 1;
  return lines > 1 ? { startLine: 1, endLine: lines } : { startLine: 1 };
}

function region(f: Finding): SarifRegion | undefined {
  if (!isPosition(f.line)) return undefined;
  const r: SarifRegion = { startLine: f.line };
  if (isPosition(f.column)) r.startColumn = f.column;
  if (isPosition(f.endLine) && f.endLine >= f.line) r.endLine = f.endLine;
  const spansLines = (r.endLine ?? f.line) > f.line;
  if (isPosition(f.endColumn) && (spansLines || f.endColumn > (r.startColumn ?? 1)))
    r.endColumn = f.endColumn;
  return r;
}

/** A relative URI reference for a root-relative path: `/` separators, unsafe characters escaped. */
export function artifactUri(file: string): string {
  const path = file
    .toWellFormed()
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '');
  // encodeURI leaves `?`, `#` and `:` alone; here they are part of a name, not URI syntax.
  return encodeURI(path).replace(/[?#:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** FNV-1a, 64-bit, over UTF-8: a small stable hash for fingerprints (not for security). */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text.toWellFormed())) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

function isPosition(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1;
}
