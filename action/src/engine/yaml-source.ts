import {
  type Document,
  type Node,
  type Pair,
  Composer,
  Lexer,
  type CST,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
} from 'yaml';
import type { Report } from './finding.ts';
import { LIMITS } from './limits.ts';
import { type Span, spanAt } from './text.ts';

export type PathSegment = string | number;

/** Where the keys and values of a YAML file stand: all that the rules ask of the file itself. */
export interface YamlPlaces {
  /**
   * Where the key or value at `path` stands. A path that does not exist falls back to its nearest
   * existing parent's key, so a missing key is reported on the mapping that should hold it.
   */
  locate(path: readonly PathSegment[], part?: 'key' | 'value'): Span;
  /** Whether the value at `path` is written in the file (as opposed to absent). */
  has(path: readonly PathSegment[]): boolean;
}

/** A parsed YAML file that still knows where every key and value came from. */
export interface YamlFile extends YamlPlaces {
  file: string;
  text: string;
  /** The plain JavaScript value (`null` for an empty file). */
  data: unknown;
  /** The scalar at `path` exactly as written (`1.10`, where the value is the number 1.1). */
  sourceOf(path: readonly PathSegment[]): string | undefined;
  /**
   * The same places, answered from a small table of offsets instead of the parsed document and its
   * syntax tree (several times the text's size): what a big run keeps of a file between loading it
   * and judging it.
   */
  places(): YamlPlaces;
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

export type ParsedYaml = { ok: true; yaml: YamlFile } | { ok: false; problems: Report[] };

/**
 * Parses one YAML document with positions. Every way a file can fail to parse becomes a report with
 * a place: syntax errors, duplicate keys, several documents, nesting deeper than the limit, and
 * alias expansion past the limit (the classic "billion laughs").
 */
export function parseYaml(file: string, text: string): ParsedYaml {
  const lines = new LineCounter();
  const at = (offset: number): Span => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const problem = (message: string, span: Span, hint?: string): Report => ({
    message,
    file,
    ...span,
    ...(hint ? { hint } : {}),
  });

  // The CST is built once, without recursion, one lexical token at a time: the parser's stack of
  // open collections is watched as it grows, so a hostile file (a megabyte of `[`) is refused
  // before it costs memory. The exact depth is measured before composing, which does recurse.
  const tokens: CST.Token[] = [];
  try {
    const parser = new Parser(lines.addNewLine);
    lines.addNewLine(0);
    for (const lexeme of new Lexer().lex(text)) {
      for (const token of parser.next(lexeme)) tokens.push(token);
      // The parser's stack is the chain of open tokens: the document, its collections, a scalar.
      if (parser.stack.length > LIMITS.depth + 1) {
        const collections = parser.stack.filter((token) => COLLECTIONS.has(token.type));
        const deep = collections[LIMITS.depth + 1];
        if (deep) {
          return {
            ok: false,
            problems: [problem(`nesting is deeper than ${LIMITS.depth} levels`, at(deep.offset))],
          };
        }
      }
    }
    for (const token of parser.end()) tokens.push(token);
  } catch (error) {
    return {
      ok: false,
      problems: [problem(`the file could not be parsed: ${describe(error)}`, spanAt(text, 0))],
    };
  }
  const directive = unsupportedDirective(tokens);
  if (directive) {
    return {
      ok: false,
      problems: [
        problem(
          `\`${directive.source.trim()}\` asks for a YAML version other than 1.2; only YAML 1.2 is read (1.1 reads on, no and dates differently)`,
          at(directive.offset),
          'Remove the `%YAML` line: the file is read as YAML 1.2.',
        ),
      ],
    };
  }
  const deep = cstDeeperThan(tokens, LIMITS.depth);
  if (deep !== undefined) {
    return {
      ok: false,
      problems: [problem(`nesting is deeper than ${LIMITS.depth} levels`, spanAt(text, deep))],
    };
  }

  let docs: Document.Parsed[];
  const problems: Report[] = [];
  try {
    const composer = new Composer({ uniqueKeys: true, prettyErrors: false });
    docs = Array.from(composer.compose(tokens)) as Document.Parsed[];
    if (docs.length === 0) {
      // A stream with no document at all may still hold errors (a lone `]`, say).
      for (const error of composer.streamInfo().errors)
        problems.push(problem(yamlMessage(error.code, error.message), spanOf(error.pos, at)));
    }
  } catch (error) {
    return { ok: false, problems: [problem(`the file could not be parsed: ${describe(error)}`, at(0))] };
  }

  if (docs.length > 1) {
    const second = docs[1]!;
    problems.push(
      problem(
        `the file holds ${docs.length} YAML documents; it must hold exactly one`,
        at(second.range[0]),
        'Remove the `---` separator and everything after it, or move it to a file of its own.',
      ),
    );
  }
  const doc = docs[0];
  for (const error of [...(doc?.errors ?? []), ...(doc?.warnings ?? [])]) {
    problems.push(
      problem(yamlMessage(error.code, error.message), spanOf(error.pos, at), yamlHint(error.code)),
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  if (!doc || doc.contents === null) {
    return { ok: true, yaml: yamlFile(file, text, null, undefined, at, lines) };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.aliases });
  } catch (error) {
    const alias = firstAlias(doc.contents);
    const aliasProblem = error instanceof ReferenceError && /alias/i.test(error.message);
    return {
      ok: false,
      problems: [
        problem(
          aliasProblem
            ? `aliases expand past the limit of ${LIMITS.aliases} (a YAML "billion laughs" shape)`
            : `the file could not be read as data: ${describe(error)}`,
          at(alias?.range?.[0] ?? doc.contents.range?.[0] ?? 0),
          aliasProblem ? 'Write the repeated values out, or use fewer anchors and aliases.' : undefined,
        ),
      ],
    };
  }
  return { ok: true, yaml: yamlFile(file, text, data, doc.contents, at, lines) };
}

function yamlFile(
  file: string,
  text: string,
  data: unknown,
  root: Node | undefined,
  at: (offset: number) => Span,
  lines: LineCounter,
): YamlFile {
  const topSpan = (): Span => at(root?.range?.[0] ?? 0);
  const rangeSpan = (node: Node | undefined): Span => {
    const range = node?.range;
    if (!range) return topSpan();
    const start = at(range[0]);
    const end = at(range[1]);
    return { ...start, endLine: end.line, endColumn: end.column };
  };

  const walk = (path: readonly PathSegment[]) => {
    let node: Node | undefined = root;
    let pair: Pair<Node, Node | null> | undefined;
    let parentPair: Pair<Node, Node | null> | undefined;
    let depth = 0;
    for (const segment of path) {
      if (!node || isAlias(node)) break;
      if (isMap(node)) {
        const found = node.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!found) break;
        parentPair = pair;
        pair = found as Pair<Node, Node | null>;
        node = (found.value ?? undefined) as Node | undefined;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (!item || isPair(item)) break;
        parentPair = pair;
        pair = undefined;
        node = item as Node;
      } else {
        break;
      }
      depth++;
    }
    return { node, pair, parentPair, complete: depth === path.length };
  };

