import { parseInstant } from '../engine/calendar/time.ts';
import type { Signoff } from '../engine/types/release.ts';
import type { RuleContext } from './context.ts';
import {
  countOf,
  dayIn,
  daysFrom,
  describeGap,
  policyZone,
  readMoment,
  signoffDays,
  startsAfter,
} from './lib/days.ts';
import { signoffYaml } from './lib/roles.ts';
import type { Rule } from './rule.ts';

/**
 * A sign-off approves one version at one time: one for another version, dated after the release,
 * dated in the future, or older than the policy's maximum age no longer vouches for this release.
 */
export const signoffStale: Rule<RuleContext> = {
  meta: {
    id: 'signoff-stale',
    title: 'Sign-offs are current',
    description:
      'Each sign-off is for this version, dated no later than the release date and not in the future, and no older than the policy’s maximum age (`signoffs.max_age_days`) before the release date; the deploy gate (deploy mode) measures the age at the deploy itself, so a release that slipped needs fresh sign-offs.',
    rationale:
      'Approvals are obtained in the last week before release, after testing completes (Release Planning Process › 1 week before release: “Obtain required approvals”); an approval of another version, one given after the deploy, or one from before the scope and code froze does not vouch for what ships.',
    guide: 'guide/planning/#release-planning-process',
    fix: 'Ask the signer to review this version again and update the sign-off’s `date` (and `version`, or remove it); a sign-off cannot be dated after the release or in the future. When the release is further out than the maximum age, the hint says from which day sign-offs count (or to move `date`).',
    severity: 'error',
    waivable: true,
    examples: { pass: 'minor-compliant', fail: 'minor-stale-signoff' },
  },
  check({ release, yaml, policy, now, mode }, report) {
    // A date that does not exist is the schema's finding; the engine leaves it out, and so nothing is measured.
    if (release.date === undefined) return;
    const zone = policyZone(policy);
    const releaseAt = parseInstant(release.date);
    const releaseDay = dayIn(releaseAt, zone);
    const nowAt = parseInstant(now);
    const maxAge = policy.data.signoffs?.max_age_days;
    // The deploy gate judges age at the deploy itself: a release that slipped may outlive its sign-offs.
    const deploy = mode === 'deploy';
    const ageDay = deploy ? dayIn(nowAt, zone) : releaseDay;

    // The days a renewed sign-off may carry: up to today (never after the release day in plan mode), within the maximum age.
    const days = signoffDays({ today: dayIn(nowAt, zone), releaseDay, deploy, maxAge });
    const resign = (signoff: Signoff) => {
      if (days.empty) {
        // Not yet: a sign-off given today would be too old by the release date.
        return (
          `Ask ${signoff.by} to sign off ${release.version} again on or after ${days.earliest!.toString()} ` +
          `(${countOf(maxAge!, 'day')} before the release date); a sign-off given before then is too old by ${releaseDay.toString()}. ` +
          'Or move `date` to within that many days of today.'
        );
      }
      const window = days.earliest
        ? `between ${days.earliest.toString()} and ${days.latest.toString()}`
        : `on or before ${days.latest.toString()}`;
      return (
        `Ask ${signoff.by} to sign off ${release.version} again (${window}), then write:\n` +
        signoffYaml({ role: signoff.role, by: signoff.by, date: days.suggested.toString() })
      );
    };

    (release.signoffs ?? []).forEach((signoff, index) => {
      if (signoff.version !== undefined && signoff.version !== release.version) {
        report({
          ...yaml.locate(['signoffs', index, 'version']),
          message: `sign-off by ${signoff.by} is for version "${signoff.version}", not "${release.version}"`,
          hint: resign(signoff),
        });
        return;
      }

      if (signoff.date === undefined) return; // left out by the engine: the schema reports it
      const signed = readMoment(signoff.date, zone);
      if (!signed) return; // Not a real date: nothing to measure (the schema's pattern decides what may be written).
      const at = yaml.locate(['signoffs', index, 'date']);
      const date = `sign-off date "${signoff.date}"`;
      // A deploy later than planned may follow a sign-off dated after the planned date.
      if (!deploy && startsAfter(signed, releaseAt)) {
        report({
          ...at,
          message: `${date} is ${describeGap(releaseAt, signed.start, zone)} after the release date (${release.date})`,
          hint: resign(signoff),
        });
      } else if (startsAfter(signed, nowAt)) {
        report({
          ...at,
          message: `${date} is ${describeGap(nowAt, signed.start, zone)} in the future`,
          hint: resign(signoff),
        });
      } else if (maxAge !== undefined) {
        const age = daysFrom(signed.day, ageDay);
        if (age > maxAge) {
          const before = deploy ? `the deploy (now, ${ageDay.toString()})` : 'the release date';
          report({
            ...at,
            message: `${date} is ${countOf(age, 'day')} before ${before}, ${age - maxAge} over the ${maxAge}-day maximum`,
            hint: resign(signoff),
          });
        }
      }
    });
  },
};
