// The built docs site in Chromium: pages render, copy buttons copy the real templates, the calendar
// shows the year-end freeze (with JavaScript and without), search finds rule pages, the playground
// runs the engine, and axe finds no serious or critical accessibility problems.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE,
  CHROMIUM_ARGS,
  builtPages,
  ensureSiteBuilt,
  serveSite,
  type StaticServer,
} from './helpers/site.ts';
import { requireBrowser } from './helpers/browser.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  const executablePath = requireBrowser();
  await ensureSiteBuilt();
  server = await serveSite();
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a site path in a fresh tab; fails on an HTTP error or an uncaught page error. */
async function open(path: string, on: BrowserContext = context): Promise<Page> {
  const page = await on.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(server.origin + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  expect(errors, path).toEqual([]);
  return page;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Expressive Code makes a code block that overflows focusable (tabindex) once it has measured it.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.expressive-code pre')].every(
      (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
    ),
  );
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(root: Document): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

const guidePage = () =>
  builtPages().find((p) => p.startsWith(`${BASE}/guide/`) && p !== `${BASE}/guide/`) ??
  builtPages().find((p) => p.startsWith(`${BASE}/guide/`));

describe('pages in Chromium', () => {
  it('the home, a guide, a template, the calendar and a rule page render with their title and the sidebar', async () => {
    for (const path of [
      `${BASE}/`,
      guidePage(),
      `${BASE}/templates/release-notes/`,
      `${BASE}/calendar/`,
      `${BASE}/rules/blackout-window/`,
    ]) {
      if (path === undefined) continue; // no guide page written yet
      const page = await open(path);
      expect(await page.locator('main h1').first().innerText(), path).not.toBe('');
      if (path !== `${BASE}/`) {
        expect(await page.locator('nav[aria-label="Main"] a').count(), path).toBeGreaterThan(20);
      }
      await page.close();
    }
  });

  it('every page: axe finds nothing serious or critical', async () => {
    const failures: string[] = [];
    const page = await context.newPage();
    for (const path of builtPages()) {
      const response = await page.goto(server.origin + path, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      failures.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`));
    }
    await page.close();
    expect(failures).toEqual([]);
  }, 150_000);

  it('the dark theme: axe finds nothing serious or critical on the generated pages', async () => {
    const dark = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
    const failures: string[] = [];
    for (const path of [
      `${BASE}/calendar/`,
      `${BASE}/rules/blackout-window/`,
      `${BASE}/reference/signoffs/`,
      `${BASE}/templates/release-checklist/`,
      `${BASE}/playground/`,
    ]) {
      const page = await open(path, dark);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      failures.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`));
      await page.close();
    }
    await dark.close();
    expect(failures).toEqual([]);
  });

  it('stay accessible on a phone: the search button keeps its name', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await open(`${BASE}/`, phone);
    expect(await page.getByRole('button', { name: 'Search', exact: true }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await phone.close();
  });
});

describe('templates', () => {
  for (const [slug, file] of [
    ['release-notes', 'release-notes.md'],
    ['release-yml', 'release.yml'],
  ] as const) {
    it(`${slug}: the copy button puts templates/${file} on the clipboard, exactly`, async () => {
      const page = await open(`${BASE}/templates/${slug}/`);
      const block = page.locator('figure', {
        has: page.locator('figcaption', { hasText: `templates/${file}` }),
      });
      await block.hover();
      await block.locator('.copy button').click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const source = readFileSync(`templates/${file}`, 'utf8');
      // Expressive Code drops the file's final newline from the block; every other byte is the file's.
      expect(copied.replace(/\n?$/, '\n')).toBe(source);
      expect(await page.locator(`a[href="${BASE}/templates/${file}"][download]`).count()).toBe(1);
      await page.close();
    });
  }
});

describe('the calendar', () => {
  async function decemberCells(page: Page): Promise<{ year: string; cells: Map<number, string> }> {
    const months = await page.locator('section.rp-month h3').evaluateAll((hs) => hs.map((h) => h.id));
    const december = months.find((id) => id.endsWith('-12'));
    expect(december, 'a December among the 12 months shown').toBeDefined();
    const year = december!.slice('month-'.length, 'month-'.length + 4);
    const cells = new Map<number, string>();
    for (let day = 1; day <= 31; day++) {
      cells.set(
        day,
        await page.locator(`td[data-date="${year}-12-${String(day).padStart(2, '0')}"]`).innerText(),
      );
    }
    return { year, cells };
  }

  it('shows "Year-end freeze" on Dec 18–31 (2026, while it is among the months shown) and not before', async () => {
    const page = await open(`${BASE}/calendar/`);
    const { year, cells } = await decemberCells(page);
    const built = await page.locator('main').innerText();
    if (/built on 2026-(0\d|1[0-2])/.test(built)) expect(year).toBe('2026');
    for (const [day, text] of cells) {
      expect(text.includes('Year-end freeze'), `Dec ${day}: ${text}`).toBe(day >= 18);
    }
    expect(await page.locator(`td[data-date="${year}-12-18"]`).getAttribute('class')).toContain(
      'rp-blocked-all-day',
    );
    expect(
      await page.locator('a[href^="webcal://octoacme.github.io/release-policy/calendar.ics"]').count(),
    ).toBe(1);
    await page.close();
  });

  it('works without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await open(`${BASE}/calendar/`, noJs);
    const { cells } = await decemberCells(page);
    expect(cells.get(24)).toContain('Year-end freeze');
    expect(await page.getByRole('heading', { name: 'Coming up' }).count()).toBe(1);
    await noJs.close();
  });
});