  return {
    file,
    text,
    data,
    locate(path, part = 'value') {
      if (!root) return { line: 1, column: 1 };
      const { node, pair, complete } = walk(path);
      if (complete) {
        if (part === 'key' && pair) return rangeSpan(pair.key);
        if (node) return rangeSpan(node);
        if (pair) return rangeSpan(pair.key);
      }
      // Missing: point at the key of the deepest mapping entry that exists.
      if (pair) return rangeSpan(pair.key);
      if (node && node !== root) return rangeSpan(node);
      return topSpan();
    },
    has(path) {
      return walk(path).complete;
    },
    sourceOf(path) {
      const { node, complete } = walk(path);
      return complete && isScalar(node) ? node.source : undefined;
    },
    places: () => compactPlaces(root, lines.lineStarts),
  };
}

// A compact table of places, one row per node `walk` can reach, the children of a collection in
// rows next to each other. Row: flags, the pair's key range, the node's range (-1 when none), its
// first child's row and how many children it has, and where its key's name stands in one string
// of all the names.
const PAIR = 1;
const NODE = 2;
const MAP = 4;
const SEQ = 8;
const STRIDE = 9;

/**
 * The places of `root` as `yamlFile` answers them, without holding the document: mapping keys are
 * compared as strings (the first of equal ones wins), sequence items by number, and the walk never
 * goes through an alias or into a scalar.
 */
