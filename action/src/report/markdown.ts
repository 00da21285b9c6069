import { compareFindings, type Finding } from '../engine/finding.ts';
import type { CheckResult, ReleaseSummary } from '../engine/result.ts';
import { ruleDocsUrl } from '../rules/rule.ts';
import type { RenderOptions } from './index.ts';
import { plural, visibleControls } from './text.ts';

/**
 * Default size limit in UTF-8 bytes. A PR comment holds at most 65,536 characters and a job summary
 * 1 MiB; this fits both with room for whatever the caller wraps around it.
 */
export const MARKDOWN_MAX_BYTES = 60_000;
/** The ceiling for `maxBytes`, safely under the 1 MiB job-summary limit. */
const HARD_MAX_BYTES = 1_000_000;
/** Room kept for the closing lines (omitted count, audit line) while tables fill the rest. */
const FOOTER_RESERVE = 1_000;
const MAX_CELL_CHARS = 300;
const MAX_HINT_CHARS = 1_500;

/**
 * A report for job summaries and PR comments: the verdict, the release, a findings table with each
 * rule linked to its docs page, the fix hints, and the waived findings with who approved them and
 * until when. Every piece of text that may come from a user's file is escaped, so it can't break
 * the table or inject HTML; output stays within `options.maxBytes`, listing the first findings and
 * saying how many were left out.
 */
