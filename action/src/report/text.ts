import { compareFindings, type Finding } from '../engine/finding.ts';
import type { CheckResult, ReleaseSummary, Sources } from '../engine/result.ts';
import { ruleDocsUrl } from '../rules/rule.ts';
import type { RenderOptions } from './index.ts';

/** Tab stops every 4 columns, applied to the source line and its underline alike. */
const TAB_WIDTH = 4;
/** Lines wider than this are cut to a window around the caret, so a minified line stays readable. */
const MAX_EXCERPT_WIDTH = 160;
const WINDOW_BEFORE_CARET = 60;
const HINT_LABEL = '  hint: ';

interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

const plain: Style = {
  bold: (s) => s,
  dim: (s) => s,
  red: (s) => s,
  yellow: (s) => s,
  green: (s) => s,
  cyan: (s) => s,
};

const sgr =
  (open: number, close: number) =>
  (s: string): string =>
    s === '' ? s : `\u001b[${open}m${s}\u001b[${close}m`;

// Each style closes only what it opened, so a color may sit inside bold and vice versa.
const ansi: Style = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
};

/**
 * A compiler-style report, modelled on actionlint:
 *
 * ```
 * release.yml:12:3: error: no qa-lead sign-off for a minor release [signoff-required]
 * 12 |   - { role: tech-lead, by: "@carol" }
 *    |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
 *   hint: signoffs:
 *           - { role: qa-lead, by: "@…", date: 2026-12-01 }
 *   docs: https://octoacme.github.io/release-policy/rules/signoff-required/
 *
 * ✖ payments-api 2.4.0 (minor): 1 error, 0 warnings
 * ```
 *
 * Text from user files is shown with control characters made visible, so a hostile file can't
 * drive the terminal; ANSI escapes appear only when `options.color` is true.
 */
export function renderText(result: CheckResult, options: RenderOptions = {}): string {
  const style = options.color ? ansi : plain;
  const lines = new SourceLines(options.sources);
  const blocks = [...result.findings]
    .sort(compareFindings)
    .map((finding) => formatFinding(finding, lines, style).join('\n'));
  blocks.push(summaryLine(result, style));
  return `${blocks.join('\n\n')}\n`;
}

function formatFinding(f: Finding, sources: SourceLines, style: Style): string[] {
  const label = f.waived
    ? style.cyan('waived')
    : f.severity === 'warning'
      ? style.bold(style.yellow('warning'))
      : style.bold(style.red('error'));
  const message = oneLine(f.message) || '(no message)';
  const waiver = f.waived
    ? ` (waived by ${oneLine(f.waived.approvedBy)} until ${oneLine(f.waived.expires)}: ${oneLine(f.waived.reason)})`
    : '';
  const out = [
    `${style.bold(`${location(f)}:`)} ${label}: ${message}${waiver} ${style.dim(`[${oneLine(f.rule)}]`)}`,
  ];
  // A waived finding was accepted on purpose: one line is enough to keep it visible.
  if (f.waived) return out;

  out.push(...excerpt(f, sources, style));
  const hint = f.hint?.replace(/\s+$/, '');
  if (hint) {
    const [first = '', ...rest] = hint.split(/\r?\n/);
    out.push(`${style.cyan(HINT_LABEL.trimEnd())} ${visibleLine(first)}`);
    for (const line of rest) {
      const shown = visibleLine(line);
      out.push(shown === '' ? '' : `${' '.repeat(HINT_LABEL.length)}${shown}`);
    }
  }
  out.push(style.dim(`  docs: ${oneLine(f.docs) || ruleDocsUrl(oneLine(f.rule))}`));
  return out;
}

/** `file:line:column`, as much of it as the finding has; the tool's name when it has no file. */
function location(f: Finding): string {
  if (!f.file) return 'release-policy';
  let loc = oneLine(f.file);
  if (isPosition(f.line)) {
    loc += `:${f.line}`;
    if (isPosition(f.column)) loc += `:${f.column}`;
  }
  return loc;
}

