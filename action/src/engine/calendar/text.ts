/** The upcoming list as aligned plain text, times in the calendar's zone with their offset. */
import type { UpcomingCalendar, UpcomingEvent } from './upcoming.ts';
import { Temporal } from './time.ts';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** `2026-12-18 Fri 00:00 -05:00` from `2026-12-18T00:00:00-05:00`. */
function readable(rfc3339: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(rfc3339);
  if (!m?.[1] || !m[2] || !m[3]) return rfc3339;
  const weekday = WEEKDAYS[Temporal.PlainDate.from(m[1]).dayOfWeek - 1];
  return `${m[1]} ${weekday} ${m[2]} ${m[3] === 'Z' ? '+00:00' : m[3]}`;
}

function effect(event: UpcomingEvent): string {
  const blocks = event.blocks.length > 0 ? `blocks ${event.blocks.join(', ')} (${event.enforcement})` : '';
  return [blocks, event.detail].filter((part) => part !== '').join('; ');
}

export function renderUpcomingText(calendar: UpcomingCalendar, days: number): string {
  const title = `Release calendar (${calendar.timezone}): ${days} days from ${readable(calendar.from)}`;
  if (calendar.upcoming.length === 0) return `${title}\n\nNothing scheduled.\n`;
  const header = ['FROM', 'UNTIL', 'KIND', 'ID', 'NAME', 'EFFECT'];
  const rows = calendar.upcoming.map((e) => [
    readable(e.start),
    e.end === e.start ? '' : readable(e.end),
    e.kind,
    e.id,
    e.name,
    effect(e),
  ]);
  // A reduce, not Math.max(...): a long list spread into a call overflows the stack.
  const widths = header.map((h, i) => rows.reduce((w, row) => Math.max(w, (row[i] ?? '').length), h.length));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [title, '', line(header), ...rows.map(line)].join('\n') + '\n';
}
