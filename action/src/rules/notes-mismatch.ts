import type { Heading } from 'mdast';
import { semver } from './lib/versions.ts';
import { normalizeHeading, type NotesFile } from '../engine/notes.ts';
import { spanAt, type Span } from '../engine/text.ts';
import type { Release } from '../engine/types/index.ts';
import type { RuleContext } from './context.ts';
import { templateForType, type TemplateInfo } from './notes-template.ts';
import type { Rule } from './rule.ts';

/** The notes' title carries the release's version, and its date when it shows one. */
export const notesMismatch: Rule<RuleContext> = {
  meta: {
    id: 'notes-mismatch',
    title: 'Release notes match the release',
    description:
      "The notes' title (their first level-1 heading) carries release.yml's `version`, and the date it shows is the calendar day of release.yml's `date` as written (its own offset). With the template's `title_pattern`, its `version`, `date` and `product` groups are compared and the title must follow the template's form; the product matches loosely (`payments-api` is \"Payments API\": case, `-`, `_` and spaces do not count, nor an org name before it), and a pattern without a `product` group asks for no product; dates read as 2026-12-08, December 8, 2026 or 8 Dec 2026, versions with or without a leading v.",
    rationale:
      'The Release Notes Template opens with "# [Product Name] Release [Version] - [Date]" (hotfix: "Hotfix [Version] - [Date]"): customers, support and stakeholders identify the release by that line. Notes copied from the previous release and not updated announce the wrong version or day, which the guide\'s review of drafted notes (Pre-Release Requirements › Documentation) is meant to catch. Not waivable: the fix is one line, and the OctoAcme policy grants no waiver for it.',
    guide: 'guide/pre-release/#documentation',
    fix: "Write the version and the release day in the notes' title as release.yml has them, in the template's form, for example `# Payments API Release 2.4.0 - 2026-12-08`.",
    severity: 'error',
    waivable: false,
    examples: { pass: 'patch-compliant', fail: 'notes-title-mismatch' },
  },
  check({ release, notes: state, policy }, report) {
    if (state.status !== 'ok') return;
    const notes = state.notes;
    const template = templateForType(policy, release.type);
    const day = dayOf(release.date);
    const heading = titleHeading(notes);
    if (!notes.title || !heading) {
      report({
        file: notes.file,
        line: 1,
        column: 1,
        message: `the notes have no title; start them with a level-1 heading that carries version "${release.version}"`,
        hint: `Start the notes with:\n# ${suggestedTitle(template, release, day)}`,
      });
      return;
    }
    const title = notes.title.text;
    const place = (index: number, value: string) => placeInTitle(notes, heading, title, index, value);
    const titlePlace = { line: notes.title.span.line, column: notes.title.span.column };
    const match = titleMatch(template?.titlePattern, title);
    const groups = match?.indices?.groups;

    // The version.
    const written = match?.groups?.['version'];
    if (written !== undefined && groups?.['version']) {
      const [start] = groups['version'];
      if (!sameVersion(written, release.version)) {
        report({
          file: notes.file,
          ...place(start, written),
          message: `the title's version "${written}" is not the release's version "${release.version}"`,
          hint: `Write the title as:\n# ${replaceAt(title, start, written, release.version)}`,
        });
      }
    } else if (!containsVersion(title, release.version)) {
      report({
        file: notes.file,
        ...titlePlace,
        message: `the title "${title}" does not carry the version "${release.version}"`,
        hint: `Write the title as:\n# ${suggestedTitle(template, release, day, sameProductOrNone(match?.groups?.['product'], release.product))}`,
      });
    } else if (template?.titlePattern !== undefined && compiles(template.titlePattern) && !match) {
      report({
        file: notes.file,
        ...titlePlace,
        message: `the title "${title}" does not follow the template's form "${template.title ?? template.titlePattern}"`,
        hint: `Write the title as:\n# ${suggestedTitle(template, release, day)}`,
      });
    }

    // The product, when the template's title names one.
    const product = match?.groups?.['product'];
    if (product !== undefined && groups?.['product'] && !sameProduct(product, release.product)) {
      const [start] = groups['product'];
      report({
        file: notes.file,
        ...place(start, product),
        message: `the title's product "${product}" is not the release's product "${release.product}"`,
        hint: `Write the title as:\n# ${replaceAt(title, start, product, release.product)}`,
      });
    }

    // The date, when the title shows one.
    if (day === undefined) return;
    const dateText = match?.groups?.['date'];
    if (dateText !== undefined && groups?.['date']) {
      const [start] = groups['date'];
      const [date] = datesIn(dateText);
      if (!date) {
        report({
          file: notes.file,
          ...place(start, dateText),
          message: `the title's date "${dateText}" is not a date the check can read; the release date is ${day}`,
          hint: `Write the date as release.yml has it:\n# ${replaceAt(title, start, dateText, day)}`,
        });
      } else if (date.iso !== day) {
        report({
          file: notes.file,
          ...place(start + date.index, date.text),
          message: `the title's date "${date.text}" is not the release date ${day}`,
          hint: `Write the release date:\n# ${replaceAt(title, start + date.index, date.text, formatLike(date.style, day))}`,
        });
      }
      return;
    }
    const wrong = datesIn(title).find((d) => d.iso !== day);
    if (wrong) {
      report({
        file: notes.file,
        ...place(wrong.index, wrong.text),
        message: `the title's date "${wrong.text}" is not the release date ${day}`,
        hint: `Write the release date:\n# ${replaceAt(title, wrong.index, wrong.text, formatLike(wrong.style, day))}`,
      });
    }
  },
};

