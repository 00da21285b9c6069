// Modules a check seldom needs stay out of the Node bundles' start-up files. Each such module is
// built into a CommonJS file of its own under chunks/, and in the bundle the module is
// replaced by a stand-in whose exports load that file the first time one of them is read. Loading is
// Node's synchronous require(), so the engine, which the browser runs too, stays synchronous and
// unaware: the site bundles the real modules as they are.
//
// Why it pays: reading and compiling code costs start-up time in proportion to its size (even from
// the compile cache), and these are most of the bundle: the schemas' validators (only the release
// schema is used when the built-in policy is precompiled), the Markdown parser (only for notes the
// plain reader declines), rrule (only for a calendar that is not precompiled) and the iCalendar zone
// data (only for `calendar --format ics`).
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { join } from 'node:path';

export interface LazyModule {
  /** The stand-in replaces imports whose path (as written) matches. */
  filter: RegExp;
  /** A short name for the built file: chunks/lazy-<name>.cjs. */
  name: string;
  /** The real module, as the lazy files' build resolves it from the repo's root. */
  source: string;
  /** The module's exports. */
  exports: readonly string[];
}

const RUNTIME = 'lazy-modules:runtime';

/** The one piece that knows where the files are: beside the chunk (or under chunks/ beside the entry). */
const runtime = `
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const here = import.meta.url;
const folder = new URL(/\\/chunks\\/[^/]*$/.test(here) ? './' : './chunks/', here);
const load = createRequire(here);
export function lazyRequire(file) {
  return load(fileURLToPath(new URL(file, folder)));
}`;

function lazyFile(module: LazyModule): string {
  return `lazy-${module.name}.cjs`;
}

function standIn(module: LazyModule): string {
  const props = module.exports.map(
    (name) =>
      `  ${JSON.stringify(name)}: { enumerable: true, get: () => (real ??= lazyRequire(${JSON.stringify(lazyFile(module))}))[${JSON.stringify(name)}] },`,
  );
  return [
    `const { lazyRequire } = require(${JSON.stringify(RUNTIME)});`,
    'let real;',
    `module.exports = Object.defineProperties({}, {\n${props.join('\n')}\n});`,
  ].join('\n');
}

/** The plugin for the bundles' build: imports of the lazy modules get their stand-ins. */
export function lazyModules(modules: readonly LazyModule[]): Plugin {
  return {
    name: 'lazy-modules',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${RUNTIME}$`) }, () => ({
        path: RUNTIME,
        namespace: 'lazy-modules',
      }));
      b.onLoad({ filter: new RegExp(`^${RUNTIME}$`), namespace: 'lazy-modules' }, () => ({
        contents: runtime,
        loader: 'js',
      }));
      modules.forEach((module, i) => {
        b.onResolve({ filter: module.filter }, () => ({ path: `stand-in-${i}`, namespace: 'lazy-modules' }));
        b.onLoad({ filter: new RegExp(`^stand-in-${i}$`), namespace: 'lazy-modules' }, () => ({
          contents: standIn(module),
          loader: 'js',
        }));
      });
    },
  };
}

/** Builds every lazy module into `<outdir>/chunks/`. */
export async function buildLazyFiles(
  outdir: string,
  modules: readonly LazyModule[],
  options: BuildOptions,
): Promise<void> {
  for (const module of modules) {
    await build({
      ...options,
      stdin: {
        contents: `export { ${module.exports.join(', ')} } from ${JSON.stringify(module.source)};`,
        resolveDir: process.cwd(),
        sourcefile: lazyFile(module),
        loader: 'js',
      },
      format: 'cjs',
      outfile: join(outdir, 'chunks', lazyFile(module)),
    });
  }
}
