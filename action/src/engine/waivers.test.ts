import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../../test/helpers/cli.ts';
import { octoacmePolicy, policyWith } from '../../../test/helpers/rules.ts';
import type { OnlineFacts } from '../rules/context.ts';
import { blackoutWindow } from '../rules/blackout-window.ts';
import { rollbackPlan } from '../rules/rollback-plan.ts';
import { check } from './check.ts';
import { memoryHost } from './host.ts';
import { loadPolicy, type LoadedPolicy } from './policy.ts';

// A patch without a rollback plan: one rollback-plan finding for waivers to act on.
const RELEASE = `product: pay
version: '1.0.1'
previous: '1.0.0'
type: patch
date: 2026-12-08T15:00:00-05:00
manager: '@dana'
signoffs:
  - { role: tech-lead, by: '@carol', date: '2026-12-01' }
`;

function run(exceptions: string, policy: LoadedPolicy = octoacmePolicy(), online?: OnlineFacts) {
  const { result } = check({
    configs: ['release.yml'],
    host: memoryHost({ 'release.yml': `${RELEASE}exceptions:\n${exceptions}` }),
    policy,
    mode: 'plan',
    now: '2026-12-04T12:00:00-05:00',
    tool: { name: 'release-policy', version: 'test' },
    rules: [rollbackPlan],
    ...(online ? { online } : {}),
  });
  return {
    result,
    brief: result.findings.map(
      (f) => `${f.rule} ${f.line}:${f.column} ${f.waived ? 'waived' : f.severity} ${f.message}`,
    ),
  };
}

const WAIVER = (over: string) =>
  `  - { rule: rollback-plan, reason: "runbook lives in the platform repo", approved_by: '@dana', expires: '2026-12-10'${over} }\n`;

