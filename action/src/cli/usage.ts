/** A problem with how the tool was called or configured: printed without a stack, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One command's help: its synopsis (continuation lines indented) and each option with its meaning. */
interface CommandHelp {
  summary: string;
  synopsis: string;
  /** `[flags, meaning]`; flags as `--a` or `--a / --b`, meanings wrapped at about 100 columns. */
  options: [string, string][];
}

const POLICY = [
  '--policy',
  'a built-in policy name (no /, \\ or .: octoacme) or a policy file given as a path\n(./octoacme, .github/release-policy.yml) (default: octoacme)',
] as [string, string];

const HELP: Record<string, CommandHelp> = {
  check: {
    summary: 'check release.yml files and their notes against the policy',
    synopsis: `release-policy check [FILE|GLOB ...] [--config FILE|GLOB ...] [--policy octoacme|FILE]
                       [--mode plan|deploy] [--now RFC3339] [--format text|json|sarif|markdown]
                       [--root DIR] [--notes FILE] [--releases FILE ...]
                       [--fail-on error|warning|never] [--quiet] [--color | --no-color]`,
    options: [
      [
        '--config',
        `release.yml to check, relative to --root; repeat it or give a glob for a monorepo; files and\nglobs may also be given without --config (default: release.yml)`,
      ],
      POLICY,
      [
        '--mode',
        'plan: judge the planned date and window; deploy: judge the deploy from --now (default: plan)',
      ],
      ['--now', 'the instant to evaluate, RFC 3339 with an offset (default: the clock)'],
      [
        '--format',
        `text (default), json, sarif or markdown; with json, a check that cannot run prints\n{ "ok": false, "error": { "message", "findings" } }`,
      ],
      ['--root', 'the repository folder; no file outside it is read (default: the current folder)'],
      ['--notes', 'release notes to check instead of the file release.yml names, relative to --root'],
      [
        '--releases',
        `a collected releases file (written by release-policy collect), relative to --root; repeat it
for several (the first that plans a release wins; the policy's own releases file comes last). Its
releases join the check: a dependency that ships later is an error, this release's own entry at
another time a drift warning; an entry a pull request only proposes counts only when nothing else
plans that release. A broken file stops the run (exit 2)`,
      ],
      [
        '--fail-on',
        `error: exit 1 on an error finding (default); warning: on an error or warning; never: exit 0\nwhatever is found (2 still means the check could not run)`,
      ],
      ['--quiet', 'report errors only: warnings and waived findings are left out (the summary counts them)'],
      [
        '--color / --no-color',
        'force colour on or off (default: on for a terminal, off when NO_COLOR is set)',
      ],
    ],
  },
  init: {
    summary:
      'write release.yml, the notes and a rollback runbook stub from the templates, then list what is left to do; never overwrites',
    synopsis: `release-policy init --type patch|minor|major [--version X.Y.Z] [--product NAME]
                      [--date RFC3339] [--now RFC3339] [--root DIR] [--policy octoacme|FILE]`,
    options: [
      ['--type', 'the release type: patch, minor or major (required)'],
      ['--version', 'the version, SemVer 2.0.0 without a leading v (default: 0.0.1, 0.1.0 or 1.0.0)'],
      ['--product', 'the product, a lowercase slug like payments-api (default: the folder name as a slug)'],
      [
        '--date',
        `the planned deploy, RFC 3339 with an offset (default: the first slot past the type's lead time
that no blackout, holiday or planned release blocks); a date check would object to is written with a
warning that names the first date that passes`,
      ],
      ['--now', 'the instant to plan from, RFC 3339 with an offset (default: the clock)'],
      ['--root', 'the folder to write into (default: the current folder)'],
      POLICY,
    ],
  },
  explain: {
    summary: "print a rule's docs in the terminal",
    synopsis: 'release-policy explain RULE [--policy octoacme|FILE]',
    options: [['--policy', 'the policy whose severity and waivers to show (default: octoacme)']],
  },
  calendar: {
    summary: "print the policy's release calendar, with the collected releases drawn in",
    synopsis: `release-policy calendar [--format ics|json|text] [--policy octoacme|FILE] [--now RFC3339] [--days N]
                          [--releases FILE ...] [--root DIR]`,
    options: [
      ['--format', 'text (default), json, or ics (an iCalendar feed)'],
      POLICY,
      ['--now', 'the first instant shown, RFC 3339 with an offset (default: the clock)'],
      ['--days', 'how many days to show in text and json, 1 to 3660 (default: 90)'],
      [
        '--releases',
        `a collected releases file, relative to --root; repeat it for several. Each release it plans
replaces the calendar's entry for the same product and version; one a pull request only proposes is
shown beside it, marked proposed; json and text also list the files the collection could not read`,
      ],
      ['--root', 'the folder --releases paths are relative to (default: the current folder)'],
    ],
  },
  collect: {
    summary:
      'gather every release.yml of a GitHub organization into a releases file (exit 0 when it finished, problems included; 2 when it could not run)',
    synopsis: `release-policy collect --org ORG [--config GLOB ...] [--out FILE] [--include-forks]
                         [--include-pulls] [--cache FILE | --no-cache] [--concurrency N] [--retries N]
                         [--request-timeout SECONDS] [--max-wait SECONDS] [--timeout SECONDS]`,
    options: [
      [
        '--org',
        `the organization (required); the token comes from GITHUB_TOKEN or GH_TOKEN, the API from
GITHUB_API_URL (default: https://api.github.com)`,
      ],
      [
        '--config',
        `the files to read in each repository's default branch, a glob; repeat it
(default: release.yml and **/release.yml; dot folders such as .github/ only when a glob names them)`,
      ],
      [
        '--out',
        'write the releases file (JSON, schemas/releases.schema.json) there, atomically (default: stdout)',
      ],
      ['--include-forks', 'read forks too (archived and disabled repositories are always skipped)'],
      [
        '--include-pulls',
        `also read the release.yml files that open pull requests add or change, marked with their
source.pull`,
      ],
      [
        '--cache / --no-cache',
        `the cache of ETags and file contents that makes a second run cheap (unchanged answers cost a
304, which the rate limit does not count) (default: $XDG_CACHE_HOME or ~/.cache, then
release-policy/collect-ORG.json)`,
      ],
      ['--concurrency', 'repositories read at once, each with one request in flight (default: 8)'],
      [
        '--retries',
        'retries of a request after a server error, a timeout or a short rate-limit wait (default: 3)',
      ],
      ['--request-timeout', 'the bound on one request, in seconds (default: 30)'],
      [
        '--max-wait',
        `the longest rate-limit wait, in seconds; a longer one stops the run (exit 2) with the time the
budget resets (default: 60)`,
      ],
      ['--timeout', 'the bound on the whole run, in seconds (default: 3600)'],
    ],
  },
  schema: {
    summary: 'print a JSON Schema (release, policy, calendar or releases; default release)',
    synopsis: 'release-policy schema [release|policy|calendar|releases]',
    options: [],
  },
  help: {
    summary: "print the usage, or one command's options",
    synopsis: 'release-policy help [COMMAND]',
    options: [],
  },
};

