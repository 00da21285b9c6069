import {
  blackoutsAt,
  blackoutsOverlapping,
  CalendarError,
  checkZone,
  nextAllowedSlot,
  parseInstant,
  Temporal,
  type BlockingWindow,
  type CalendarData,
} from '../engine/calendar/index.ts';
import type { Finding } from '../engine/finding.ts';
import type { NotesFile } from '../engine/notes.ts';
import type { LoadedPolicy } from '../engine/policy.ts';
import type { CheckResult, ReleaseSummary, Sources } from '../engine/result.ts';
import type { Release } from '../engine/types/index.ts';
import type { YamlFile } from '../engine/yaml-source.ts';
import { codeSpan, escapeMarkdown } from '../report/markdown.ts';
import { render } from '../report/index.ts';
import { plannedWindow } from '../engine/planned-window.ts';
import { localInstant, localSpan } from '../rules/blackout-window.ts';
import type { OnlineFacts } from '../rules/context.ts';
import { findSections, templateForType } from '../rules/notes-template.ts';
import { requiredRoles } from '../rules/lib/requirements.ts';
import { ruleDocsUrl } from '../rules/rule.ts';

/**
 * The job summary's size limit is 1 MiB per step; this leaves room for what other tools append.
 * The readiness sections are built first and the findings report gets what is left.
 */
export const SUMMARY_MAX_BYTES = 1_000_000;
/** Releases shown with their readiness tables; a monorepo with more lists the rest by name. */
export const MAX_DETAILED_RELEASES = 20;
/** Releases listed in a monorepo's verdict table. */
const MAX_VERDICT_ROWS = 500;
const MAX_CELL_CHARS = 200;
const RESERVE = 2_000;

/** What the job summary is built from: the check's answer and what the action knows besides. */
export interface SummaryInput {
  result: CheckResult;
  sources: Sources;
  policy: LoadedPolicy;
  /** release.yml files that parsed and matched the schema, by path: their readiness is shown. */
  parsed: ReadonlyMap<string, YamlFile>;
  /** The release notes the check parsed, by path (`CheckOutput.notes`). */
  notes: ReadonlyMap<string, NotesFile>;
  /** What the GitHub API said; absent offline. */
  online?: OnlineFacts;
  /** Offline: why sign-offs were not checked against the pull request's reviews, and how to have them checked. */
  unverified?: string;
  /** A sentence about annotations the runner could not show, if any. */
  note?: string;
  /** Defaults to {@link SUMMARY_MAX_BYTES}. */
  maxBytes?: number;
}

/**
 * The job summary, as Markdown: the findings report (verdict, release, every finding linked to its
 * rule's page, fix hints, waivers) and, per release, its readiness: the sign-offs the policy requires
 * and their state, the blackout status with the next allowed slot, and the notes sections the
 * template requires. Text from users' files is escaped; the whole stays under `maxBytes`.
 */
export function buildSummary(input: SummaryInput): string {
  const maxBytes = input.maxBytes ?? SUMMARY_MAX_BYTES;
  const details = readiness(input);
  const note = input.note ? `> [!NOTE]\n> ${escapeMarkdown(input.note)}\n` : '';
  const room = maxBytes - bytes(details) - bytes(note) - RESERVE;
  const verdicts = releaseVerdicts(input.result);
  const report = render('markdown', input.result, {
    maxBytes: Math.max(room - bytes(verdicts), 4_000),
  });
  if (!verdicts) return [report, note, details].filter(Boolean).join('\n');
  // Each release's verdict right under the overall one, before any finding.
  const end = report.indexOf('\n');
  const headline = end === -1 ? report : report.slice(0, end);
  const rest = end === -1 ? '' : report.slice(end + 1).replace(/^\n+/, '');
  return [`${headline}\n`, verdicts, rest, note, details].filter(Boolean).join('\n');
}

/** A monorepo's releases, each with its own verdict and counts: a table, or '' for a single release. */
function releaseVerdicts(result: CheckResult): string {
  if (result.releases.length < 2) return '';
  const rows = result.releases.slice(0, MAX_VERDICT_ROWS).map((release) => {
    const { errors, warnings, waived } = releaseCounts(result, release);
    const name = [release.product, release.version, release.type && `(${release.type})`]
      .filter(Boolean)
      .join(' ');
    return `| ${errors > 0 ? '❌ fail' : '✅ pass'} | ${escapeMarkdown(cut(name || '—'))} | ${codeSpan(cut(release.file), true)} | ${errors} | ${warnings} | ${waived} |`;
  });
  const rest = result.releases.length - rows.length;
  return [
    '| Verdict | Release | File | Errors | Warnings | Waived |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    ...(rest > 0 ? ['', `…and ${rest} more releases; see the JSON report.`] : []),
    '',
  ].join('\n');
}

