import * as core from '@actions/core';
import { parseInstant } from '../engine/calendar/time.ts';
import type { Mode } from '../engine/result.ts';

/** `mode`: judge the planned date (plan) or the moment of the run (deploy). */
export const MODES = ['plan', 'deploy'] as const;
/** `fail-on`: what fails the step. */
export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** The action's inputs, read and checked; paths are still as written (the workspace checks them). */
export interface ActionInputs {
  /** Paths or globs of release.yml files, one per line. */
  config: string[];
  /** A built-in policy name or a policy file in the workspace. */
  policy: string;
  mode: Mode;
  /** Collected releases files, relative to the workspace (lines or comma-separated); empty for none. */
  releases: string[];
  /** Notes to check instead of the file release.yml names; absent when empty. */
  notes?: string;
  /** The instant evaluated, RFC 3339. */
  now: string;
  /** Empty when none was given (offline check). */
  token: string;
  comment: boolean;
  /** Where to write SARIF; absent when empty. */
  sarif?: string;
  failOn: FailOn;
}

/** One input with a value the action can't use. */
export class InputError extends Error {
  readonly input: string;

  constructor(input: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.input = input;
  }
}

const BOOLEAN: Record<string, boolean> = {
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false,
};

/**
 * Reads every input. The token is masked before anything else happens, so no later log line can
 * show it. Returns the inputs, or every problem found (so one run reports all bad inputs at once).
 */
export function readInputs(
  clock: () => Date,
): { ok: true; inputs: ActionInputs } | { ok: false; errors: InputError[] } {
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  const errors: InputError[] = [];
  const attempt = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
      return fallback;
    }
  };

  const config = core
    .getMultilineInput('config')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const policy = core.getInput('policy') || 'octoacme';
  const mode = attempt(() => oneOf('mode', core.getInput('mode') || 'plan', MODES), 'plan');
  const failOn = attempt(() => oneOf('fail-on', core.getInput('fail-on') || 'error', FAIL_ON), 'error');
  const comment = attempt(() => boolean('comment', core.getInput('comment') || 'false'), false);
  const now = attempt(() => instant(core.getInput('now'), clock), '');
  const notes = core.getInput('notes');
  const releases = core
    .getInput('releases')
    .split(/[\n,]/)
    .map((path) => path.trim())
    .filter((path) => path !== '');
  const sarif = core.getInput('sarif');
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    inputs: {
      config: config.length > 0 ? config : ['release.yml'],
      policy,
      mode,
      releases,
      now,
      token,
      comment,
      failOn,
      ...(notes ? { notes } : {}),
      ...(sarif ? { sarif } : {}),
    },
  };
}

function oneOf<const T extends string>(input: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(input, `Invalid input "${input}": "${value}"; allowed values: ${allowed.join(', ')}`);
}

function boolean(input: string, value: string): boolean {
  const parsed = BOOLEAN[value];
  if (parsed === undefined) {
    throw new InputError(input, `Invalid input "${input}": "${value}"; allowed values: true, false`);
  }
  return parsed;
}

function instant(value: string, clock: () => Date): string {
  if (value === '') return clock().toISOString();
  try {
    parseInstant(value);
  } catch {
    throw new InputError(
      'now',
      `Invalid input "now": "${value}"; allowed values: an RFC 3339 date-time with an offset, like 2026-12-08T15:00:00-05:00, or empty for the clock`,
    );
  }
  return value;
}