const TITLE = 'release-policy — check a release against the OctoAcme release policy';
const FOOTER = `Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 the check could not run.
Docs: https://octoacme.github.io/release-policy/`;

function optionLines(options: [string, string][]): string {
  const width = Math.max(...options.map(([flags]) => flags.length), 8) + 3;
  const indent = `\n${' '.repeat(width + 2)}`;
  return options
    .map(([flags, meaning]) => `  ${flags.padEnd(width)}${meaning.replaceAll('\n', indent)}`)
    .join('\n');
}

/** The commands `help` and `<command> --help` know. */
export const COMMAND_NAMES = Object.keys(HELP);

/** The help of one command: its synopsis and every option it takes. */
export function commandHelp(name: string): string {
  const help = HELP[name]!;
  return [
    `release-policy ${name} — ${help.summary}`,
    '',
    'Usage:',
    `  ${help.synopsis}`,
    ...(help.options.length > 0 ? ['', `Options for ${name}:`, optionLines(help.options)] : []),
    '',
    FOOTER,
  ].join('\n');
}

/** The whole usage: every command, then each command's options. The site's CLI page is built from it. */
export const USAGE = [
  TITLE,
  '',
  'Usage:',
  ...Object.values(HELP).map((h) => `  ${h.synopsis}`),
  ...Object.entries(HELP)
    .filter(([, h]) => h.options.length > 0)
    .flatMap(([name, h]) => ['', `Options for ${name}:`, optionLines(h.options)]),
  '',
  FOOTER,
  'One command and its options: release-policy COMMAND --help, or release-policy help COMMAND.',
].join('\n');
