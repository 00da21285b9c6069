import type { Report, Severity } from '../engine/finding.ts';

export const DOCS_BASE = 'https://octoacme.github.io/release-policy/';

/** The URL of a rule's page on the site. */
export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}rules/${id}/`;
}

/** What the site, `explain` and SARIF say about a rule. */
export interface RuleMeta {
  id: string;
  title: string;
  /** One sentence: what it checks. */
  description: string;
  /** Why, in the guide's terms. */
  rationale: string;
  /** The guide page (site path) the rationale comes from. */
  guide: string;
  /** How to make the finding go away, in a sentence or two. */
  fix: string;
  severity: Severity;
  /** Whether a waiver in `exceptions:` may cover its findings (the policy decides who may grant it). */
  waivable: boolean;
  /** Example repos under `examples/`: one that passes, one that fails this rule. */
  examples: { pass: string; fail: string };
}

/** A rule: its metadata and a pure check that reports what is wrong. */
export interface Rule<Context = unknown> {
  meta: RuleMeta;
  check(context: Context, report: (finding: Report) => void): void;
}
