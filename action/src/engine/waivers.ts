import leven from 'leven';
import { meta as exceptionInvalid } from '../rules/exception-invalid.ts';
import { findRuleMeta, ruleMetas } from '../rules/index.ts';
import { endOf, policyZone } from '../rules/lib/days.ts';
import { rolesNamedInRelease } from '../rules/lib/roles.ts';
import { parseInstant, Temporal } from './calendar/time.ts';
import { type Finding, type Report, type Severity, toFinding } from './finding.ts';
import type { LoadedPolicy } from './policy.ts';
import type { WaiverRecord } from './result.ts';
import type { Release } from './types/index.ts';
import type { YamlFile } from './yaml-source.ts';
import type { OnlineFacts } from '../rules/context.ts';

export interface WaiverInput {
  file: string;
  release: Release;
  yaml: YamlFile;
  policy: LoadedPolicy;
  now: string;
  /** This release's findings; valid waivers mark the ones they cover. */
  findings: Finding[];
  /** Findings a rule said no general waiver may cover. */
  unwaivable: ReadonlySet<Finding>;
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
  const maxDays = policy.data.exceptions?.max_days;
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
    const grant = policy.data.exceptions?.waivable?.[waiver.rule];
    if (!meta) {
      const near = ruleMetas.map((m) => m.id).find((id) => leven(id, waiver.rule) <= 2);
      problems.push({
        ...at('rule'),
        message: `no rule is named "${waiver.rule}"${near ? `; did you mean "${near}"?` : ''}`,
      });
    } else if (!meta.waivable) {
      problems.push({ ...at('rule'), message: `${waiver.rule} can never be waived` });
    } else if (!grant) {
      problems.push({
        ...at('rule'),
        message: `policy "${policy.name}" does not let ${waiver.rule} be waived`,
      });
    }
    if (waiver.reason.trim() === '')
      problems.push({ ...at('reason'), message: 'the waiver gives no reason' });

    let expires: Temporal.Instant | undefined;
    try {
      expires = endOf(waiver.expires, zone);
    } catch {
      problems.push({ ...at('expires'), message: `"${waiver.expires}" is not a date that exists` });
    }
    if (expires && Temporal.Instant.compare(expires, now) <= 0) {
      problems.push({ ...at('expires'), message: `the waiver expired on ${waiver.expires}` });
    } else if (expires && maxDays !== undefined) {
      const limit = now.toZonedDateTimeISO(zone).add({ days: maxDays }).toInstant();
      if (Temporal.Instant.compare(expires, limit) > 0) {
        problems.push({
          ...at('expires'),
          message: `the waiver runs until ${waiver.expires}, more than ${maxDays} days after the check; policy "${policy.name}" allows at most ${maxDays}`,
        });
      }
    }
    const author = input.online?.author;
    if (author !== undefined && author.toLowerCase() === waiver.approved_by.toLowerCase()) {
      problems.push({
        ...at('approved_by'),
        message: `${waiver.approved_by} opened the release pull request and cannot approve its own waiver`,
      });
    } else if (grant) {
      const held = heldRoles(input, waiver.approved_by);
      if (!grant.granted_by.some((role) => held.has(role))) {
        problems.push({
          ...at('approved_by'),
          message: `${waiver.approved_by} holds none of the roles that may grant a ${waiver.rule} waiver (${grant.granted_by.join(', ')})`,
          hint: "Offline, release.yml itself says who holds a role: `manager` is the release-manager, and a sign-off's `by` holds its role.",
        });
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
    } else {
      out.unused.push(record);
      report('warning', {
        ...yaml.locate(['exceptions', index], 'value'),
        message: `the ${waiver.rule} waiver waives nothing: this release has no ${waiver.rule} finding it could cover`,
        hint: 'Remove it, so that it cannot hide a later problem.',
      });
    }
  });
  return out;
}

/**
 * The roles a handle holds: with a token, what the policy's users and teams say (read through the
 * API); offline, what release.yml itself says.
 */
function heldRoles(input: WaiverInput, handle: string): Set<string> {
  const online = input.online?.roles;
  if (online) {
    const key = Object.keys(online).find((h) => h.toLowerCase() === handle.toLowerCase());
    if (key !== undefined) return new Set(online[key]);
  }
  return rolesNamedInRelease(input.release, input.policy.data, handle);
}