/** The calendar day of an RFC 3339 date-time as written, in its own offset. */
function dayOf(date: unknown): string | undefined {
  return typeof date === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(date)?.[1] : undefined;
}

function titleHeading(notes: NotesFile): Heading | undefined {
  return notes.tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** The template's title pattern applied to the title, with group indices; undefined if none or no match. */
function titleMatch(pattern: string | undefined, title: string): RegExpExecArray | undefined {
  if (pattern === undefined || !compiles(pattern)) return undefined;
  return new RegExp(pattern, 'd').exec(title) ?? undefined;
}

/**
 * `payments-api` is "Payments API", "payments_api" or "OctoAcme Payments API": case, `-`, `_` and
 * spaces do not count, nor words before the name (an org), nor an `org/` before the product.
 */
function sameProduct(written: string, product: string): boolean {
  const words = (text: string) => normalizeHeading(text).split(' ').filter(Boolean);
  const title = words(written);
  const own = words(product.slice(product.lastIndexOf('/') + 1));
  return (
    own.length > 0 &&
    own.length <= title.length &&
    own.every((w, i) => w === title[title.length - own.length + i])
  );
}

/** The title's own spelling of the product, kept in hints when it names the right one. */
function sameProductOrNone(written: string | undefined, product: string): string | undefined {
  return written !== undefined && sameProduct(written, product) ? written : undefined;
}

/** `v2.4.0` and `2.4.0` are the same; so are versions that differ only in build metadata. */
function sameVersion(written: string, version: string): boolean {
  const bare = written.replace(/^v/i, '').replace(/[,;:.!?)]+$/, '');
  if (bare === version) return true;
  return semver.valid(bare) !== null && semver.valid(version) !== null && semver.eq(bare, version);
}

/** The version as a whole token anywhere in the title: `v2.4.0` counts, `12.4.0` or `2.4.0-rc.1` do not. */
function containsVersion(title: string, version: string): boolean {
  const candidates = [version, version.split('+')[0]!];
  return candidates.some((v) => {
    const escaped = v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{N}.+-])[vV]?${escaped}(?![\\p{L}\\p{N}+-]|\\.\\p{N})`, 'u').test(title);
  });
}

/** Where a piece of the title stands in the file: its own column when the heading writes it as is. */
function placeInTitle(notes: NotesFile, heading: Heading, title: string, index: number, value: string): Span {
  const start = heading.position?.start.offset;
  const end = heading.position?.end.offset;
  const fallback = { line: heading.position?.start.line ?? 1, column: heading.position?.start.column ?? 1 };
  if (start === undefined || end === undefined || value === '') return fallback;
  const raw = notes.text.slice(start, end);
  // The n-th occurrence in the title's text is the n-th in its Markdown (`**2.4.0**` still has it once).
  let nth = 0;
  for (let i = title.indexOf(value); i !== -1 && i < index; i = title.indexOf(value, i + 1)) nth++;
  let at = raw.indexOf(value, raw.search(/[^#\s]/));
  for (; nth > 0 && at !== -1; nth--) at = raw.indexOf(value, at + 1);
  if (at === -1) return fallback;
  const from = spanAt(notes.text, start + at);
  const to = spanAt(notes.text, start + at + value.length);
  return to.line === from.line ? { ...from, endLine: to.line, endColumn: to.column } : from;
}

function replaceAt(text: string, index: number, old: string, value: string): string {
  return `${text.slice(0, index)}${value}${text.slice(index + old.length)}`;
}

/** The template's title filled in with this release, for hints. */
function suggestedTitle(
  template: TemplateInfo | undefined,
  release: Release,
  day: string | undefined,
  product?: string,
): string {
  const name = product ?? release.product;
  const form = template?.title ?? '[Product Name] [Version] - [Date]';
  return form
    .replace('[Product Name]', name)
    .replace('[Version]', release.version)
    .replace('[Date]', day ?? '[Date]');
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const FORMS: { style: DateStyle; re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  { style: 'iso', re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  {
    style: 'mdy',
    re: new RegExp(`\\b${MONTH}\\.?\\s+${DAY},?\\s+(\\d{4})\\b`, 'gi'),
    parts: (m) => [m[3]!, m[1]!, m[2]!],
  },
  {
    style: 'dmy',
    re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'gi'),
    parts: (m) => [m[3]!, m[2]!, m[1]!],
  },
];
type DateStyle = 'iso' | 'mdy' | 'dmy';

interface FoundDate {
  iso: string;
  index: number;
  text: string;
  style: DateStyle;
}

/** The calendar dates written in a text, in order: 2026-12-08, December 8, 2026, 8 Dec 2026. */
export function datesIn(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { style, re, parts } of FORMS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const [y, mo, d] = parts(m as RegExpExecArray);
      const month = /^\d+$/.test(mo)
        ? Number(mo)
        : MONTHS.findIndex((name) => name.startsWith(mo.toLowerCase().slice(0, 3))) + 1;
      const iso = isoDay(Number(y), month, Number(d));
      if (iso) found.push({ iso, index: m.index, text: m[0], style });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The release day written the way the title wrote its date. */
function formatLike(style: DateStyle, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1]!.replace(/^./, (c) => c.toUpperCase());
  if (style === 'mdy') return `${month} ${d}, ${y}`;
  if (style === 'dmy') return `${d} ${month} ${y}`;
  return iso;
}
