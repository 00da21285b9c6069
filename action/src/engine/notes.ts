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
  const children = tree.children;
  const sections: NotesSection[] = [];
  let title: NotesFile['title'];
  children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const heading = toString(node);
    const span = spanOfNode(node);
    if (node.depth === 1 && !title) {
      title = { text: heading, span };
      return;
    }
    const content: RootContent[] = [];
    for (const next of children.slice(index + 1)) {
      if (next.type === 'heading' && next.depth <= node.depth) break;
      content.push(next);
    }
    sections.push({
      heading,
      key: normalizeHeading(heading),
      depth: node.depth,
      span,
      content,
      text: content
        .map((n) => toString(n))
        .join('\n')
        .trim(),
    });
  });
  return { file, text, tree, ...(title ? { title } : {}), sections };
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
