import type { RuleMeta } from './rule.ts';

/**
 * Reported by the parser itself (see engine/yaml-source.ts): a file that does not parse can't be
 * checked any further, so this rule has no `check` of its own.
 */
export const meta: RuleMeta = {
  id: 'yaml-syntax',
  title: 'YAML that parses',
  description:
    'The file is readable UTF-8 text holding exactly one YAML document, with no duplicate keys, within the size, depth and alias limits.',
  rationale:
    'Nothing else can be checked until the file parses; duplicate keys are refused because YAML tools disagree on which one wins, and the limits keep a hostile file from stalling CI.',
  guide: 'reference/release-yml/',
  fix: 'Fix the YAML at the place shown. Indent with spaces, not tabs; quote values that contain `: ` or start with `@`, `*` or `&`; keep one document per file.',
  severity: 'error',
  waivable: false,
  examples: { pass: 'minor-compliant', fail: 'broken-yaml' },
};