describe('search', () => {
  it('finds the blackout-window rule page for "blackout"', async () => {
    const page = await open(`${BASE}/`);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const input = page.locator('#starlight__search input');
    await input.waitFor();
    await input.fill('blackout');
    const wanted = page.locator(`#starlight__search a[href*="/rules/blackout-window/"]`);
    const more = page.locator('#starlight__search button.pagefind-ui__button');
    await page.locator('#starlight__search .pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    // Pagefind lists a few results at a time: load more until the page shows up or none are left.
    for (let i = 0; i < 10 && (await wanted.count()) === 0 && (await more.count()) > 0; i++) {
      await more.click();
      await page.waitForTimeout(200);
    }
    expect(await wanted.count()).toBeGreaterThan(0);
    await page.close();
  });
});

// The editor and the engine load after the page: generous bounds for a loaded machine.
describe('the playground', { timeout: 90_000 }, () => {
  const status = (page: Page) => page.locator('#pg-status').innerText();
  /** Waits for the last check to finish (the form drops `data-busy`), with a status that starts so. */
  const settled = (page: Page, start: string) =>
    page.waitForFunction(
      (s) =>
        !document.querySelector('#pg-form')?.hasAttribute('data-busy') &&
        document.querySelector('#pg-status')?.textContent?.startsWith(s),
      start,
      { timeout: 40_000 },
    );
  /** Replaces an editor's whole text, as a person pasting it would. */
  async function paste(page: Page, editor: string, text: string): Promise<void> {
    await page.locator(`[data-editor="${editor}"]`).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(text);
  }
  const editorText = (page: Page, editor: string) =>
    page
      .locator(`[data-editor="${editor}"]`)
      .evaluate((el) => [...el.querySelectorAll('.cm-line')].map((line) => line.textContent).join('\n'));

  it('checks as the page opens, underlines each finding at its line and moves the cursor there on a click', async () => {
    const page = await open(`${BASE}/playground/`);
    await page.locator('#pg-status[data-ok]').waitFor({ timeout: 20_000 });
    expect(await status(page)).toMatch(/^Fails: 1 error, 0 warnings/);
    expect(await page.locator('#pg-output').innerText()).toContain('release.yml:8:7: error:');

    // The editor: line numbers, the finding underlined on line 8 (the date), and a list entry for it.
    const release = page.locator('#pg-release-editor');
    await expect.poll(() => release.locator('.cm-lintRange-error').count()).toBe(1);
    expect(await release.locator('.cm-lintRange-error').innerText()).toContain('2026-12-21T15:00:00-05:00');
    expect(await release.locator('.cm-gutterElement', { hasText: /^8$/ }).count()).toBe(1);
    const entry = page.locator('#pg-findings button', { hasText: 'release.yml:8:7' });
    expect(await entry.getAttribute('data-rule')).toBe('blackout-window');
    await entry.click();
    expect(await release.locator('.cm-activeLine').innerText()).toMatch(/^date: 2026-12-21T15:00:00-05:00/);
    await page.close();
  });

  it('re-checks as you type and keeps the whole state in a link that reproduces it', async () => {
    const page = await open(`${BASE}/playground/`);
    await page.locator('#pg-example').selectOption('minor-compliant');
    await settled(page, 'Passes');
    const text = await editorText(page, 'pg-release');
    expect(text).toMatch(/^ {2}- \{ role: qa-lead.*$/m);
    await paste(page, 'pg-release', text.replace(/^ {2}- \{ role: qa-lead.*\n/m, ''));
    await settled(page, 'Fails');
    expect(await page.locator('#pg-findings button[data-rule="signoff-required"]').count()).toBeGreaterThan(
      0,
    );
    const before = await page.evaluate(() => location.hash);
    await page.locator('input[name="mode"][value="deploy"]').check();
    await page.waitForFunction((hash) => location.hash !== hash, before);
    const link = page.url();
    await page.close();

    const again = await open(new URL(link).pathname + new URL(link).hash);
    await settled(again, 'Fails');
    expect(await again.locator('#pg-example').inputValue()).toBe('minor-compliant');
    expect(await again.locator('input[name="mode"]:checked').inputValue()).toBe('deploy');
    expect(await editorText(again, 'pg-release')).not.toMatch(/role: qa-lead/);
    expect(await again.locator('#pg-findings button[data-rule="signoff-required"]').count()).toBeGreaterThan(
      0,
    );
    await again.close();
  });

  it('says when schema errors hide the other rules', async () => {
    const page = await open(`${BASE}/playground/`);
    await settled(page, 'Fails');
    const text = await editorText(page, 'pg-release');
    await paste(page, 'pg-release', text.replace(/^type: minor$/m, 'type: small'));
    await page.locator('#pg-findings button[data-rule="schema"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('#pg-note').innerText()).toMatch(/other rules did not run/);
    await page.close();
  });

  it('checks against a pasted team policy that extends OctoAcme, and marks an invalid one at its line', async () => {
    const page = await open(`${BASE}/playground/`);
    await page.locator('#pg-example').selectOption('minor-compliant');
    await settled(page, 'Passes');
    await page.locator('#pg-policy-choice').selectOption('team');
    await paste(
      page,
      'pg-policy',
      'extends: octoacme\nname: payments\ntypes:\n  minor:\n    signoffs: [qa-lead, tech-lead, product-owner, release-manager, devops, security]\n',
    );
    await settled(page, 'Fails');
    expect(await page.locator('#pg-findings button[data-rule="signoff-required"]').innerText()).toMatch(
      /security/i,
    );

    await paste(page, 'pg-policy', 'extends: octoacme\nseverity:\n  no-such-rule: error\n');
    await settled(page, 'The team policy is not valid');
    await expect.poll(() => page.locator('#pg-policy-editor .cm-lintRange-error').count()).toBe(1);
    expect(await page.locator('#pg-findings button').first().innerText()).toMatch(
      /^\.github\/release-policy\.yml:3:/,
    );
    await page.close();
  });

  for (const [width, scheme] of [
    [1280, 'light'],
    [390, 'dark'],
  ] as const) {
    it(`at ${width} px, ${scheme}: axe finds nothing serious with the editors and findings in place, and nothing overflows`, async () => {
      const screen = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
      const page = await open(`${BASE}/playground/`, screen);
      await settled(page, 'Fails');
      await page.locator('#pg-builder summary').click();
      await settled(page, 'Fails');
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screen.close();
    });
  }

  it('builds a release.yml the schema accepts from a few answers, live', async () => {
    const page = await open(`${BASE}/playground/`);
    await settled(page, 'Fails');
    await page.locator('#pg-builder summary').click();
    await page.locator('#pb-product').fill('billing');
    await page.locator('#pb-type').selectOption('major');
    await page.locator('#pb-version').fill('3.0.0');
    await page.locator('#pb-previous').fill('2.9.1');
    await page.waitForFunction(() =>
      document.querySelector('[data-editor="pg-release"]')?.textContent?.includes("version: '3.0.0'"),
    );
    const text = await editorText(page, 'pg-release');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text).toMatch(/^product: billing$/m);
    expect(text).toMatch(/^milestones: \{ planning: /m);
    await settled(page, 'Fails');
    const rules = await page
      .locator('#pg-findings button')
      .evaluateAll((b) => b.map((x) => x.getAttribute('data-rule')));
    expect(rules).toContain('signoff-required');
    expect(rules).not.toContain('schema');
    expect(rules).not.toContain('version-bump');
    await page.close();
  });
});
