import type { RuleContext } from './context.ts';
import { checkReference } from './lib/references.ts';
import { type ActiveChange, askedBy, changesRequiring, missingPlace } from './lib/requirements.ts';
import type { Rule } from './rule.ts';

/**
 * Kinds of change that require `communication-plan` need `communication.customer_plan` (an https://
 * URL or a file in the repository); those that require `support-briefed` need
 * `communication.support_briefed: true`.
 */
export const customerCommunication: Rule<RuleContext> = {
  meta: {
    id: 'customer-communication',
    title: 'Customers and support are prepared',
    description:
      'When a kind of change the release sets to true requires it (OctoAcme: customer-facing changes), release.yml names a customer communication plan (`communication.customer_plan`, a file in the repository or an https:// URL) and confirms the support team was briefed (`communication.support_briefed: true`).',
    rationale:
      'Customer-facing releases need their communication prepared and the support team briefed before deployment (Pre-Release Requirements › Communication: “Support team briefed on changes”, “Customer communication prepared (if external-facing)”; the shorter guide: “Support team trained and ready”, “Customer communication plan finalized”).',
    guide: 'guide/pre-release/#communication',
    fix: 'Write the customer communication plan (what is announced to which segments, timed with the deployment), brief the support team, and record both under `communication:`.',
    severity: 'error',
    waivable: true,
    examples: { pass: 'minor-compliant', fail: 'minor-customer-comms' },
  },
  check(context, report) {
    const { release, yaml, policy } = context;
    const communication = release.communication ?? {};
    const who = (kinds: { label: string }[]) => kinds.map((c) => c.label).join(' and ');
    // A missing entry is reported on `communication:`, or without one on the change that asks for it.
    const section = yaml.has(['communication']);
    const missingAt = (asking: ActiveChange[]) =>
      missingPlace(yaml, ['communication'], askedBy(false, asking));

    const planFor = changesRequiring(release, policy.data, 'communication-plan');
    if (communication.customer_plan !== undefined) {
      const plan = checkReference(context, communication.customer_plan);
      if (!plan.ok) {
        report({
          ...yaml.locate(['communication', 'customer_plan']),
          message: `customer communication plan ${plan.problem}`,
          hint: 'Point it at the plan in the repository (relative to release.yml) or an https:// URL:\ncustomer_plan: docs/comms/customers.md',
        });
      }
    } else if (planFor.length > 0) {
      report({
        ...missingAt(planFor),
        message: `no customer communication plan: ${who(planFor)} need communication.customer_plan`,
        // The plan's usual place, named after the version (docs/comms/2.4.0-customers.md).
        hint: section
          ? `Add under communication: a path in the repository or an https:// URL:\n  customer_plan: docs/comms/${release.version}-customers.md`
          : `Add (a path in the repository or an https:// URL):\ncommunication:\n  customer_plan: docs/comms/${release.version}-customers.md`,
      });
    }

    const briefedFor = changesRequiring(release, policy.data, 'support-briefed');
    if (briefedFor.length > 0 && communication.support_briefed !== true) {
      const written = yaml.has(['communication', 'support_briefed']);
      report({
        ...(written ? yaml.locate(['communication', 'support_briefed']) : missingAt(briefedFor)),
        message: written
          ? `communication.support_briefed is ${JSON.stringify(communication.support_briefed)}, but ${who(briefedFor)} need a briefed support team`
          : `support team not briefed: ${who(briefedFor)} need communication.support_briefed: true`,
        hint:
          written || section
            ? 'Once the support team has the notes and known issues, set under communication:\n  support_briefed: true'
            : 'Once the support team has the notes and known issues:\ncommunication:\n  support_briefed: true',
      });
    }
  },
};
