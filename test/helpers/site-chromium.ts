/** The built site served on 127.0.0.1 and a Chromium to read it with, for the browser tests. */
import { chromium, type Browser } from 'playwright-core';
import { requireBrowser } from './browser.ts';
import { CHROMIUM_ARGS, ensureSiteBuilt, serveSite, type StaticServer } from './site.ts';

export interface SiteInChromium {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the site when it is stale, serves it and launches Chromium (or fails saying how to get one). */
export async function siteInChromium(): Promise<SiteInChromium> {
  const executablePath = requireBrowser();
  await ensureSiteBuilt();
  const server = await serveSite();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
