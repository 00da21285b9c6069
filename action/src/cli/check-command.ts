import { existsSync, globSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { check, type CheckOutput } from '../engine/check.ts';
import { checkInput, type CheckRequest } from './check-input.ts';
import { workerCount } from './check-threads.ts';
import type { CheckResult } from '../engine/result.ts';
import { FORMATS, QUOTING_FORMATS, render, renderJsonError } from '../report/index.ts';
import { instant, oneOf, parse } from './options.ts';
import { PolicyError, policyFrom } from './policy-files.ts';
import { releasesFrom } from './releases-files.ts';
import type { Io } from './io.ts';
import { UsageError } from './usage.ts';

const FAIL_ON = ['error', 'warning', 'never'] as const;

export function checkCommand(args: string[], io: Io): number | Promise<number> {
  const { values, positionals } = parse('check', args, true);
  const format = oneOf('format', values.format, FORMATS, 'text');
  try {
    const mode = oneOf('mode', values.mode, ['plan', 'deploy'] as const, 'plan');
    const failOn = oneOf('fail-on', values['fail-on'], FAIL_ON, 'error');
    const now = instant(values.now, io.clock);
    const root = resolve(io.cwd, values.root ?? '.');
    if (!existsSync(root) || !statSync(root).isDirectory())
      throw new UsageError(`--root: no such folder: ${values.root}`);

    const given = [...positionals, ...(values.config ?? [])];
    const configs = expandConfigs(given.length > 0 ? given : ['release.yml'], root);
    const policy = policyFrom(values.policy ?? 'octoacme', root, io.cwd);
    const notes = values.notes === undefined ? undefined : inRoot(values.notes, root, '--notes');
    const releases = releasesFrom(values.releases ?? [], root);

    const request: CheckRequest = {
      root,
      cwd: io.cwd,
      policy: values.policy ?? 'octoacme',
      mode,
      now,
      releases: values.releases ?? [],
      configs,
      ...(notes !== undefined ? { notes } : {}),
      quoting: QUOTING_FORMATS.has(format),
    };
    const input = checkInput(request, { policy, releases });
    const report = ({ result, sources }: CheckOutput): number => {
      const color = values['no-color'] ? false : (values.color ?? io.color);
      const shown = values.quiet ? errorsOnly(result) : result;
      io.stdout(render(format, shown, { sources, color }));
      return fails(failOn, result) ? 1 : 0;
    };
    const workers = workerCount(io.env ?? {}, configs.length);
    // A big run is spread over threads; a small one runs here, the reference for both.
    if (workers === 0) return report(check(input));
    // Loaded only for a big run: a small one never reads the worker threads' part.
    return import('./check-workers.ts').then(({ checkInWorkers }) =>
      checkInWorkers(request, input, workers).then(report),
    );
  } catch (error) {
    // A JSON consumer always gets one JSON object, also when the check could not run.
    if (format === 'json' && error instanceof UsageError) {
      io.stdout(renderJsonError(error.message, error instanceof PolicyError ? error.findings : []));
    }
    throw error;
  }
}

/** `--fail-on`, as the action's input of the same name. */
function fails(failOn: (typeof FAIL_ON)[number], result: CheckResult): boolean {
  const { errors, warnings } = result.summary;
  return failOn === 'error' ? errors > 0 : failOn === 'warning' ? errors + warnings > 0 : false;
}

/** `--quiet`: the errors alone are reported; the summary still counts everything. */
function errorsOnly(result: CheckResult): CheckResult {
  return { ...result, findings: result.findings.filter((f) => f.severity === 'error' && !f.waived) };
}

/** `--config` values are paths or globs relative to the root; each must name at least one file. */
function expandConfigs(values: string[], root: string): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (/[*?[\]{}]/.test(value)) {
      const matches = globSync(value, {
        cwd: root,
        exclude: (name) => name === 'node_modules' || name === '.git',
      })
        .map((m) => m.split(sep).join('/'))
        .sort();
      if (matches.length === 0) throw new UsageError(`the pattern "${value}" matches no file under ${root}`);
      out.push(...matches);
    } else {
      const path = inRoot(value, root);
      if (!existsSync(resolve(root, path))) {
        throw new UsageError(
          `no such file: ${path} (under ${root})${value === 'release.yml' ? '\nCreate one with: release-policy init --type minor' : ''}`,
        );
      }
      out.push(path);
    }
  }
  return [...new Set(out)];
}

/** A path given on the command line, relative to the root (absolute ones must lie inside it). */
function inRoot(value: string, root: string, option?: string): string {
  const rel = relative(root, isAbsolute(value) ? value : resolve(root, value));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new UsageError(`${option ? `${option}: ` : ''}${value} is outside --root (${root})`);
  }
  return rel.split(sep).join('/');
}
