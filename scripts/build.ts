// Precompiles the schema validators and the built-in policies (policy.snapshot.json), then bundles the CLI and the GitHub Action into single ESM
// files under action/dist. `--check` builds to a temporary folder and fails if the committed
// validators or bundles differ from what the sources build to.
//
// The action's GitHub API part (octokit) is loaded with a dynamic import(). Without code splitting
// esbuild keeps such a module in the same file but wraps it, and everything only it imports, in a
// lazy initializer (`__esm`) that runs when the import() is first awaited: an offline run never
// evaluates octokit.
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syncDemo } from './gen-action-demo.ts';
import { syncSnapshots } from './gen-policy-snapshots.ts';
import { syncValidators } from './gen-validators.ts';

export const ENTRIES = [
  { in: 'action/src/cli/main.ts', out: 'cli' },
  { in: 'action/src/action/index.ts', out: 'index' },
].filter((e) => existsSync(e.in));

/**
 * `@actions/core` imports `@actions/http-client` (for OIDC tokens, which we never ask for) and
 * `@actions/exec` (for `core.platform`, which we never read). Those packages don't declare
 * `sideEffects: false`, so esbuild would keep them, and evaluate undici (400 KiB) at start-up. They
 * have no side effects at import time: saying so lets esbuild drop what is unused on the main path,
 * while the lazily loaded GitHub API part still bundles what it uses.
 */
const SIDE_EFFECT_FREE = /^@actions\/(?:http-client|exec|io)(?:\/.*)?$/;

const sideEffectFree: Plugin = {
  name: 'side-effect-free',
  setup(b) {
    b.onResolve({ filter: SIDE_EFFECT_FREE }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: resolved.path, namespace: resolved.namespace, sideEffects: false };
    });
  },
};

export async function bundle(outdir: string, overrides: BuildOptions = {}): Promise<void> {
  const options: BuildOptions = {
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    minify: true,
    legalComments: 'eof',
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [sideEffectFree],
    // Some CommonJS dependencies (ajv) call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  };
  await build({ ...options, ...overrides });
}

const check = process.argv.includes('--check');
if (import.meta.url === `file://${process.argv[1]}`) {
  const stale = await syncValidators(!check);
  stale.push(...syncSnapshots(!check));
  if (check) {
    const temp = mkdtempSync(join(tmpdir(), 'release-policy-build-'));
    try {
      await bundle(temp);
      stale.push(
        ...ENTRIES.filter((e) => {
          const committed = join('action/dist', `${e.out}.js`);
          return (
            !existsSync(committed) ||
            readFileSync(committed, 'utf8') !== readFileSync(join(temp, `${e.out}.js`), 'utf8')
          );
        }).map((e) => `action/dist/${e.out}.js (from ${e.in})`),
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
    for (const e of ENTRIES) {
      const file = join('action/dist', `${e.out}.js`);
      console.log(`${file}: ${(statSync(file).size / 1024).toFixed(0)} KiB`);
    }
    syncDemo(true);
  }
}
