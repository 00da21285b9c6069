import leven from 'leven';
import { meta as exceptionInvalid } from '../rules/exception-invalid.ts';
import { findRuleMeta, ruleMetas } from '../rules/index.ts';
import { endOf, policyZone } from '../rules/lib/days.ts';
import { grantProblems, type WaiverFacts } from '../rules/lib/waivers.ts';
import { parseInstant, Temporal } from './calendar/time.ts';
import { type Finding, type Report, type Severity, toFinding } from './finding.ts';
import type { LoadedPolicy } from './policy.ts';
import type { Mode, WaiverRecord } from './result.ts';
import type { Release } from './types/index.ts';
import type { YamlPlaces } from './yaml-source.ts';
import type { OnlineFacts } from '../rules/context.ts';

export interface WaiverInput {
  file: string;
  release: Release;
  yaml: YamlPlaces;
  policy: LoadedPolicy;
  mode: Mode;
  now: string;
  /** This release's findings; valid waivers mark the ones they cover. */
  findings: Finding[];
  /** Findings a rule said no general waiver may cover, with why when the rule said. */
  unwaivable: ReadonlyMap<Finding, string | undefined>;
  /** With a token: who holds which role by the policy's users and teams, and the PR's author. */
  online?: OnlineFacts;
  /** The severity exception-invalid errors get (`off` drops them). */
  severity: Severity | 'off';
}

export interface WaiverOutcome {
  /** exception-invalid findings. */
  findings: Finding[];
  applied: WaiverRecord[];
  unused: WaiverRecord[];
}

/**
 * Applies the release's `exceptions`: invalid ones are reported, valid ones mark the findings they
 * cover as waived (they stay in reports, with who approved them), and a valid one that covers
 * nothing is reported as unused, as ESLint reports unused disable comments.
 */
export function applyWaivers(input: WaiverInput): WaiverOutcome {
  const { release, yaml, policy } = input;
  const out: WaiverOutcome = { findings: [], applied: [], unused: [] };
  if (input.severity === 'off' && (release.exceptions ?? []).length === 0) return out;
  const now = parseInstant(input.now);
  const zone = policyZone(policy);
  const facts: WaiverFacts = {
    release,
    policy,
    mode: input.mode,
    now: input.now,
    zone,
    ...(input.online ? { online: input.online } : {}),
  };
  const report = (severity: Severity, r: Report) => {
    if (input.severity === 'off') return;
    out.findings.push(
      toFinding(exceptionInvalid.id, severity === 'error' ? input.severity : 'warning', {
        file: input.file,
        ...r,
      }),
    );
  };

  (release.exceptions ?? []).forEach((waiver, index) => {
    // An expiry that does not exist is the schema's finding (the engine leaves it out): no waiver.
    if (waiver.expires === undefined) return;
    const at = (key: string) => yaml.locate(['exceptions', index, key]);
    const problems: Report[] = [];
    const meta = findRuleMeta(waiver.rule);
    if (!meta) {
      const near = ruleMetas.map((m) => m.id).find((id) => leven(id, waiver.rule) <= 2);
      problems.push({
        ...at('rule'),
        message: `no rule is named "${waiver.rule}"${near ? `; did you mean "${near}"?` : ''}`,
      });
    } else if (!meta.waivable) {
      problems.push({ ...at('rule'), message: `${waiver.rule} can never be waived` });
    }
    if (waiver.reason.trim() === '')
      problems.push({ ...at('reason'), message: 'the waiver gives no reason' });

    let expires: Temporal.Instant | undefined;
    try {
      expires = endOf(waiver.expires, zone);
    } catch {
      problems.push({ ...at('expires'), message: `"${waiver.expires}" is not a date that exists` });
    }
    const expired = expires !== undefined && Temporal.Instant.compare(expires, now) <= 0;
    if (expired) problems.push({ ...at('expires'), message: `the waiver expired on ${waiver.expires}` });
    if (meta?.waivable) {
      for (const { key, message, hint } of grantProblems(waiver, facts)) {
        if (expired && key === 'expires') continue;
        problems.push({ ...at(key), message, ...(hint ? { hint } : {}) });
      }
    }

    const record: WaiverRecord = {
      file: input.file,
      line: yaml.locate(['exceptions', index]).line,
      rule: waiver.rule,
      reason: waiver.reason,
      approvedBy: waiver.approved_by,
      expires: waiver.expires,
      covered: 0,
    };
    if (problems.length > 0) {
      for (const problem of problems) report('error', problem);
      // An invalid waiver waives nothing, even where a rule already took it for an exception.
      for (const finding of input.findings) {
        const w = finding.waived;
        if (
          finding.rule === waiver.rule &&
          w &&
          w.approvedBy === waiver.approved_by &&
          w.reason === waiver.reason
        )
          delete finding.waived;
      }
      return;
    }
    const mark = { approvedBy: waiver.approved_by, reason: waiver.reason, expires: waiver.expires };
    for (const finding of input.findings) {
      if (finding.rule !== waiver.rule) continue;
      if (finding.waived) {
        // A rule applied an exception itself, on this waiver's strength.
        if (finding.waived.approvedBy === waiver.approved_by) record.covered++;
        continue;
      }
      if (input.unwaivable.has(finding)) continue;
      finding.waived = mark;
      record.covered++;
    }
    if (record.covered > 0) {
      out.applied.push(record);
      return;
    }
    // A finding of its rule that the rule itself kept from any waiver: say why, not "remove it".
    const refused = input.findings.find(
      (f) => f.rule === waiver.rule && !f.waived && input.unwaivable.has(f),
    );
    if (refused) {
      const why = input.unwaivable.get(refused) ?? `${waiver.rule} admits no waiver for it`;
      report('error', {
        ...yaml.locate(['exceptions', index], 'value'),
        message: `the ${waiver.rule} waiver cannot cover the finding at ${placeOf(refused)}: ${why}`,
        hint: `Meet what the ${waiver.rule} finding's hint asks for, or remove the waiver.`,
      });
      return;
    }
    out.unused.push(record);
    report('warning', {
      ...yaml.locate(['exceptions', index], 'value'),
      message: `the ${waiver.rule} waiver waives nothing: this release has no ${waiver.rule} finding it could cover`,
      hint: 'Remove it, so that it cannot hide a later problem.',
    });
  });
  return out;
}

/** `release.yml:8:7`: where a finding points. */
function placeOf(finding: Finding): string {
  return [finding.file, finding.line, finding.column].filter((p) => p !== undefined).join(':');
}
