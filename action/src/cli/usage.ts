/** A problem with how the tool was called or configured: printed without a stack, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `release-policy — check a release against the OctoAcme release policy

Usage:
  release-policy check [--config FILE|GLOB ...] [--policy octoacme|FILE] [--mode plan|deploy]
                       [--now RFC3339] [--format text|json|sarif|markdown] [--root DIR] [--notes FILE]
  release-policy init --type patch|minor|major [--version X.Y.Z] [--product NAME] [--root DIR]
  release-policy explain RULE
  release-policy calendar [--format ics|json|text] [--policy octoacme|FILE] [--now RFC3339] [--days N]
  release-policy schema [release|policy|calendar]

Options for check:
  --config   release.yml to check, relative to --root; repeat it or give a glob for a monorepo
             (default: release.yml)
  --policy   a built-in policy name (no /, \\ or .: octoacme) or a policy file given as a path
             (./octoacme, .github/release-policy.yml) (default: octoacme)
  --mode     plan: judge the planned date and window; deploy: judge the instant of --now (default: plan)
  --now      the instant to evaluate, RFC 3339 with an offset (default: the clock)
  --format   text (default), json, sarif or markdown
  --root     the repository folder; no file outside it is read (default: the current folder)
  --notes    release notes to check instead of the file release.yml names, relative to --root
  --color / --no-color   force colour on or off (default: on for a terminal, off when NO_COLOR is set)

Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 the check could not run.
Docs: https://octoacme.github.io/release-policy/`;
