/**
 * What a waiver in `exceptions` must meet whatever it waives: shared by the waiver stage
 * (engine/waivers.ts) and by rules that apply a waiver themselves (the blackout's emergency
 * exception), so that a waiver the one rejects the other never honours.
 */
import { addDays, instantToDate, parseInstant, Temporal } from '../../engine/calendar/time.ts';
import type { LoadedPolicy } from '../../engine/policy.ts';
import type { Mode } from '../../engine/result.ts';
import type { Release } from '../../engine/types/index.ts';
import type { OnlineFacts } from '../context.ts';
import { endOf } from './days.ts';
import { rolesNamedInRelease } from './roles.ts';

type Waiver = NonNullable<Release['exceptions']>[number];

export interface WaiverFacts {
  release: Release;
  policy: LoadedPolicy;
  mode: Mode;
  /** The instant evaluated, RFC 3339. */
  now: string;
  /** The zone a date-only `expires` is read in: the calendar's. */
  zone: string;
  online?: OnlineFacts;
}

export interface WaiverProblem {
  /** The key of the waiver the problem is about. */
  key: 'rule' | 'approved_by' | 'expires';
  message: string;
  hint?: string;
}

/**
 * The problems of a waiver beyond its own fields: the policy lets its rule be waived, its approver
 * holds a granting role (and did not open the pull request), and it lasts no longer than the
 * policy's `max_days` from the release (its `date` in plan mode, the deploy instant in deploy mode).
 */
export function grantProblems(waiver: Waiver, facts: WaiverFacts): WaiverProblem[] {
  const { policy } = facts;
  const problems: WaiverProblem[] = [];
  const grant = policy.data.exceptions?.waivable?.[waiver.rule];
  if (!grant) {
    problems.push({ key: 'rule', message: `policy "${policy.name}" does not let ${waiver.rule} be waived` });
  }
  const length = lengthProblem(waiver, facts);
  if (length) problems.push(length);
  const author = facts.online?.author;
  if (author !== undefined && author.toLowerCase() === waiver.approved_by.toLowerCase()) {
    problems.push({
      key: 'approved_by',
      message: `${waiver.approved_by} opened the release pull request and cannot approve its own waiver`,
    });
  } else if (grant) {
    const held = heldRoles(facts, waiver.approved_by);
    if (!grant.granted_by.some((role) => held.has(role))) {
      problems.push({
        key: 'approved_by',
        message: `${waiver.approved_by} holds none of the roles that may grant a ${waiver.rule} waiver (${grant.granted_by.join(', ')})`,
        hint: "Offline, release.yml itself says who holds a role: `manager` is the release-manager, and a sign-off's `by` holds its role.",
      });
    }
  }
  return problems;
}

/**
 * A waiver may last `max_days` from the release it is for, not from the day of the check: a waiver
 * written weeks ahead of a planned release must still cover it, and one for a deploy today must not
 * outlive the deploy by more than the policy allows.
 */
function lengthProblem(waiver: Waiver, facts: WaiverFacts): WaiverProblem | undefined {
  const maxDays = facts.policy.data.exceptions?.max_days;
  if (maxDays === undefined) return undefined;
  let expires: Temporal.Instant;
  try {
    expires = endOf(waiver.expires, facts.zone);
  } catch {
    return undefined; // The waiver stage reports a day that does not exist.
  }
  const from = anchor(facts);
  const limit = addDays(from.instant, maxDays, facts.zone);
  if (Temporal.Instant.compare(expires, limit) <= 0) return undefined;
  // The last day whose end (the next midnight) is still within the limit.
  let latest = instantToDate(limit, facts.zone);
  if (Temporal.Instant.compare(endOf(latest.toString(), facts.zone), limit) > 0)
    latest = latest.subtract({ days: 1 });
  return {
    key: 'expires',
    message: `the waiver runs until ${waiver.expires}, more than ${maxDays} days after ${from.label}; policy "${facts.policy.name}" allows at most ${maxDays}`,
    hint: `Let it end no later than ${maxDays} days after ${from.label}:\nexpires: ${latest.toString()}`,
  };
}

/** What a waiver's length is measured from: the release date (plan mode) or the deploy (deploy mode). */
function anchor(facts: WaiverFacts): { instant: Temporal.Instant; label: string } {
  if (facts.mode === 'plan') {
    try {
      return { instant: parseInstant(facts.release.date), label: `the release date (${facts.release.date})` };
    } catch {
      // An impossible date is blackout-window's finding; measure from the check meanwhile.
      return { instant: parseInstant(facts.now), label: `the check (${facts.now})` };
    }
  }
  return { instant: parseInstant(facts.now), label: `the deploy (${facts.now})` };
}

/**
 * The roles a handle holds: with a token, what the policy's users and teams say (read through the
 * API); offline, what release.yml itself says.
 */
export function heldRoles(
  facts: Pick<WaiverFacts, 'release' | 'policy' | 'online'>,
  handle: string,
): Set<string> {
  const online = facts.online?.roles;
  if (online) {
    const key = Object.keys(online).find((h) => h.toLowerCase() === handle.toLowerCase());
    if (key !== undefined) return new Set(online[key]);
  }
  return rolesNamedInRelease(facts.release, facts.policy.data, handle);
}
