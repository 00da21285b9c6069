/**
 * What `npm run bench` bundles (like the CLI) and runs to time a check's parts in one cold process:
 * start-up, the modules' own top-level code, loading the policy, reading the release files, each
 * rule, the notes and the rest of the check, and rendering the report. Prints JSON on stdout.
 *
 * Usage: node probe.js <root> <now> <config or glob>… [--full-policy]
 */
const entered = performance.now();
const args = process.argv.slice(2);
const fullPolicy = args.includes('--full-policy');
const [root, now, ...patterns] = args.filter((a) => a !== '--full-policy');

const t = performance.now();
const m = await import('./bench-probe-run.ts');
const modules = performance.now() - t;
process.stdout.write(
  `${JSON.stringify({ startup: entered, modules, ...m.probe(root!, now!, patterns, fullPolicy) })}\n`,
);
