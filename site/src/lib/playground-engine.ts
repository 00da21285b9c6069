/**
 * What the playground runs in the browser: the real `check()` with the built-in OctoAcme policy,
 * its calendar and templates (imported `?raw` through repo-files.ts), over an in-memory repository
 * made of an example's files and the two texts being edited.
 */
import { parse } from 'yaml';
import { check } from '../../../action/src/engine/check.ts';
import { memoryHost } from '../../../action/src/engine/host.ts';
import { render, type Format } from '../../../action/src/report/index.ts';
import type { CheckResult } from '../../../action/src/engine/result.ts';
import { octoacmePolicy } from './engine.ts';
import { EXAMPLE_FILES } from './repo-files.ts';

export interface PlaygroundInput {
  /** The example whose other files (runbooks, communication plans) fill the repository. */
  example: string;
  releaseYml: string;
  notes: string;
  mode: 'plan' | 'deploy';
  now: string;
  format: Format;
}

export interface PlaygroundOutput {
  result: CheckResult;
  report: string;
  /** Where the notes were put: the path release.yml names. */
  notesPath?: string;
}

/** The notes path release.yml names, if it parses and names one. */
export function notesPathIn(releaseYml: string): string | undefined {
  try {
    const notes = (parse(releaseYml) as { notes?: unknown } | null)?.notes;
    return typeof notes === 'string' ? notes.replace(/^\.\//, '') : undefined;
  } catch {
    return undefined;
  }
}

export function runPlayground(input: PlaygroundInput): PlaygroundOutput {
  const prefix = `examples/${input.example}/`;
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(EXAMPLE_FILES)) {
    if (path.startsWith(prefix) && path !== `${prefix}expected.json`) files[path.slice(prefix.length)] = text;
  }
  files['release.yml'] = input.releaseYml;
  const notesPath = notesPathIn(input.releaseYml);
  if (notesPath !== undefined) files[notesPath] = input.notes;
  const { result, sources } = check({
    configs: ['release.yml'],
    host: memoryHost(files),
    policy: octoacmePolicy(),
    mode: input.mode,
    now: input.now,
    tool: { name: 'release-policy', version: 'playground' },
  });
  return {
    result,
    report: render(input.format, result, { sources, color: false }),
    ...(notesPath !== undefined ? { notesPath } : {}),
  };
}
