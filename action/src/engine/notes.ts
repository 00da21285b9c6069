import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Span } from './text.ts';

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

const parser = unified().use(remarkParse);

export function parseNotes(file: string, text: string): NotesFile {
  const tree = parser.parse(text);
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
  return heading
    .normalize('NFKD')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function spanOfNode(node: Heading): Span {
  const start = node.position?.start;
  const end = node.position?.end;
  return {
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    ...(end ? { endLine: end.line, endColumn: end.column } : {}),
  };
}
