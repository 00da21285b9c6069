/** The three JSON Schemas and the reference page of each. */
export const SCHEMA_PAGES = [
  {
    name: 'release',
    slug: 'release-yml',
    title: 'release.yml reference',
    file: 'release.yml',
    what: 'one release of one product',
  },
  {
    name: 'policy',
    slug: 'policy-yml',
    title: 'Policy reference (policy.yml)',
    file: 'policy.yml',
    what: 'a release policy',
  },
  {
    name: 'calendar',
    slug: 'calendar-yml',
    title: 'Calendar reference (calendar.yml)',
    file: 'calendar.yml',
    what: 'a release calendar',
  },
] as const;
