import { describe, expect, it } from 'vitest';
import { places, policyWith, runRule } from '../../../test/helpers/rules.ts';
import { rollbackPlan } from './rollback-plan.ts';

const release = (type: string, extra = '') => `product: pay
version: '1.0.1'
type: ${type}
date: 2026-12-08T15:00:00-05:00
${extra}`;

const RUNBOOK = { 'docs/runbooks/rollback.md': '# Rollback\n\n1. `kubectl rollout undo deployment/pay`\n' };
const relaxed = policyWith('types:\n  patch:\n    rollback: { required: false }\n');
const careful = policyWith('types:\n  patch:\n    rollback: { required: true, tested: true }\n');
const testedOnly = policyWith('types:\n  patch:\n    rollback: { required: false, tested: true }\n');

describe('rollback-plan', () => {
  it.each([
    [
      'a patch with a runbook, untested',
      release('patch', 'rollback: { plan: docs/runbooks/rollback.md, tested: false }\n'),
      undefined,
    ],
    [
      'a patch with an https:// plan',
      release('patch', 'rollback: { plan: "https://wiki.octoacme.example/pay/rollback" }\n'),
      undefined,
    ],
    [
      'a plan written with ./',
      release('patch', 'rollback: { plan: ./docs/runbooks/rollback.md }\n'),
      undefined,
    ],
    [
      'a minor with a tested runbook',
      release('minor', 'rollback: { plan: docs/runbooks/rollback.md, tested: true }\n'),
      undefined,
    ],
    [
      'database migrations: false adds nothing',
      release(
        'patch',
        'changes: { database_migrations: false }\nrollback: { plan: docs/runbooks/rollback.md }\n',
      ),
      undefined,
    ],
    ['a team policy that does not require a plan for patches', release('patch'), relaxed],
  ])('passes: %s', (_name, text, policy) => {
    expect(runRule(rollbackPlan, { release: text, files: RUNBOOK, ...(policy ? { policy } : {}) })).toEqual(
      [],
    );
  });

  it.each([
    [
      'a patch without rollback: on the type that asks for it',
      release('patch'),
      undefined,
      ['3:1 error no rollback plan: a patch release needs one'],
    ],
    [
      'a minor without rollback',
      release('minor'),
      undefined,
      ['3:1 error no rollback plan: a minor release needs a tested one'],
    ],
    [
      'database migrations make a plan required and tested, even where the type does not',
      release('patch', 'changes: { database_migrations: true }\n'),
      relaxed,
      ['5:12 error no rollback plan: database migrations need a tested one'],
    ],
    [
      'rollback without a plan: on the rollback key',
      release('patch', 'rollback: { tested: false }\n'),
      undefined,
      ['5:1 error rollback.plan is missing: a patch release needs a rollback plan'],
    ],
    [
      'a runbook that does not exist: on the plan',
      release('patch', 'rollback:\n  plan: docs/rollback.md\n'),
      undefined,
      ['6:9 error rollback plan "docs/rollback.md" does not exist'],
    ],
    [
      'a path that leaves the repository',
      release('patch', 'rollback: { plan: ../ops/rollback.md }\n'),
      undefined,
      ['5:19 error rollback plan "../ops/rollback.md" leads outside the repository'],
    ],
    [
      'a missing runbook is reported even where no plan is required',
      release('patch', 'rollback: { plan: docs/rollback.md }\n'),
      relaxed,
      ['5:19 error rollback plan "docs/rollback.md" does not exist'],
    ],
    [
      'a minor with an untested rollback: on tested',
      release('minor', 'rollback:\n  plan: docs/runbooks/rollback.md\n  tested: false\n'),
      undefined,
      ['7:11 error rollback.tested is false, but a minor release needs a tested rollback'],
    ],
    [
      'a minor that does not say: on the rollback key',
      release('minor', 'rollback:\n  plan: docs/runbooks/rollback.md\n'),
      undefined,
      ['5:1 error rollback.tested is not set: a minor release needs a tested rollback'],
    ],
    [
      'a patch with database migrations (requires: rollback-tested)',
      release(
        'patch',
        'changes: { database_migrations: true }\nrollback: { plan: docs/runbooks/rollback.md, tested: false }\n',
      ),
      undefined,
      ['6:54 error rollback.tested is false, but database migrations need a tested rollback'],
    ],
    [
      'a minor with database migrations: both say so',
      release(
        'minor',
        'changes: { database_migrations: true }\nrollback: { plan: docs/runbooks/rollback.md }\n',
      ),
      undefined,
      [
        '6:1 error rollback.tested is not set: a minor release and database migrations need a tested rollback',
      ],
    ],
    [
      'a team policy that wants patches tested',
      release('patch', 'rollback: { plan: docs/runbooks/rollback.md, tested: false }\n'),
      careful,
      ['5:54 error rollback.tested is false, but a patch release needs a tested rollback'],
    ],
    [
      'a team policy that asks for a tested rollback only: the plan is needed too',
      release('patch'),
      testedOnly,
      ['3:1 error no rollback plan: a patch release needs a tested one'],
    ],
    [
      'a missing plan and an untested rollback: two findings',
      release('minor', 'rollback: { plan: docs/rollback.md }\n'),
      undefined,
      [
        '5:1 error rollback.tested is not set: a minor release needs a tested rollback',
        '5:19 error rollback plan "docs/rollback.md" does not exist',
      ],
    ],
  ])('fails: %s', (_name, text, policy, expected) => {
    expect(
      places(runRule(rollbackPlan, { release: text, files: RUNBOOK, ...(policy ? { policy } : {}) })),
    ).toEqual(expected);
  });

  it('hints the YAML to paste', () => {
    const [absent] = runRule(rollbackPlan, { release: release('minor') });
    expect(absent!.hint).toBe(
      'Write the rollback runbook at docs/runbooks/rollback.md (how to go back to the previous version), or use its https:// URL instead. ' +
        'Add the plan (a runbook path or an https:// URL):\nrollback:\n  plan: docs/runbooks/rollback.md\n  tested: true',
    );
    const [untested] = runRule(rollbackPlan, {
      release: release('minor', 'rollback: { plan: docs/runbooks/rollback.md, tested: false }\n'),
      files: RUNBOOK,
    });
    expect(untested!.hint).toBe('Rehearse the rollback in staging, then:\nrollback:\n  tested: true');
  });
});
