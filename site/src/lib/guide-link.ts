/**
 * What a rule's `meta.guide` (a site path such as `guide/planning/#release-calendar`) points at, in
 * words: the page's title and the heading's text, read from the docs collection, or a reference
 * page's label. Falls back to the path itself.
 */
import { getEntry, render } from 'astro:content';
import { REFERENCE_PAGES } from './nav.ts';

export async function guideLinkText(target: string): Promise<string> {
  const [path = '', fragment] = target.split('#');
  const slug = path.replace(/^\/|\/$/g, '');
  const reference = REFERENCE_PAGES.find((p) => p.slug === slug);
  if (reference) return reference.label;
  const entry = await getEntry('docs', slug);
  if (!entry) return target;
  let text = entry.data.title;
  if (fragment) {
    const { headings } = await render(entry);
    const heading = headings.find((h) => h.slug === fragment);
    if (heading) text += ` › ${heading.text}`;
  }
  return text;
}
