/// <reference types="vite/client" />
/**
 * The repository's data files, as Vite imports them (`?raw`): the default policy and calendar, the
 * templates, the schemas and the example repos. The site never copies them; it reads these at
 * build time, and the playground bundles them for the browser.
 *
 * Keys are repository paths (`policies/octoacme/policy.yml`), the paths the engine's host reads.
 */
const UP = '../../../';

function byRepoPath(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([path, text]) => {
      if (!path.startsWith(UP)) throw new Error(`unexpected import path ${path}`);
      return [path.slice(UP.length), text];
    }),
  );
}

/** policies/<name>/policy.yml, calendar.yml and the collected releases.json. */
export const POLICY_FILES = byRepoPath(
  import.meta.glob<string>(['../../../policies/*/*.yml', '../../../policies/*/*.json'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);

/** templates/<file>. */
export const TEMPLATE_FILES = byRepoPath(
  import.meta.glob<string>('../../../templates/*', { query: '?raw', import: 'default', eager: true }),
);

/** schemas/<name>.schema.json, as text (the exact file). */
export const SCHEMA_FILES = byRepoPath(
  import.meta.glob<string>('../../../schemas/*.schema.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);

/** examples/<case>/**: every file of every example repo, expected.json included. */
export const EXAMPLE_FILES = byRepoPath(
  import.meta.glob<string>(['../../../examples/**/*', '../../../examples/**/.*'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);

/** action.yml at the root, when it exists. */
export const ACTION_YML: string | undefined = Object.values(
  import.meta.glob<string>('../../../action.yml', { query: '?raw', import: 'default', eager: true }),
)[0];

/** The text of a repository file the site knows; throws for one it does not. */
export function repoFile(path: string): string {
  const text = POLICY_FILES[path] ?? TEMPLATE_FILES[path] ?? SCHEMA_FILES[path] ?? EXAMPLE_FILES[path];
  if (text === undefined) throw new Error(`the site does not import ${path}`);
  return text;
}
