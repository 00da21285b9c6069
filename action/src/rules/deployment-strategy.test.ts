import { describe, expect, it } from 'vitest';
import { places, policyWith, runRule } from '../../../test/helpers/rules.ts';
import { deploymentStrategy } from './deployment-strategy.ts';

const release = (type: string, extra = '') => `product: identity
version: '4.0.0'
type: ${type}
date: 2027-02-23T10:00:00-05:00
${extra}`;

// A team that lets minors ship only behind feature flags or canaries, and majors any way.
const team = policyWith(
  'types:\n  minor:\n    strategies: [feature-flags, canary]\n  major:\n    strategies: [blue-green, canary, rolling, feature-flags, maintenance-window]\n',
);

describe('deployment-strategy', () => {
  it.each([
    ['a canary major', release('major', 'strategy: canary\n'), undefined],
    ['a blue-green major', release('major', 'strategy: blue-green\n'), undefined],
    ['a rolling major', release('major', 'strategy: rolling\n'), undefined],
    [
      'a minor in a maintenance window: minors are not restricted',
      release('minor', 'strategy: maintenance-window\n'),
      undefined,
    ],
    ['a patch without a strategy', release('patch'), undefined],
    [
      'a team policy that allows a maintenance window for majors',
      release('major', 'strategy: maintenance-window\n'),
      team,
    ],
    ['a team policy: a minor behind feature flags', release('minor', 'strategy: feature-flags\n'), team],
  ])('passes: %s', (_name, text, policy) => {
    expect(runRule(deploymentStrategy, { release: text, ...(policy ? { policy } : {}) })).toEqual([]);
  });

  it.each([
    [
      'a major in a maintenance window: on the value',
      release('major', 'strategy: maintenance-window\n'),
      undefined,
      [
        '5:11 error strategy "maintenance-window" is not allowed for a major release; use canary, blue-green or rolling',
      ],
    ],
    [
      'a major with feature flags',
      release('major', 'strategy: feature-flags\n'),
      undefined,
      [
        '5:11 error strategy "feature-flags" is not allowed for a major release; use canary, blue-green or rolling',
      ],
    ],
    [
      'a major without a strategy: on the type that asks for one',
      release('major'),
      undefined,
      ['3:1 error no deployment strategy: a major release must use canary, blue-green or rolling'],
    ],
    [
      'a team policy: a rolling minor',
      release('minor', 'strategy: rolling\n'),
      team,
      ['5:11 error strategy "rolling" is not allowed for a minor release; use feature-flags or canary'],
    ],
    [
      'a team policy: a minor without a strategy',
      release('minor'),
      team,
      ['3:1 error no deployment strategy: a minor release must use feature-flags or canary'],
    ],
  ])('fails: %s', (_name, text, policy, expected) => {
    expect(places(runRule(deploymentStrategy, { release: text, ...(policy ? { policy } : {}) }))).toEqual(
      expected,
    );
  });

  it('hints a strategy to paste', () => {
    const [finding] = runRule(deploymentStrategy, {
      release: release('major', 'strategy: maintenance-window\n'),
    });
    expect(finding!.hint).toBe(
      'Use a strategy the policy allows for major releases (canary, blue-green, rolling), for example:\nstrategy: canary',
    );
  });
});