describe('waivers', () => {
  it('a valid waiver marks the finding waived, keeps it in the report and records it', () => {
    const { result, brief } = run(WAIVER(''));
    expect(brief).toEqual(['rollback-plan 4:1 waived no rollback plan: a patch release needs one']);
    expect(result.findings[0]!.waived).toEqual({
      approvedBy: '@dana',
      reason: 'runbook lives in the platform repo',
      expires: '2026-12-10',
    });
    expect(result.ok).toBe(true);
    expect(result.summary).toEqual({ errors: 0, warnings: 0, waived: 1 });
    expect(result.audit.waivers.applied).toMatchObject([
      { rule: 'rollback-plan', approvedBy: '@dana', covered: 1, line: 10 },
    ]);
  });

  it('a sign-off holds its role for approving (offline)', () => {
    const { brief } = run(WAIVER('').replace("'@dana'", "'@carol'"));
    expect(brief).toEqual(['rollback-plan 4:1 waived no rollback plan: a patch release needs one']);
  });

  it.each([
    [
      'expired',
      WAIVER('').replace('2026-12-10', '2026-12-03'),
      'exception-invalid 10:105 error the waiver expired on 2026-12-03',
    ],
    [
      'longer than the policy allows',
      WAIVER('').replace('2026-12-10', '2027-02-01'),
      'exception-invalid 10:105 error the waiver runs until 2027-02-01, more than 30 days after the release date (2026-12-08T15:00:00-05:00); policy "octoacme" allows at most 30',
    ],
    [
      'approved by someone holding no granting role',
      WAIVER('').replace("'@dana'", "'@mallory'"),
      'exception-invalid 10:87 error @mallory holds none of the roles that may grant a rollback-plan waiver (release-manager, tech-lead)',
    ],
    [
      'for a rule that can never be waived',
      WAIVER('').replace('rule: rollback-plan', 'rule: schema'),
      'exception-invalid 10:13 error schema can never be waived',
    ],
    [
      'for a rule that does not exist',
      WAIVER('').replace('rule: rollback-plan', 'rule: rollback-plans'),
      'exception-invalid 10:13 error no rule is named "rollback-plans"; did you mean "rollback-plan"?',
    ],
  ])('an invalid waiver (%s) is an error and waives nothing', (_name, waiver, expected) => {
    const { brief, result } = run(waiver);
    expect(brief).toEqual(['rollback-plan 4:1 error no rollback plan: a patch release needs one', expected]);
    expect(result.ok).toBe(false);
  });

  it('a waiver for a rule the policy does not let be waived is an error', () => {
    // OctoAcme's policy with rollback-plan taken out of `exceptions.waivable`.
    const files = Object.fromEntries(
      [
        'policies/octoacme/calendar.yml',
        'policies/octoacme/releases.json',
        'templates/release-notes.md',
        'templates/hotfix-notes.md',
      ].map((f) => [f, readFileSync(join(REPO, f), 'utf8')]),
    );
    const text = readFileSync(join(REPO, 'policies/octoacme/policy.yml'), 'utf8');
    files['policies/octoacme/policy.yml'] = text.replace(/^ {4}rollback-plan: \{ granted_by: .*\n/m, '');
    const loaded = loadPolicy(
      { host: memoryHost(files), path: 'policies/octoacme/policy.yml' },
      () => undefined,
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings));
    expect(run(WAIVER(''), loaded.policy).brief).toEqual([
      'rollback-plan 4:1 error no rollback plan: a patch release needs one',
      'exception-invalid 10:13 error policy "octoacme" does not let rollback-plan be waived',
    ]);
  });

  it('a waiver for a rule that is never waivable is an error, whatever the policy', () => {
    expect(run(WAIVER('').replace('rule: rollback-plan', 'rule: notes-missing')).brief[1]).toBe(
      'exception-invalid 10:13 error notes-missing can never be waived',
    );
  });

  it('a valid waiver that covers nothing is a warning', () => {
    const { brief, result } = run(
      `${WAIVER('')}  - { rule: lead-time, reason: "late freeze", approved_by: '@dana', expires: '2026-12-10' }\n`,
    );
    // Reports list errors, then warnings, then what was waived.
    expect(brief).toEqual([
      'exception-invalid 11:5 warning the lead-time waiver waives nothing: this release has no lead-time finding it could cover',
      'rollback-plan 4:1 waived no rollback plan: a patch release needs one',
    ]);
    expect(result.ok).toBe(true);
    expect(result.audit.waivers.unused).toMatchObject([{ rule: 'lead-time', covered: 0 }]);
  });

  it('severity overrides apply: warning keeps the finding, off drops it', () => {
    const warning = run(
      WAIVER('').replace('2026-12-10', '2026-12-03'),
      policyWith('severity:\n  exception-invalid: warning\n'),
    );
    expect(warning.brief[1]).toBe('exception-invalid 10:105 warning the waiver expired on 2026-12-03');
    const off = run(WAIVER(''), policyWith('severity:\n  rollback-plan: off\n'));
    expect(off.brief).toEqual([
      'exception-invalid 10:5 warning the rollback-plan waiver waives nothing: this release has no rollback-plan finding it could cover',
    ]);
  });

  describe('with facts from the GitHub API', () => {
    it("the policy's users and teams decide who holds a role", () => {
      const online = { roles: { '@dana': [], '@erin': ['release-manager'] } };
      expect(run(WAIVER(''), octoacmePolicy(), online).brief[1]).toBe(
        'exception-invalid 10:87 error @dana holds none of the roles that may grant a rollback-plan waiver (release-manager, tech-lead)',
      );
      expect(run(WAIVER('').replace("'@dana'", "'@erin'"), octoacmePolicy(), online).brief).toEqual([
        'rollback-plan 4:1 waived no rollback plan: a patch release needs one',
      ]);
    });

    it("the pull request's author cannot approve their own waiver", () => {
      expect(run(WAIVER(''), octoacmePolicy(), { author: '@Dana' }).brief[1]).toBe(
        'exception-invalid 10:87 error @dana opened the release pull request and cannot approve its own waiver',
      );
    });
  });
});

