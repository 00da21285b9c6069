/** The public rule ids, in catalogue order: the product contract, plus deployment-strategy. */
export const RULE_CATALOGUE = [
  'yaml-syntax',
  'schema',
  'version-bump',
  'signoff-required',
  'signoff-stale',
  'signoff-verified',
  'blackout-window',
  'lead-time',
  'release-conflict',
  'rollback-plan',
  'deployment-strategy',
  'notes-missing',
  'notes-section',
  'notes-placeholder',
  'notes-mismatch',
  'breaking-change',
  'customer-communication',
  'exception-invalid',
];

/** Rules no waiver may cover, whatever a policy says. */
export const NEVER_WAIVABLE = [
  'yaml-syntax',
  'schema',
  'exception-invalid',
  'signoff-required',
  'signoff-verified',
  'breaking-change',
  'notes-missing',
  'notes-mismatch',
];
