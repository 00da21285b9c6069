import type { RuleMeta } from './rule.ts';

/**
 * Reported by the parser itself (see engine/yaml-source.ts): a file that does not parse can't be
 * checked any further, so this rule has no `check` of its own.
 */
export const meta: RuleMeta = {
  id: 'yaml-syntax',
  title: 'YAML that parses',
  description:
    'The file is readable UTF-8 text (UTF-16 is refused by name; a CR alone counts as a line break) holding exactly one YAML 1.2 document, with no duplicate keys and no `%YAML` directive for another version, within the size (1 MiB), nesting depth (64) and alias (100) limits.',
  rationale:
    'Nothing else can be checked until the file parses; duplicate keys are refused because YAML tools disagree on which one wins, and `%YAML 1.1` would switch to rules that read `on`, `no` and dates differently. The limits keep a hostile file from stalling CI: nesting is measured as the parser reads, so a megabyte of `[` is refused at the 65th level before it costs memory.',
  guide: 'reference/release-yml/',
  fix: 'Fix the YAML at the place shown. Indent with spaces, not tabs; quote values that contain `: ` or start with `@`, `*` or `&`; keep one document per file.',
  severity: 'error',
  waivable: false,
  examples: { pass: 'minor-compliant', fail: 'broken-yaml' },
};
