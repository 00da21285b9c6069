/**
 * The files of a repository that `--config` globs match, read from its git tree: one recursive tree
 * request; when GitHub cuts that answer short (`truncated`, past 100,000 entries or 7 MB), a walk of
 * the folders that can hold a match, one non-recursive tree request each.
 */
import picomatch from 'picomatch';
import { listOf, MalformedAnswer, objectOf, type Octokit, stringIn } from '../github/client.ts';
import { conditionalGet } from '../github/conditional.ts';
import type { CollectCache } from './cache.ts';

/** A matching file: its path, blob SHA and size in bytes. */
export interface TreeFile {
  path: string;
  sha: string;
  size: number;
}

/** Tree requests one walk of a truncated tree may make. */
const MAX_WALKED_TREES = 5000;

/** What the globs match: files, and folders that may hold a matching file. */
export interface Globs {
  file(path: string): boolean;
  folder(path: string): boolean;
}

/**
 * The `--config` globs, matched as picomatch does (`**` crosses folders; folders and files whose
 * name starts with a dot are only matched when a glob names them, so `.github/release.yml`, GitHub's
 * own release-notes settings, is left alone by the defaults).
 */
export function globs(patterns: readonly string[]): Globs {
  const file = picomatch([...patterns]);
  const segments = patterns.map((p) => p.split('/'));
  return {
    file: (path) => file(path),
    folder(path) {
      const parts = path.split('/');
      return segments.some((glob) => {
        for (let i = 0; i < parts.length; i++) {
          const segment = glob[i];
          // The last segment names the file; a folder this deep holds no match of it.
          if (segment === undefined || i === glob.length - 1) return false;
          if (segment === '**') return parts.slice(i).every((part) => !part.startsWith('.'));
          if (!picomatch.isMatch(parts[i]!, segment)) return false;
        }
        return true;
      });
    },
  };
}

/** How tree requests are made: the client, the run's signal, the API's URL and the cache. */
export interface TreeApi {
  octokit: Octokit;
  signal: AbortSignal;
  api: string;
  cache: CollectCache | undefined;
  globs: Globs;
}

interface Listing {
  sha: string;
  truncated: boolean;
  files: TreeFile[];
  folders: { path: string; sha: string }[];
}

/** A tree answer, checked, as the matching files and (for a walk) the folders worth entering. */
function listing(data: unknown, prefix: string, what: string, wanted: Globs): Listing {
  const tree = objectOf(data, what);
  const files: TreeFile[] = [];
  const folders: Listing['folders'] = [];
  for (const entry of listOf(tree['tree'], `${what}'s entries`)) {
    const path = `${prefix}${stringIn(entry, 'path', `an entry of ${what}`)}`;
    const sha = stringIn(entry, 'sha', `an entry of ${what}`);
    if (entry['type'] === 'blob' && entry['mode'] !== '120000' && wanted.file(path)) {
      const size = entry['size'];
      if (typeof size !== 'number') throw new MalformedAnswer(`${what}: no size for ${path}`);
      files.push({ path, sha, size });
    } else if (entry['type'] === 'tree' && wanted.folder(path)) {
      folders.push({ path, sha });
    }
  }
  return { sha: stringIn(tree, 'sha', what), truncated: tree['truncated'] === true, files, folders };
}

/**
 * The matching files of `repo` at `ref` (a branch, asked conditionally: an unchanged tree costs a
 * 304 and its files come from the cache; or a commit SHA, whose files never change and are kept by
 * SHA).
 */
export async function matchingFiles(
  api: TreeApi,
  repo: string,
  ref: { branch: string } | { commit: string },
): Promise<TreeFile[]> {
  const at = 'branch' in ref ? ref.branch : ref.commit;
  const url = `${api.api}/repos/${repo}/git/trees/${encodeURIComponent(at)}?recursive=1`;
  const what = `the tree of ${repo} at ${at}`;
  if ('commit' in ref) {
    const kept = api.cache?.tree<TreeFile[]>(`${repo}@${ref.commit}`);
    if (kept) return kept;
  }
  const answer = await conditionalGet(api.octokit, url, {
    signal: api.signal,
    ...('branch' in ref && api.cache ? { cache: api.cache } : {}),
    keep: (data) => {
      const { sha, truncated, files } = listing(data, '', what, {
        file: api.globs.file,
        folder: () => false,
      });
      return { sha, truncated, files };
    },
  });
  const listed = answer.data as { sha: string; truncated: boolean; files: TreeFile[] };
  let files = listed.files;
  if (listed.truncated) {
    files = await walk(api, repo, listed.sha);
    // The walk's result replaces the cut-short one, under the same ETag.
    const kept = 'branch' in ref ? api.cache?.get(url) : undefined;
    if (kept) api.cache!.set(url, { ...kept, data: { sha: listed.sha, truncated: false, files } });
  }
  if ('commit' in ref) api.cache?.keepTree(`${repo}@${ref.commit}`, files);
  return files;
}

/** The matching files below tree `root`, folder by folder. */
async function walk(api: TreeApi, repo: string, root: string): Promise<TreeFile[]> {
  const files: TreeFile[] = [];
  const queue = [{ path: '', sha: root }];
  for (let asked = 0; queue.length > 0; asked++) {
    if (asked >= MAX_WALKED_TREES)
      throw new MalformedAnswer(`the tree of ${repo} has more than ${MAX_WALKED_TREES} folders to walk`);
    const folder = queue.shift()!;
    const what = `the tree of ${repo}${folder.path ? ` at ${folder.path}` : ''}`;
    const { data } = await api.octokit.request({
      method: 'GET',
      url: `${api.api}/repos/${repo}/git/trees/${folder.sha}`,
      request: { signal: api.signal },
    });
    const found = listing(data, folder.path ? `${folder.path}/` : '', what, api.globs);
    files.push(...found.files);
    queue.push(...found.folders);
  }
  return files;
}