export function renderMarkdown(result: CheckResult, options: RenderOptions = {}): string {
  const budget = new Budget(
    Math.min(options.maxBytes ?? MARKDOWN_MAX_BYTES, HARD_MAX_BYTES) - FOOTER_RESERVE,
  );
  const sorted = [...result.findings].sort(compareFindings);
  const active = sorted.filter((f) => !f.waived);
  const waived = sorted.filter((f) => f.waived);

  const head = [`## ${verdict(result)}`];
  const release = releaseLine(result);
  if (release) head.push(release);
  if (sorted.length === 0) head.push('No findings.');
  budget.take(head.join('\n\n'));

  const findingsTable = table(
    ['Severity', 'Rule', 'Message', 'Location'],
    active.map((f) => () => [severityCell(f), ruleCell(f), textCell(f.message), locationCell(f)]),
    budget,
  );
  const waivedTable = table(
    ['Rule', 'Message', 'Location', 'Approved by', 'Expires', 'Reason'],
    waived.map((f) => () => [
      ruleCell(f),
      textCell(f.message),
      locationCell(f),
      f.waived ? codeSpan(f.waived.approvedBy, true) : '',
      f.waived ? textCell(f.waived.expires) : '',
      f.waived ? textCell(f.waived.reason) : '',
    ]),
    budget,
  );
  const hints = hintsSection(active.slice(0, findingsTable.rows), budget);

  const parts = [...head];
  if (findingsTable.text) parts.push(findingsTable.text);
  if (hints) parts.push(hints);
  if (waivedTable.text) parts.push(`### Waived (${waived.length})`, waivedTable.text);
  const omitted = sorted.length - findingsTable.rows - waivedTable.rows;
  if (omitted > 0) {
    parts.push(`…and ${omitted} more ${omitted === 1 ? 'finding' : 'findings'}; see the JSON report.`);
  }
  parts.push(auditLine(result));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

function verdict(result: CheckResult): string {
  const { errors, warnings, waived } = result.summary;
  const waivedNote = waived > 0 ? ` (${waived} waived)` : '';
  if (result.ok) {
    const withWarnings = warnings > 0 ? ` with ${plural(warnings, 'warning')}` : '';
    return `✅ release-policy: pass${withWarnings}${waivedNote}`;
  }
  const counts = [errors > 0 && plural(errors, 'error'), warnings > 0 && plural(warnings, 'warning')]
    .filter(Boolean)
    .join(', ');
  return `❌ release-policy: ${counts || 'fail'}${waivedNote}`;
}

function releaseLine(result: CheckResult): string | undefined {
  const releases: ReleaseSummary[] = result.releases?.length
    ? result.releases
    : result.release
      ? [result.release]
      : [];
  if (releases.length === 0) return undefined;
  const label = releases.length === 1 ? 'Release' : 'Releases';
  const described = releases.map((r) => {
    const name = [r.product, r.version].filter(Boolean).join(' ');
    const type = r.type ? ` (${escapeMarkdown(r.type)})` : '';
    return name ? `${escapeMarkdown(name)}${type} in ${codeSpan(r.file)}` : `${codeSpan(r.file)}${type}`;
  });
  return `**${label}:** ${described.join(' · ')}`;
}

function auditLine(result: CheckResult): string {
  const audit = result.audit;
  if (!audit) return '';
  const parts = [
    audit.policy?.name && `policy ${codeSpan(audit.policy.name)}`,
    audit.policy?.sha256 && `sha256 ${codeSpan(audit.policy.sha256.slice(0, 12))}`,
    audit.mode && `${escapeMarkdown(audit.mode)} mode`,
    audit.now && `evaluated at ${escapeMarkdown(audit.now)}`,
    audit.tool?.version && `release-policy ${escapeMarkdown(audit.tool.version)}`,
  ].filter(Boolean);
  return parts.length > 0 ? `<sub>${parts.join(' · ')}</sub>` : '';
}

function severityCell(f: Finding): string {
  return f.severity === 'warning' ? '⚠️ warning' : '❌ error';
}

function ruleCell(f: Finding): string {
  const url = safeUrl(f.docs) ?? safeUrl(ruleDocsUrl(encodeURIComponent(f.rule)));
  const label = escapeMarkdown(f.rule);
  return url ? `[${label}](${url})` : label;
}

function textCell(text: string | undefined): string {
  return escapeMarkdown(truncate(text ?? '', MAX_CELL_CHARS));
}

function locationCell(f: Finding): string {
  if (!f.file) return '—';
  const place = typeof f.line === 'number' && f.line >= 1 ? `${f.file}:${f.line}` : f.file;
  return codeSpan(truncate(place, MAX_CELL_CHARS), true);
}

/** Fix hints for the findings listed, as code to copy, folded so the tables stay in view. */
function hintsSection(findings: Finding[], budget: Budget): string {
  const items: string[] = [];
  for (const f of findings) {
    if (!f.hint?.trim()) continue;
    const place = f.file ? `${codeSpan(locationText(f))} · ` : '';
    const item = `${place}${ruleCell(f)}\n\n${codeBlock(truncate(f.hint.trimEnd(), MAX_HINT_CHARS))}`;
    if (!budget.take(item, 60)) break;
    items.push(item);
  }
  if (items.length === 0) return '';
  return [`<details>\n<summary>How to fix (${items.length})</summary>`, ...items, '</details>'].join('\n\n');
}

function locationText(f: Finding): string {
  return typeof f.line === 'number' && f.line >= 1 ? `${f.file}:${f.line}` : (f.file ?? '');
}

/** A GFM table holding as many rows as the budget allows; rows are built only when they may fit. */
function table(headers: string[], rows: (() => string[])[], budget: Budget): { text: string; rows: number } {
  const header = `| ${headers.join(' | ')} |\n|${headers.map(() => ' --- |').join('')}`;
  const lines: string[] = [];
  for (const row of rows) {
    const line = `| ${row().join(' | ')} |`;
    if (!budget.take(lines.length === 0 ? `${header}\n${line}` : line, 1)) break;
    lines.push(line);
  }
  return { text: lines.length > 0 ? `${header}\n${lines.join('\n')}` : '', rows: lines.length };
}

const encoder = new TextEncoder();

class Budget {
  #left: number;

  constructor(bytes: number) {
    this.#left = bytes;
  }

  /** Spends the bytes of `text` (plus `overhead` for separators) if they fit. */
  take(text: string, overhead = 2): boolean {
    const cost = encoder.encode(text).length + overhead;
    if (cost > this.#left) return false;
    this.#left -= cost;
    return true;
  }
}

/**
 * Escapes text for Markdown inline content and table cells: HTML-significant characters become
 * entities, Markdown punctuation is backslash-escaped, `|` can't end a cell and line breaks
 * become `<br>`. Control characters are shown as in the text report (ESC as ␛), bidirectional
 * overrides are replaced, and mentions and
 * issue references are made inert ({@link inertReferences}).
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  const chars = inertReferences(text.replace(/\r\n?/g, '\n'));
  for (const ch of chars) {
    switch (ch) {
      case '&':
        out += '&amp;';
        break;
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      case '"':
        out += '&quot;';
        break;
      case '\n':
        out += '<br>';
        break;
      case '\t':
        out += ' ';
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '~':
      case '|':
      case '$':
        out += `\\${ch}`;
        break;
      default:
        out += isUnsafeChar(ch) ? visibleControls(ch) : ch;
    }
  }
  return out;
}

/** U+200B ZERO WIDTH SPACE: invisible, and GitHub no longer sees a mention or reference across it. */
const ZWSP = '\u200b';

/**
 * `@user`, `@org/team`, `#123` and `owner/repo#123` as GitHub shows them but does not act on: a
 * zero-width space after the `@` or `#` keeps every run of the report from notifying people or
 * teams (a waiver's reason, a sign-off's `by`, the policy's team names) and from cross-linking
 * issues. The text reads the same; a code span needs none of this, GitHub never links inside one.
 */
export function inertReferences(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`).replace(/#(?=[0-9])/g, `#${ZWSP}`);
}

/** Inline code whatever the text holds: the fence outgrows any backtick run inside. */
export function codeSpan(text: string, inTable = false): string {
  let body = sanitize(text).replace(/[\r\n]+/g, ' ');
  // In a table the cell is split on `|` before code spans are parsed, so it must be escaped even here.
  if (inTable) body = body.replace(/\|/g, '\\|');
  if (body.trim() === '') return escapeMarkdown(text) || '—';
  const fence = '`'.repeat(longestRun(body, '`') + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

function codeBlock(text: string): string {
  const body = sanitize(text.replace(/\r\n?/g, '\n')).replace(/\t/g, '  ');
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${fence}\n${body}\n${fence}`;
}

function longestRun(text: string, ch: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** Only http(s) links, with the characters that could end a Markdown link destination encoded. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  return url.replace(
    /[()<>|"'`\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

function sanitize(text: string): string {
  let out = '';
  for (const ch of text) out += isUnsafeChar(ch) ? visibleControls(ch) : ch;
  return out;
}

function isUnsafeChar(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp === 0x09 || cp === 0x0a || cp === 0x0d) return false;
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp < 0xa0) ||
    (cp >= 0xd800 && cp <= 0xdfff) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  );
}

/** At most `max` characters (code points, so a pair is never split), with `…` when cut. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}
