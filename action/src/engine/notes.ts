import type { Heading, Node, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { LIMITS } from './limits.ts';
import { parsePlainMarkdown } from './markdown-plain.ts';
import { parseMarkdown } from './markdown-remark.ts';
import { memo } from './memo.ts';
import { type Span, spanAt } from './text.ts';

/** A heading of the notes and everything under it up to the next heading of the same or a higher level. */
export interface NotesSection {
  heading: string;
  /** The heading reduced for loose matching: see `normalizeHeading`. */
  key: string;
  depth: number;
  span: Span;
  /** The section's own content and its subsections, as Markdown nodes. */
  content: RootContent[];
  /** The plain text of `content`. */
  text: string;
}

export interface NotesFile {
  file: string;
  text: string;
  tree: Root;
  /** The first level-1 heading. */
  title?: { text: string; span: Span };
  sections: NotesSection[];
}

/**
 * Parses the notes: plain notes (most of them) by the fast reader, which gives remark's very tree;
 * others by remark, part by part (see `scanNotes`): its work grows faster than the text on some
 * shapes, so long notes are cut where a top-level block starts and each part is parsed alone, with
 * its positions moved back to their place in the whole file.
 */
export function parseNotes(file: string, text: string, scan: NotesScan = scanNotes(text)): NotesFile {
  const tree = parsePlainMarkdown(text) ?? parseParts(text, scan.parts);
  const sections: NotesSection[] = [];
  let title: NotesFile['title'];
  // One pass: every node belongs to each section still open above it (at most six levels).
  const open: NotesSection[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      while (open.length > 0 && open.at(-1)!.depth >= node.depth) open.pop();
      const heading = toString(node);
      const span = spanOfNode(node);
      if (node.depth === 1 && !title) {
        title = { text: heading, span };
        open.length = 0;
        continue;
      }
      for (const section of open) section.content.push(node);
      const section: NotesSection = {
        heading,
        key: normalizeHeading(heading),
        depth: node.depth,
        span,
        content: [],
        text: '',
      };
      sections.push(section);
      open.push(section);
      continue;
    }
    for (const section of open) section.content.push(node);
  }
  for (const section of sections)
    section.text = section.content
      .map((n) => toString(n))
      .join('\n')
      .trim();
  return { file, text, tree, ...(title ? { title } : {}), sections };
}

/** Offset and 1-based line where a part of the notes starts. */
export interface NotesPart {
  offset: number;
  line: number;
}

/** Where the notes are cut into parts, or why they are refused before parsing. */
export interface NotesScan {
  parts: NotesPart[];
  refused?: { line: number; message: string };
}

