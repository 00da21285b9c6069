/**
 * A fake GitHub organization served by the fake REST API: its repositories (listed 100 a page with
 * `link` headers, as GitHub does), each repository's git trees and blobs, and its open pull requests.
 * Used by the `collect` tests, the bench and the example in `examples/collected/`.
 */
import { createHash } from 'node:crypto';
import type { Answer, FakeGitHub, FakeOptions, Route, Seen } from './fake-github-server.ts';

export interface FakePull {
  number: number;
  /** The head branch. */
  ref: string;
  /** Every file of the tree at the pull request's head. */
  files: Record<string, string>;
}

export interface FakeRepo {
  name: string;
  archived?: boolean;
  disabled?: boolean;
  fork?: boolean;
  /** Default: main. */
  defaultBranch?: string;
  /** Every file of the default branch's tree, by path. */
  files?: Record<string, string>;
  pulls?: FakePull[];
  /** The recursive tree answer is cut short (`truncated: true`), as GitHub does for huge trees. */
  truncated?: boolean;
  /** No commit yet: GitHub answers 409 for its tree. */
  empty?: boolean;
}

type Start = (routes: Record<string, Route>, options?: FakeOptions) => Promise<FakeGitHub>;

/** The git blob SHA of a text, as `git hash-object` computes it. */
export function blobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');
}

interface Tree {
  sha: string;
  entries: { path: string; mode: string; type: 'blob' | 'tree'; sha: string; size?: number }[];
}

/** The trees of a set of files: one per folder, by SHA, and the root's SHA. */
function treesOf(
  files: Record<string, string>,
  trees: Map<string, Tree>,
): { root: string; all: Tree['entries'] } {
  const folders = new Map<string, Map<string, string>>([['', new Map()]]);
  for (const path of Object.keys(files).sort()) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) folders.set(parts.slice(0, i).join('/'), new Map());
  }
  const shaOf = (folder: string): string => {
    const entries: Tree['entries'] = [];
    const prefix = folder === '' ? '' : `${folder}/`;
    for (const [path, text] of Object.entries(files)) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      if (rest.includes('/')) continue;
      entries.push({
        path: rest,
        mode: '100644',
        type: 'blob',
        sha: blobSha(text),
        size: Buffer.byteLength(text),
      });
    }
    for (const sub of folders.keys()) {
      if (sub === '' || !sub.startsWith(prefix)) continue;
      const rest = sub.slice(prefix.length);
      if (rest.includes('/')) continue;
      entries.push({ path: rest, mode: '040000', type: 'tree', sha: shaOf(sub) });
    }
    entries.sort((a, b) => a.path.localeCompare(b.path));
    const sha = createHash('sha1').update(JSON.stringify(entries)).digest('hex');
    trees.set(sha, { sha, entries });
    return sha;
  };
  const root = shaOf('');
  const all: Tree['entries'] = [];
  const walk = (sha: string, prefix: string) => {
    for (const entry of trees.get(sha)!.entries) {
      all.push({ ...entry, path: `${prefix}${entry.path}` });
      if (entry.type === 'tree') walk(entry.sha, `${prefix}${entry.path}/`);
    }
  };
  walk(root, '');
  return { root, all };
}

