import { existsSync } from 'node:fs';
import { closestMatch } from 'leven';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { Finding } from '../engine/finding.ts';
import { loadPolicy, type LoadedPolicy, type PolicyLocation } from '../engine/policy.ts';
import { render } from '../report/index.ts';
import { builtinPolicies, builtinPolicyNames } from './package-files.ts';
import { nodeHost } from './node-host.ts';
import { UsageError } from './usage.ts';

/**
 * A policy value with no `/`, `\\` or `.` is the name of a built-in policy (`octoacme`), never a
 * file: a file a pull request adds at the root can't stand in for the policy a workflow names. A
 * policy file is given as a path (`./octoacme`, `.github/release-policy.yml`).
 */
export function isPolicyName(value: string): boolean {
  return value !== '' && !/[/\\.]/.test(value);
}

/**
 * `--policy`: a built-in name, or a file. A file inside the root is read through the root's host
 * (so its `extends` may reach sibling folders of the repo); one elsewhere, through its own folder.
 */
export function locatePolicy(value: string, root: string, cwd: string): PolicyLocation {
  if (isPolicyName(value)) {
    const builtin = builtinPolicies(value);
    if (builtin) return builtin;
    throw new UsageError(unknownPolicyMessage(value, existsSync(resolve(cwd, value))));
  }
  const file = resolve(cwd, value);
  if (!existsSync(file)) throw new UsageError(`--policy: no such file: ${value}`);
  const inRoot = relative(root, file);
  if (!inRoot.startsWith(`..`) && !inRoot.startsWith(sep) && inRoot !== '') {
    return { host: nodeHost(root), path: inRoot.split(sep).join('/') };
  }
  return {
    host: nodeHost(dirname(file)),
    path: basename(file),
    display: `${dirname(value)}/`.replace(/^\.\//, ''),
  };
}

/** No built-in policy by that name: the ones there are, the nearest, and how to name a file instead. */
function unknownPolicyMessage(value: string, fileExists: boolean): string {
  const names = builtinPolicyNames();
  const near = closestMatch(value.toLowerCase(), names, { maxDistance: 3 });
  return [
    `--policy: no built-in policy is named "${value}"`,
    near ? `; did you mean "${near}"?` : '.',
    ` Built-in policies: ${names.join(', ')}.`,
    fileExists ? ` To use the file "${value}", write ./${value}` : '',
  ].join('');
}

/** A data file the run depends on (the policy, a collected releases file) is not valid: exit 2. */
export class PolicyError extends UsageError {
  readonly findings: Finding[];
  readonly sources: Record<string, string>;

  constructor(findings: Finding[], sources: Record<string, string>, what = 'the policy') {
    super(`${what} is not valid`);
    this.findings = findings;
    this.sources = sources;
  }

  /** The file's problems, compiler-style, for stderr. */
  report(color: boolean): string {
    const result = {
      ok: false,
      release: null,
      releases: [],
      findings: this.findings,
      summary: { errors: this.findings.length, warnings: 0, waived: 0 },
      audit: {
        tool: { name: 'release-policy', version: '' },
        policy: { name: '', sha256: '', files: [] },
        inputs: [],
        now: '',
        mode: 'plan' as const,
        waivers: { applied: [], unused: [] },
      },
    };
    return `release-policy: ${this.message}; nothing was checked.\n\n${render('text', result, { sources: this.sources, color })}`;
  }
}

export function policyFrom(value: string, root: string, cwd: string): LoadedPolicy {
  const loaded = loadPolicy(locatePolicy(value, root, cwd), builtinPolicies);
  if (!loaded.ok) throw new PolicyError(loaded.findings, loaded.sources);
  return loaded.policy;
}