function compactPlaces(root: Node | undefined, lineStarts: readonly number[]): YamlPlaces {
  const cells: number[] = [];
  const names: string[] = [];
  let nameAt = 0;
  const queue: { row: number; node: Node }[] = [];
  const add = (key: Node | undefined, node: Node | undefined, name = '') => {
    const row = cells.length / STRIDE;
    const walkable = node !== undefined && !isAlias(node);
    const flags =
      (key ? PAIR : 0) |
      (node ? NODE : 0) |
      (walkable && isMap(node) ? MAP : 0) |
      (walkable && isSeq(node) ? SEQ : 0);
    cells.push(
      flags,
      key?.range?.[0] ?? -1,
      key?.range?.[1] ?? -1,
      node?.range?.[0] ?? -1,
      node?.range?.[1] ?? -1,
      0,
      0,
      nameAt,
      name.length,
    );
    names.push(name);
    nameAt += name.length;
    if (flags & (MAP | SEQ)) queue.push({ row, node: node! });
  };
  add(undefined, root);
  for (let next = 0; next < queue.length; next++) {
    const { row, node } = queue[next]!;
    cells[row * STRIDE + 5] = cells.length / STRIDE;
    let count = 0;
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isScalar(item.key)) continue;
        add(item.key, (item.value ?? undefined) as Node | undefined, String(item.key.value));
        count++;
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        // An item the walk cannot enter keeps its row, empty, so that items are found by number.
        if (item && !isPair(item)) add(undefined, item as Node);
        else add(undefined, undefined);
        count++;
      }
    }
    cells[row * STRIDE + 6] = count;
  }
  return placesFrom(
    compactNumbers(cells),
    names.join(''),
    compactNumbers(lineStarts),
    root ? (root.range?.[0] ?? 0) : undefined,
  );
}

/** No place at all (a key or node without a range): -1, or the largest 16-bit number in a small table. */
const NONE16 = 0xffff;

/**
 * The numbers in 16 bits when they all fit (a file under 64 KiB: nearly every release.yml), else in
 * 32; -1 stands for "none" in both, read back with {@link isNone}.
 */
function compactNumbers(values: readonly number[]): Uint16Array | Int32Array {
  let max = 0;
  for (const value of values) if (value > max) max = value;
  return max < NONE16 ? Uint16Array.from(values, (v) => (v < 0 ? NONE16 : v)) : Int32Array.from(values);
}

function isNone(table: Uint16Array | Int32Array, value: number): boolean {
  return value < 0 || (table instanceof Uint16Array && value === NONE16);
}

/**
 * The places' answers from their table alone (a function of its own, so that its closures hold
 * the table and nothing of the document it was made from). `topStart` is undefined for an empty file.
 */
