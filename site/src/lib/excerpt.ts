/**
 * A part of a file to quote: the lines around the given line numbers (or the first lines), with the
 * marked lines renumbered for the excerpt. Pure.
 */
export interface Excerpt {
  code: string;
  /** The excerpt's lines exactly as the file has them, line breaks included: what a copy button copies. */
  text: string;
  /** 1-based line of the file where the excerpt starts. */
  from: number;
  /** 1-based line of the file where it ends. */
  to: number;
  /** Lines to mark, numbered within the excerpt. */
  mark: number[];
  /** Whether this is the whole file. */
  whole: boolean;
}

export function excerpt(text: string, lines: readonly number[], context = 3, max = 24): Excerpt {
  const all = text.replace(/\r?\n$/, '').split(/\r?\n/);
  /** Each line of the file with its own line break. */
  const exact = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  if (all.length <= max) {
    return {
      code: all.join('\n'),
      text,
      from: 1,
      to: all.length,
      mark: lines.filter((l) => l >= 1 && l <= all.length),
      whole: true,
    };
  }
  const inside = lines.filter((l) => l >= 1 && l <= all.length);
  let from = inside.length > 0 ? Math.max(1, Math.min(...inside) - context) : 1;
  let to =
    inside.length > 0 ? Math.min(all.length, Math.max(...inside) + context) : Math.min(all.length, max);
  if (to - from + 1 > max) to = from + max - 1;
  if (to - from + 1 < Math.min(max, 12)) {
    to = Math.min(all.length, from + Math.min(max, 12) - 1);
    from = Math.max(1, Math.min(from, to - Math.min(max, 12) + 1));
  }
  to = throughBlock(all, to);
  return {
    code: all.slice(from - 1, to).join('\n'),
    text: exact.slice(from - 1, to).join(''),
    from,
    to,
    mark: inside.filter((l) => l >= from && l <= to).map((l) => l - from + 1),
    whole: false,
  };
}

const indent = (line: string) => line.length - line.trimStart().length;

/**
 * An excerpt never ends on a key that opens a block (`depends_on:`): it goes on through the block's
 * lines (more indented, or a YAML list at the key's own indent), so the quote never shows it empty.
 */
function throughBlock(all: readonly string[], to: number): number {
  const last = all[to - 1] ?? '';
  if (!/:\s*(#.*)?$/.test(last) || /^\s*#/.test(last)) return to;
  const own = indent(last);
  let end = to;
  while (end < all.length) {
    const next = all[end]!;
    if (
      next.trim() !== '' &&
      indent(next) <= own &&
      !(indent(next) === own && next.trimStart().startsWith('- '))
    ) {
      break;
    }
    end++;
  }
  while (end > to && all[end - 1]!.trim() === '') end--;
  return end;
}
