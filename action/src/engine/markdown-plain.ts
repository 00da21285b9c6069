/**
 * A fast reader for the plain Markdown most release notes are written in: ATX headings, paragraphs,
 * tight `-` lists (nested by two spaces), `**strong**` and `` `code` ``. It gives the very tree,
 * positions included, that remark gives for the same text, and declines (`undefined`) anything
 * else, which then goes to remark. remark is the reference: a differential test compares the two on
 * every example, template and fuzzed variant. The point is speed: remark costs about 0.5 µs a
 * character and most of a cold check's Markdown time; this reader is a few regular expressions a
 * line, and the parser is loaded only for notes that need it.
 */
import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A stretch of one line that holds inline content. */
interface Run {
  line: number;
  /** Offset of the run's first character in the whole text. */
  offset: number;
  column: number;
  text: string;
}

// Bytes the line rules below do not expect.
const OUTSIDE = /[\r\t\f\v\0]/;
// What starts an inline construct outside the subset, outside code spans: escapes, HTML and
// autolinks, links and images, `_` emphasis, character references.
const OTHER_INLINE = /[\\<[\]_]|&[#A-Za-z]/;
const HEADING = /^(#{1,6}) (\S(?:.*\S)?)$/;
const ITEM = /^( *)(-|\d{1,9}[.)]) (\S.*)$/;
// A list item's content that would itself start a block (a heading, another list, a quote, a
// fence, a thematic break, a setext underline).
const ITEM_BLOCK = /^(?:[#>~=+-]|\*(?: |$)|\*\*\*|\d{1,9}[.)](?: |$))/;
// A first character with which a line would start something other than a paragraph.
const LINE_BLOCK = /^(?:[ #>~=+-]|\*(?: |$)|\*[* ]*$|\d{1,9}[.)](?: |$))/;

/** An open list: its items' marker, where the marker stands and where their content starts. */
interface Level {
  list: List;
  marker: string;
  indent: number;
  content: number;
}

/** The tree remark would give for `text`, or `undefined` when `text` is outside the subset. */
export function parsePlainMarkdown(text: string): Root | undefined {
  if (OUTSIDE.test(text)) return undefined;
  const children: RootContent[] = [];
  // Open lists, outermost first; each list's last item is the one still open.
  const levels: Level[] = [];
  // The paragraph being read: at the top level, or the first child of the deepest open item.
  let paragraph: Run[] = [];
  let inItem = false;
  let blankAfterList = false;
  let offset = 0;
  let line = 0;

  const closeParagraph = (): boolean => {
    if (paragraph.length === 0) return true;
    const inline = inlineOf(paragraph);
    if (!inline) return false;
    const block = node<Paragraph>({ type: 'paragraph', children: inline }, paragraph);
    if (inItem) {
      levels.at(-1)!.list.children.at(-1)!.children.push(block);
      // The paragraph is the newest content of every list and item that holds it.
      for (const level of levels) {
        level.list.position!.end = { ...block.position!.end };
        level.list.children.at(-1)!.position!.end = { ...block.position!.end };
      }
    } else children.push(block);
    paragraph = [];
    return true;
  };

  for (const row of text.split('\n')) {
    line++;
    const start = offset;
    offset += row.length + 1;
    if (row === '') {
      if (!closeParagraph()) return undefined;
      if (levels.length > 0) blankAfterList = true;
      continue;
    }
    if (/\s$/.test(row)) return undefined;

    const item = ITEM.exec(row);
    if (item) {
      const indent = item[1]!.length;
      const marker = item[2]!.length === 1 ? '-' : item[2]!.slice(-1);
      const content = item[3]!;
      // Where a new list or item starts; its end moves on as its content is read.
      const atBullet = () => ({
        start: point(line, indent + 1, start + indent),
        end: point(line, indent + 1, start + indent),
      });
      if (blankAfterList || ITEM_BLOCK.test(content) || !closeParagraph()) return undefined;
      const sibling = levels.findIndex((level) => level.indent === indent);
      if (sibling >= 0) {
        if (levels[sibling]!.marker !== marker) return undefined;
        levels.length = sibling + 1;
      } else {
        const nested = levels.length > 0;
        if (indent !== (nested ? levels.at(-1)!.content : 0)) return undefined;
        // A numbered list that breaks into a paragraph (or nests under an item's) must start at 1.
        const first = marker === '-' ? null : Number(item[2]!.slice(0, -1));
        if (
          first !== null &&
          (/^0\d/.test(item[2]!) || (first !== 1 && (nested || paragraphBefore(children, line))))
        )
          return undefined;
        const list: List = {
          type: 'list',
          ordered: first !== null,
          start: first,
          spread: false,
          children: [],
          position: atBullet(),
        };
        if (nested) levels.at(-1)!.list.children.at(-1)!.children.push(list);
        else children.push(list);
        levels.push({ list, marker, indent, content: indent + item[2]!.length + 1 });
      }
      const level = levels.at(-1)!;
      level.list.children.push({
        type: 'listItem',
        spread: false,
        checked: null,
        children: [],
        position: atBullet(),
      });
      paragraph = [{ line, offset: start + level.content, column: level.content + 1, text: content }];
      inItem = true;
      continue;
    }

    // A line indented to the open item's content, right under its paragraph, continues it.
    if (inItem && paragraph.length > 0 && !blankAfterList && row.startsWith(' ')) {
      const indent = levels.at(-1)!.content;
      const rest = row.slice(indent);
      if (row.slice(0, indent).trim() !== '' || LINE_BLOCK.test(rest)) return undefined;
      paragraph.push({ line, offset: start + indent, column: indent + 1, text: rest });
      continue;
    }

    // Only a heading may follow a list directly (anything else would continue its last item).
    const heading = HEADING.exec(row);
    if (levels.length > 0 && !blankAfterList && !heading) return undefined;
    // A heading ends the paragraph before it; a paragraph line here has no list open above it.
    if (heading && !closeParagraph()) return undefined;
    levels.length = 0;
    inItem = false;
    blankAfterList = false;
    if (heading) {
      if (heading[2]!.endsWith('#')) return undefined;
      const marks = heading[1]!.length;
      const run: Run = { line, offset: start + marks + 1, column: marks + 2, text: heading[2]! };
      const inline = inlineOf([run]);
      if (!inline) return undefined;
      const block = node<Heading>({ type: 'heading', depth: marks as Heading['depth'], children: inline }, [
        run,
      ]);
      block.position!.start = point(line, 1, start);
      children.push(block);
      continue;
    }
    if (LINE_BLOCK.test(row)) return undefined;
    paragraph.push({ line, offset: start, column: 1, text: row });
  }
  if (!closeParagraph()) return undefined;
  const lastBreak = text.lastIndexOf('\n');
  return {
    type: 'root',
    children,
    position: { start: point(1, 1, 0), end: point(line, text.length - lastBreak, text.length) },
  };
}

/** Whether the block just before `line` is a paragraph that ends on the line above. */
function paragraphBefore(children: readonly RootContent[], line: number): boolean {
  const last = children.at(-1);
  return last?.type === 'paragraph' && last.position!.end.line === line - 1;
}

function point(line: number, column: number, offset: number): Point {
  return { line, column, offset };
}

/** `fields` with the position from the first run's start to the last run's end. */
function node<T extends { position?: unknown }>(fields: Omit<T, 'position'>, runs: readonly Run[]): T {
  const first = runs[0]!;
  const last = runs.at(-1)!;
  return {
    ...fields,
    position: {
      start: point(first.line, first.column, first.offset),
      end: point(last.line, last.column + last.text.length, last.offset + last.text.length),
    },
  } as T;
}

// micromark's classes of the character next to a `*` run, read one UTF-16 unit at a time as it
// reads them: whitespace (or the edge of the text), punctuation, or anything else.
const WHITESPACE = /\s/;
const PUNCTUATION = /\p{P}|\p{S}/u;
function classOf(text: string, index: number): 'space' | 'punct' | 'other' {
  if (index < 0 || index >= text.length) return 'space';
  const unit = text[index]!;
  if (WHITESPACE.test(unit)) return 'space';
  return PUNCTUATION.test(unit) ? 'punct' : 'other';
}

/**
 * The phrasing content of runs that make one paragraph: text, single-backtick code spans on one
 * line, and `**` pairs that are plainly an opener then a closer on one line; `undefined` for
 * anything else.
 */
function inlineOf(runs: readonly Run[]): PhrasingContent[] | undefined {
  const text = runs.map((r) => r.text).join('\n');
  // Where each run starts in `text`, to turn an index back into a point.
  const starts: number[] = [];
  let at = 0;
  for (const run of runs) {
    starts.push(at);
    at += run.text.length + 1;
  }
  const pointAt = (index: number): Point => {
    let i = starts.length - 1;
    while (starts[i]! > index) i--;
    const run = runs[i]!;
    const delta = index - starts[i]!;
    return point(run.line, run.column + delta, run.offset + delta);
  };
  // Text that ends with a line break ends where the next line begins, before its indentation.
  const textEnd = (index: number): Point => {
    const next = runs[starts.indexOf(index)];
    return index > 0 && next ? point(next.line, 1, next.offset - next.column + 1) : pointAt(index);
  };

  type Mark = { kind: 'code' | 'open' | 'close' | 'both'; start: number; end: number };
  const marks: Mark[] = [];
  let codeOpen = -1;
  for (const match of text.matchAll(/`+|\*+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0][0] === '`') {
      if (match[0] !== '`') return undefined;
      if (codeOpen < 0) {
        codeOpen = start;
        continue;
      }
      const content = text.slice(codeOpen + 1, start);
      if (content === '' || /^\s|\s$|\n/.test(content)) return undefined;
      marks.push({ kind: 'code', start: codeOpen, end });
      codeOpen = -1;
      continue;
    }
    if (codeOpen >= 0) continue;
    if (match[0] !== '**') return undefined;
    const before = classOf(text, start - 1);
    const after = classOf(text, end);
    const open = after === 'other' || (after === 'punct' && before !== 'other');
    const close = before === 'other' || (before === 'punct' && after !== 'other');
    if (!open && !close) return undefined;
    marks.push({ kind: open && close ? 'both' : open ? 'open' : 'close', start, end });
  }
  if (codeOpen >= 0) return undefined;
  let outside = 0;
  for (const mark of marks) {
    if (mark.kind !== 'code') continue;
    if (OTHER_INLINE.test(text.slice(outside, mark.start))) return undefined;
    outside = mark.end;
  }
  if (OTHER_INLINE.test(text.slice(outside))) return undefined;

  const out: PhrasingContent[] = [];
  let strong: { children: PhrasingContent[]; start: number } | undefined;
  let from = 0;
  const textTo = (end: number) => {
    if (end <= from) return;
    const into = strong ? strong.children : out;
    into.push({
      type: 'text',
      value: text.slice(from, end),
      position: { start: pointAt(from), end: textEnd(end) },
    });
  };
  for (const mark of marks) {
    if (mark.kind === 'code') {
      textTo(mark.start);
      (strong ? strong.children : out).push({
        type: 'inlineCode',
        value: text.slice(mark.start + 1, mark.end - 1),
        position: { start: pointAt(mark.start), end: pointAt(mark.end) },
      });
    } else if (mark.kind === 'open' || (mark.kind === 'both' && !strong)) {
      if (strong) return undefined;
      textTo(mark.start);
      strong = { children: [], start: mark.start };
    } else {
      if (!strong || text.slice(strong.start, mark.start).includes('\n')) return undefined;
      textTo(mark.start);
      out.push({
        type: 'strong',
        children: strong.children,
        position: { start: pointAt(strong.start), end: pointAt(mark.end) },
      });
      strong = undefined;
    }
    from = mark.end;
  }
  if (strong) return undefined;
  textTo(text.length);
  return out;
}
