// Precompiles the schema validators and the built-in policies (policy.snapshot.json), then bundles the CLI and the GitHub Action into single ESM
// files under action/dist. `--check` builds to a temporary folder and fails if the committed
// validators or bundles differ from what the sources build to.
//
// Both are split. The CLI's `collect` command (and the GitHub API client under it) is a chunk that
// only that command loads. The action is split too: action/dist/index.js is a small entry that turns on
// Node's compile cache and then imports the checking code (a chunk under action/dist/chunks/); the
// GitHub API part (octokit) is another chunk, loaded with a dynamic import() only when a run talks
// to the API, so an offline run neither evaluates nor even reads and compiles it.
import {
  build,
  type BuildOptions,
  type BuildResult,
  type OnResolveArgs,
  type OnResolveResult,
  type Plugin,
} from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { syncDemo } from './gen-action-demo.ts';
import { syncSnapshots } from './gen-policy-snapshots.ts';
import { NAMES as SCHEMA_NAMES, outJs, syncValidators } from './gen-validators.ts';
import { buildLazyFiles, type LazyModule, lazyModules } from './lazy-modules.ts';

/** Where the split entries' chunks go, under the output folder. */
const CHUNKS = 'chunks';

export interface Entry {
  in: string;
  out: string;
  split: boolean;
  /** Entries built with it, sharing its chunks (a worker thread's entry, beside the chunks it loads). */
  with?: { in: string; out: string }[];
}

export const ENTRIES: Entry[] = [
  {
    in: 'action/src/cli/main.ts',
    out: 'cli',
    split: true,
    // `check` spreads a big run over worker threads; their entry sits among the chunks, beside the
    // chunk that starts them (check-workers.ts, shared by both entries) and finds it by its URL.
    with: [{ in: 'action/src/cli/check-worker.ts', out: `${CHUNKS}/check-worker` }],
  },
  { in: 'action/src/action/index.ts', out: 'index', split: true },
].filter((e) => existsSync(e.in));

/**
 * `@actions/core` imports `@actions/http-client` (for OIDC tokens, which we never ask for) and
 * `@actions/exec` (for `core.platform`, which we never read), and its own summary module, which
 * reads `fs.promises` as it loads (Node then loads its promise-based file system and readline
 * modules); the action writes the job summary itself. Those packages don't declare
 * `sideEffects: false`, so esbuild would keep them, and evaluate undici (400 KiB) at start-up. They
 * have no side effects at import time: saying so lets esbuild drop what is unused on the main path,
 * while the lazily loaded GitHub API part still bundles what it uses.
 */
const SIDE_EFFECT_FREE = /^@actions\/(?:core|http-client|exec|io)(?:\/.*)?$/;
/** The modules of @actions/core import each other by relative paths. */
const SIDE_EFFECT_FREE_DIR = /[\\/]node_modules[\\/]@actions[\\/]core[\\/]/;

const sideEffectFree: Plugin = {
  name: 'side-effect-free',
  setup(b) {
    const free = async (args: OnResolveArgs): Promise<OnResolveResult | undefined> => {
      if (args.pluginData === 'resolving') return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: resolved.path, namespace: resolved.namespace, sideEffects: false };
    };
    b.onResolve({ filter: SIDE_EFFECT_FREE }, free);
    b.onResolve({ filter: /^\.\.?\// }, (args) =>
      SIDE_EFFECT_FREE_DIR.test(args.importer) ? free(args) : undefined,
    );
  },
};

/**
 * `node:process` as the running process. vfile (under remark) imports it as a module, and Node's
 * module view of `process` reads every property of it, stdin and stdout among them, which loads
 * the stream, net, readline and worker modules at start-up (a few percent of a check) for nothing.
 */
const processGlobal: Plugin = {
  name: 'process-global',
  setup(b) {
    b.onResolve({ filter: /^(?:node:)?process$/ }, (args) => ({
      path: args.path,
      namespace: 'process-global',
    }));
    b.onLoad({ filter: /.*/, namespace: 'process-global' }, () => ({
      contents: 'module.exports = globalThis.process;',
      loader: 'js',
    }));
  },
};

