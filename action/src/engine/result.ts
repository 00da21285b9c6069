import type { Finding } from './finding.ts';

export type Mode = 'plan' | 'deploy';

/** What a report says about one checked release.yml. */
export interface ReleaseSummary {
  file: string;
  product?: string;
  version?: string;
  previous?: string;
  type?: string;
  date?: string;
  notes?: string;
}

export interface WaiverRecord {
  file: string;
  line?: number;
  rule: string;
  reason: string;
  approvedBy: string;
  expires: string;
  /** How many findings it covered. */
  covered: number;
}

/** The audit part of a report: enough to say later what was checked, against what, and when. */
export interface Audit {
  tool: { name: string; version: string };
  policy: { name: string; sha256: string; files: string[] };
  inputs: { file: string; sha256: string }[];
  now: string;
  mode: Mode;
  waivers: { applied: WaiverRecord[]; unused: WaiverRecord[] };
}

/** The engine's answer. `--format json` prints exactly this. */
export interface CheckResult {
  ok: boolean;
  /** The release checked (the first one when several `release.yml` were given). */
  release: ReleaseSummary | null;
  releases: ReleaseSummary[];
  findings: Finding[];
  summary: { errors: number; warnings: number; waived: number };
  audit: Audit;
}

/** Source texts by report path, for reporters that quote the offending line. */
export type Sources = Readonly<Record<string, string>>;
