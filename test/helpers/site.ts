/**
 * The docs site for tests: builds site/ once (when site/dist is missing or older than any of its
 * inputs), serves site/dist under the /release-policy base on 127.0.0.1, and offers the crawler's
 * small helpers (links, ids, a cheap HTML well-formedness check).
 *
 * Test files run in parallel workers, so the build takes a lock (an atomic mkdir) and the others
 * wait for it; after the first build, later files find site/dist fresh and build nothing.
 */
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { childTempEnv } from './temp.ts';

export const REPO = resolve(import.meta.dirname, '../..');
export const SITE = join(REPO, 'site');
export const DIST = join(SITE, 'dist');
export const BASE = '/release-policy';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Written by every build: its time is the build's. */
const BUILT = join(DIST, 'index.html');
const LOCK = join(REPO, 'node_modules', '.cache', 'release-policy-site-build.lock');

/** Everything the site is built from: a change to any of these makes site/dist stale. */
const INPUTS = [
  'site',
  'schemas',
  'policies',
  'templates',
  'examples',
  'action/src',
  'action.yml',
  'package.json',
  'package-lock.json',
];
const SKIP = new Set(['dist', '.astro', 'node_modules']);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** Whether site/dist was built after the last change to any input. */
export function distIsFresh(): boolean {
  if (!existsSync(BUILT)) return false;
  const built = statSync(BUILT).mtimeMs;
  return INPUTS.every((input) => newestMtime(join(REPO, input)) <= built);
}

/**
 * The environment for `astro build`: the test runner's own Vite variables (BASE_URL, MODE, DEV,
 * PROD, SSR, NODE_ENV=test, VITEST*) left out, or Astro would build for base "/" in test mode.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const skip = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !skip.has(key) && !key.startsWith('VITEST')),
  );
}

/** Runs `astro build` for site/ with the pinned Node. Throws with Astro's output when it fails. */
export function buildSite(): { ms: number } {
  const started = Date.now();
  const astro = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'build', '--root', 'site'], {
    cwd: REPO,
    encoding: 'utf8',
    // Astro's bin turns on Node's compile cache too: the run's, not `<os tmp>/node-compile-cache`.
    env: { ...buildEnv(), ...childTempEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    throw new Error(`astro build failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return { ms: Date.now() - started };
}

/** Builds site/dist unless it is fresh; safe to call from several test files at once. */
export async function ensureSiteBuilt(): Promise<void> {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  const deadline = Date.now() + 240_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another worker is building; a lock older than the deadline is a crashed run's leftover.
      if (
        Date.now() > deadline ||
        Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > 240_000
      ) {
        rmSync(LOCK, { recursive: true, force: true });
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (!distIsFresh()) buildSite();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path maps to in site/dist, as GitHub Pages maps it; `undefined` when none. */
export function fileFor(pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path !== BASE && !path.startsWith(`${BASE}/`)) return undefined;
  const file = normalize(join(DIST, path.slice(BASE.length)));
  if (file !== DIST && !file.startsWith(DIST + sep)) return undefined;
  const candidates = [file, join(file, 'index.html'), `${file}.html`];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** Serves site/dist at /release-policy/ on 127.0.0.1, with the site's 404 page for the rest. */
export async function serveSite(): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // A directory without its trailing slash redirects, as GitHub Pages does.
    const dir = join(DIST, url.pathname.slice(BASE.length));
    if (url.pathname.startsWith(BASE) && !url.pathname.endsWith('/') && existsSync(join(dir, 'index.html'))) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    const file = fileFor(url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(readFileSync(join(DIST, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** Every built HTML page, as its URL path (`/release-policy/rules/schema/`). */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_astro' && entry.name !== 'pagefind' && !entry.name.startsWith('.')) walk(path);
      } else if (entry.name.endsWith('.html')) {
        const rel = path.slice(DIST.length).split(sep).join('/');
        out.push(BASE + (rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel));
      }
    }
  };
  walk(DIST);
  return out.sort();
}

/** The HTML of a built page by URL path. */
export function pageHtml(pathname: string): string {
  const file = fileFor(pathname);
  if (!file) throw new Error(`no built page for ${pathname}`);
  return readFileSync(file, 'utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The page's markup without comments and the contents of script, style and template elements. */
function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '<$1></$1>');
}

/** A start or end tag at a position; attribute values may hold "<" and ">". */
const TAG =
  /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Attribute values, entities decoded; a bare attribute is "". */
  attrs: Map<string, string>;
}

/** The tags of a page in order (comments and script, style and template contents skipped). */
function* tagsOf(html: string): Generator<Tag> {
  const body = markupOnly(html);
  for (let at = body.indexOf('<'); at !== -1; at = body.indexOf('<', at + 1)) {
    TAG.lastIndex = at;
    const m = TAG.exec(body);
    if (!m) continue;
    at = TAG.lastIndex - 1;
    const attrs = new Map<string, string>();
    for (const a of (m[3] ?? '').matchAll(ATTRIBUTE)) {
      attrs.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    yield { name: m[2]!.toLowerCase(), closing: m[1] === '/', selfClosing: m[4] === '/', attrs };
  }
}

/** Every `href` of an `<a>` or `<link>` in the page, with the link's `rel`. */
export function linksOf(html: string): string[] {
  const out: string[] = [];
  for (const tag of tagsOf(html)) {
    if (tag.closing || (tag.name !== 'a' && tag.name !== 'link')) continue;
    const href = tag.attrs.get('href');
    if (href !== undefined) out.push(href);
  }
  return out;
}

/** Every `id` (and `<a name>`) in the page: the targets of `#fragment` links. */
export function idsOf(html: string): string[] {
  const out: string[] = [];
  for (const tag of tagsOf(html)) {
    if (tag.closing) continue;
    const id = tag.attrs.get('id');
    if (id !== undefined) out.push(id);
    const name = tag.name === 'a' ? tag.attrs.get('name') : undefined;
    if (name !== undefined) out.push(name);
  }
  return out;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose end tag HTML lets be implied (a subset that matters in practice). */
const OPTIONAL_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rt',
  'rp',
  'html',
  'head',
  'body',
]);

/**
 * A cheap well-formedness check (no HTML parser is among the dependencies): a DOCTYPE first, `lang`
 * on `<html>`, every element other than void ones and those with optional end tags closed in order,
 * no end tag without its start tag, no tag that cannot be read, no duplicate ids. SVG and
 * MathML self-closing tags count as closed.
 */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  if (!/^\s*<!doctype html>/i.test(html)) problems.push('no <!DOCTYPE html> at the start');
  if (!/<html\b[^>]*\slang="[^"]+"/i.test(html)) problems.push('<html> has no lang');
  const body = markupOnly(html).replace(/<!doctype[^>]*>/i, '');
  const stack: string[] = [];
  const tag = TAG;
  for (let at = body.indexOf('<'); at !== -1; at = body.indexOf('<', at + 1)) {
    tag.lastIndex = at;
    const m = tag.exec(body);
    if (!m) {
      // A "<" before a letter or "/" that starts no readable tag: a broken tag.
      if (/^<\/?[a-zA-Z]/.test(body.slice(at, at + 2))) {
        problems.push(`unreadable tag: ${JSON.stringify(body.slice(at, at + 60))}`);
      }
      continue;
    }
    at = tag.lastIndex - 1;
    const name = m[2]!.toLowerCase();
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    if (!closing) {
      if (VOID.has(name) || selfClosing) continue;
      stack.push(name);
      continue;
    }
    if (VOID.has(name)) {
      problems.push(`end tag </${name}> for a void element`);
      continue;
    }
    const open = stack.lastIndexOf(name);
    if (open === -1) {
      problems.push(`end tag </${name}> without a start tag`);
      continue;
    }
    const unclosed = stack.slice(open + 1).filter((n) => !OPTIONAL_END.has(n));
    if (unclosed.length > 0) problems.push(`</${name}> closes unclosed <${unclosed.join('>, <')}>`);
    stack.length = open;
  }
  const left = stack.filter((n) => !OPTIONAL_END.has(n));
  if (left.length > 0) problems.push(`unclosed at the end: <${left.join('>, <')}>`);
  const ids = [...tagsOf(html)].flatMap((t) => (!t.closing && t.attrs.has('id') ? [t.attrs.get('id')!] : []));
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`duplicate id "${id}"`);
    seen.add(id);
  }
  return problems;
}

