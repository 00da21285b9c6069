/**
 * Every table of a page in a scroll region a keyboard can reach: a wide table scrolls inside its
 * frame (never the page), and the frame is focusable and named (`role="region"`, `tabindex="0"`,
 * an `aria-label` from the table's caption or the heading above it, unique in the page) so that
 * keyboard users can scroll it too. Runs on the finished HTML of every page (the middleware), so
 * Markdown tables and generated ones get the same frame. Pure.
 */

const TAG = /<(h[1-6])\b[^>]*>([\s\S]*?)<\/\1>|<caption\b[^>]*>([\s\S]*?)<\/caption>|<table\b[^>]*>/g;

const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML with every table framed as a named, focusable scroll region. */
export function frameTables(html: string): string {
  // Name each table: its caption, else the nearest heading above it.
  const names: string[] = [];
  let heading = '';
  let pendingTable = -1;
  for (const m of html.matchAll(TAG)) {
    if (m[1]) heading = text(m[2] ?? '');
    else if (m[3] !== undefined && pendingTable >= 0) names[pendingTable] = text(m[3]);
    else if (m[0].startsWith('<table')) {
      pendingTable = names.length;
      names.push(heading ? `Table: ${heading}` : 'Table');
    }
  }
  const seen = new Map<string, number>();
  const unique = names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
  const region = (i: number) => `role="region" tabindex="0" aria-label="${attr(unique[i] ?? 'Table')}"`;

  // One pass in document order: a frame already written gets the region's attributes, a bare
  // table gets a frame, closed at its own end tag (tables may nest).
  let index = 0;
  const frames: boolean[] = [];
  const out = html.replace(
    /<div class="rp-scroll"([^>]*)>(\s*)<table\b|<table\b|<\/table>/g,
    (match, attrs: string | undefined, space: string | undefined) => {
      if (match === '</table>') return frames.pop() ? '</table></div>' : match;
      const i = index++;
      if (attrs !== undefined) {
        frames.push(false);
        const own = /\brole=/.test(attrs) ? attrs : `${attrs} ${region(i)}`;
        return `<div class="rp-scroll"${own}>${space ?? ''}<table`;
      }
      frames.push(true);
      return `<div class="rp-scroll" ${region(i)}><table`;
    },
  );
  return out;
}
