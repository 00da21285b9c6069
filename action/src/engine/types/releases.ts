// Generated from schemas/releases.schema.json by scripts/gen-types.ts. Do not edit: run `npm run gen:types`.

/**
 * The planned releases of an organization, read by `release-policy collect` from every repository's release.yml through the GitHub API. `check --releases` and `calendar --releases` add them to the calendar's planned releases, so the calendar and the checks see what each repository says, without a hand-typed copy.
 */
export interface CollectedReleases {
  /**
   * The URL of this schema. The checker ignores it.
   */
  $schema?: string;
  /**
   * The GitHub organization the releases were collected from.
   */
  org: string;
  /**
   * When the collection finished, RFC 3339 in UTC.
   */
  collected_at: string;
  /**
   * One entry per release.yml that parsed and passed the schema, in a stable order (repository, then path, then pull request).
   *
   * @maxItems 100000
   */
  releases: CollectedRelease[];
  /**
   * Files that were found but could not be read as a release: each with its place, so its team can fix it. A problem never fails the collection.
   *
   * @maxItems 100000
   */
  problems: Problem[];
}
/**
 * One repository's planned release, as its release.yml says it, with where it was read.
 */
export interface CollectedRelease {
  /**
   * The product released.
   */
  product: string;
  /**
   * The version released.
   */
  version: string;
  /**
   * patch, minor or major.
   */
  type: 'patch' | 'minor' | 'major';
  /**
   * The planned start of the production deployment, RFC 3339 with its offset.
   */
  date: string;
  /**
   * When the deployment is planned to be finished (exclusive), from `window.end`. Absent when the release.yml gives no window.
   */
  window_end?: string;
  /**
   * GitHub handle of the release's Release Manager.
   */
  manager?: string;
  /**
   * Releases of other products that must ship first.
   *
   * @maxItems 1000
   */
  depends_on: Dependency[];
  /**
   * The shared systems the release touches.
   *
   * @maxItems 1000
   *
   * Items: A shared system a release touches, as maintenance windows and blackouts name it: a lowercase slug.
   */
  systems: string[];
  source: Source;
}
/**
 * A release of another product, named as in the release calendar.
 */
export interface Dependency {
  /**
   * The product depended on, as in the calendar.
   */
  product: string;
  /**
   * The version of that product that must be in production first.
   */
  version: string;
}
/**
 * Where the release was read.
 */
export interface Source {
  /**
   * owner/name.
   */
  repo: string;
  /**
   * The file's path in the repository.
   */
  path: string;
  /**
   * The branch read: the default branch, or the pull request's head branch.
   */
  ref: string;
  /**
   * The git blob SHA of the file read.
   */
  sha: string;
  /**
   * The file on GitHub.
   */
  url: string;
  /**
   * The open pull request whose head proposes this release (with `--include-pulls`). A proposed release, not a planned one.
   */
  pull?: number;
}
/**
 * A file that was found but could not be read as a release, or a repository whose files could not be listed (its tree, its pull requests): that one has no `path`, `line` or `column`.
 */
export interface Problem {
  /**
   * owner/name.
   */
  repo: string;
  /**
   * The file's path in the repository. Absent when the repository itself (its tree, or its pull requests when `pull` is absent too) could not be read, or a pull request's files could not be listed (`pull` given).
   */
  path?: string;
  /**
   * The pull request the file was read from, if any.
   */
  pull?: number;
  /**
   * 1-based line.
   */
  line?: number;
  /**
   * 1-based column.
   */
  column?: number;
  /**
   * What failed: `yaml-syntax`, `schema`, or `unreadable` when the file could not be fetched or is too large, or the repository's files could not be listed.
   */
  rule: string;
  /**
   * What is wrong, in one line.
   */
  message: string;
}
