/**
 * The reference Markdown parser (CommonMark, by remark). Kept in a module of its own so that the
 * Node bundles load it only for notes the plain reader (`markdown-plain.ts`) declines.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}
