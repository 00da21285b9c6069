import type { ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { semver } from './lib/versions.ts';
import type { NotesFile, NotesSection } from '../engine/notes.ts';
import type { Span } from '../engine/text.ts';
import type { Release } from '../engine/types/index.ts';
import type { RuleContext } from './context.ts';
import {
  allTemplates,
  excerpt,
  findSections,
  hasWords,
  isNoneStatement,
  ownContent,
  without,
} from './notes-template.ts';
import type { Rule } from './rule.ts';

/** The notes sections this rule reads: the standard template's (matched loosely). */
const BREAKING = 'Breaking Changes';
const MIGRATION = 'Migration Steps';

type Handling = 'allowed' | 'forbidden' | 'must-document';

/** One breaking change the notes list: a subsection of "Breaking Changes" or an item of its list. */
interface BreakingChange {
  name: string;
  span: Span;
  /** Whether it carries its own "Migration: …" line. */
  migration: boolean;
}

/** Breaking changes only in major releases, and each one documented with its migration. */
export const breakingChange: Rule<RuleContext> = {
  meta: {
    id: 'breaking-change',
    title: 'Breaking changes only in major releases, with migration steps',
    description:
      'Where the policy says a type must document breaking changes (OctoAcme: major), the notes\' "Breaking Changes" section lists each one, as a subsection or list item, with a "Migration:" line or with steps under "Migration Steps"; a major release that breaks nothing says so instead ("No breaking changes in this release.") and leaves `changes.breaking` unset or false, as the guide\'s majors are "significant functionality or breaking changes". The same holds whenever `changes.breaking` is true and the policy requires migration steps for it. Where the policy forbids them (OctoAcme: patch and minor), `changes.breaking: true` or a breaking change listed in the notes is an error.',
    rationale:
      'The guide reserves breaking changes for major releases (Release Types: a minor release has "non-breaking changes", a major one "API breaking changes"), as SemVer does, and its Release Notes Template documents each breaking change with what changed, its impact and the migration, plus the Migration Steps. A breaking change shipped as a minor or a patch breaks every consumer that trusted the version number, so this is never waivable.',
    guide: 'guide/release-types/#major',
    fix: 'Ship a breaking change as a major release (`type: major` and the next major version); in a major release, list each breaking change under "Breaking Changes" with a **Migration** line or steps under "Migration Steps".',
    severity: 'error',
    waivable: false,
    examples: { pass: 'major-compliant', fail: 'minor-breaking-change' },
  },
  check({ release, yaml, notes: state, policy }, report) {
    const types = policy.data.types as
      Record<string, { breaking_changes?: Handling } | undefined> | undefined;
    const handling: Handling = types?.[release.type]?.breaking_changes ?? 'allowed';
    const flagged = release.changes?.breaking === true;
    const majorHint = majorVersionHint(release);

    if (handling === 'forbidden' && flagged) {
      report({
        ...yaml.locate(['changes', 'breaking']),
        message: `changes.breaking is true, but a ${release.type} release must not break compatibility`,
        hint: `Ship the breaking change in a major release:\n${majorHint}\nor leave it out of this release:\nchanges: { breaking: false }`,
      });
    }

    if (state.status !== 'ok') return;
    const notes = state.notes;
    const placeholders = allTemplates(policy).flatMap((t) => t.placeholders);
    const sections = findSections(notes, BREAKING);
    const changes = sections.flatMap((section) => listedChanges(section, placeholders));

    if (handling === 'forbidden') {
      for (const change of changes) {
        report({
          file: notes.file,
          ...change.span,
          message: `the notes list the breaking change "${change.name}", but a ${release.type} release must not break compatibility`,
          hint: `Ship it in a major release:\n${majorHint}\nor take it out of this release and write under "## ${BREAKING}":\nNo breaking changes in this release.`,
        });
      }
      return;
    }

    const requiresMigration = (policy.data.changes?.breaking?.requires ?? []).includes('migration-steps');
    if (handling !== 'must-document' && !(flagged && requiresMigration)) return;

    const where = sections[0]?.span ?? notes.title?.span ?? { line: 1, column: 1 };
    // A major release may break nothing ("significant functionality or breaking changes"), when it says so.
    if (changes.length === 0 && !flagged && sections.some((s) => statesNone(s, placeholders))) return;
    if (changes.length === 0) {
      report({
        file: notes.file,
        line: where.line,
        column: where.column,
        message:
          handling === 'must-document'
            ? `the notes list no breaking change: a ${release.type} release must document each one with its migration`
            : `changes.breaking is true, but the notes list no breaking change with its migration`,
        hint:
          `List each breaking change as a subsection of "## ${BREAKING}":\n\n### <What breaks>\n- **What changed**: …\n- **Impact**: …\n- **Migration**: …` +
          (flagged
            ? ''
            : `\nor, if this release breaks nothing, say so under "## ${BREAKING}":\nNo breaking changes in this release.`),
      });
      return;
    }
    if (hasMigrationSteps(notes, placeholders)) return;
    for (const change of changes) {
      if (change.migration) continue;
      report({
        file: notes.file,
        ...change.span,
        message: `breaking change "${change.name}" has no migration steps`,
        hint: `Add a migration line to it:\n- **Migration**: <what consumers must do>\nor list the steps under:\n## ${MIGRATION}\n1. …`,
      });
    }
  },
};

/** The breaking changes a "Breaking Changes" section lists: its subsections, else its list items. */
function listedChanges(section: NotesSection, placeholders: readonly string[]): BreakingChange[] {
  const real = (text: string) => hasWords(without(text, placeholders)) && !isNoneStatement(text);
  const out: BreakingChange[] = [];
  // Its subsections are the headings of the highest level under it (a spread would overflow on huge notes).
  const depth = section.content.reduce(
    (min, n) => (n.type === 'heading' ? Math.min(min, n.depth) : min),
    Infinity,
  );
  section.content.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth !== depth) return;
    const name = toString(node);
    if (!real(name)) return;
    const body: RootContent[] = [];
    for (const next of section.content.slice(index + 1)) {
      if (next.type === 'heading' && next.depth <= depth) break;
      body.push(next);
    }
    out.push({
      name: excerpt(name),
      span: spanOf(node),
      migration: body.some((n) => hasMigrationLine(n, placeholders)),
    });
  });
  for (const node of ownContent(section)) {
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      const text = itemText(item);
      if (!real(text)) continue;
      out.push({ name: excerpt(text), span: spanOf(item), migration: hasMigrationLine(item, placeholders) });
    }
  }
  return out.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
}

