import { spanAt } from '../engine/text.ts';
import type { Release } from '../engine/types/index.ts';
import type { RuleContext } from './context.ts';
import { allTemplates, textNodes } from './notes-template.ts';
import type { Rule } from './rule.ts';

/** Most placeholders listed for one notes file; one more finding sums up the rest. */
export const MAX_PLACEHOLDERS = 50;

/** No placeholder of a notes template is left in the notes. */
export const notesPlaceholder: Rule<RuleContext> = {
  meta: {
    id: 'notes-placeholder',
    title: 'No template placeholder left in the notes',
    description:
      "The notes keep none of the notes templates' bracketed placeholders ([Feature Name], [Date], [Link], [X%] …, taken from the template files themselves) and none of the policy's literal placeholders (OctoAcme: CVE-XXXX-YYYY, X.Y.Z). Links, reference links, task-list boxes and code are never placeholders.",
    rationale:
      'Release notes are "drafted and reviewed" before deployment (Pre-Release Requirements › Documentation) and are what customers and support read; a [Link] or [Date] left from the Release Notes Template is unfinished work that must not ship, so the default severity is error. Waivable by the Release Manager for notes that quote the template on purpose.',
    guide: 'guide/pre-release/#documentation',
    fix: 'Replace each placeholder with the real text (the version, date, link or name it stands for), or delete the line when it does not apply to this release.',
    severity: 'error',
    waivable: true,
    examples: { pass: 'major-compliant', fail: 'notes-placeholder-left' },
  },
  check({ release, notes: state, policy }, report) {
    if (state.status !== 'ok') return;
    const notes = state.notes;
    // Every template's placeholders, not only the type's: a leftover of the wrong template is a leftover too.
    const bracketed = new Set(allTemplates(policy).flatMap((t) => t.placeholders));
    const literals = (policy.data.notes?.placeholders ?? []).filter((p) => p.trim() !== '');
    if (bracketed.size === 0 && literals.length === 0) return;

    const found: { offset: number; length: number; placeholder: string }[] = [];
    for (const node of textNodes(notes.tree)) {
      const raw = notes.text.slice(node.start, node.end);
      const taken: [number, number][] = [];
      let cursor = 0;
      for (const match of node.value.matchAll(/\[[^[\]\n]+\]/g)) {
        const text = match[0];
        if (!bracketed.has(text)) continue;
        // `[text][ref]` is a reference link whose definition is missing, not a placeholder.
        const before = node.value[match.index - 1];
        const after = node.value[match.index + text.length];
        if (before === ']' || after === '[') continue;
        const written = findWritten(raw, text, cursor);
        if (!written) {
          // Entities or other escapes hide it in the source: report it where its text starts.
          found.push({ offset: node.start, length: 0, placeholder: text });
          continue;
        }
        cursor = written.at + written.length;
        taken.push([written.at, cursor]);
        found.push({ offset: node.start + written.at, length: written.length, placeholder: text });
      }
      for (const literal of literals) {
        for (let at = raw.indexOf(literal); at !== -1; at = raw.indexOf(literal, at + literal.length)) {
          if (!standsAlone(raw, at, literal.length)) continue;
          if (taken.some(([start, end]) => at < end && at + literal.length > start)) continue;
          found.push({ offset: node.start + at, length: literal.length, placeholder: literal });
        }
      }
    }

    found.sort((a, b) => a.offset - b.offset);
    const title = notes.tree.children.find((n) => n.type === 'heading' && n.depth === 1)?.position;
    const where = (offset: number): Where => ({
      inTitle:
        title?.start.offset !== undefined && offset >= title.start.offset && offset < (title.end.offset ?? 0),
      line: lineAround(notes.text, offset),
    });
    for (const { offset, length, placeholder } of found.slice(0, MAX_PLACEHOLDERS)) {
      const start = spanAt(notes.text, offset);
      const end = spanAt(notes.text, offset + length);
      report({
        file: notes.file,
        ...start,
        ...(length > 0 && end.line === start.line ? { endLine: end.line, endColumn: end.column } : {}),
        message: `template placeholder "${placeholder}" is left in the notes`,
        hint: hintFor(placeholder, release, where(offset)),
      });
    }
    if (found.length > MAX_PLACEHOLDERS) {
      const next = spanAt(notes.text, found[MAX_PLACEHOLDERS]!.offset);
      report({
        file: notes.file,
        ...next,
        message: `${found.length - MAX_PLACEHOLDERS} more template placeholders are left in the notes (only the first ${MAX_PLACEHOLDERS} are listed)`,
        hint: 'Fill in the notes from the template: every bracketed placeholder stands for text to write or a line to delete.',
      });
    }
  },
};

