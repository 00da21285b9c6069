/**
 * The templates the site publishes, one page each at /templates/<slug>/ and the file itself at
 * /templates/<file>. The text always comes from the repository's templates/ folder; this list only
 * says how to present each file.
 */
export interface TemplateInfo {
  /** Page slug: /templates/<slug>/. */
  slug: string;
  /** File name under templates/ (and under /templates/ on the site). */
  file: string;
  title: string;
  /** One sentence: what it is for. */
  summary: string;
  /** Code block language. */
  lang: 'md' | 'yaml';
  /** Whether the page also shows the file rendered as Markdown. */
  rendered: boolean;
}

export const TEMPLATES: readonly TemplateInfo[] = [
  {
    slug: 'release-notes',
    file: 'release-notes.md',
    title: 'Standard release notes',
    summary:
      'Release notes for minor and major releases: highlights, what is new, breaking changes, migration steps and known issues.',
    lang: 'md',
    rendered: true,
  },
  {
    slug: 'hotfix-notes',
    file: 'hotfix-notes.md',
    title: 'Hotfix release notes',
    summary:
      'Release notes for patch releases: what was broken, what was fixed, who should upgrade and how to verify.',
    lang: 'md',
    rendered: true,
  },
  {
    slug: 'release-checklist',
    file: 'release-checklist.md',
    title: 'Release checklist',
    summary:
      'The Release Readiness Checklist: planning, pre-release, approvals, cross-functional coordination, deployment and post-release.',
    lang: 'md',
    rendered: true,
  },
  {
    slug: 'release-yml',
    file: 'release.yml',
    title: 'release.yml starter',
    summary:
      'The file the CLI and the GitHub Action check: one release of one product, with every key explained.',
    lang: 'yaml',
    rendered: false,
  },
];

export function templateBySlug(slug: string): TemplateInfo | undefined {
  return TEMPLATES.find((t) => t.slug === slug);
}