/**
 * Node's built-in modules through `process.getBuiltinModule` rather than as ES modules. An ES import
 * of a built-in makes Node build a module facade that reads every export, and reading some of them
 * loads more (`fs.promises`, `crypto.webcrypto`): about 13 ms of a start for nothing. The stand-in
 * exports the module's plain values as they are, as a fresh Node process sees them (a getter Node
 * resolves on first use would be a value in this process already). Its getters are exported as
 * reads marked pure, so that a module esbuild drops (@actions/core's summary imports `fs.promises`)
 * costs nothing; a getter that a kept module reads fails the build (`keptGetters`).
 */
const builtinObjects: Plugin = {
  name: 'builtin-objects',
  setup(b) {
    // Bare names too where @actions/core imports them so (`fs`, `os`, `crypto`), as their `node:` selves.
    b.onResolve({ filter: BUILTIN }, (args) =>
      args.kind === 'import-statement' &&
      (args.path.startsWith('node:') || SIDE_EFFECT_FREE_DIR.test(args.importer))
        ? {
            path: args.path.startsWith('node:') ? args.path : `node:${args.path}`,
            namespace: 'builtin-objects',
          }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin-objects' }, (args) => {
      const { values, getters } = exportsOf(args.path);
      return {
        contents: [
          `const m = process.getBuiltinModule(${JSON.stringify(args.path)});`,
          'export default m;',
          `export const { ${values.join(', ')} } = m;`,
          'const getter$ = (name, _marker) => m[name];',
          ...getters.map(
            (name) =>
              `export const ${name} = /* @__PURE__ */ getter$(${JSON.stringify(name)}, ${JSON.stringify(`${GETTER_MARKER}${args.path}.${name}`)});`,
          ),
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

/** Left in a bundle by a built-in's getter that some kept module reads. */
const GETTER_MARKER = 'release-policy-build:getter:';

/** The built-ins' getters that files under `dir` read at start-up (`node:fs.promises`), by file. */
function keptGetters(dir: string): string[] {
  const pattern = new RegExp(`${GETTER_MARKER}([\\w:/.$]+)`, 'g');
  return builtFiles(dir).flatMap((file) =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(pattern)].map((m) => `${file}: ${m[1]}`),
  );
}

/** `node:` anything, or the bare name of a Node built-in module (`fs`, `fs/promises`). */
const BUILTIN = new RegExp(
  `^(?:node:|(?:${builtinModules
    .filter((name) => !name.startsWith('_'))
    .map((name) => name.replace(/[/]/g, '\\/'))
    .join('|')})$)`,
);

/** A name a module can export as an ES binding (not `default`, not Node's `module.exports` key). */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const exportsOfModule = new Map<string, { values: string[]; getters: string[] }>();

/**
 * The names of a built-in's plain values and of its getters, asked of a fresh process (a lazy getter
 * is a value in this one once something used it), once per module for every build this process makes.
 */
function exportsOf(path: string): { values: string[]; getters: string[] } {
  let names = exportsOfModule.get(path);
  if (!names) {
    const script = `const all = Object.entries(Object.getOwnPropertyDescriptors(process.getBuiltinModule(${JSON.stringify(path)}))).filter(([n]) => n !== 'default' && ${IDENTIFIER}.test(n)); process.stdout.write(JSON.stringify({ values: all.filter(([, d]) => 'value' in d).map(([n]) => n), getters: all.filter(([, d]) => !('value' in d)).map(([n]) => n) }))`;
    names = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
    ) as { values: string[]; getters: string[] };
    exportsOfModule.set(path, names);
  }
  return names;
}

/**
 * The YAML parser's ES module build (the one browsers get: the same code) instead of its CommonJS one,
 * which esbuild must wrap module by module and cannot tree-shake.
 */
const yamlAsModules: Plugin = {
  name: 'yaml-as-modules',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({
      path: join(import.meta.dirname, '..', 'node_modules/yaml/browser/index.js'),
    }));
  },
};

/**
 * The engine's SHA-256 (`engine/hash.ts`, JavaScript, so that the browser has it) becomes Node's
 * native one (`cli/node-hash.ts`, the same function) in the Node bundles.
 */
const nativeHash: Plugin = {
  name: 'native-hash',
  setup(b) {
    b.onResolve({ filter: /^\.\/hash\.ts$/ }, (args) =>
      args.importer.endsWith(join('engine', 'host-hash.ts'))
        ? { path: join(import.meta.dirname, '..', 'action/src/cli/node-hash.ts') }
        : undefined,
    );
  },
};

/** What the Node bundles load only when it is used (scripts/lazy-modules.ts). */
async function lazyTargets(): Promise<LazyModule[]> {
  // Node adds `default` and `module.exports` to a CommonJS module's keys; the names are the rest.
  const namedExports = async (name: string) =>
    Object.keys(await import(name)).filter((k) => k !== 'default' && IDENTIFIER.test(k));
  return Promise.all([
    ...SCHEMA_NAMES.map(async (n) => ({
      name: `validator-${n}`,
      filter: new RegExp(`^\\./validators/${n}\\.generated\\.js$`),
      source: `./${outJs(n)}`,
      exports: ['validate', 'schema'],
    })),
    {
      name: 'markdown-remark',
      filter: /^\.\/markdown-remark\.ts$/,
      source: './action/src/engine/markdown-remark.ts',
      exports: ['parseMarkdown'],
    },
    ...['semver', 'rrule-temporal', 'timezones-ical-library'].map(async (name) => ({
      name,
      filter: new RegExp(`^${name}$`),
      source: name,
      exports: await namedExports(name),
    })),
  ]);
}

/** Bundles each entry into `outdir`; returns esbuild's results, one per entry (with `metafile: true` in `overrides`, what each output imports). */
export async function bundle(
  outdir: string,
  overrides: BuildOptions = {},
  entries: readonly Entry[] = ENTRIES,
): Promise<BuildResult[]> {
  rmSync(join(outdir, CHUNKS), { recursive: true, force: true });
  const lazy = await lazyTargets();
  const options: BuildOptions = {
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    minify: true,
    legalComments: 'eof',
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [sideEffectFree, processGlobal, builtinObjects, yamlAsModules, nativeHash, lazyModules(lazy)],
    // Some CommonJS dependencies (ajv) call require() for Node built-ins.
    banner: {
      js: "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);",
    },
  };
  const results: BuildResult[] = [];
  for (const entry of entries) {
    results.push(
      await build({
        ...options,
        entryPoints: [{ in: entry.in, out: entry.out }, ...(entry.with ?? [])],
        ...(entry.split ? { splitting: true, chunkNames: `${CHUNKS}/[name]-[hash]` } : {}),
        ...overrides,
      }),
    );
  }
  const { outdir: _, banner: __, plugins: ___, ...common } = options;
  await buildLazyFiles(outdir, lazy, {
    ...common,
    ...overrides,
  });
  const kept = keptGetters(outdir);
  if (kept.length > 0) {
    throw new Error(
      `the bundle reads getters of Node's built-in modules as it loads, which loads more of Node on every run (${kept.join(', ')}); take what is needed from the module when it is used`,
    );
  }
  return results;
}

/** Every file a build wrote under `dir`, relative to it, sorted. */
export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.c?js$/.test(d.name))
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

