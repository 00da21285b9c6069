import { loadPolicy, type LoadedPolicy } from '../../action/src/engine/policy.ts';
import { check } from '../../action/src/engine/check.ts';
import type { Finding } from '../../action/src/engine/finding.ts';
import { memoryHost } from '../../action/src/engine/host.ts';
import type { Mode } from '../../action/src/engine/result.ts';
import type { OnlineFacts, RuleContext } from '../../action/src/rules/context.ts';
import type { Rule } from '../../action/src/rules/rule.ts';
import { builtinPolicies } from '../../action/src/cli/package-files.ts';

let octoacme: LoadedPolicy | undefined;

/** The built-in OctoAcme policy, loaded once for all rule tests. */
export function octoacmePolicy(): LoadedPolicy {
  if (!octoacme) {
    const loaded = loadPolicy(builtinPolicies('octoacme')!, builtinPolicies);
    if (!loaded.ok) throw new Error(`the built-in policy does not load: ${JSON.stringify(loaded.findings)}`);
    octoacme = loaded.policy;
  }
  return octoacme;
}

/**
 * A policy built on OctoAcme with extra YAML merged on top (a team's `extends: octoacme`). `files`
 * are more files beside `policy.yml` that it may name, such as its own calendar:
 * `policyWith('calendar: cal.yml', { 'cal.yml': '…' })`.
 */
export function policyWith(yaml: string, files: Record<string, string> = {}): LoadedPolicy {
  const host = memoryHost({ ...files, 'policy.yml': `extends: octoacme\n${yaml}` });
  const loaded = loadPolicy({ host, path: 'policy.yml' }, builtinPolicies);
  if (!loaded.ok) throw new Error(`the policy does not load: ${JSON.stringify(loaded.findings)}`);
  return loaded.policy;
}

export interface RuleCase {
  /** release.yml at the root of the repo. */
  release: string;
  /** Other files of the repo (notes, runbooks), by root-relative path. */
  files?: Record<string, string>;
  /** More release.yml files checked in the same run (monorepo siblings), by root-relative path. */
  siblings?: Record<string, string>;
  now?: string;
  mode?: Mode;
  policy?: LoadedPolicy;
  /** What the GitHub API said (the action's facts); absent offline. */
  online?: OnlineFacts;
}

/** Runs one rule (plus waivers) over an in-memory repo and returns its findings. */
export function runRule(rule: Rule<RuleContext>, c: RuleCase): Finding[] {
  const { result } = check({
    configs: ['release.yml', ...Object.keys(c.siblings ?? {})],
    host: memoryHost({ 'release.yml': c.release, ...c.files, ...c.siblings }),
    policy: c.policy ?? octoacmePolicy(),
    mode: c.mode ?? 'plan',
    now: c.now ?? '2026-12-04T12:00:00-05:00',
    tool: { name: 'release-policy', version: 'test' },
    rules: [rule],
    ...(c.online ? { online: c.online } : {}),
  });
  const parseProblems = result.findings.filter((f) => f.rule === 'yaml-syntax' || f.rule === 'schema');
  if (parseProblems.length > 0)
    throw new Error(`the case's release.yml is not valid: ${JSON.stringify(parseProblems)}`);
  // Only the findings on release.yml itself: siblings are there to be seen, not judged.
  return result.findings.filter((f) => f.rule === rule.meta.id && (f.file === 'release.yml' || !c.siblings));
}

/** Findings as `line:column message`, the form rule tables assert. */
export function places(findings: Finding[]): string[] {
  return findings.map((f) => `${f.line ?? '-'}:${f.column ?? '-'} ${f.severity} ${f.message}`);
}
