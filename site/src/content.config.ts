import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// The guide and getting-started pages are Markdown/MDX in src/content/docs. Everything generated from
// the repository's data (templates, calendar, rules, policy and schema reference, action & CLI,
// playground) is a page under src/pages rendered with <StarlightPage>.
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
