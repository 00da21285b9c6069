import { compareText } from './compare-text.ts';

/** Severity of a finding. `off` exists only in policy overrides and never reaches a report. */
export type Severity = 'error' | 'warning';

/** A waiver that covered a finding: it still shows in reports, marked waived. */
export interface WaiverMark {
  approvedBy: string;
  reason: string;
  expires: string;
}

/**
 * One thing the policy still needs. Plain data: every reporter only translates it.
 * Positions are 1-based; `file` is relative to the checked root, with `/` separators.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  docs: string;
  hint?: string;
  waived?: WaiverMark;
}

/** A finding before the engine adds the rule id, severity and docs URL. */
export interface Report {
  message: string;
  /** Overrides the rule's severity for this one report (a soft blackout is a warning, a hard one an error). */
  severity?: Severity;
  /** Set by a rule that applied an exception itself (an emergency release in a blackout). */
  waived?: WaiverMark;
  /** `false` when no general waiver may cover this report (a blackout that admits no exception). */
  waivable?: boolean;
  /** With `waivable: false`: why a waiver of this rule cannot cover it, said at the waiver. */
  waiverRefused?: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  hint?: string;
}

/** Errors first, then by file and place, so every face prints the same order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    rank(a) - rank(b) ||
    compareText(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

function rank(f: Finding): number {
  if (f.waived) return 2;
  return f.severity === 'error' ? 0 : 1;
}

/** Completes a report into a finding of `rule`. */
export function toFinding(rule: string, severity: Severity, report: Report): Finding {
  // Key order is the JSON report's: rule, severity, message, then the place.
  const finding = { rule, severity: report.severity ?? severity, message: report.message } as Finding;
  if (report.file !== undefined) finding.file = report.file;
  if (report.line !== undefined) finding.line = report.line;
  if (report.column !== undefined) finding.column = report.column;
  if (report.endLine !== undefined) finding.endLine = report.endLine;
  if (report.endColumn !== undefined) finding.endColumn = report.endColumn;
  finding.docs = `https://octoacme.github.io/release-policy/rules/${rule}/`;
  if (report.hint) finding.hint = report.hint;
  return finding;
}
