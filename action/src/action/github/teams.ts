/** Team membership, read through the API once per team and user. */
import { type ApiLimits, describeFailure, objectOf, type Octokit, statusOf } from '../../github/client.ts';

/** Whether a user belongs to a team: yes, no, or unknown and why. */
export type Membership = { member: boolean } | { unknown: string };

/** What the token needs to read team membership. */
const PERMISSION =
  'the organization permission members: read, which GITHUB_TOKEN never has; use a GitHub App or fine-grained token';

/**
 * Answers "is @user in @org/team?" through `GET /orgs/{org}/teams/{team_slug}/memberships/{username}`:
 * `active` is a member, `pending` (invited) or 404 is not. A 404 counts as "not a member" only once
 * `GET /orgs/{org}/teams/{team_slug}` showed the team is there and visible to the token, since GitHub
 * also answers 404 for what a token may not see. After a 401 or 403 in an organization, the token
 * lacks the permission there: later questions about it are answered from that failure, not asked.
 * Every answer is cached, for the team and the user.
 */
export class TeamDirectory {
  private readonly memberships = new Map<string, Promise<Membership>>();
  private readonly teams = new Map<string, Promise<string | undefined>>();
  private readonly refused = new Map<string, string>();

  private readonly octokit: Octokit;
  private readonly context: { token: string; signal: AbortSignal; limits: ApiLimits };

  constructor(octokit: Octokit, context: { token: string; signal: AbortSignal; limits: ApiLimits }) {
    this.octokit = octokit;
    this.context = context;
  }

  /** Whether `user` (`@login` or `login`) is an active member of `team` (`@org/slug`). */
  isMember(team: string, user: string): Promise<Membership> {
    const parsed = parseTeam(team);
    if (!parsed) return Promise.resolve({ unknown: `${team} is not a team (@org/team-slug)` });
    const login = user.replace(/^@/, '');
    const key = `${team}\n${login}`.toLowerCase();
    let answer = this.memberships.get(key);
    if (!answer) {
      answer = this.ask(parsed, login);
      this.memberships.set(key, answer);
    }
    return answer;
  }

  private async ask(team: { org: string; slug: string }, login: string): Promise<Membership> {
    const problem = await this.teamProblem(team);
    if (problem !== undefined) return { unknown: problem };
    const refused = this.refused.get(team.org.toLowerCase());
    if (refused !== undefined) return { unknown: refused };
    try {
      const { data } = await this.octokit.request(
        'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
        {
          org: team.org,
          team_slug: team.slug,
          username: login,
          request: { signal: this.context.signal },
        },
      );
      return {
        member: objectOf(data, `@${login}'s membership of @${team.org}/${team.slug}`)['state'] === 'active',
      };
    } catch (error) {
      if (statusOf(error) === 404) return { member: false };
      return { unknown: this.failure(error, team) };
    }
  }

  /** Why the team cannot be asked about (absent, invisible, unreadable); `undefined` when it can. */
  private teamProblem(team: { org: string; slug: string }): Promise<string | undefined> {
    const key = `${team.org}/${team.slug}`.toLowerCase();
    let answer = this.teams.get(key);
    if (!answer) {
      answer = this.askTeam(team);
      this.teams.set(key, answer);
    }
    return answer;
  }

  private async askTeam(team: { org: string; slug: string }): Promise<string | undefined> {
    const refused = this.refused.get(team.org.toLowerCase());
    if (refused !== undefined) return refused;
    try {
      await this.octokit.request('GET /orgs/{org}/teams/{team_slug}', {
        org: team.org,
        team_slug: team.slug,
        request: { signal: this.context.signal },
      });
      return undefined;
    } catch (error) {
      if (statusOf(error) === 404)
        return `the team @${team.org}/${team.slug} does not exist or the token cannot see it (404: reading it needs ${PERMISSION})`;
      return this.failure(error, team);
    }
  }

  private failure(error: unknown, team: { org: string }): string {
    const what = `team membership in @${team.org}`;
    const reason = describeFailure(error, { what, permission: PERMISSION }, this.context);
    const status = statusOf(error);
    if (status === 401 || status === 403) this.refused.set(team.org.toLowerCase(), reason);
    return reason;
  }
}

/** `@org/slug` → its parts; `undefined` for anything else. */
export function parseTeam(handle: string): { org: string; slug: string } | undefined {
  const match = /^@?([A-Za-z0-9](?:-?[A-Za-z0-9])*)\/([A-Za-z0-9][A-Za-z0-9_-]*)$/.exec(handle);
  return match ? { org: match[1]!, slug: match[2]! } : undefined;
}
