import type { RuleMeta } from './rule.ts';

/** Reported by the schema validator (see engine/schema-check.ts). */
export const meta: RuleMeta = {
  id: 'schema',
  title: 'Matches the release.yml schema',
  description:
    'Every key is one the schema knows (a misspelt key gets a did-you-mean), every required key is present, and every value has the right type and form. Every date names a day that exists (no February 30): a date that does not is reported on its own line, and the other rules still judge the rest of the release without it.',
  rationale:
    'A typo in a key silently drops a requirement: `signofs:` would otherwise read as "no sign-offs given". Versions written as numbers (`1.10`) lose digits in YAML and are refused with a hint to quote them.',
  guide: 'reference/release-yml/',
  fix: 'Change the key or value at the place shown; the hint gives the expected form. The schema is published at https://octoacme.github.io/release-policy/schemas/release.schema.json for editor completion.',
  severity: 'error',
  waivable: false,
  examples: { pass: 'minor-compliant', fail: 'schema-errors' },
};
