// Every page of the built site on a phone and a desktop, light and dark: nothing scrolls sideways,
// and axe finds nothing serious or critical. Apart from site-browser so that the two run side by side.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLOUR_RULES, preloadAxe, SCREENS, seriousViolations } from './helpers/axe.ts';
import { BASE, builtPages, type StaticServer } from './helpers/site.ts';
import { siteInChromium, type SiteInChromium } from './helpers/site-chromium.ts';

let site: SiteInChromium | undefined;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await siteInChromium();
  ({ server, browser } = site);
}, 300_000);

afterAll(async () => {
  await site?.close();
});

describe(`every page under ${BASE}/`, () => {
  /** Runs `check` on every built page, three pages at a time, each in a window of its own. */
  async function everyPage(check: (page: Page, path: string) => Promise<string[]>) {
    const queue = [...builtPages()];
    const failures: string[] = [];
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        const window = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        await preloadAxe(window);
        const page = await window.newPage();
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          const response = await page.goto(server.origin + path, { waitUntil: 'load' });
          expect(response?.status(), path).toBe(200);
          failures.push(...(await check(page, path)).map((v) => `${path}: ${v}`));
        }
        await window.close();
      }),
    );
    return failures;
  }

  it('every page on a phone and a desktop, light and dark: no sideways scrolling, and axe finds nothing serious or critical', async () => {
    const failures = await everyPage(async (page) => {
      const found: string[] = [];
      // The window keeps the last page's screen (1280 px dark after SCREENS): start from it and go
      // back, so that no page is switched to a screen only to be switched again.
      const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      for (const { width, scheme } of dark ? SCREENS.toReversed() : SCREENS) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.waitForFunction((s) => document.documentElement.dataset.theme === s, scheme, {
          polling: 50,
        });
        const [scroll, client] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
        ]);
        const screen = `${width} px ${scheme}`;
        if (scroll! > client!) found.push(`${screen}: the page is ${scroll} px wide in ${client} px`);
        const only = scheme === 'dark' ? COLOUR_RULES : undefined;
        found.push(...(await seriousViolations(page, only)).map((v) => `${screen}: ${v}`));
      }
      return found;
    });
    expect(failures).toEqual([]);
  }, 1_200_000);
});