function excerpt(f: Finding, sources: SourceLines, style: Style): string[] {
  if (!f.file || !isPosition(f.line)) return [];
  const raw = sources.line(f.file, f.line);
  if (raw === undefined) return [];

  const cells = toCells(raw);
  const length = raw.length;
  let start: number | undefined;
  let end: number | undefined;
  if (isPosition(f.column)) {
    start = Math.min(f.column - 1, length);
    end = start;
    if (isPosition(f.endLine) && f.endLine > f.line) end = length;
    else if (isPosition(f.endColumn) && (f.endLine === undefined || f.endLine === f.line)) {
      end = Math.min(Math.max(f.endColumn - 1, start), length);
    }
  }

  const window = chooseWindow(cells, start === undefined ? 0 : columnAt(cells, start));
  const gutter = String(f.line);
  const blank = ' '.repeat(gutter.length);
  const out = [`${style.dim(`${gutter} |`)} ${window.text}`.trimEnd()];
  if (start !== undefined && end !== undefined) {
    const from = columnAt(cells, start);
    const to = Math.min(columnAt(cells, end), window.to);
    const width = Math.max(1, to - from);
    const pad = Math.max(0, from - window.from + window.shift);
    const underline = `${' '.repeat(pad)}^${'~'.repeat(width - 1)}`;
    const colored = f.severity === 'warning' ? style.yellow(underline) : style.red(underline);
    out.push(`${style.dim(`${blank} |`)} ${colored}`);
  }
  return out;
}

/** One displayed character of a source line: what to print, its width, and where it starts. */
interface Cell {
  text: string;
  width: number;
  /** Offset of its first UTF-16 code unit in the source line. */
  unit: number;
  /** Display column it starts at (0-based). */
  column: number;
}

function toCells(line: string): Cell[] {
  const cells: Cell[] = [];
  let column = 0;
  let unit = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0;
    const cell =
      cp === 0x09
        ? { text: ' '.repeat(TAB_WIDTH - (column % TAB_WIDTH)), width: TAB_WIDTH - (column % TAB_WIDTH) }
        : { text: visibleChar(ch, cp), width: charWidth(ch, cp) };
    cells.push({ ...cell, unit, column });
    column += cell.width;
    unit += ch.length;
  }
  return cells;
}

/** The display column of a code-unit offset; inside a surrogate pair, its start; past the end, the end. */
function columnAt(cells: Cell[], unit: number): number {
  let column = 0;
  for (const cell of cells) {
    if (cell.unit > unit) return column;
    column = cell.column;
    if (cell.unit === unit) return column;
  }
  const last = cells.at(-1);
  return last ? last.column + last.width : 0;
}

interface Window {
  text: string;
  /** Display columns [from, to) of the line that are shown. */
  from: number;
  to: number;
  /** Width of the leading ellipsis, if the window does not start the line. */
  shift: number;
}

function chooseWindow(cells: Cell[], caret: number): Window {
  const last = cells.at(-1);
  const total = last ? last.column + last.width : 0;
  if (total <= MAX_EXCERPT_WIDTH) {
    return { text: cells.map((c) => c.text).join(''), from: 0, to: total, shift: 0 };
  }
  const wanted = Math.max(0, Math.min(caret - WINDOW_BEFORE_CARET, total - MAX_EXCERPT_WIDTH));
  const shown = cells.filter((c) => c.column >= wanted && c.column + c.width <= wanted + MAX_EXCERPT_WIDTH);
  const from = shown[0]?.column ?? wanted;
  const lastShown = shown.at(-1);
  const to = lastShown ? lastShown.column + lastShown.width : from;
  const head = from > 0 ? '…' : '';
  const tail = to < total ? '…' : '';
  return { text: head + shown.map((c) => c.text).join('') + tail, from, to, shift: head.length };
}

