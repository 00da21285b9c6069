// The built docs site in Chromium: pages render, copy buttons copy the real templates, the calendar
// shows the year-end freeze (with JavaScript and without), search finds rule pages, the playground
// runs the engine, and axe finds nothing serious on the pages people work in (every page: site-axe).
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, builtPages, type StaticServer } from './helpers/site.ts';
import { siteInChromium, type SiteInChromium } from './helpers/site-chromium.ts';
import { seriousViolations } from './helpers/axe.ts';
import { octoacmePolicy } from './helpers/rules.ts';
import { calendarWithCollected } from '../action/src/engine/releases.ts';
import { COMMAND_NAMES, commandHelp } from '../action/src/cli/usage.ts';
import { calendarOccurrences, releaseWindow, Temporal } from '../action/src/engine/calendar/index.ts';

let site: SiteInChromium | undefined;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  site = await siteInChromium();
  ({ server, browser } = site);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
}, 300_000);

afterAll(async () => {
  await site?.close();
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

  it('the sign-off matrix fits a desktop column: no column hidden behind a scroll', async () => {
    const page = await open(`${BASE}/reference/signoffs/`);
    const [scroll, client] = await page
      .locator('table.rp-matrix')
      .evaluate((t) => [t.parentElement!.scrollWidth, t.parentElement!.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client!);
    await page.close();
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
      // Byte for byte, the final newline included.
      expect(copied).toBe(readFileSync(`templates/${file}`, 'utf8'));
      expect(await page.locator(`a[href="${BASE}/templates/${file}"][download]`).count()).toBe(1);
      await page.close();
    });
  }
});

describe('copy buttons', () => {
  /** The bytes a block shows of a file: all of it, or lines `from-to` with their line breaks. */
  function bytesOf(file: string, lines: string | null): string {
    const text = readFileSync(file, 'utf8');
    if (lines === null) return text;
    const [from, to] = lines.split('-').map(Number);
    return (text.match(/[^\n]*\n|[^\n]+$/g) ?? []).slice(from! - 1, to).join('');
  }

  it('copy every file quoted on the templates, rule and reference pages exactly as it is on disk, and every other file block with its final newline', async () => {
    const copying = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // What the page hands the clipboard, as the copy button's own script hands it.
    await copying.addInitScript(() => {
      const copied: string[] = [];
      Object.assign(window, { copied });
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (text: string) => void copied.push(text) },
      });
    });
    const page = await copying.newPage();
    const failures: string[] = [];
    let blocks = 0;
    for (const path of builtPages().filter((p) => /\/(templates|rules|reference)\/[^/]+\/$/.test(p))) {
      await page.goto(server.origin + path);
      // Each block's own button, clicked in the page (the templates' tests above click as a person would).
      const quoted = await page.locator('[data-file]').evaluateAll((blocks) =>
        blocks.map((block) => {
          const copied = (window as unknown as { copied: string[] }).copied;
          block.querySelector<HTMLButtonElement>('.copy button')!.click();
          return {
            file: block.getAttribute('data-file')!,
            lines: block.getAttribute('data-lines'),
            copied: copied.pop(),
          };
        }),
      );
      for (const { file, lines, copied } of quoted) {
        if (copied !== bytesOf(file, lines)) failures.push(`${path}: ${file} ${lines ?? ''}`);
        blocks++;
      }
      // The other blocks: a titled one is a file (its lines, each ending in a newline); a terminal
      // command comes without a final newline, so that pasting it does not run it.
      const others = await page.locator('.expressive-code:not([data-file] *)').evaluateAll((codes) =>
        codes.map((code) => {
          const copied = (window as unknown as { copied: string[] }).copied;
          code.querySelector<HTMLButtonElement>('.copy button')!.click();
          const lines = [...code.querySelectorAll('.ec-line')].map((l) => l.textContent ?? '').join('\n');
          const figure = code.querySelector('figure')!;
          const titled = !figure.classList.contains('is-terminal') && figure.classList.contains('has-title');
          return { copied: copied.pop(), lines, titled, terminal: figure.classList.contains('is-terminal') };
        }),
      );
      for (const o of others) {
        if (o.titled && o.copied !== `${o.lines}\n`)
          failures.push(`${path}: ${JSON.stringify(o.lines.slice(0, 40))}`);
        if (o.terminal && o.copied?.endsWith('\n')) failures.push(`${path}: a command ends in a newline`);
      }
    }
    expect(failures).toEqual([]);
    // Every template, and at least a failing example on every rule page.
    expect(blocks).toBeGreaterThan(
      builtPages().filter((p) => /\/(templates|rules)\/[^/]+\/$/.test(p)).length,
    );
    await copying.close();
  }, 120_000);
});

