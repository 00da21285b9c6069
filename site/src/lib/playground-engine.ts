/**
 * What the playground runs in the browser: the real `check()` with the built-in OctoAcme policy, or a
 * team policy pasted beside it that `extends: octoacme`, over an in-memory repository made of an
 * example's files and the texts being edited.
 */
import { parse } from 'yaml';
import { check } from '../../../action/src/engine/check.ts';
import type { Finding } from '../../../action/src/engine/finding.ts';
import { memoryHost } from '../../../action/src/engine/host.ts';
import { loadPolicy, type LoadedPolicy } from '../../../action/src/engine/policy.ts';
import { render, type Format } from '../../../action/src/report/index.ts';
import type { CheckResult } from '../../../action/src/engine/result.ts';
import { builtinPolicies, octoacmePolicy } from './engine.ts';
import { EXAMPLE_FILES } from './repo-files.ts';

/** Where a pasted team policy lives in the playground's repository, as it would in a real one. */
export const TEAM_POLICY_PATH = '.github/release-policy.yml';

export interface PlaygroundInput {
  /** The example whose other files (runbooks, communication plans) fill the repository. */
  example: string;
  releaseYml: string;
  notes: string;
  /** A team policy's text; absent: the built-in OctoAcme policy. */
  policy?: string;
  mode: 'plan' | 'deploy';
  now: string;
  format: Format;
}

export type PlaygroundOutput =
  | {
      ok: true;
      result: CheckResult;
      report: string;
      /** Where the notes were put: the path release.yml names. */
      notesPath?: string;
    }
  /** The team policy is not valid: nothing was checked, as the CLI's exit 2. */
  | { ok: false; policyFindings: Finding[]; report: string };

/** The notes path release.yml names, if it parses and names one. */
export function notesPathIn(releaseYml: string): string | undefined {
  try {
    const notes = (parse(releaseYml) as { notes?: unknown } | null)?.notes;
    return typeof notes === 'string' ? notes.replace(/^\.\//, '') : undefined;
  } catch {
    return undefined;
  }
}

/** The policy a run uses: OctoAcme's, or a team policy's text loaded on top of it (undefined if invalid). */
export function playgroundPolicy(text?: string): LoadedPolicy | undefined {
  if (text === undefined) return octoacmePolicy();
  const loaded = loadPolicy(
    { host: memoryHost({ [TEAM_POLICY_PATH]: text }), path: TEAM_POLICY_PATH },
    builtinPolicies,
  );
  return loaded.ok ? loaded.policy : undefined;
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
  if (input.policy !== undefined) files[TEAM_POLICY_PATH] = input.policy;
  const host = memoryHost(files);

  let policy: LoadedPolicy;
  if (input.policy === undefined) {
    policy = octoacmePolicy();
  } else {
    const loaded = loadPolicy({ host, path: TEAM_POLICY_PATH }, builtinPolicies);
    if (!loaded.ok) {
      const lines = loaded.findings.map(
        (f) => `${f.file ?? ''}:${f.line ?? 1}:${f.column ?? 1}: ${f.message} [${f.rule}]`,
      );
      return {
        ok: false,
        policyFindings: loaded.findings,
        report: `The team policy is not valid; nothing was checked.\n\n${lines.join('\n')}`,
      };
    }
    policy = loaded.policy;
  }

  const { result, sources } = check({
    configs: ['release.yml'],
    host,
    policy,
    mode: input.mode,
    now: input.now,
    tool: { name: 'release-policy', version: 'playground' },
  });
  return {
    ok: true,
    result,
    report: render(input.format, result, { sources, color: false }),
    ...(notesPath !== undefined ? { notesPath } : {}),
  };
}
