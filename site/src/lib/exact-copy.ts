/**
 * An Expressive Code plugin that makes a code block's copy button copy the file it shows, byte for
 * byte. Expressive Code drops a block's final newline (and the spaces at the ends of lines) before
 * it renders, so its button would copy a file that is not quite the repository's:
 *
 * - a block given the file's text as its `copy` prop copies exactly that text;
 * - any other block with a title (it shows a file) and no terminal frame copies its lines, each
 *   ending with a newline, as a file's lines do;
 * - a terminal block copies what Expressive Code copies: no final newline, so a pasted command
 *   does not run before it is read.
 */
import { definePlugin } from '@astrojs/starlight/expressive-code';
import type { Element, Nodes } from '@astrojs/starlight/expressive-code/hast';

declare module '@expressive-code/core' {
  interface ExpressiveCodeBlockProps {
    /** The exact text the copy button copies (a file's text with its final newline). */
    copy: string;
  }
}

/** Expressive Code's copy script turns this character back into a line break. */
const LINE_BREAK = '\u007f';

/** The copy button among a rendered block's elements. */
function copyButton(node: Nodes): Element | undefined {
  if (node.type === 'element' && node.tagName === 'button' && 'dataCode' in node.properties) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = copyButton(child);
    if (found) return found;
  }
  return undefined;
}

export function exactCopy() {
  return definePlugin({
    name: 'Exact copy',
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        const button = copyButton(renderData.blockAst);
        if (!button) return;
        const { copy, title } = codeBlock.props;
        const classes = renderData.blockAst.properties.className;
        const terminal = Array.isArray(classes) && classes.includes('is-terminal');
        const text = typeof copy === 'string' ? copy : title && !terminal ? `${codeBlock.code}\n` : undefined;
        if (text !== undefined) button.properties.dataCode = text.replaceAll('\n', LINE_BREAK);
      },
    },
  });
}