const EMPHASIS_CODE_LINK = /\*+|_+|`+|[[\]<]/g;
const QUOTE_MARKERS = /^(?: {0,3}>[ \t]?)*/;
const BLOCK_START = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]+\S|1[.)][ \t]+\S)/;
const UNDERLINE = /^[ \t]*(?:=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const RAW_HTML = /^ {0,3}(?:<!--|<(pre|script|style|textarea)(?:[ \t>]|$))/i;

/**
 * One linear pass over the notes that keeps the Markdown parser's work linear in their size. It
 * cuts the notes into parts of about {@link LIMITS.notesPartBytes} where a new top-level block
 * starts (a line at column 1 after a blank line, a heading, a list item, or the line after a setext
 * underline), outside fenced code and raw HTML. It refuses what the parser would take quadratic
 * time on: a stretch longer than {@link LIMITS.notesStretchBytes} with no such place, a paragraph
 * with more than {@link LIMITS.notesMarkers} emphasis, code and link markers, and more than
 * {@link LIMITS.notesSetextHeadings} setext headings.
 */
export function scanNotes(text: string): NotesScan {
  const parts: NotesPart[] = [{ offset: 0, line: 1 }];
  let fence: { marker: string; length: number } | undefined;
  let html: RegExp | undefined;
  let previous: 'blank' | 'underline' | 'text' = 'blank';
  let markers = 0;
  let underlines = 0;
  // The last place where a part could start.
  let cut: NotesPart = parts[0]!;
  let setext = 0;
  let paragraphLine = 1;
  let offset = 0;
  let line = 1;
  for (const raw of text.split('\n')) {
    const row = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const content = row.slice(QUOTE_MARKERS.exec(row)![0].length);
    const blank = content.trim() === '';
    const part = parts.at(-1)!;
    const breaks =
      !fence && !html && !blank && ((/^\S/.test(row) && row[0] !== '>') || previous === 'underline');
    // Each setext heading costs the parser a pass over its part, so a part holds only a few.
    const size = offset - part.offset;
    const full = size >= LIMITS.notesPartBytes || (previous === 'underline' && underlines >= 16);
    if (breaks && (previous !== 'text' || BLOCK_START.test(row))) {
      cut = { offset, line };
      // Cutting a list in two changes its text a little, so that is only done in a very long list.
      const item = previous === 'text' && !/^#/.test(row);
      if (item ? size >= 3 * LIMITS.notesPartBytes : full) {
        parts.push(cut);
        underlines = 0;
      }
    }
    if (offset + raw.length - cut.offset > LIMITS.notesStretchBytes) {
      return {
        parts,
        refused: {
          line: cut.line,
          message: `the notes run on for more than ${LIMITS.notesStretchBytes / 1024} KiB from here with no place where a new block starts at the beginning of a line (a heading, a list item, or a line after a blank line)`,
        },
      };
    }

    if (blank || BLOCK_START.test(content)) {
      markers = 0;
      paragraphLine = blank ? line + 1 : line;
    }
    markers += content.match(EMPHASIS_CODE_LINK)?.length ?? 0;
    if (markers > LIMITS.notesMarkers) {
      return {
        parts,
        refused: {
          line: paragraphLine,
          message: `this paragraph holds more than ${LIMITS.notesMarkers} emphasis, code and link markers (*, _, \`, [, ], <); the limit keeps the Markdown parser's work bounded`,
        },
      };
    }

    if (fence) {
      const close = FENCE.exec(content);
      if (close && close[1]![0] === fence.marker && close[1]!.length >= fence.length && !close[2]!.trim())
        fence = undefined;
    } else if (html) {
      if (html.test(content)) html = undefined;
    } else {
      const open = FENCE.exec(content);
      const htmlOpen = RAW_HTML.exec(content);
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`')))
        fence = { marker: open[1]![0]!, length: open[1]!.length };
      else if (htmlOpen) {
        const end = htmlOpen[1] ? new RegExp(`</${htmlOpen[1]}>`, 'i') : /-->/;
        if (!end.test(content.slice(htmlOpen[0].length))) html = end;
      }
    }
    if (UNDERLINE.test(content) && previous === 'text') {
      previous = 'underline';
      underlines++;
      if (++setext > LIMITS.notesSetextHeadings) {
        return {
          parts,
          refused: {
            line,
            message: `the notes hold more than ${LIMITS.notesSetextHeadings} setext headings (a line of text underlined with = or -); write headings with # instead`,
          },
        };
      }
      markers = 0;
      paragraphLine = line + 1;
    } else previous = blank ? 'blank' : 'text';
    offset += raw.length + 1;
    line++;
  }
  return { parts };
}

/** Parses each part alone and joins their nodes into one tree, with positions in the whole text. */
function parseParts(text: string, parts: readonly NotesPart[]): Root {
  if (parts.length <= 1) return parseMarkdown(text);
  const children: RootContent[] = [];
  parts.forEach((part, index) => {
    const end = parts[index + 1]?.offset ?? text.length;
    const tree = parseMarkdown(text.slice(part.offset, end));
    const stack: Node[] = [...tree.children];
    while (stack.length > 0) {
      const node = stack.pop()!;
      for (const point of [node.position?.start, node.position?.end]) {
        if (!point) continue;
        point.line += part.line - 1;
        if (point.offset !== undefined) point.offset += part.offset;
      }
      if ('children' in node && Array.isArray(node.children)) stack.push(...(node.children as Node[]));
    }
    children.push(...tree.children);
  });
  const end = spanAt(text, text.length);
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: end.line, column: end.column, offset: text.length },
    },
  };
}

/**
 * The first line whose list and quote markers nest deeper than `limit` columns, if any. Markdown
 * parsers slow down sharply with nesting depth, so a hostile file is refused before parsing.
 */
export function notesNestTooDeep(text: string, limit: number): number | undefined {
  const prefix = /^[ \t>*+\-0-9.)]*/;
  let line = 1;
  for (const row of text.split('\n')) {
    if (prefix.exec(row)![0].replace(/\t/g, '    ').length > limit) return line;
    line++;
  }
  return undefined;
}

/**
 * Headings match loosely: case, punctuation, emoji and spacing don't count, and `&` reads as `and`,
 * so "🚀 What's new!" matches "What's New".
 */
export function normalizeHeading(heading: string): string {
  return heading.length <= 256 ? normalizedShort(heading) : normalized(heading);
}

const normalized = (heading: string): string =>
  heading
    .normalize('NFKD')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Each release's notes repeat the same few headings: short ones are remembered. */
const normalizedShort = memo(normalized);

function spanOfNode(node: Heading): Span {
  const start = node.position?.start;
  const end = node.position?.end;
  return {
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    ...(end ? { endLine: end.line, endColumn: end.column } : {}),
  };
}
