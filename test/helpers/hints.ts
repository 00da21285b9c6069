import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { JsonReport } from '../../action/src/report/json.ts';

type Finding = JsonReport['findings'][number];

/**
 * What a hint asks to paste: the block after its first sentence that ends with a colon, up to an
 * alternative ("or …") or a follow-up ("Then …"). `under` is the YAML path an "Add under x.y:" hint
 * names. Undefined when the hint has nothing to paste (the remedy needs a person's words).
 */
export interface HintBlock {
  intro: string;
  under?: string[];
  block: string;
  /** What the hint says to do next, in words ("Then write the new date in the notes' title."). */
  then?: string;
}

export function hintBlock(hint: string | undefined): HintBlock | undefined {
  if (!hint) return undefined;
  const lines = hint.split('\n');
  const at = lines.findIndex((line) => /^["A-Z].*:$/.test(line));
  if (at === -1) return undefined;
  const rest = lines.slice(at + 1);
  const stop = rest.findIndex((line) => /^(?:or|then)\b/i.test(line));
  const block = dedent((stop === -1 ? rest : rest.slice(0, stop)).join('\n'));
  if (block.trim() === '') return undefined;
  const intro = lines[at]!;
  const under = /\bunder ([\w.]+)(?::|\s)/.exec(intro)?.[1];
  const then = stop === -1 ? undefined : rest.slice(stop).find((line) => /^then\b/i.test(line));
  return { intro, block, ...(under ? { under: under.split('.') } : {}), ...(then ? { then } : {}) };
}

function dedent(text: string): string {
  const lines = text.replace(/^\n+/, '').replace(/\s+$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/**
 * Applies a finding's hint to the repo at `root` as a person would paste it: YAML merged where the
 * hint says (an "Add under signoffs:" item appended, a "then write: - {…}" item replacing the one
 * the finding points at, top-level keys set), a notes title replaced, a notes section added at the
 * end, a line deleted when that is what the hint offers. False when the hint has nothing to paste.
 */
export function applyHint(root: string, finding: Finding, options: { paste?: boolean } = {}): boolean {
  if (!finding.file || !finding.hint) return false;
  const path = join(root, finding.file);
  const text = readFileSync(path, 'utf8');
  const block = hintBlock(finding.hint);
  if (finding.file.endsWith('.md')) {
    const lines = text.split('\n');
    if (block?.block.startsWith('# ') && finding.line) {
      lines[finding.line - 1] = block.block;
    } else if (block && /^#{2,6} /.test(block.block)) {
      lines.push('', block.block, '');
    } else if (/delete the line\.$/.test(finding.hint) && finding.line) {
      lines.splice(finding.line - 1, 1);
    } else return false;
    writeFileSync(path, lines.join('\n'));
    return true;
  }
  if (!block) return false;
  // "Write the runbook at docs/runbooks/rollback.md …, then add": the file first, as the hint says.
  const write = /^Write the [\w ]+ at (\S+)/.exec(finding.hint);
  if (write) {
    const file = join(root, write[1]!);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '# Rollback\n\n1. Redeploy the previous version.\n');
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const snippet = parseDocument(block.block);
  const value = snippet.contents as YamlNode | null;
  if (block.under) {
    if (isSeq(value)) for (const item of value.items) doc.addIn(block.under, item);
    else if (isMap(value))
      for (const pair of value.items) doc.setIn([...block.under, String(pair.key)], pair.value);
    else return false;
  } else if (isSeq(value)) {
    // A list item to write in place of the one the finding points at.
    const item = itemAtLine(doc, counter, finding.line ?? 0);
    if (!item) return false;
    item.seq.items[item.index] = value.items[0];
  } else if (
    isMap(value) &&
    value.items.length === 1 &&
    onLine(text, finding.line, String(value.items[0]!.key))
  ) {
    // One `key: value` for the key on the finding's line (a waiver's `expires`): changed in place.
    const [pair] = value.items;
    const lines = text.split('\n');
    const at = finding.line! - 1;
    lines[at] = lines[at]!.replace(
      new RegExp(`(\\b${String(pair!.key)}:\\s*)('[^']*'|"[^"]*"|[^,}\\s]+)`),
      (_m, head: string) => `${head}${String(snippet.getIn([pair!.key]))}`,
    );
    writeFileSync(path, lines.join('\n'));
    return true;
  } else if (isMap(value)) {
    // "Add:" a block of new keys: pasted at the end of the file, as a person would (twice, when two hints say so).
    const fresh = value.items.every((pair) => !doc.has(String(pair.key)));
    if (/^Add\b/.test(block.intro) && (fresh || options.paste)) {
      writeFileSync(path, `${text.replace(/\n*$/, '\n')}${block.block}\n`);
      return true;
    }
    merge(doc, [], value);
  } else return false;
  writeFileSync(path, String(doc));
  return true;
}

function merge(doc: Document, path: string[], map: YamlNode): void {
  if (!isMap(map)) return;
  for (const pair of map.items) {
    const key = [...path, String(pair.key)];
    const there = doc.getIn(key, true);
    if (isMap(pair.value) && isMap(there) && pair.value.flow !== true) merge(doc, key, pair.value);
    else doc.setIn(key, pair.value);
  }
}

function itemAtLine(doc: Document, counter: LineCounter, line: number) {
  if (!isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    const seq = pair.value;
    if (!isSeq(seq)) continue;
    const index = seq.items.findIndex((item) => {
      const range = (item as YamlNode).range;
      if (!range) return false;
      return counter.linePos(range[0]).line <= line && line <= counter.linePos(range[1]).line;
    });
    if (index !== -1) return { seq, index };
  }
  return undefined;
}

function onLine(text: string, line: number | undefined, key: string): boolean {
  return line !== undefined && new RegExp(`\\b${key}:`).test(text.split('\n')[line - 1] ?? '');
}
