import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, ensureSiteBuilt, javascriptBytes, JS_BUDGETS, pageHtml } from './helpers/site.ts';

// Every built page is valid HTML by html-validate's document rules. Two are set aside: SRI is for
// scripts from other origins (ours are all same-origin), and Starlight's layout puts its site-wide
// headings (the sidebar's h2s) before the page's h1.
const validator = new HtmlValidate({
  extends: ['html-validate:document'],
  rules: { 'require-sri': 'off', 'heading-level': ['error', { minInitialRank: 'h2' }] },
});

const { page: JS_BUDGET, playground: PLAYGROUND_BUDGET } = JS_BUDGETS;

describe('built HTML', () => {
  beforeAll(async () => {
    await ensureSiteBuilt();
  }, 300_000);

  it('is valid on every page', async () => {
    const problems: string[] = [];
    for (const page of builtPages()) {
      const report = await validator.validateString(pageHtml(page), page);
      for (const result of report.results) {
        for (const m of result.messages)
          problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it(`stays light: no page runs more than ${JS_BUDGET / 1024} KiB of JavaScript up front`, () => {
    const heavy = builtPages()
      .map((page) => [page, javascriptBytes(pageHtml(page))] as const)
      .filter(([, bytes]) => bytes > JS_BUDGET);
    expect(heavy).toEqual([]);
  });

  it(`loads the playground's editor and engine after the page shows, within ${PLAYGROUND_BUDGET / 1024 / 1024} MiB`, () => {
    const page = builtPages().find((p) => p.endsWith('/playground/'))!;
    const upFront = javascriptBytes(pageHtml(page));
    const all = javascriptBytes(pageHtml(page), { dynamic: true });
    // The editor (CodeMirror) and the engine are loaded with import(): counted here, not up front.
    expect(all - upFront).toBeGreaterThan(300 * 1024);
    expect(all).toBeLessThanOrEqual(PLAYGROUND_BUDGET);
  });
});
