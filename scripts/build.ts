// Bundles the CLI (and, once it exists, the action) into single ESM files under action/dist.
// `--check` builds to a temporary folder and fails if the committed bundles differ.
import { build, type BuildOptions } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENTRIES = [{ in: 'action/src/cli/main.ts', out: 'cli' }].filter((e) => existsSync(e.in));

export async function bundle(outdir: string): Promise<void> {
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
    // Some CommonJS dependencies (ajv) call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  };
  await build(options);
}

const check = process.argv.includes('--check');
if (check) {
  const temp = mkdtempSync(join(tmpdir(), 'release-policy-build-'));
  try {
    await bundle(temp);
    const stale = ENTRIES.filter((e) => {
      const committed = join('action/dist', `${e.out}.js`);
      return (
        !existsSync(committed) ||
        readFileSync(committed, 'utf8') !== readFileSync(join(temp, `${e.out}.js`), 'utf8')
      );
    });
    if (stale.length > 0) {
      console.error(
        `action/dist is out of date for: ${stale.map((e) => e.in).join(', ')}. Run: npm run build`,
      );
      process.exitCode = 1;
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
} else {
  await bundle('action/dist');
}