describe('waivers a rule applies itself (the year-end freeze’s emergency exception)', () => {
  // A SEV1 hotfix in the year-end freeze; the waiver is approved by the release manager.
  const EMERGENCY = `product: pay
version: '1.0.1'
previous: '1.0.0'
type: patch
date: 2026-12-23T10:00:00-05:00
manager: '@dana'
incident: { id: INC-5188, severity: SEV1 }
exceptions:
  - { rule: blackout-window, reason: "SEV1 INC-5188", approved_by: '@dana', expires: '2026-12-24' }
`;
  function freeze(release: string, mode: 'plan' | 'deploy' = 'plan', now = '2026-12-22T12:00:00-05:00') {
    const { result } = check({
      configs: ['release.yml'],
      host: memoryHost({ 'release.yml': release }),
      policy: octoacmePolicy(),
      mode,
      now,
      tool: { name: 'release-policy', version: 'test' },
      rules: [blackoutWindow],
    });
    return result.findings.map(
      (f) => `${f.rule} ${f.line}:${f.column} ${f.waived ? 'waived' : f.severity} ${f.message}`,
    );
  }
  const FREEZE =
    '"Year-end freeze" (2026-12-18 00:00 to 2027-01-04 00:00 America/New_York); next allowed slot: 2027-01-04T09:00-05:00';

  it('a valid waiver passes the freeze', () => {
    expect(freeze(EMERGENCY)).toEqual([
      'blackout-window 5:7 waived 2026-12-23T10:00-05:00 falls in "Year-end freeze" (2026-12-18 00:00 to 2027-01-04 00:00 America/New_York); passes as an emergency: SEV1 incident INC-5188',
    ]);
  });

  it('a waiver longer than the policy allows waives nothing, and its hint fixes it', () => {
    const long = EMERGENCY.replace("'2026-12-24'", "'2027-03-01'");
    expect(freeze(long)).toEqual([
      `blackout-window 5:7 error 2026-12-23T10:00-05:00 falls in ${FREEZE}; waiver not applied: the waiver runs until 2027-03-01, more than 30 days after the release date (2026-12-23T10:00:00-05:00); policy "octoacme" allows at most 30`,
      'exception-invalid 9:86 error the waiver runs until 2027-03-01, more than 30 days after the release date (2026-12-23T10:00:00-05:00); policy "octoacme" allows at most 30',
    ]);
    const { result } = check({
      configs: ['release.yml'],
      host: memoryHost({ 'release.yml': long }),
      policy: octoacmePolicy(),
      mode: 'plan',
      now: '2026-12-22T12:00:00-05:00',
      tool: { name: 'release-policy', version: 'test' },
      rules: [blackoutWindow],
    });
    const hint = result.findings.find((f) => f.rule === 'exception-invalid')!.hint!;
    expect(hint).toBe(
      'Let it end no later than 30 days after the release date (2026-12-23T10:00:00-05:00):\nexpires: 2027-01-21',
    );
    const applied = long.replace("'2027-03-01'", hint.split('expires: ')[1]!);
    expect(freeze(applied)).toEqual([freeze(EMERGENCY)[0]]);
  });

  it('a waiver approved by someone without a granting role waives nothing', () => {
    // @nora signs as tech-lead: neither the freeze's approver nor a grantor of blackout-window waivers.
    const yaml = EMERGENCY.replace("approved_by: '@dana'", "approved_by: '@nora'").replace(
      'exceptions:',
      "signoffs:\n  - { role: tech-lead, by: '@nora', date: '2026-12-22' }\nexceptions:",
    );
    const brief = freeze(yaml);
    expect(brief[0]).toMatch(
      /^blackout-window 5:7 error .*waiver not applied: the waiver's approver @nora holds no release-manager role in release.yml$/,
    );
    expect(brief[1]).toBe(
      'exception-invalid 11:68 error @nora holds none of the roles that may grant a blackout-window waiver (release-manager, executive)',
    );
  });

  it('a waiver the freeze refuses (a SEV3 incident) says why, not "waives nothing"', () => {
    const brief = freeze(EMERGENCY.replace('severity: SEV1', 'severity: SEV3'));
    expect(brief).toEqual([
      `blackout-window 5:7 error 2026-12-23T10:00-05:00 falls in ${FREEZE}; waiver not applied: incident INC-5188 is SEV3, not SEV1 or SEV2`,
      'exception-invalid 9:5 error the blackout-window waiver cannot cover the finding at release.yml:5:7: incident INC-5188 is SEV3, not SEV1 or SEV2',
    ]);
  });

  it('the refused waiver’s hint, applied by removing the waiver, leaves only the finding it could not cover', () => {
    const sev3 = EMERGENCY.replace('severity: SEV1', 'severity: SEV3');
    const { result } = check({
      configs: ['release.yml'],
      host: memoryHost({ 'release.yml': sev3 }),
      policy: octoacmePolicy(),
      mode: 'plan',
      now: '2026-12-22T12:00:00-05:00',
      tool: { name: 'release-policy', version: 'test' },
      rules: [blackoutWindow],
    });
    expect(result.findings.find((f) => f.rule === 'exception-invalid')!.hint).toBe(
      "Meet what the blackout-window finding's hint asks for, or remove the waiver.",
    );
    const removed = sev3.replace(/exceptions:\n.*\n/, '');
    expect(freeze(removed)).toEqual([`blackout-window 5:7 error 2026-12-23T10:00-05:00 falls in ${FREEZE}`]);
  });

  it('a waiver for a rule with no finding at all still waives nothing', () => {
    const brief = freeze(EMERGENCY.replace('2026-12-23T10:00:00-05:00', '2027-01-05T10:00:00-05:00'));
    expect(brief).toEqual([
      'exception-invalid 9:5 warning the blackout-window waiver waives nothing: this release has no blackout-window finding it could cover',
    ]);
  });
});

