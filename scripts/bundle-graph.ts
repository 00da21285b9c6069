// What a built entry under action/dist pulls in, read from the built files' own import statements:
// the files it imports statically (Node reads and compiles them before the entry's first line
// runs) and the chunks it imports with import() (read only when the code that asks runs), each
// with what they import in turn. Only relative imports count: `node:` built-ins are not files of ours.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

export interface Imports {
  /** `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`. */
  static: string[];
  /** `import("./x.js")`. */
  dynamic: string[];
}

// esbuild writes imports minified (`import{a as b}from"./chunk-X.js"`); a minifier may pick any quote.
const STATIC = /(?:\bfrom|\bimport)\s*["'`](\.\.?\/[^"'`]+\.js)["'`]/g;
const DYNAMIC = /\bimport\(\s*["'`](\.\.?\/[^"'`]+\.js)["'`]\s*\)/g;

/** The files `file` (a path relative to `dir`) imports, relative to `dir`, in order of first mention. */
export function importsOf(dir: string, file: string): Imports {
  const text = readFileSync(join(dir, file), 'utf8');
  const resolved = (pattern: RegExp) => [
    ...new Set(
      [...text.matchAll(pattern)]
        .map((m) =>
          normalize(join(dirname(file), m[1]!))
            .split('\\')
            .join('/'),
        )
        // A string that only looks like an import names no file.
        .filter((path) => existsSync(join(dir, path))),
    ),
  ];
  return { static: resolved(STATIC), dynamic: resolved(DYNAMIC) };
}

export interface EntryGraph {
  /** The entry and everything it imports statically, transitively: read before the entry runs. */
  start: string[];
  /** Files reached only through an import(), and what they import in turn, not already in `start`. */
  lazy: string[];
}

/** The graph of `entry`, a path relative to `dir` (action/dist). */
export function entryGraph(dir: string, entry: string): EntryGraph {
  const start = reach(dir, [entry], false);
  const all = reach(dir, [entry], true);
  return { start, lazy: all.filter((file) => !start.includes(file)) };
}

/** Every file reached from `from` through static imports, and through dynamic ones too when asked. */
function reach(dir: string, from: string[], dynamicToo: boolean): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const imports = importsOf(dir, file);
    for (const next of dynamicToo ? [...imports.static, ...imports.dynamic] : imports.static) visit(next);
  };
  from.forEach(visit);
  return [...seen];
}
