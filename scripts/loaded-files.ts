// The JavaScript files a Node process actually loads, recorded from inside it with a module load
// hook: the honest "read at start" of an entry whose first line imports the rest with import()
// (the action), which no reading of import statements can tell from an import() that runs only
// sometimes.
import { readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set in the recorded process: where it writes the URLs it loaded, one a line, as it exits. */
const OUT_VARIABLE = 'RELEASE_POLICY_LOADED_FILES';

/** `--import` this (a data: URL, no file to clean up) to record every module the process loads. */
export const RECORDER = `data:text/javascript,${encodeURIComponent(`
import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
const loaded = [];
registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
process.on('exit', () => writeFileSync(process.env.${OUT_VARIABLE}, loaded.join('\\n')));
`)}`;

/**
 * Node arguments and environment for a process to record into `out`; `readLoaded` then gives the
 * files it loaded under `dir`, relative to it, in load order.
 */
export function recording(out: string): { nodeArgs: string[]; env: Record<string, string> } {
  return { nodeArgs: ['--import', RECORDER], env: { [OUT_VARIABLE]: out } };
}

export function readLoaded(out: string, dir: string): string[] {
  const urls = readFileSync(out, 'utf8').split('\n').filter(Boolean);
  rmSync(out, { force: true });
  return urls
    .filter((url) => url.startsWith('file:'))
    .map((url) => relative(dir, fileURLToPath(url)).split('\\').join('/'))
    .filter((path) => !path.startsWith('..'));
}