/** Source lines by file, split once per report; a leading BOM and a trailing CR are not shown. */
class SourceLines {
  readonly #sources: Sources | undefined;
  readonly #cache = new Map<string, string[]>();

  constructor(sources: Sources | undefined) {
    this.#sources = sources;
  }

  line(file: string, line: number): string | undefined {
    let lines = this.#cache.get(file);
    if (!lines) {
      const text = this.#sources && Object.hasOwn(this.#sources, file) ? this.#sources[file] : undefined;
      if (typeof text !== 'string') return undefined;
      lines = text.replace(/^\uFEFF/, '').split('\n');
      this.#cache.set(file, lines);
    }
    const raw = lines[line - 1];
    return raw?.endsWith('\r') ? raw.slice(0, -1) : raw;
  }
}

/**
 * `text` with the characters that could act on a terminal or a log viewer shown instead: C0 controls
 * and DEL as their control pictures (ESC as ␛), C1 controls, lone surrogates and bidirectional
 * overrides as U+FFFD, as the text report shows them. Line breaks and tabs are kept.
 */
export function visibleControls(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += cp === 0x0a || cp === 0x09 ? ch : visibleChar(ch, cp);
  }
  return out;
}

function visibleChar(ch: string, cp: number): string {
  if (cp < 0x20) return String.fromCodePoint(0x2400 + cp); // ␀…␟: ESC shows as ␛
  if (cp === 0x7f) return '\u2421';
  if (cp >= 0x80 && cp < 0xa0) return '\ufffd';
  if (cp >= 0xd800 && cp <= 0xdfff) return '\ufffd'; // a lone surrogate
  // Bidirectional overrides can make a line read differently from what it is (Trojan Source).
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return '\ufffd';
  return ch;
}

const combining = /^[\p{Mn}\p{Me}]$/u;
const emoji = /^\p{Emoji_Presentation}$/u;

function charWidth(ch: string, cp: number): number {
  if (visibleChar(ch, cp) !== ch) return 1;
  if (combining.test(ch) || (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060) return 0;
  if (emoji.test(ch) || isWide(cp)) return 2;
  return 1;
}

/** East Asian wide and fullwidth ranges (an approximation of UAX #11 that covers CJK and Hangul). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** A line of text with tabs expanded and control characters made visible. */
function visibleLine(line: string): string {
  return toCells(line.replace(/\r$/, ''))
    .map((c) => c.text)
    .join('')
    .trimEnd();
}

/** Text for a single output line: line breaks become spaces. */
function oneLine(text: string | undefined): string {
  return visibleLine((text ?? '').replace(/\r\n|\r|\n/g, ' ')).trim();
}

function isPosition(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `payments-api 2.4.0 (minor)`, or the file when the release has no name yet. */
export function describeRelease(release: ReleaseSummary): string {
  const name = [release.product, release.version].filter(Boolean).join(' ') || release.file;
  return release.type ? `${name} (${release.type})` : name;
}

/** Every release checked, in the order given; undefined when none is known. */
export function describeReleases(result: CheckResult): string | undefined {
  const releases = result.releases?.length ? result.releases : result.release ? [result.release] : [];
  if (releases.length === 0) return undefined;
  return releases.map(describeRelease).join(', ');
}

function summaryLine(result: CheckResult, style: Style): string {
  const { errors, warnings, waived } = result.summary;
  const release = describeReleases(result);
  const prefix = release ? `${oneLine(release)}: ` : '';
  const waivedNote = waived > 0 ? ` (${waived} waived)` : '';
  if (errors === 0 && warnings === 0)
    return `${style.bold(style.green('✔'))} ${prefix}no problems${waivedNote}`;
  const mark = errors > 0 ? style.bold(style.red('✖')) : style.bold(style.yellow('⚠'));
  return `${mark} ${prefix}${plural(errors, 'error')}, ${plural(warnings, 'warning')}${waivedNote}`;
}
