// The timed part of scripts/bench-probe.ts (imported after the start-up is measured).
import { globSync } from 'node:fs';
import { builtinPolicies } from '../action/src/cli/package-files.ts';
import { nodeHost } from '../action/src/cli/node-host.ts';
import { policyFrom } from '../action/src/cli/policy-files.ts';
import { check } from '../action/src/engine/check.ts';
import { type LoadedYaml, loadYaml } from '../action/src/engine/load.ts';
import { loadPolicy } from '../action/src/engine/policy.ts';
import { render } from '../action/src/report/index.ts';
import type { RuleContext } from '../action/src/rules/context.ts';
import { rules } from '../action/src/rules/index.ts';
import type { Rule } from '../action/src/rules/rule.ts';

export interface ProbeTimes {
  services: number;
  policy: number;
  releaseFiles: number;
  /** The check less its rules: notes read and parsed, the run's picture, waivers, hashing. */
  notesAndRest: number;
  rules: Record<string, number>;
  report: number;
  total: number;
}

export function probe(root: string, now: string, patterns: string[], fullPolicy: boolean): ProbeTimes {
  const started = performance.now();
  let t = started;
  const lap = () => {
    const at = performance.now();
    const ms = at - t;
    t = at;
    return ms;
  };
  const policy = fullPolicy
    ? (() => {
        const loaded = loadPolicy(builtinPolicies('octoacme')!, builtinPolicies);
        if (!loaded.ok)
          throw new Error(`the built-in policy does not load: ${JSON.stringify(loaded.findings)}`);
        return loaded.policy;
      })()
    : policyFrom('octoacme', root, root);
  const policyMs = lap();
  const host = nodeHost(root);
  const configs = patterns.flatMap((p) => globSync(p, { cwd: root })).sort();
  const loaded = new Map<string, LoadedYaml>();
  for (const config of configs)
    loaded.set(config, loadYaml(host, config, 'release', { tolerateDates: true }));
  const releaseFiles = lap();
  const ruleTimes: Record<string, number> = {};
  const timed: Rule<RuleContext>[] = rules.map((rule) => ({
    meta: rule.meta,
    check(context, report) {
      const at = performance.now();
      rule.check(context, report);
      ruleTimes[rule.meta.id] = (ruleTimes[rule.meta.id] ?? 0) + performance.now() - at;
    },
  }));
  const { result, sources } = check({
    configs,
    host,
    policy,
    mode: 'plan',
    now,
    loaded,
    rules: timed,
    tool: { name: 'release-policy', version: 'bench' },
  });
  const checkMs = lap();
  render('text', result, { sources, color: false });
  const report = lap();
  const rulesTotal = Object.values(ruleTimes).reduce((a, b) => a + b, 0);
  return {
    services: configs.length,
    policy: policyMs,
    releaseFiles,
    notesAndRest: checkMs - rulesTotal,
    rules: ruleTimes,
    report,
    total: performance.now() - started,
  };
}
