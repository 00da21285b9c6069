import * as core from '@actions/core';
import type { AnnotationProperties } from '@actions/core';
import type { Finding } from '../engine/finding.ts';
import { visibleControls } from '../report/text.ts';

/** The runner shows at most this many annotations of each kind (error, warning, notice) per step. */
export const ANNOTATIONS_PER_KIND = 10;

export type AnnotationKind = 'error' | 'warning' | 'notice';

/** One workflow-command annotation, before the toolkit escapes it. */
export interface Annotation {
  kind: AnnotationKind;
  message: string;
  properties: AnnotationProperties;
}

// Named one by one: indexing the `core` namespace would keep all of @actions/core in the bundle.
const ISSUE: Record<AnnotationKind, (message: string, properties: AnnotationProperties) => void> = {
  error: core.error,
  warning: core.warning,
  notice: core.notice,
};

/** How many annotations of each kind were issued, and how many were left out past the runner's limit. */
export interface AnnotationCounts {
  shown: Record<AnnotationKind, number>;
  hidden: Record<AnnotationKind, number>;
}

/**
 * A finding as an annotation: errors and warnings as themselves, waived findings as notices. The
 * title is the rule id; the message is the finding's, then its fix hint and its docs URL. The place
 * is given only for a file in the repository (`inRepo`): a finding in the action's own built-in
 * policy has no line in the user's diff. Columns go only with a one-line range, as the runner asks.
 */
export function annotationOf(finding: Finding, inRepo: (file: string) => boolean): Annotation {
  const kind: AnnotationKind = finding.waived ? 'notice' : finding.severity;
  const waiver = finding.waived
    ? `waived: ${finding.message} (approved by ${finding.waived.approvedBy} until ${finding.waived.expires}: ${finding.waived.reason})`
    : finding.message;
  const parts = [waiver];
  if (!finding.waived && finding.hint?.trim()) parts.push(finding.hint.trimEnd());
  parts.push(finding.docs);

  const properties: AnnotationProperties = { title: finding.rule };
  if (finding.file && inRepo(finding.file)) {
    properties.file = finding.file;
    if (isPosition(finding.line)) {
      properties.startLine = finding.line;
      const oneLine = finding.endLine === undefined || finding.endLine === finding.line;
      if (isPosition(finding.endLine)) properties.endLine = finding.endLine;
      if (oneLine && isPosition(finding.column)) {
        properties.startColumn = finding.column;
        if (isPosition(finding.endColumn)) properties.endColumn = finding.endColumn;
      }
    }
  }
  // The toolkit escapes only `%` and line breaks: a raw ESC from a user's file would reach the log.
  return { kind, message: visibleControls(parts.join('\n\n')), properties };
}

/**
 * Issues an annotation per finding, most important first (the findings come sorted: errors, then
 * warnings, then waived), at most {@link ANNOTATIONS_PER_KIND} of each kind, since the runner drops
 * the rest; `reserveError` keeps one error slot for the step's own failure message. Returns what was
 * shown and what was left out, for the log and the summary to say.
 */
export function annotate(
  findings: readonly Finding[],
  inRepo: (file: string) => boolean,
  reserveError = false,
): AnnotationCounts {
  const counts: AnnotationCounts = {
    shown: { error: 0, warning: 0, notice: 0 },
    hidden: { error: 0, warning: 0, notice: 0 },
  };
  const limit: Record<AnnotationKind, number> = {
    error: ANNOTATIONS_PER_KIND - (reserveError ? 1 : 0),
    warning: ANNOTATIONS_PER_KIND,
    notice: ANNOTATIONS_PER_KIND,
  };
  for (const finding of findings) {
    const annotation = annotationOf(finding, inRepo);
    if (counts.shown[annotation.kind] >= limit[annotation.kind]) {
      counts.hidden[annotation.kind]++;
      continue;
    }
    counts.shown[annotation.kind]++;
    ISSUE[annotation.kind](annotation.message, annotation.properties);
  }
  return counts;
}

/** `12 more errors and 1 more warning …`, or undefined when every finding got its annotation. */
export function hiddenNote(counts: AnnotationCounts): string | undefined {
  const words: Record<AnnotationKind, [string, string]> = {
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    notice: ['waived finding', 'waived findings'],
  };
  const parts = (Object.keys(words) as AnnotationKind[])
    .filter((kind) => counts.hidden[kind] > 0)
    .map((kind) => `${counts.hidden[kind]} more ${words[kind][counts.hidden[kind] === 1 ? 0 : 1]}`);
  if (parts.length === 0) return undefined;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${list} not shown as annotations (GitHub shows at most ${ANNOTATIONS_PER_KIND} of each kind per step); every finding is in the log and the JSON report.`;
}

function isPosition(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1;
}
