/**
 * A fake GitHub REST API on 127.0.0.1: routes by `METHOD /path`, answers with JSON shaped like
 * GitHub's (or raw bytes), records every request. With `etags`, every 200 answer carries an `ETag`
 * (a hash of its body) and a request whose `If-None-Match` names it gets `304 Not Modified`, as
 * GitHub does; `latencyMs` delays every answer. No test framework here: the bench uses it too
 * (`fake-github.ts` closes the servers after each test).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  /** Path and query. */
  path: string;
  authorization: string | undefined;
  /** The `If-None-Match` header sent, if any. */
  ifNoneMatch?: string | undefined;
  body: unknown;
  /** The status answered (set once answered). */
  status?: number;
}

export interface Answer {
  status?: number;
  body?: unknown;
  /** The body's bytes as they are, instead of `body` as JSON (a truncated or garbled answer). */
  raw?: string;
  headers?: Record<string, string>;
}

/** A route's answer: fixed, one per call (the last repeats), or computed; `hang` never answers. */
export type Route = Answer | Answer[] | ((request: Seen, url: URL) => Answer | 'hang') | 'hang';

export interface FakeGitHub {
  url: string;
  seen: Seen[];
  /** The requests as `METHOD /path?query`. */
  lines(): string[];
  close(): Promise<void>;
}

export interface FakeOptions {
  /** Answer with ETags and 304s (see above). */
  etags?: boolean;
  /** Milliseconds every answer waits before it is sent. */
  latencyMs?: number;
}

export function stopServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export async function startFakeGitHub(
  routes: Record<string, Route>,
  options: FakeOptions = {},
  onServer: (server: Server) => void = () => {},
): Promise<FakeGitHub> {
  const seen: Seen[] = [];
  const calls = new Map<string, number>();
  const server = createServer((req, res) => {
    void readBody(req).then(async (text) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request: Seen = {
        method: req.method ?? 'GET',
        path: `${url.pathname}${url.search}`,
        authorization: req.headers.authorization,
        ...(req.headers['if-none-match'] ? { ifNoneMatch: String(req.headers['if-none-match']) } : {}),
        body: text ? JSON.parse(text) : undefined,
      };
      seen.push(request);
      const key = `${request.method} ${url.pathname}`;
      const route = routes[key] ?? matchPattern(routes, key);
      if (route === 'hang') return; // never answers
      const n = calls.get(key) ?? 0;
      calls.set(key, n + 1);
      const answer: Answer | 'hang' =
        route === undefined
          ? { status: 404, body: NOT_FOUND }
          : typeof route === 'function'
            ? route(request, url)
            : Array.isArray(route)
              ? route[Math.min(n, route.length - 1)]!
              : route;
      if (answer === 'hang') return;
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
      let status = answer.status ?? 200;
      let body = answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
      const headers: Record<string, string> = {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': '5000',
        ...answer.headers,
      };
      if (options.etags && status === 200) {
        const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
        headers.etag = etag;
        if (request.ifNoneMatch === etag) [status, body] = [304, ''];
      }
      request.status = status;
      res.writeHead(status, headers);
      res.end(body);
    });
  });
  onServer(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    lines: () => seen.map((s) => `${s.method} ${s.path}`),
    close: () => stopServer(server),
  };
}

/** Routes written with `*` for one path segment (`GET /orgs/octoacme/teams/*`). */
function matchPattern(routes: Record<string, Route>, key: string): Route | undefined {
  for (const [pattern, route] of Object.entries(routes)) {
    if (!pattern.includes('*')) continue;
    const regex = new RegExp(`^${pattern.split('*').map(escape).join('[^/]+')}$`);
    if (regex.test(key)) return route;
  }
  return undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
  });
}

export const NOT_FOUND = {
  message: 'Not Found',
  documentation_url: 'https://docs.github.com/rest',
  status: '404',
};
export const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest',
  status: '403',
};
