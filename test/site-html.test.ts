import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { builtPages, ensureSiteBuilt, fileFor, pageHtml } from './helpers/site.ts';

// Every built page is valid HTML by html-validate's document rules. Two are set aside: SRI is for
// scripts from other origins (ours are all same-origin), and Starlight's layout puts its site-wide
// headings (the sidebar's h2s) before the page's h1.
const validator = new HtmlValidate({
  extends: ['html-validate:document'],
  rules: { 'require-sri': 'off', 'heading-level': ['error', { minInitialRank: 'h2' }] },
});

/** Bytes of JavaScript a page runs up front: its module scripts, preloads and inline scripts. */
function javascriptBytes(html: string): number {
  const files = new Set(
    [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
      (m) => (m[1] ?? m[2])!,
    ),
  );
  let bytes = 0;
  for (const url of files) {
    const file = fileFor(url);
    if (file) bytes += statSync(file).size;
  }
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) bytes += m[1]!.length;
  return bytes;
}

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