/**
 * Where a placeholder that a text node reads stands in its Markdown source, from `cursor` on:
 * as is, or with backslash escapes (`\[Date\]` reads as "[Date]").
 */
function findWritten(raw: string, text: string, cursor: number): { at: number; length: number } | undefined {
  const at = raw.indexOf(text, cursor);
  if (at !== -1) return { at, length: text.length };
  const escaped = [...text].map((c) =>
    /[!-/:-@[-`{-~]/.test(c) ? `\\\\?\\${c}` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  const loose = new RegExp(escaped.join(''), 'g');
  loose.lastIndex = cursor;
  const m = loose.exec(raw);
  return m ? { at: m.index, length: m[0].length } : undefined;
}

/** A literal placeholder counts only as a whole token: `X.Y.Z` but not `X.Y.Zeta`. */
function standsAlone(text: string, at: number, length: number): boolean {
  const word = /[\p{L}\p{N}_]/u;
  const before = text[at - 1];
  const after = text[at + length];
  return !(before !== undefined && word.test(before)) && !(after !== undefined && word.test(after));
}

/** Where a placeholder stands: in the notes' title, and the source line around it. */
interface Where {
  inTitle: boolean;
  line: string;
}

function lineAround(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end);
}

/** A line about something going away: "Will be removed in [version] on [date]". */
const REMOVAL = /\b(remov|deprecat|sunset|retir|drop|end[- ]of[- ](life|support))/i;

/**
 * What to write instead. Only the title stands for this release, so only there does a hint name
 * the release's own version, date or product; elsewhere a [Version] or [Date] belongs to something
 * else (the version that removes a feature, a rollout phase, a dependency), and the hint says what.
 */
function hintFor(placeholder: string, release: Release, where: Where): string {
  const name = placeholder.replace(/^\[|\]$/g, '').toLowerCase();
  const day = /^\d{4}-\d{2}-\d{2}/.exec(String(release.date))?.[0];
  const otherwise = `Replace "${placeholder}" with the text it stands for, or delete the line if it does not apply.`;
  if (name === 'version' || name === 'x.y.z') {
    if (where.inTitle) return `Replace it with this release's version: ${release.version}`;
    if (REMOVAL.test(where.line))
      return `Replace it with the version that will remove it, one after this release (${release.version}), or delete the line.`;
    if (/\b(requires?|compatible|depends)\b/i.test(where.line))
      return 'Replace it with the version of the dependency this line names (the lowest that works), or delete the line.';
    return `Replace "${placeholder}" with the version it names here (not necessarily this release's), or delete the line if it does not apply.`;
  }
  if (name === 'date') {
    if (where.inTitle && day) return `Replace it with the release date: ${day}`;
    if (REMOVAL.test(where.line)) return 'Replace it with the day it will be removed, or delete the line.';
    if (/\b(phase|availability|rollout|ga)\b/i.test(where.line))
      return 'Replace it with the day this phase of the rollout starts (YYYY-MM-DD), or delete the line.';
    return `Replace "${placeholder}" with the date it names here (not necessarily the release date), or delete the line if it does not apply.`;
  }
  if (name === 'product name')
    return `Replace it with the product's name (release.yml says "${release.product}").`;
  if (/^cve-x+-y+$/i.test(name))
    return 'Replace it with the CVE id (CVE-2026-12345), or delete the line if no vulnerability is fixed.';
  if (name.startsWith('link'))
    return `Replace it with the URL, as a Markdown link: [${name.replace(/^link( to)?\s*/, '') || 'title'}](https://…), or delete the line.`;
  return otherwise;
}