function placesFrom(
  table: Uint16Array | Int32Array,
  names: string,
  starts: Uint16Array | Int32Array,
  topStart: number | undefined,
): YamlPlaces {
  const at = (offset: number) => {
    // LineCounter.linePos over the copied line starts.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, column: 1 };
    if (low === 0) return { line: 0, column: offset };
    return { line: low, column: offset - starts[low - 1]! + 1 };
  };
  const span = (from: number, to: number): Span => {
    if (isNone(table, from)) return at(topStart ?? 0);
    const start = at(from);
    const end = at(to);
    return { ...start, endLine: end.line, endColumn: end.column };
  };
  const child = (row: number, segment: PathSegment): number | undefined => {
    const flags = table[row]!;
    const first = table[row + 5]! * STRIDE;
    const count = table[row + 6]!;
    if (flags & MAP) {
      const name = String(segment);
      for (let at = first; at < first + count * STRIDE; at += STRIDE) {
        if (table[at + 8] === name.length && names.startsWith(name, table[at + 7])) return at;
      }
    } else if (flags & SEQ && typeof segment === 'number') {
      if (Number.isInteger(segment) && segment >= 0 && segment < count) {
        const at = first + segment * STRIDE;
        if (table[at]! & NODE) return at;
      }
    }
    return undefined;
  };
  const walk = (path: readonly PathSegment[]) => {
    let row = 0;
    let depth = 0;
    for (const segment of path) {
      const found = child(row, segment);
      if (found === undefined) break;
      row = found;
      depth++;
    }
    return { row, complete: depth === path.length };
  };

  return {
    locate(path, part = 'value') {
      if (topStart === undefined) return { line: 1, column: 1 };
      const { row, complete } = walk(path);
      const flags = table[row]!;
      const key = () => span(table[row + 1]!, table[row + 2]!);
      const node = () => span(table[row + 3]!, table[row + 4]!);
      if (complete) {
        if (part === 'key' && flags & PAIR) return key();
        if (flags & NODE) return node();
        if (flags & PAIR) return key();
      }
      if (flags & PAIR) return key();
      if (flags & NODE && row !== 0) return node();
      return at(topStart);
    },
    has(path) {
      return walk(path).complete;
    },
  };
}

/**
 * The offset of the first collection nested deeper than `limit` in the concrete syntax tree, which
 * the `yaml` parser builds without recursion. Measured iteratively, for the same reason.
 */
function cstDeeperThan(tokens: readonly unknown[], limit: number): number | undefined {
  type Token = { offset?: number; items?: { key?: unknown; value?: unknown }[]; value?: unknown };
  const stack: { token: Token; depth: number }[] = tokens.map((token) => ({
    token: token as Token,
    depth: 0,
  }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token || typeof token !== 'object') continue;
    if (Array.isArray(token.items)) {
      if (depth > limit) return token.offset ?? 0;
      for (const item of token.items) {
        if (item.key) stack.push({ token: item.key as Token, depth: depth + 1 });
        if (item.value) stack.push({ token: item.value as Token, depth: depth + 1 });
      }
    } else if (token.value && typeof token.value === 'object') {
      stack.push({ token: token.value as Token, depth });
    }
  }
  return undefined;
}

/** A `%YAML` directive for any version but 1.2, which would switch the parser to other rules. */
function unsupportedDirective(tokens: readonly CST.Token[]): CST.Directive | undefined {
  return tokens.find(
    (token): token is CST.Directive =>
      token.type === 'directive' && /^%YAML\b/.test(token.source) && !/^%YAML[ \t]+1\.2\b/.test(token.source),
  );
}

function firstAlias(root: Node): Node | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) return node;
    if (isCollection(node)) {
      for (const item of [...node.items].reverse()) {
        if (isPair(item)) stack.push(item.value, item.key);
        else stack.push(item);
      }
    }
  }
  return undefined;
}

function spanOf(pos: [number, number], at: (offset: number) => Span): Span {
  const start = at(pos[0]);
  const end = at(pos[1]);
  return end.line === start.line && end.column > start.column
    ? { ...start, endLine: end.line, endColumn: end.column }
    : start;
}

/** The `yaml` package's messages, first line only (its context excerpt is ours to print). */
function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'duplicate key: this key is already set earlier in the same mapping';
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation; YAML allows only spaces';
    default:
      return first.charAt(0).toLowerCase() + first.slice(1);
  }
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Keep one of the two keys: YAML tools disagree on which one wins.';
    case 'TAB_AS_INDENT':
      return 'Replace the tab with spaces (two per level is usual).';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'Check the indentation and quoting on this line and the one above.';
    default:
      return undefined;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