function verdictOf({ errors, warnings, waived }: ReturnType<typeof releaseCounts>): string {
  const counts = [
    `${errors} ${errors === 1 ? 'error' : 'errors'}`,
    `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
    ...(waived > 0 ? [`${waived} waived`] : []),
  ].join(', ');
  return `${errors > 0 ? '❌ fail' : '✅ pass'} (${counts})`;
}

/** The findings of one release: on its release.yml or on the notes it names. */
function releaseCounts(result: CheckResult, release: ReleaseSummary) {
  const own = result.findings.filter(
    (f) => f.file === release.file || (release.notes && f.file === release.notes),
  );
  return {
    errors: own.filter((f) => !f.waived && f.severity === 'error').length,
    warnings: own.filter((f) => !f.waived && f.severity === 'warning').length,
    waived: own.filter((f) => f.waived).length,
  };
}

function readiness(input: SummaryInput): string {
  const releases = input.result.releases;
  const detailed = releases.filter((r) => input.parsed.has(r.file)).slice(0, MAX_DETAILED_RELEASES);
  if (detailed.length === 0) return '';
  const blocks = ['## Release readiness'];
  if (input.online && !input.online.unavailable) {
    blocks.push(
      'Sign-offs were checked against the pull request’s approving reviews and the policy’s teams.',
    );
  } else if (input.online?.unavailable) {
    blocks.push(`Sign-offs could not be verified: ${escapeMarkdown(cut(input.online.unavailable))}.`);
  } else if (input.unverified) {
    blocks.push(
      `> [!NOTE]\n> Sign-offs were not verified against the pull request’s reviews: ${input.unverified}`,
    );
  }
  for (const summary of detailed) {
    const yaml = input.parsed.get(summary.file)!;
    blocks.push(releaseBlock(summary, yaml, input));
  }
  const rest = releases.length - detailed.length;
  if (rest > 0) {
    const files = releases
      .filter((r) => !detailed.includes(r))
      .slice(0, 50)
      .map((r) => codeSpan(cut(r.file)));
    blocks.push(
      `…and ${rest} more ${rest === 1 ? 'release' : 'releases'} (${files.join(', ')}${rest > 50 ? ', …' : ''}); their findings are listed above and in the JSON report.`,
    );
  }
  return `${blocks.join('\n\n')}\n`;
}

function releaseBlock(summary: ReleaseSummary, yaml: YamlFile, input: SummaryInput): string {
  const release = yaml.data as Release;
  const findings = input.result.findings.filter((f) => f.file === summary.file);
  const name = `${release.product} ${release.version} (${release.type})`;
  return [
    `### ${escapeMarkdown(cut(name))} · ${codeSpan(cut(summary.file))}`,
    `**Verdict:** ${verdictOf(releaseCounts(input.result, summary))}`,
    signoffTable(release, yaml, findings, input),
    blackoutLine(release, findings, input),
    notesTable(release, summary, input),
  ].join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Sign-offs

function signoffTable(release: Release, yaml: YamlFile, findings: Finding[], input: SummaryInput): string {
  const required = requiredRoles(release, input.policy.data);
  if (required.length === 0) return '**Sign-offs:** the policy requires none for this release.';
  const rows = required.map((role) => {
    const why = [role.byType ? `${release.type} release` : '', ...role.byChanges.map((c) => c.label)]
      .filter(Boolean)
      .join(', ');
    const signoffs = role.signoffs.map((index) => ({ index, signoff: release.signoffs![index]! }));
    const by = signoffs.length
      ? signoffs
          .map(({ signoff }) => `${escapeMarkdown(cut(signoff.by))} on ${escapeMarkdown(cut(signoff.date))}`)
          .join('<br>')
      : '—';
    const status = signoffs.length
      ? signoffs
          .map(({ index, signoff }) =>
            signoffStatus(role.role, index, signoff.by, yaml, findings, input.online),
          )
          .join('<br>')
      : '❌ missing';
    return `| ${escapeMarkdown(cut(role.title))} (${codeSpan(role.role, true)}) | ${escapeMarkdown(cut(why))} | ${by} | ${status} |`;
  });
  return [
    '**Sign-offs**',
    '',
    '| Role | Required for | Signed by | Status |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** present, stale, verified or not verified: from the findings on the sign-off's lines and the online facts. */
function signoffStatus(
  role: string,
  index: number,
  by: string,
  yaml: YamlFile,
  findings: Finding[],
  online: OnlineFacts | undefined,
): string {
  const span = yaml.locate(['signoffs', index]);
  const on = (rule: string) =>
    findings.filter(
      (f) =>
        f.rule === rule &&
        typeof f.line === 'number' &&
        f.line >= span.line &&
        f.line <= (span.endLine ?? span.line),
    );
  const stale = on('signoff-stale');
  if (stale.some((f) => !f.waived)) return '❌ stale';
  const waivedStale = stale.length > 0 ? ' (stale, waived)' : '';
  if (!online || online.unavailable) return `☑️ present${waivedStale}`;
  const handle = by.toLowerCase();
  const approved = (online.approvals ?? []).some((a) => a.toLowerCase() === handle);
  const holds = Object.entries(online.roles ?? {}).some(
    ([who, roles]) => who.toLowerCase() === handle && roles.includes(role),
  );
  if (approved && holds && on('signoff-verified').every((f) => f.waived)) return `✅ verified${waivedStale}`;
  const why = !approved ? 'no approving review on the head commit' : 'not among the role’s users or teams';
  return `❌ not verified: ${why}${waivedStale}`;
}

// ---------------------------------------------------------------------------------------------
// Blackouts

function blackoutLine(release: Release, findings: Finding[], input: SummaryInput): string {
  const calendar = input.policy.calendar;
  if (!calendar) return '**Blackouts:** the policy has no calendar.';
  const mode = input.result.audit.mode;
  const own = findings.filter((f) => f.rule === 'blackout-window');
  const status = own.some((f) => !f.waived && f.severity === 'error')
    ? '❌ blocked'
    : own.some((f) => !f.waived)
      ? '⚠️ soft blackout'
      : own.length > 0
        ? '✅ passes as an emergency (waived)'
        : '✅ clear';
  const planned = plannedWindow(release);
  if (!planned.ok) return `**Blackouts:** ${status}: ${escapeMarkdown(cut(planned.message))}`;
  const data = calendar.data as CalendarData;
  try {
    const zone = checkZone(data.timezone, 'timezone');
    const { start, end } = planned.window;
    const at = mode === 'deploy' ? parseInstant(input.result.audit.now) : start;
    const scope = { product: release.product, systems: release.systems };
    const windows =
      mode === 'deploy'
        ? blackoutsAt(data, at, release.type, scope)
        : blackoutsOverlapping(data, start, end, release.type, scope);
    const when =
      mode === 'deploy'
        ? `now (${localInstant(at, zone)}, deploy mode)`
        : `the planned ${end ? `window ${localSpan(start, end, zone)}` : `start ${localInstant(start, zone)}`}`;
    if (windows.length === 0)
      return `**Blackouts:** ${status}: ${escapeMarkdown(when)} falls in no blackout.`;
    const next = nextAllowedSlot(data, at, release.type, end ? start.until(end) : undefined, { scope });
    const slot = next.found
      ? `next allowed slot: ${localInstant(Temporal.Instant.from(next.start), zone)}`
      : next.message;
    return `**Blackouts:** ${status}: ${escapeMarkdown(when)} falls in ${windows.map(describeWindow).join(', ')}; ${escapeMarkdown(slot)}.`;
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    return `**Blackouts:** the calendar cannot be evaluated: ${escapeMarkdown(cut(error.message))}`;
  }
}

function describeWindow(window: BlockingWindow): string {
  const span = localSpan(
    Temporal.Instant.from(window.start),
    Temporal.Instant.from(window.end),
    window.timezone,
  );
  return `“${escapeMarkdown(cut(window.name))}” (${escapeMarkdown(span)}, ${window.enforcement})`;
}

// ---------------------------------------------------------------------------------------------
// Release notes

function notesTable(release: Release, summary: ReleaseSummary, input: SummaryInput): string {
  const template = templateForType(input.policy, release.type);
  if (!template || template.requiredSections.length === 0) {
    return '**Release notes:** the policy requires no sections for this release type.';
  }
  const file = summary.notes;
  const notes = file === undefined ? undefined : input.notes.get(file);
  const title = `**Release notes** (${escapeMarkdown(template.id)} template${file ? `, ${codeSpan(cut(file))}` : ''})`;
  if (file === undefined || notes === undefined) {
    return `${title}: ❌ not readable, so none of its ${template.requiredSections.length} required sections can be checked (see notes-missing).`;
  }
  const problems = input.result.findings.filter((f) => f.rule === 'notes-section' && f.file === file);
  const rows = template.requiredSections.map((required) => {
    const sections = findSections(notes, required);
    let status: string;
    if (sections.length === 0) status = '❌ missing';
    else {
      const problem = problems.find((f) => sections.some((s) => s.span.line === f.line));
      status = problem
        ? `${problem.waived ? '☑️ waived' : '❌'} ${escapeMarkdown(cut(problem.message))}`
        : `✅ present (line ${sections[0]!.span.line})`;
    }
    return `| ${escapeMarkdown(required)} | ${status} |`;
  });
  return [
    title,
    '',
    '| Required section | Status |',
    '| --- | --- |',
    ...rows,
    '',
    `Rules: [notes-section](${ruleDocsUrl('notes-section')}), [notes-placeholder](${ruleDocsUrl('notes-placeholder')}).`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

const encoder = new TextEncoder();

function bytes(text: string): number {
  return encoder.encode(text).length;
}

/** At most {@link MAX_CELL_CHARS} characters (a surrogate pair is never split), with `…` when cut. */
function cut(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  return `${Array.from(text).slice(0, MAX_CELL_CHARS).join('')}…`;
}
