// Every page's tables framed as named, focusable scroll regions (lib/scroll-tables.ts).
import { defineMiddleware } from 'astro:middleware';
import { frameTables } from './lib/scroll-tables.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  if (!html.includes('<table')) return new Response(html, response);
  return new Response(frameTables(html), response);
});
