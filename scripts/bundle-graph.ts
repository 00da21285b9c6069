// What a built entry under action/dist pulls in, read from the built files' own import statements:
// the files it imports statically (Node reads and compiles them before the entry's first line
// runs) and the chunks it imports with import() (read only when the code that asks runs), each
// with what they import in turn. Only relative imports count: `node:` built-ins are not files of ours.
// The files scripts/lazy-modules.ts makes (chunks/lazy-*.cjs) are required by name when first used:
// they count as loaded later, like an import().
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

export interface Imports {
  /** `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`. */
  static: string[];
  /** `import("./x.js")`. */
  dynamic: string[];
  /** The lazily required files a stand-in names (`"lazy-x.cjs"`, in chunks/). */
  required: string[];
}

// esbuild writes imports minified (`import{a as b}from"./chunk-X.js"`); a minifier may pick any quote.
const STATIC = /(?:\bfrom|\bimport)\s*["'`](\.\.?\/[^"'`]+\.js)["'`]/g;
const DYNAMIC = /\bimport\(\s*["'`](\.\.?\/[^"'`]+\.js)["'`]\s*\)/g;
const REQUIRED = /["'`](lazy-[\w.-]+\.cjs)["'`]/g;

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
  const required = [...new Set([...text.matchAll(REQUIRED)].map((m) => `chunks/${m[1]!}`))];
  return {
    static: resolved(STATIC),
    dynamic: resolved(DYNAMIC),
    required: required.filter((path) => existsSync(join(dir, path))),
  };
}

export interface EntryGraph {
  /** The entry and everything it imports statically, transitively: read before the entry runs. */
  start: string[];
  /** Files reached only through an import() or a lazy require, and what they import, not in `start`. */
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
    const later = dynamicToo ? [...imports.dynamic, ...imports.required] : [];
    for (const next of [...imports.static, ...later]) visit(next);
  };
  from.forEach(visit);
  return [...seen];
}