describe('the calendar', () => {
  /** The first December among the months shown, and its cells' windows (`data-windows`). */
  async function december(page: Page): Promise<{ year: string; windows: Map<number, string> }> {
    const months = await page.locator('section.rp-month').evaluateAll((ms) => ms.map((m) => m.id));
    const id = months.find((m) => m.endsWith('-12'));
    expect(id, 'a December among the 12 months shown').toBeDefined();
    const year = id!.slice('month-'.length, 'month-'.length + 4);
    const windows = new Map<number, string>();
    for (let day = 1; day <= 31; day++) {
      const cell = page.locator(`td[data-date="${year}-12-${String(day).padStart(2, '0')}"]`);
      windows.set(day, (await cell.getAttribute('data-windows')) ?? '');
    }
    return { year, windows };
  }

  /** The months shown now. */
  const shownMonths = (page: Page) =>
    page
      .locator('section.rp-month')
      .evaluateAll((ms) => ms.filter((m) => getComputedStyle(m).display !== 'none').map((m) => m.id));

  it('places the year-end freeze on Dec 18–31 (2026, while it is among the months shown), shaded all day, and not before', async () => {
    const page = await open(`${BASE}/calendar/`);
    const { year, windows } = await december(page);
    const built = await page.locator('main').innerText();
    if (
      /from (January|February|March|April|May|June|July|August|September|October|November|December) 2026/.test(
        built,
      )
    ) {
      expect(year).toBe('2026');
    }
    for (const [day, ids] of windows) {
      expect(ids.split(' ').includes('year-end-freeze'), `Dec ${day}: ${ids}`).toBe(day >= 18);
    }
    expect(await page.locator(`td[data-date="${year}-12-18"]`).getAttribute('class')).toContain(
      'rp-blocked-all-day',
    );
    expect(
      await page.locator('a[href^="webcal://octoacme.github.io/release-policy/calendar.ics"]').count(),
    ).toBe(1);
    await page.close();
  });

  it('draws the weekly weekend blackout as shading, never as a label repeated on each day', async () => {
    const page = await open(`${BASE}/calendar/`);
    const chips = await page.locator('.rp-grid a.rp-chip').allInnerTexts();
    expect(chips.length).toBeGreaterThan(0);
    expect(chips.filter((c) => c.includes('No weekend deploys'))).toEqual([]);
    // A Friday in the first month shown: hatched from 15:00, and says so to a screen reader.
    const friday = page.locator('section.rp-month.rp-initial td.rp-day').nth(0);
    expect(await friday.count()).toBe(1);
    const fridays = page.locator('section.rp-month.rp-initial tr td:nth-child(6).rp-day');
    expect(await fridays.first().getAttribute('class')).toContain('rp-blocked-hard');
    expect(await fridays.first().locator('.sr-only').first().innerText()).toBe(
      'Weekday deploy hours 08:00–18:00. No weekend deploys from 15:00.',
    );
    await page.close();
  });

  for (const width of [1280, 390]) {
    it(`at ${width} px, gives every entry its details: a blackout its blocks, how hard and its emergency exception, a release its manager, window and dependencies`, async () => {
      const calendar = octoacmePolicy().calendar!.data;
      const screen = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await open(`${BASE}/calendar/`, screen);
      const entries = page.locator('.rp-agenda details');
      expect(await entries.count()).toBeGreaterThan(10);
      expect(await entries.first().isVisible()).toBe(true);
      expect(await page.locator('.rp-agenda details:not(:has(dl dt))').count()).toBe(0);
      // Every blackout and holiday: what it blocks, hard or soft, and whether an emergency may pass.
      const blocking = await page
        .locator('.rp-agenda li:is([data-kind="blackout"], [data-kind="holiday"]) details')
        .evaluateAll((ds) => ds.map((d) => d.textContent ?? ''));
      expect(blocking.length).toBeGreaterThan(3);
      for (const text of blocking) {
        expect(text).toMatch(/Blocks\s*(patch|minor|major).*: (hard|soft)/);
        expect(text).toContain('Emergency exception');
      }
      const freeze = page.locator('details[id^="year-end-freeze-"]').first();
      await freeze.locator('summary').click();
      const text = await freeze.innerText();
      expect(text).toContain('patch, minor and major releases: hard');
      expect(text).toMatch(
        /patch release fixing a SEV1 or SEV2 incident may pass .* approved by a Release Manager/,
      );
      // Every planned release shown: its manager, its window and a link to each dependency.
      let releases = 0;
      for (const r of calendar.releases ?? []) {
        const slug = `release-${r.product}-${r.version}-`.replace(/[^A-Za-z0-9_-]/g, '-');
        const entry = page.locator(`details[id^="${slug}"]:not([id*="-in-"])`);
        if ((await entry.count()) === 0) continue; // before the months shown
        releases++;
        const facts = (await entry.textContent())!;
        // Facts compared without white space: a <dt> and its <dd> may or may not have a space between.
        const flat = (t: string) => t.replace(/\s+/g, '');
        expect(flat(facts), slug).toContain(flat(`Release manager ${r.manager ?? 'not named'}`));
        expect(facts, slug).toMatch(/Window\s*\w{3} \d+ \w{3} \d{4}, \d\d:\d\d/);
        for (const d of r.depends_on ?? []) {
          const planned = calendar.releases?.some((p) => p.product === d.product && p.version === d.version);
          const link = entry.locator('dd a', { hasText: `${d.product} ${d.version}` });
          expect(await link.count(), `${slug} after ${d.product} ${d.version}`).toBe(planned ? 1 : 0);
          expect(flat(facts)).toContain(flat(`Ships after ${d.product} ${d.version}`));
        }
      }
      expect(releases).toBeGreaterThan(3);
      const release = page.locator('details[id^="release-payments-api-2-4-0-"]');
      if ((await release.count()) > 0) {
        await release.locator('summary').click();
        const details = await release.innerText();
        expect(details).toContain('@dana');
        expect(details).toContain('15:00–17:00');
        const dependency = release.locator('a', { hasText: 'ledger 5.1.0' });
        expect(await dependency.getAttribute('href')).toMatch(/^#release-ledger-5-1-0-/);
      }
      if (width > 800) {
        // A chip in the month grid opens its entry in the agenda.
        const chip = page.locator('section.rp-month.rp-initial a.rp-chip').first();
        const target = (await chip.getAttribute('href'))!.slice(1);
        await chip.click();
        expect(await page.locator(`details[id="${target}"]`).getAttribute('open')).not.toBeNull();
      }
      await screen.close();
    });
  }

  it('shows one month at a time and moves between months with JavaScript', async () => {
    const page = await open(`${BASE}/calendar/`);
    const [first] = await shownMonths(page);
    expect(await shownMonths(page)).toHaveLength(1);
    const next = page.locator(`section#${first} a[rel="next"]`);
    const wanted = (await next.getAttribute('href'))!.slice(1);
    const top = await page.evaluate(() => scrollY);
    await next.click();
    expect(await shownMonths(page)).toEqual([wanted]);
    expect(await page.evaluate(() => scrollY)).toBe(top);
    await page.locator(`section#${wanted} a[rel="prev"]`).click();
    expect(await shownMonths(page)).toEqual([first]);
    // The month picker jumps anywhere.
    const last = page.locator('.rp-month-picker a').last();
    await last.click();
    expect(await shownMonths(page)).toEqual([(await last.getAttribute('href'))!.slice(1)]);
    await page.close();
  });

  it('works without JavaScript: months by their address, filters by checkbox', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await open(`${BASE}/calendar/`, noJs);
    const { windows } = await december(page);
    expect(windows.get(24)).toContain('year-end-freeze');
    const [first] = await shownMonths(page);
    expect(await shownMonths(page)).toHaveLength(1);
    const next = page.locator(`section#${first} a[rel="next"]`);
    const wanted = (await next.getAttribute('href'))!.slice(1);
    await next.click();
    expect(await shownMonths(page)).toEqual([wanted]);
    expect(await page.getByRole('heading', { name: 'Agenda' }).count()).toBe(1);

    const releases = page.locator('.rp-agenda li[data-kind="release"]');
    expect(await releases.first().isVisible()).toBe(true);
    await page.locator('#f-kind-release').uncheck();
    expect(
      await releases.evaluateAll((ls) => ls.filter((l) => getComputedStyle(l).display !== 'none').length),
    ).toBe(0);
    await page.locator('#f-kind-release').check();
    await page.locator('#f-product-ledger').uncheck();
    const shown = await releases.evaluateAll((ls) =>
      ls.filter((l) => getComputedStyle(l).display !== 'none').map((l) => l.getAttribute('data-product')),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).not.toContain('ledger');
    await noJs.close();
  });

  it('without JavaScript, keeps the month the reader is on when a chip leads to the agenda, and comes back to it', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await open(`${BASE}/calendar/`, noJs);
    const months = await page.locator('section.rp-month').evaluateAll((ms) => ms.map((m) => m.id));
    // Four months past the first with chips (the first chip of a month may be an entry that began
    // the month before).
    let checked = 0;
    for (const month of months.slice(1)) {
      const chips = page.locator(`section#${month} a.rp-chip`);
      if ((await chips.count()) === 0) continue;
      if (checked === 4) break;
      await page.locator(`.rp-month-picker a[href="#${month}"]`).click();
      expect(await shownMonths(page)).toEqual([month]);
      for (const chip of [chips.first(), chips.last()]) {
        const target = (await chip.getAttribute('href'))!.slice(1);
        await chip.click();
        expect(await page.evaluate(() => location.hash)).toBe(`#${target}`);
        expect(await shownMonths(page), `${month} → #${target}`).toEqual([month]);
        // The entry links back to its month in the grid.
        await page.locator(`details[id="${target}"] summary`).click();
        await page.locator(`details[id="${target}"] a[href="#${month}"]`).click();
        expect(await shownMonths(page)).toEqual([month]);
      }
      checked++;
    }
    expect(checked).toBe(4);
    await noJs.close();
  });

  it('lists an entry that runs into the next month in that month too, and its chip there opens that listing', async () => {
    const page = await open(`${BASE}/calendar/`);
    const continued = page.locator('.rp-agenda details[id*="-in-"]');
    expect(await continued.count()).toBeGreaterThan(0);
    const id = (await continued.first().getAttribute('id'))!;
    const month = /-in-(\d{4}-\d{2})$/.exec(id)![1]!;
    expect(await page.locator(`.rp-agenda-month[data-month="${month}"] details[id="${id}"]`).count()).toBe(1);
    const chip = page.locator(`section#month-${month} a.rp-chip[href="#${id}"]`).first();
    await page.locator(`.rp-month-picker a[href="#month-${month}"]`).click();
    await chip.click();
    expect(await page.locator(`details[id="${id}"]`).getAttribute('open')).not.toBeNull();
    expect(await shownMonths(page)).toEqual([`month-${month}`]);
    // And back up to the month in the grid.
    await page.locator(`details[id="${id}"] .rp-to-month a`).click();
    expect(await shownMonths(page)).toEqual([`month-${month}`]);
    expect(await page.locator(`#month-${month}-title`).isVisible()).toBe(true);
    expect(
      await page.locator(`#month-${month}-title`).evaluate((h) => h.getBoundingClientRect().top),
    ).toBeLessThan(900);
    await page.close();
  });

  it('is an agenda on a phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await open(`${BASE}/calendar/`, phone);
    expect(await page.locator('.rp-months').isVisible()).toBe(false);
    expect(await page.locator('.rp-agenda details').first().isVisible()).toBe(true);
    await phone.close();
  });
});

