/**
 * Hostile inputs for the parsers, each family repeated up to a byte size: the shapes of CommonMark's
 * pathological tests (emphasis runs, brackets, backticks, link openers, quotes, lists …), the
 * setext and heading shapes that are slow in micromark, and deeply nested YAML.
 */

/** Repeats `unit` until the result holds at most `bytes` UTF-8 bytes (all units here are ASCII). */
export function repeatTo(unit: string, bytes: number, prefix = '', suffix = ''): string {
  const count = Math.max(0, Math.floor((bytes - prefix.length - suffix.length) / unit.length));
  return prefix + unit.repeat(count) + suffix;
}

/** Half openers, then closers: `[[[a]]]`, `*a **a b a** a*` … */
function nested(open: string, middle: string, close: string, bytes: number): string {
  const count = Math.max(0, Math.floor((bytes - middle.length) / (open.length + close.length)));
  return open.repeat(count) + middle + close.repeat(count);
}

/** Lines `line(i)` for i = 0, 1, … while they fit in `bytes`. */
function lines(line: (i: number) => string, bytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const next = line(i);
    if (size + next.length > bytes) break;
    out.push(next);
    size += next.length;
  }
  return out.join('');
}

export const NOTES_FAMILIES: Record<string, (bytes: number) => string> = {
  'nested strong emph': (n) => nested('*a **a ', 'b', ' a** a*', n),
  'emph closers with no openers': (n) => repeatTo('a_ ', n),
  'emph openers with no closers': (n) => repeatTo('_a ', n),
  'link closers with no openers': (n) => repeatTo('a]', n),
  'link openers with no closers': (n) => repeatTo('[a', n),
  'mismatched openers and closers': (n) => repeatTo('*a_ ', n),
  'openers and closers multiple of 3': (n) => repeatTo('c* ', n, 'a**b'),
  'link openers and emph closers': (n) => repeatTo('[ a_', n),
  'emph runs without spaces': (n) => repeatTo('*a_', n),
  'emph runs in a heading': (n) => repeatTo('*_', n, '# '),
  'nested brackets': (n) => nested('[', 'a', ']', n),
  'nested block quotes': (n) => repeatTo('> ', n, '', 'a'),
  'deeply nested lists': (n) => lines((i) => `${'  '.repeat(i)}* a\n`, n),
  backticks: (n) => lines((i) => `e${'`'.repeat(i + 1)}`, n),
  'unclosed links A': (n) => repeatTo('[a](<b', n),
  'unclosed links B': (n) => repeatTo('[a](b', n),
  'unclosed link destinations': (n) => repeatTo('[a](', n),
  'image and link openers': (n) => repeatTo('![[]()', n),
  'bracket paren openers': (n) => repeatTo('[ (](', n),
  'many references': (n) => lines((i) => `[${i}]: u\n`, n - n / 8) + '[0] '.repeat(n / 32),
  'setext headings': (n) => repeatTo('a\n=\n', n),
  'setext underlines': (n) => repeatTo('a\n-\n', n),
  'html comment openers': (n) => repeatTo('<!--', n, '</'),
  'lines of emph openers': (n) => repeatTo('*a\n', n),
};

/** Shapes just inside the limits, which are parsed: their cost must still grow linearly. */
export const NOTES_AT_LIMITS: Record<string, (bytes: number) => string> = {
  'paragraphs at the marker limit': (n) => repeatTo(`${'*a_ '.repeat(63)}\n\n`, n),
  'backticks at the marker limit': (n) =>
    repeatTo(`${Array.from({ length: 250 }, (_, i) => `e${'`'.repeat(1 + (i % 60))}`).join('')}\n\n`, n),
  'links at the marker limit': (n) => repeatTo(`${'[a](<b '.repeat(85)}\n\n`, n),
  'setext headings at the limit, repeated': (n) =>
    repeatTo('a\n=\n', 400) + repeatTo('\n# a\n\nb\n', n - 400),
  'lists nested to the limit, repeated': (n) =>
    repeatTo(Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}* a\n`).join('') + '\n', n),
};
