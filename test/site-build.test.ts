// The built docs site: every page's internal links and anchors resolve, the HTML is well formed,
// every rule, template and schema has its page or file, the raw files are the repository's bytes,
// and the .ics feed says what the calendar says.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarOccurrences, occurrenceId, Temporal } from '../action/src/engine/calendar/index.ts';
import { ruleMetas } from '../action/src/rules/index.ts';
import { SCHEMA_PAGES } from '../site/src/lib/schemas.ts';
import { TEMPLATES } from '../site/src/lib/templates.ts';
import { octoacmePolicy } from './helpers/rules.ts';
import {
  BASE,
  DIST,
  builtPages,
  ensureSiteBuilt,
  fileFor,
  htmlProblems,
  idsOf,
  linksOf,
  pageHtml,
  REPO,
} from './helpers/site.ts';

const SITE_ORIGIN = 'https://octoacme.github.io';

beforeAll(() => ensureSiteBuilt(), 300_000);

describe('the built site', () => {
  it('has every generated page: rules, templates, calendar, references, action, CLI, playground', () => {
    const pages = new Set(builtPages());
    const expected = [
      `${BASE}/`,
      `${BASE}/calendar/`,
      `${BASE}/rules/`,
      ...ruleMetas.map((m) => `${BASE}/rules/${m.id}/`),
      `${BASE}/templates/`,
      ...TEMPLATES.map((t) => `${BASE}/templates/${t.slug}/`),
      ...SCHEMA_PAGES.map((s) => `${BASE}/reference/${s.slug}/`),
      ...['', 'signoffs/', 'release-types/', 'waivers/', 'calendar-rules/', 'incidents/'].map(
        (p) => `${BASE}/reference/${p}`,
      ),
      `${BASE}/action/`,
      `${BASE}/cli/`,
      `${BASE}/playground/`,
    ];
    for (const page of expected) expect(pages, page).toContain(page);
  });

  it('links nowhere that does not exist: every internal link and #anchor on every page resolves', () => {
    const pages = builtPages();
    const ids = new Map<string, Set<string>>();
    const idsFor = (file: string) => {
      let set = ids.get(file);
      if (!set) {
        set = new Set(file.endsWith('.html') ? idsOf(readFileSync(file, 'utf8')) : []);
        ids.set(file, set);
      }
      return set;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const html = pageHtml(page);
      const here = new URL(page, SITE_ORIGIN);
      for (const href of linksOf(html)) {
        if (href === '' || /^(mailto|webcal|javascript|data|tel):/i.test(href)) continue;
        const target = new URL(href, here);
        if (target.origin !== SITE_ORIGIN) continue; // external: not ours to check offline
        if (!target.pathname.startsWith(`${BASE}/`) && target.pathname !== BASE) {
          broken.push(`${page}: ${href} (outside ${BASE})`);
          continue;
        }
        // Starlight's 404 page names itself as canonical; GitHub Pages serves it as 404.html.
        if (page === `${BASE}/404.html` && target.pathname === `${BASE}/404/`) continue;
        checked++;
        const file = fileFor(target.pathname);
        if (!file) {
          broken.push(`${page}: ${href} (no such page)`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && fragment !== '_top' && !idsFor(file).has(fragment)) {
          broken.push(`${page}: ${href} (no #${fragment} there)`);
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });

  it('is well-formed HTML: doctype, lang, balanced elements, unique ids', () => {
    const problems = builtPages().flatMap((page) => htmlProblems(pageHtml(page)).map((p) => `${page}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('serves each template at /templates/<file>, byte for byte', () => {
    for (const t of TEMPLATES) {
      const served = readFileSync(join(DIST, 'templates', t.file));
      expect(served.equals(readFileSync(join('templates', t.file))), t.file).toBe(true);
    }
  });

  it('serves each schema at its $id, byte for byte', () => {
    for (const name of ['release', 'policy', 'calendar']) {
      const source = readFileSync(`schemas/${name}.schema.json`);
      const id = (JSON.parse(source.toString('utf8')) as { $id: string }).$id;
      expect(id.startsWith(`${SITE_ORIGIN}${BASE}/`)).toBe(true);
      const file = fileFor(new URL(id).pathname);
      expect(file, id).toBeDefined();
      expect(readFileSync(file!).equals(source), id).toBe(true);
    }
  });

  it('renders each template page from the file: the copy button holds the exact text', () => {
    for (const t of TEMPLATES) {
      const html = pageHtml(`${BASE}/templates/${t.slug}/`);
      const codes = [...html.matchAll(/data-code="([^"]*)"/g)].map((m) =>
        m[1]!
          .replace(/&#x7F;|\u007f/g, '\n')
          .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
          .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      );
      const file = readFileSync(join('templates', t.file), 'utf8');
      expect(
        codes.map((c) => c.trimEnd()),
        t.file,
      ).toContain(file.trimEnd());
      expect(html).toContain(`href="${BASE}/templates/${t.file}"`);
    }
  });

  it('generates a page for every rule, with its severity, its examples and its guide link', () => {
    for (const meta of ruleMetas) {
      const html = pageHtml(`${BASE}/rules/${meta.id}/`);
      expect(html, meta.id).toContain(`examples/${meta.examples.fail}`);
      expect(html, meta.id).toContain(`examples/${meta.examples.pass}`);
      expect(html, meta.id).toContain(`href="${BASE}/${meta.guide}"`);
      expect(html, meta.id).toContain(meta.waivable ? 'exceptions:' : 'cannot be waived');
    }
  });

  it('publishes the action page from action.yml when it exists', () => {
    const html = pageHtml(`${BASE}/action/`);
    if (existsSync('action.yml')) {
      for (const input of ['config', 'policy', 'mode', 'now', 'github-token', 'fail-on']) {
        expect(html).toContain(`id="input-${input}"`);
      }
      expect(html).toContain('id="output-result"');
    } else {
      expect(html).toContain('action.yml is not in this build');
    }
  });

  it("shows what a developer sees, from the bundles' own output: annotations at their lines, the summary and the comment", () => {
    const html = pageHtml(`${BASE}/action/`);
    const demos = JSON.parse(readFileSync(join(REPO, 'site/src/data/action-demo.json'), 'utf8')) as {
      id: string;
      annotations: { line: number; title: string }[];
      summary: string;
    }[];
    expect(demos.map((d) => d.id)).toEqual(['pull-request', 'deploy-gate']);
    for (const demo of demos) {
      expect(demo.annotations.length).toBeGreaterThan(0);
      const start = html.indexOf(`data-demo="${demo.id}"`);
      expect(start).toBeGreaterThan(0);
      const section = html.slice(start);
      for (const a of demo.annotations) {
        // The annotation box follows the row of its line in the file view.
        const row = section.search(new RegExp(`<th scope="row"[^>]*>${a.line}</th>`));
        const box = section.search(new RegExp(`<code[^>]*>${a.title}</code>`));
        expect(row).toBeGreaterThan(0);
        expect(box).toBeGreaterThan(row);
      }
      // The summary's and the comment's Markdown, rendered: their tables are HTML tables here.
      expect(section).toMatch(/aria-label="Job summary[^"]*"[^>]*>[\s\S]*?<table>/);
      expect(section).toMatch(/aria-label="Pull request comment[^"]*"[^>]*>[\s\S]*?<table>/);
    }
    expect(demos[0]!.annotations[0]!.title).toBe('signoff-required');
    expect(demos[1]!.annotations.map((a) => a.title)).toContain('blackout-window');
    expect(html).toContain('mode: deploy');
  });
});

describe('the calendar feed /calendar.ics', () => {
  const calendar = octoacmePolicy().calendar!.data;
  let events: Map<string, ICAL.Event>;

  beforeAll(() => {
    const root = new ICAL.Component(ICAL.parse(readFileSync(join(DIST, 'calendar.ics'), 'utf8')));
    for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
      ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
    }
    events = new Map(
      root.getAllSubcomponents('vevent').map((c) => {
        const event = new ICAL.Event(c);
        return [event.uid, event];
      }),
    );
    expect(root.getFirstPropertyValue('url')).toBe(`${SITE_ORIGIN}${BASE}/calendar.ics`);
  });

  /** The instant of an iCalendar time; a date (all-day) or floating time is read in the calendar's zone. */
  const utc = (time: ICAL.Time) => {
    if (time.isDate || time.zone === ICAL.Timezone.localTimezone || time.zone === undefined) {
      return new Date(
        Temporal.PlainDateTime.from({
          year: time.year,
          month: time.month,
          day: time.day,
          hour: time.isDate ? 0 : time.hour,
          minute: time.isDate ? 0 : time.minute,
          second: time.isDate ? 0 : time.second,
        })
          .toZonedDateTime(calendar.timezone)
          .toInstant().epochMilliseconds,
      ).toISOString();
    }
    return new Date(time.toUnixTime() * 1000).toISOString();
  };

  /** The instances ical.js expands for an event in [from, to). */
  function instances(event: ICAL.Event, from: string, to: string): { start: string; end: string }[] {
    if (!event.isRecurring()) {
      const start = utc(event.startDate);
      return start >= from && start < to ? [{ start, end: utc(event.endDate) }] : [];
    }
    const out: { start: string; end: string }[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      const start = utc(details.startDate);
      if (start >= to) break;
      if (utc(details.endDate) > from) out.push({ start, end: utc(details.endDate) });
    }
    return out;
  }

  it('holds the year-end freeze from 2026-12-18 00:00 to 2027-01-04 00:00 New York time', () => {
    const freeze = events.get('year-end-freeze@octoacme.github.io')!;
    expect(freeze.summary).toContain('Year-end freeze');
    expect(instances(freeze, '2026-11-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z')).toEqual([
      { start: '2026-12-18T05:00:00.000Z', end: '2027-01-04T05:00:00.000Z' },
    ]);
  });

  it('says what the calendar says: every window the engine expands for Nov 2026–Dec 2027, at the same instants', () => {
    const from = '2026-11-01T00:00:00.000Z';
    const to = '2028-01-01T00:00:00.000Z';
    const ours = calendarOccurrences(calendar, Temporal.Instant.from(from), Temporal.Instant.from(to));
    const byId = new Map<string, { start: string; end: string }[]>();
    for (const o of ours) {
      const list = byId.get(occurrenceId(o)) ?? [];
      list.push({
        start: new Date(o.start.epochMilliseconds).toISOString(),
        end: new Date(o.end.epochMilliseconds).toISOString(),
      });
      byId.set(occurrenceId(o), list);
    }
    expect(byId.size).toBeGreaterThan(20);
    for (const [id, expected] of byId) {
      const event = events.get(`${id}@octoacme.github.io`);
      expect(event, id).toBeDefined();
      expect(instances(event!, from, to), id).toEqual(expected);
    }
  });
});

describe('deployment windows, testing windows and systems on the pages', () => {
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');

  it('the calendar shades deployment windows and names them once, in the legend and above the agenda', () => {
    const html = pageHtml(`${BASE}/calendar/`);
    expect(text(html)).toContain('Deployment window part of the day: Weekday deploy hours (minor, major)');
    expect(html).toMatch(/class="[^"]*rp-deployable/);
    expect(html).toMatch(/<li data-kind="deployment"[^>]*>\s*<strong>Weekday deploy hours<\/strong>/);
    // Shaded, never a chip per day.
    expect(html).not.toMatch(/<a[^>]*rp-kind-deployment/);
    expect(html).toContain('id="f-kind-deployment"');
  });

  it('the calendar lists each testing window with its release, and a scoped blackout with what it applies to', () => {
    const page = text(pageHtml(`${BASE}/calendar/`));
    expect(page).toContain('identity 4.0.0 acceptance testing');
    expect(page).toContain(
      'the release may not be planned or deployed before the window ends (lead-time, an error)',
    );
    expect(page).toContain('only for releases of ledger or touching ledger-db');
    expect(page).toContain('Systems ledger-db');
  });

  it('the timeline draws the critical chain the engine computes, and each release’s testing window', () => {
    const html = pageHtml(`${BASE}/timeline/`);
    expect(text(html)).toContain('identity 4.0.0 → ledger 6.0.0 → payments-api 3.0.0 → checkout-web 3.13.0');
    expect(html.match(/class="rp-testing-svg"/g)?.length).toBeGreaterThanOrEqual(5);
  });
});
