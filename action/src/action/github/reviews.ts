/** Who approves a pull request, read from its reviews. */

/** One review as `GET /repos/{owner}/{repo}/pulls/{number}/reviews` lists it (the fields read). */
export interface ReviewRecord {
  user?: { login?: string } | null;
  state?: string;
  commit_id?: string | null;
  submitted_at?: string | null;
}

/**
 * The reviewers (`@login`) who approve `headSha`: a reviewer's latest review that is not a comment
 * (APPROVED, CHANGES_REQUESTED or DISMISSED; PENDING is unsubmitted) decides, and it counts only when
 * it is an approval of exactly that commit. A later request for changes overrides an approval; an
 * approval of an older commit approved something else. Reviews are taken in the order GitHub lists
 * them (oldest first), ordered by `submitted_at` where both have one. Logins keep GitHub's case.
 */
export function approvingReviewers(reviews: readonly ReviewRecord[], headSha: string): string[] {
  const latest = new Map<string, { login: string; review: ReviewRecord; index: number }>();
  reviews.forEach((review, index) => {
    const login = review.user?.login;
    if (!login || review.state === 'COMMENTED' || review.state === 'PENDING') return;
    const key = login.toLowerCase();
    const before = latest.get(key);
    if (!before || later(review, index, before.review, before.index))
      latest.set(key, { login, review, index });
  });
  return [...latest.values()]
    .filter(({ review }) => review.state === 'APPROVED' && review.commit_id === headSha)
    .map(({ login }) => `@${login}`)
    .sort((a, b) => a.localeCompare(b));
}

function later(a: ReviewRecord, aIndex: number, b: ReviewRecord, bIndex: number): boolean {
  const at = a.submitted_at ? Date.parse(a.submitted_at) : NaN;
  const bt = b.submitted_at ? Date.parse(b.submitted_at) : NaN;
  if (Number.isFinite(at) && Number.isFinite(bt) && at !== bt) return at > bt;
  return aIndex > bIndex;
}
