/**
 * The real engine, loaded with the repository's own files through an in-memory host: what the
 * site documents is what `release-policy check` enforces. Runs at build time and in the browser.
 */
import { memoryHost, type Host } from '../../../action/src/engine/host.ts';
import { loadPolicy, type BuiltinPolicies, type LoadedPolicy } from '../../../action/src/engine/policy.ts';
import { calendarWithCollected } from '../../../action/src/engine/releases.ts';
import type { CalendarData } from '../../../action/src/engine/calendar/index.ts';
import { POLICY_FILES, TEMPLATE_FILES } from './repo-files.ts';

/** The package's files as the CLI finds them beside its bundle: policies/ and templates/. */
export const packageHost: Host = memoryHost({ ...POLICY_FILES, ...TEMPLATE_FILES });

export const builtinPolicies: BuiltinPolicies = (name) =>
  Object.hasOwn(POLICY_FILES, `policies/${name}/policy.yml`)
    ? { host: packageHost, path: `policies/${name}/policy.yml` }
    : undefined;

let octoacme: LoadedPolicy | undefined;

/** The built-in OctoAcme policy, loaded and validated by the engine (its calendar and templates too). */
export function octoacmePolicy(): LoadedPolicy {
  if (!octoacme) {
    const location = builtinPolicies('octoacme');
    if (!location) throw new Error('policies/octoacme/policy.yml is missing');
    const loaded = loadPolicy(location, builtinPolicies);
    if (!loaded.ok) {
      const problems = loaded.findings.map((f) => `${f.file}:${f.line ?? 0}:${f.column ?? 0}: ${f.message}`);
      throw new Error(`the OctoAcme policy does not load:\n${problems.join('\n')}`);
    }
    octoacme = loaded.policy;
  }
  return octoacme;
}

/**
 * The built-in policy's calendar with its collected releases drawn in, as `release-policy calendar`
 * exports it: a release collected from a repository's default branch replaces the calendar's entry
 * for the same product and version; one a pull request only proposes is added, marked.
 */
export function octoacmeCalendar(): CalendarData | undefined {
  const policy = octoacmePolicy();
  if (!policy.calendar) return undefined;
  return calendarWithCollected(policy.calendar.data, policy.releases ? [policy.releases] : []);
}