/**
 * What the site's JavaScript may weigh: up front on any page, and in all on the playground with its
 * code editor and the engine it runs in the browser (loaded with import() after the page shows).
 * The engine carries the precompiled validators of all four schemas: the built-in policy names a
 * collected releases file, so the releases validator (about 50 KiB minified) loads with the policy.
 */
export const JS_BUDGETS = { page: 40 * 1024, playground: 1.8 * 1024 * 1024 } as const;

/**
 * The JavaScript a page runs: its inline scripts, the module scripts and preloads it names, and every
 * module those import statically, transitively (`import … from "./chunk.js"`; the minifier may quote
 * with backticks). With `dynamic`, also
 * the chunks loaded with `import()` (the playground's editor and engine).
 */
export function javascriptBytes(html: string, options: { dynamic?: boolean } = {}): number {
  const queue = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => fileFor((m[1] ?? m[2])!));
  const files = new Set<string>();
  const importer = options.dynamic
    ? /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g
    : /(?:\bfrom\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || files.has(file)) continue;
    files.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(importer)) queue.push(join(dirname(file), m[1]!));
  }
  let bytes = 0;
  for (const file of files) bytes += statSync(file).size;
  // Inline scripts, but not data islands (`type="application/json"`), which never run.
  for (const m of html.matchAll(
    /<script(?![^>]*\b(?:src=|type="application\/(?:ld\+)?json"))[^>]*>([\s\S]*?)<\/script>/g,
  ))
    bytes += m[1]!.length;
  return bytes;
}
