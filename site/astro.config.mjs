// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { sidebar } from './src/lib/nav.ts';

// https://octoacme.github.io/release-policy/: the docs site. Everything it shows about the policy is
// read from the repository (schemas/, policies/, templates/, examples/, action/src/) at build time.
export default defineConfig({
  // Astro 7's default ('jsx') drops the space at a line break before an inline element; keep it.
  compressHTML: true,
  site: 'https://octoacme.github.io',
  base: '/release-policy',
  trailingSlash: 'ignore',
  integrations: [
    starlight({
      title: 'release-policy',
      description:
        "OctoAcme's Release & Deployment Guide, as a guide to read and as a policy the CLI and GitHub Action enforce.",
      social: [{ icon: 'github', label: 'GitHub', href: 'https://github.com/octoacme/release-policy' }],
      editLink: { baseUrl: 'https://github.com/octoacme/release-policy/edit/main/site/' },
      lastUpdated: false,
      sidebar,
      components: {
        // Keeps the search button's accessible name in step with its visible text (axe:
        // label-content-name-mismatch).
        Search: './src/components/Search.astro',
      },
      customCss: ['./src/styles/site.css'],
      // Code blocks: see ec.config.mjs.
    }),
  ],
  vite: {
    // The engine, policy, schemas, templates and examples live above site/.
    server: { fs: { allow: ['..'] } },
    // Starlight and Astro use js-yaml 4 from their own node_modules, but the repository root holds
    // js-yaml 5 (no default export): bundle it so each importer keeps the copy it resolves to,
    // instead of the prerender output (site/dist) resolving the root's.
    environments: { prerender: { resolve: { noExternal: ['js-yaml'] } } },
  },
});
