/**
 * When a release.yml says its deployment runs, read once for the rules and the run's picture. Pure.
 */
import { parseInstant, Temporal } from './calendar/time.ts';
import type { RunRelease } from './run.ts';
import type { PathSegment } from './yaml-source.ts';

/** When release.yml says the deployment runs: `[window.start ?? date, window.end)`. */
export interface PlannedWindow {
  start: Temporal.Instant;
  /** Exclusive. Absent when release.yml gives no `window.end`: the release is the instant `start`. */
  end?: Temporal.Instant;
  /** Where the start is written: `window.start` when given, else `date`. */
  startPath: PathSegment[];
}

export type PlannedWindowResult =
  { ok: true; window: PlannedWindow } | { ok: false; path: PathSegment[]; message: string };

/**
 * Reads the planned window. The schema only checks the shape of the times, so a day that does not
 * exist (`2026-02-30`) or an end that is not after the start is reported here, with its place.
 */
export function plannedWindow(release: RunRelease): PlannedWindowResult {
  const read = (text: string, path: PathSegment[]) => {
    try {
      return { ok: true as const, instant: parseInstant(text) };
    } catch {
      return {
        ok: false as const,
        path,
        message: `${path.join('.')}: "${text}" is not a date-time that exists`,
      };
    }
  };
  const startPath = release.window?.start !== undefined ? ['window', 'start'] : ['date'];
  const start = read(release.window?.start ?? release.date, startPath);
  if (!start.ok) return start;
  // A window end that does not exist is left out by the engine (the schema reports it).
  if (release.window?.end === undefined) return { ok: true, window: { start: start.instant, startPath } };
  const end = read(release.window.end, ['window', 'end']);
  if (!end.ok) return end;
  if (Temporal.Instant.compare(end.instant, start.instant) <= 0) {
    return {
      ok: false,
      path: ['window', 'end'],
      message: `window.end (${release.window.end}) is not after the start of the window (${startPath.join('.')}: ${release.window.start ?? release.date}); the end is exclusive`,
    };
  }
  return { ok: true, window: { start: start.instant, end: end.instant, startPath } };
}