const check = process.argv.includes('--check');
if (import.meta.url === `file://${process.argv[1]}`) {
  const stale = await syncValidators(!check);
  stale.push(...syncSnapshots(!check));
  if (check) {
    const temp = mkdtempSync(join(tmpdir(), 'release-policy-build-'));
    try {
      await bundle(temp);
      const built = builtFiles(temp);
      const committed = existsSync('action/dist') ? builtFiles('action/dist') : [];
      stale.push(
        ...built
          .filter((file) => {
            const path = join('action/dist', file);
            return !existsSync(path) || readFileSync(path, 'utf8') !== readFileSync(join(temp, file), 'utf8');
          })
          .map((file) => `action/dist/${file}`),
        ...committed
          .filter((file) => !built.includes(file))
          .map((file) => `action/dist/${file} (no longer built)`),
      );
      // The demo is what the committed bundles print, so it is checked against them.
      if (stale.length === 0) stale.push(...syncDemo(false));
      if (stale.length > 0) {
        console.error(`out of date: ${stale.join(', ')}. Run: npm run build`);
        process.exitCode = 1;
      }
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  } else {
    await bundle('action/dist');
    for (const file of builtFiles('action/dist')) {
      console.log(`action/dist/${file}: ${(statSync(join('action/dist', file)).size / 1024).toFixed(0)} KiB`);
    }
    syncDemo(true);
  }
}
