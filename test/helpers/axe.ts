/** axe-core in a page of the built site: the violations that fail a test. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Loads axe-core into every page the context opens, as the page starts. V8 compiles the same init
 * script once per renderer, where a script tag added to each page is compiled again on every page
 * (a fifth of a second of CPU per page).
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE });
}

/** Rules held on every page whatever axe's impact for them: wide tables and duplicate landmarks. */
const ALWAYS = new Set(['scrollable-region-focusable', 'landmark-unique']);

/**
 * The screens every page is checked on: a phone and a desktop, each in both themes (every rule in
 * light, the colour rules in dark).
 */
export const SCREENS = [
  { width: 1280, scheme: 'light' },
  { width: 390, scheme: 'light' },
  { width: 390, scheme: 'dark' },
  { width: 1280, scheme: 'dark' },
] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * The rules whose outcome can change with the colour scheme alone: the theme changes colours, not the
 * document, so a dark screen needs only these once the same page passed every rule in light.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core's serious and critical violations on the page as it is now (of `only` these rules). */
export async function seriousViolations(page: Page, only?: readonly string[]): Promise<string[]> {
  // Expressive Code makes a code block that overflows focusable (tabindex) once it has measured it.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.expressive-code pre')].every(
      (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
    ),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: {
          run(root: Document, options: object): Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    const rules = only ? { runOnly: { type: 'rule', values: only } } : {};
    return (await axe.run(document, { resultTypes: ['violations'], ...rules })).violations;
  }, only);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || ALWAYS.has(v.id))
    .map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}