describe('the release timeline', () => {
  for (const width of [1280, 390]) {
    it(`at ${width} px, draws every planned release of the calendar, an arrow per dependency, and the critical chain`, async () => {
      // The calendar's releases with the collected ones drawn in: one bar per release, however many plan it.
      const policy = octoacmePolicy();
      const merged = calendarWithCollected(policy.calendar!.data, policy.releases ? [policy.releases] : []);
      const releases = [
        ...new Map((merged.releases ?? []).map((r) => [`${r.product} ${r.version}`, r])).values(),
      ];
      expect(releases.length).toBeGreaterThan((policy.calendar!.data.releases ?? []).length);
      const screen = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await open(`${BASE}/timeline/`, screen);
      let arrows = 0;
      for (const r of releases) {
        const key = `${r.product} ${r.version}`;
        expect(await page.locator(`svg g[data-release="${key}"] rect.rp-bar-svg`).count(), key).toBe(1);
        expect(await page.locator(`table tr[data-release="${key}"]`).count(), key).toBe(1);
        for (const d of r.depends_on ?? []) {
          if (!releases.some((p) => p.product === d.product && p.version === d.version)) continue;
          const arrow = page.locator(`svg path[data-from="${d.product} ${d.version}"][data-to="${key}"]`);
          expect(await arrow.count(), `${d.product} ${d.version} → ${key}`).toBe(1);
          arrows++;
        }
      }
      // Nothing more than the calendar plans: a bar per release, an arrow per planned dependency.
      expect(await page.locator('svg g[data-release] rect.rp-bar-svg').count()).toBe(releases.length);
      expect(await page.locator('svg path[data-from]').count()).toBe(arrows);
      const critical = await page
        .locator('svg g.rp-critical')
        .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-release')));
      expect(critical).toEqual([
        'identity 4.0.0',
        'ledger 6.0.0',
        'payments-api 3.0.0',
        'checkout-web 3.13.0',
      ]);
      const caption = await page.locator('figcaption').innerText();
      expect(caption).toContain('identity 4.0.0 → ledger 6.0.0 → payments-api 3.0.0 → checkout-web 3.13.0');
      expect(caption).toContain('Every dependency is planned to ship before the release that needs it');
      // The frame scrolls on a phone, and a keyboard reaches it; the page itself does not scroll sideways.
      const frame = page.getByRole('region', { name: /Release timeline/ });
      expect(await frame.getAttribute('tabindex')).toBe('0');
      expect(await frame.isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screen.close();
    });
  }

  it('shades the weekly weekend blackout, Friday 15:00 to Monday 09:00, as the calendar repeats it: light, without labels', async () => {
    const calendar = octoacmePolicy().calendar!.data;
    const page = await open(`${BASE}/timeline/`);
    const group = page.locator('svg g.rp-recurring[data-blackout="weekend"]');
    expect(await group.count()).toBe(1);
    const shades = await group.locator('rect').evaluateAll((rs) =>
      rs.map((r) => ({
        start: r.getAttribute('data-start')!,
        end: r.getAttribute('data-end')!,
        x: Number(r.getAttribute('x')),
        opacity: Number(getComputedStyle(r).opacity),
      })),
    );
    expect(shades.length).toBeGreaterThan(4);
    // Exactly the engine's occurrences of the weekend blackout over the span drawn, none missing.
    const zone = calendar.timezone;
    const expected = calendarOccurrences(
      calendar,
      Temporal.Instant.from(shades[0]!.start),
      Temporal.Instant.from(shades.at(-1)!.end),
      ['blackout'],
    ).filter((o) => o.kind === 'blackout' && o.entry.id === 'weekend');
    expect(shades.map((s) => [s.start, s.end])).toEqual(
      expected.map((o) => [o.start.toString(), o.end.toString()]),
    );
    for (const s of shades) {
      const start = Temporal.Instant.from(s.start).toZonedDateTimeISO(zone);
      const end = Temporal.Instant.from(s.end).toZonedDateTimeISO(zone);
      expect([start.dayOfWeek, start.hour, start.minute], s.start).toEqual([5, 15, 0]);
      expect([end.dayOfWeek, end.hour, end.minute], s.end).toEqual([1, 9, 0]);
      expect(s.opacity).toBeLessThan(0.5);
    }
    expect(shades.map((s) => s.x)).toEqual(shades.map((s) => s.x).sort((a, b) => a - b));
    // The whole span of the planned releases is shaded, week by week.
    const starts = (calendar.releases ?? []).map((r) => releaseWindow(r).start.epochMilliseconds);
    const week = 7 * 24 * 3600 * 1000;
    expect(Temporal.Instant.from(shades[0]!.start).epochMilliseconds - week).toBeLessThanOrEqual(
      Math.min(...starts),
    );
    expect(Temporal.Instant.from(shades.at(-1)!.end).epochMilliseconds + week).toBeGreaterThanOrEqual(
      Math.max(...starts),
    );
    // Shading, not labels: no text in the SVG names it.
    expect(await group.locator('text').count()).toBe(0);
    expect(await page.locator('svg text', { hasText: /weekend/i }).count()).toBe(0);
    await page.close();
  });
});

describe('the CLI page', () => {
  for (const width of [1280, 390]) {
    it(`at ${width} px, describes every command the CLI's help knows, with its summary and every option`, async () => {
      const screen = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await open(`${BASE}/cli/`, screen);
      expect(COMMAND_NAMES.length).toBeGreaterThan(4);
      for (const name of COMMAND_NAMES) {
        const help = commandHelp(name);
        const section = page.locator(`section[data-command="${name}"]`);
        expect(await section.count(), name).toBe(1);
        expect(await section.locator('h3').innerText()).toBe(name);
        const text = (await section.innerText()).replace(/\s+/g, ' ');
        const summary = /^release-policy \S+ — (.+)$/m.exec(help)![1]!;
        expect(text.toLowerCase(), name).toContain(summary.toLowerCase());
        const flags = [...help.matchAll(/^ {2}(--[\w-]+)(?: \/ (--[\w-]+))?/gm)].flatMap((m) =>
          m.slice(1).filter(Boolean),
        );
        const shown = await section.locator('table td:first-child code').allInnerTexts();
        expect(shown.sort(), name).toEqual([...new Set(flags)].sort());
        expect(await section.isVisible()).toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screen.close();
    });
  }
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

describe('search ranking', () => {
  it("ranks the guide above the schema reference for the guide's own terms", async () => {
    const page = await open(`${BASE}/`);
    // Pagefind's own API, as the search box uses it: results come back best first.
    // (A string, so that the test runner leaves its dynamic import alone.)
    const ranked = (await page.evaluate(`(async () => {
      const pagefind = await import('${BASE}/pagefind/pagefind.js');
      const out = {};
      for (const term of ['SEV2', 'feature freeze', 'qa lead sign-off']) {
        const { results } = await pagefind.search(term);
        out[term] = await Promise.all(results.slice(0, 15).map(async (r) => (await r.data()).url));
      }
      return out;
    })()`)) as Record<string, string[]>;
    for (const [term, urls] of Object.entries(ranked)) {
      const guide = urls.findIndex((u) => u.includes('/guide/'));
      const schema = urls.findIndex((u) => /\/reference\/[a-z-]+-yml\//.test(u));
      expect(guide, `${term}: ${urls.join(' ')}`).toBeGreaterThanOrEqual(0);
      if (schema >= 0) expect(guide, `${term}: ${urls.join(' ')}`).toBeLessThan(schema);
    }
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

  for (const width of [1280, 390]) {
    it(`at ${width} px, checks as the page opens, underlines each finding at its line and moves the cursor there on a click`, async () => {
      const screen = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await open(`${BASE}/playground/`, screen);
      await page.locator('#pg-status[data-ok]').waitFor({ timeout: 20_000 });
      expect(await status(page)).toMatch(/^Fails: 1 error, /);
      expect(await page.locator('#pg-output').innerText()).toContain('release.yml:8:7: error:');

      // The editor: line numbers, the finding underlined on line 8 (the date), and a list entry for it.
      const release = page.locator('#pg-release-editor');
      await expect.poll(() => release.locator('.cm-lintRange-error').count()).toBe(1);
      expect(await release.locator('.cm-lintRange-error').innerText()).toContain('2026-12-21T15:00:00-05:00');
      expect(await release.locator('.cm-gutterElement', { hasText: /^8$/ }).count()).toBe(1);
      const entry = page.locator('#pg-findings button[data-severity="error"]', {
        hasText: 'release.yml:8:7',
      });
      expect(await entry.getAttribute('data-rule')).toBe('blackout-window');
      await entry.click();
      expect(await release.locator('.cm-activeLine').innerText()).toMatch(/^date: 2026-12-21T15:00:00-05:00/);
      // The mark is on line 8 of the editor, visible at this width.
      const mark = release.locator('.cm-lintRange-error');
      expect(await mark.isVisible()).toBe(true);
      const line = await mark.evaluate((m) => {
        const lines = [...m.closest('.cm-content')!.querySelectorAll('.cm-line')];
        return lines.indexOf(m.closest('.cm-line')!) + 1;
      });
      expect(line).toBe(8);
      await screen.close();
    });
  }

  it('re-checks as you type and keeps the whole state in a link that reproduces it', async () => {
    const page = await open(`${BASE}/playground/`);
    await settled(page, 'Fails');
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
    await settled(page, 'Fails');
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