describe('how long a waiver may last', () => {
  // The release is planned for 2026-12-08; the check runs on 2026-12-04.
  it('plan mode measures from the release date, not the day of the check', () => {
    // 33 days after the check but 29 after the release date.
    expect(run(WAIVER('').replace('2026-12-10', '2027-01-06')).brief).toEqual([
      'rollback-plan 4:1 waived no rollback plan: a patch release needs one',
    ]);
    expect(run(WAIVER('').replace('2026-12-10', '2027-01-07')).brief[1]).toBe(
      'exception-invalid 10:105 error the waiver runs until 2027-01-07, more than 30 days after the release date (2026-12-08T15:00:00-05:00); policy "octoacme" allows at most 30',
    );
  });

  it('deploy mode measures from the deploy', () => {
    const deploy = (expires: string) =>
      check({
        configs: ['release.yml'],
        host: memoryHost({
          'release.yml': `${RELEASE}exceptions:\n${WAIVER('').replace('2026-12-10', expires)}`,
        }),
        policy: octoacmePolicy(),
        mode: 'deploy',
        now: '2026-12-20T12:00:00-05:00',
        tool: { name: 'release-policy', version: 'test' },
        rules: [rollbackPlan],
      }).result.findings.map((f) => `${f.rule} ${f.waived ? 'waived' : f.severity} ${f.message}`);
    expect(deploy('2027-01-18')).toEqual([
      'rollback-plan waived no rollback plan: a patch release needs one',
    ]);
    expect(deploy('2027-01-20')[1]).toBe(
      'exception-invalid error the waiver runs until 2027-01-20, more than 30 days after the deploy (2026-12-20T12:00:00-05:00); policy "octoacme" allows at most 30',
    );
  });
});