/** A list item's own text: its first paragraph, not the details nested under it. */
function itemText(item: ListItem): string {
  const first = item.children.find((n) => n.type === 'paragraph');
  return first ? toString(first) : toString(item);
}

/** "Migration: use the SDK 4.x" (bold or not), with something real after the colon. */
function hasMigrationLine(node: RootContent | ListItem, placeholders: readonly string[]): boolean {
  return paragraphs(node).some((paragraph) =>
    toString(paragraph)
      .split('\n')
      .some((line) => {
        const m = /\bmigration\b[^:\n]{0,20}:\s*(\S.*)$/i.exec(line);
        return m !== null && hasWords(without(m[1]!, placeholders)) && !isNoneStatement(m[1]!);
      }),
  );
}

/** The paragraphs in a node, each on its own (`toString` of a list runs its items together). */
function paragraphs(node: RootContent | ListItem): Paragraph[] {
  if (node.type === 'paragraph') return [node];
  return 'children' in node ? node.children.flatMap((child) => paragraphs(child as RootContent)) : [];
}

/** The section's first line of its own text (placeholders and instructions aside) says there is none. */
function statesNone(section: NotesSection, placeholders: readonly string[]): boolean {
  const first = ownContent(section)
    .flatMap((n) => toString(n).split('\n'))
    .map((l) => without(l, placeholders).trim())
    .find(hasWords);
  return first !== undefined && isNoneStatement(first);
}

/** The notes' "Migration Steps" section gives steps: words that are not a placeholder, an instruction or "No migration required". */
function hasMigrationSteps(notes: NotesFile, placeholders: readonly string[]): boolean {
  return findSections(notes, MIGRATION).some((section) => {
    const lines = section.content
      .filter((n) => n.type !== 'heading')
      .flatMap((n) => toString(n).split('\n'))
      .map((l) => without(l, placeholders).trim())
      .filter(hasWords);
    return lines.length > 0 && !isNoneStatement(lines[0]!);
  });
}

function spanOf(node: { position?: { start: { line: number; column: number } } }): Span {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** YAML to paste that makes the release a major one. */
function majorVersionHint(release: Release): string {
  const next = release.previous !== undefined ? semver.inc(release.previous, 'major') : null;
  return next ? `type: major\nversion: "${next}"` : 'type: major';
}
