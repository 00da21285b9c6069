import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, ensureSiteBuilt, javascriptBytes, pageHtml } from './helpers/site.ts';

// Every built page is valid HTML by html-validate's document rules. Two are set aside: SRI is for
// scripts from other origins (ours are all same-origin), and Starlight's layout puts its site-wide
// headings (the sidebar's h2s) before the page's h1.
const validator = new HtmlValidate({
  extends: ['html-validate:document'],
  rules: { 'require-sri': 'off', 'heading-level': ['error', { minInitialRank: 'h2' }] },
});

const JS_BUDGET = 40 * 1024;

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

  it(`stays light: no page but the playground runs more than ${JS_BUDGET / 1024} KiB of JavaScript up front`, () => {
    const heavy = builtPages()
      .filter((page) => !page.includes('/playground/'))
      .map((page) => [page, javascriptBytes(pageHtml(page))] as const)
      .filter(([, bytes]) => bytes > JS_BUDGET);
    expect(heavy).toEqual([]);
  });
});