/** Starts the fake API serving organization `org` with `repos`. */
export async function fakeOrg(
  start: Start,
  org: string,
  repos: FakeRepo[],
  options: FakeOptions & {
    /** More routes (or replacements of the organization's). */
    extra?: Record<string, Route>;
    /** Asked first for every request: an answer replaces the organization's (faults, rate limits). */
    before?: (request: Seen, url: URL) => Answer | 'hang' | undefined;
  } = {},
): Promise<FakeGitHub> {
  let base = '';
  const trees = new Map<string, Tree>();
  const blobs = new Map<string, string>();
  const byName = new Map<
    string,
    {
      repo: FakeRepo;
      root?: string;
      all?: Tree['entries'];
      heads: Map<string, { root: string; all: Tree['entries'] }>;
    }
  >();
  for (const repo of repos) {
    const heads = new Map<string, { root: string; all: Tree['entries'] }>();
    for (const text of Object.values(repo.files ?? {})) blobs.set(blobSha(text), text);
    for (const pull of repo.pulls ?? []) {
      for (const text of Object.values(pull.files)) blobs.set(blobSha(text), text);
      heads.set(headSha(repo, pull), treesOf(pull.files, trees));
    }
    byName.set(repo.name, { repo, ...(repo.empty ? {} : treesOf(repo.files ?? {}, trees)), heads });
  }

  const listing = (repo: FakeRepo) => ({
    id: 1000 + repos.indexOf(repo),
    name: repo.name,
    full_name: `${org}/${repo.name}`,
    private: false,
    html_url: `https://github.com/${org}/${repo.name}`,
    fork: repo.fork ?? false,
    archived: repo.archived ?? false,
    disabled: repo.disabled ?? false,
    default_branch: repo.defaultBranch ?? 'main',
    pushed_at: '2026-11-30T12:00:00Z',
  });

  const routes: Record<string, Route> = {
    [`GET /orgs/${org}/repos`]: (_request, url) => {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(repos.length / perPage));
      const link = (p: number) => `<${base}/orgs/${org}/repos?per_page=${perPage}&page=${p}>`;
      const links = [
        ...(page < last ? [`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`] : []),
        ...(page > 1 ? [`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`] : []),
      ];
      return {
        body: repos.slice((page - 1) * perPage, page * perPage).map(listing),
        headers: links.length > 0 ? { link: links.join(', ') } : ({} as Record<string, string>),
      };
    },
    [`GET /repos/${org}/*/git/trees/*`]: (_request, url) => {
      const [, , , name, , , ref] = url.pathname.split('/').map(decodeURIComponent);
      const known = byName.get(name!);
      if (!known) return { status: 404, body: { message: 'Not Found' } };
      if (known.repo.empty) return { status: 409, body: { message: 'Git Repository is empty.' } };
      const recursive = url.searchParams.get('recursive') === '1';
      const branch = known.repo.defaultBranch ?? 'main';
      const head = known.heads.get(ref!);
      const at = ref === branch ? { root: known.root!, all: known.all! } : head;
      const tree = trees.get(ref!);
      if (at) {
        if (!recursive)
          return { body: { sha: at.root, url: '', tree: trees.get(at.root)!.entries, truncated: false } };
        const truncated = known.repo.truncated === true;
        const entries = truncated ? at.all.slice(0, 1) : at.all;
        return { body: { sha: at.root, url: '', tree: entries, truncated } };
      }
      if (tree) return { body: { sha: tree.sha, url: '', tree: tree.entries, truncated: false } };
      return { status: 404, body: { message: 'Not Found' } };
    },
    [`GET /repos/${org}/*/git/blobs/*`]: (_request, url) => {
      const sha = url.pathname.split('/').at(-1)!;
      const text = blobs.get(sha);
      if (text === undefined) return { status: 404, body: { message: 'Not Found' } };
      const content = Buffer.from(text, 'utf8').toString('base64').replace(/.{60}/g, '$&\n');
      return { body: { sha, size: Buffer.byteLength(text), url: '', content, encoding: 'base64' } };
    },
    [`GET /repos/${org}/*/pulls`]: (_request, url) => {
      const name = url.pathname.split('/')[3]!;
      const known = byName.get(name);
      if (!known) return { status: 404, body: { message: 'Not Found' } };
      return {
        body: (known.repo.pulls ?? []).map((pull) => ({
          number: pull.number,
          state: 'open',
          html_url: `https://github.com/${org}/${name}/pull/${pull.number}`,
          head: { ref: pull.ref, sha: headSha(known.repo, pull), repo: { full_name: `${org}/${name}` } },
          base: { ref: known.repo.defaultBranch ?? 'main', repo: { full_name: `${org}/${name}` } },
        })),
      };
    },
    ...options.extra,
  };
  const { before } = options;
  const served: Record<string, Route> = before
    ? Object.fromEntries(
        Object.entries(routes).map(([key, route]) => [
          key,
          (request: Seen, url: URL) =>
            before(request, url) ?? (typeof route === 'function' ? route(request, url) : (route as Answer)),
        ]),
      )
    : routes;
  const server = await start(served, options);
  base = server.url;
  return server;
}

/** A pull request's head commit SHA, stable for its content. */
function headSha(repo: FakeRepo, pull: FakePull): string {
  return createHash('sha1')
    .update(`${repo.name}#${pull.number}:${JSON.stringify(pull.files)}`)
    .digest('hex');
}
