// Runs the committed bundles on example repos and keeps what a developer sees — the action's
// annotations and job summary, and the Markdown of its pull request comment — in
// site/src/data/action-demo.json, which the site's action page draws. `npm run build` rewrites it
// after bundling; `--check` fails when it differs from what the committed bundles print now.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runAction } from '../test/helpers/action.ts';
import { REPO } from '../test/helpers/cli.ts';
import { removeTempDirs } from '../test/helpers/temp.ts';

export const OUT = 'site/src/data/action-demo.json';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  title?: string;
  message: string;
}

export interface Demo {
  id: string;
  title: string;
  example: string;
  mode: 'plan' | 'deploy';
  now: string;
  /** The release.yml the annotations point into. */
  release: string;
  annotations: Annotation[];
  /** The job summary's Markdown, as the action wrote it. */
  summary: string;
  /** The sticky comment's Markdown: the CLI bundle's `--format markdown`, the same reporter. */
  comment: string;
}

const DEMOS = [
  {
    id: 'pull-request',
    title: 'A pull request that still lacks a sign-off',
    example: 'minor-missing-signoffs',
    mode: 'plan',
    now: '2026-12-04T12:00:00-05:00',
  },
  {
    id: 'deploy-gate',
    title: 'The deploy gate on a Sunday morning',
    example: 'minor-compliant',
    mode: 'deploy',
    now: '2026-12-06T10:00:00-05:00',
  },
] as const;

/** Undoes the toolkit's escaping of a workflow command's data or property. */
function unescape(text: string): string {
  return text
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/** `::error file=…,line=…::message` lines as annotations. */
export function parseAnnotations(commands: string[]): Annotation[] {
  const annotations: Annotation[] = [];
  for (const command of commands) {
    const match = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(command);
    if (!match) continue;
    const props = Object.fromEntries(
      match[2]!.split(',').map((pair) => {
        const at = pair.indexOf('=');
        return [pair.slice(0, at), unescape(pair.slice(at + 1))];
      }),
    );
    if (props.file === undefined || props.line === undefined) continue;
    const number = (key: string) => (props[key] !== undefined ? { [key]: Number(props[key]) } : {});
    annotations.push({
      level: match[1] as Annotation['level'],
      file: props.file,
      line: Number(props.line),
      ...(props.col !== undefined ? { column: Number(props.col) } : {}),
      ...number('endLine'),
      ...(props.endColumn !== undefined ? { endColumn: Number(props.endColumn) } : {}),
      ...(props.title !== undefined ? { title: props.title } : {}),
      message: unescape(match[3]!),
    });
  }
  return annotations;
}

export function generateDemos(): Demo[] {
  try {
    return DEMOS.map((demo) => {
      const workspace = join(REPO, 'examples', demo.example);
      const run = runAction({ workspace, inputs: { now: demo.now, mode: demo.mode } });
      const cli = spawnSync(
        process.execPath,
        [
          join(REPO, 'action/dist/cli.js'),
          'check',
          '--root',
          workspace,
          '--mode',
          demo.mode,
          '--now',
          demo.now,
          '--format',
          'markdown',
        ],
        { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } },
      );
      return {
        ...demo,
        release: readFileSync(join(workspace, 'release.yml'), 'utf8'),
        annotations: parseAnnotations(run.commands),
        summary: run.summary,
        comment: cli.stdout,
      };
    });
  } finally {
    removeTempDirs();
  }
}

/** The demo file as the committed bundles print it now. */
export function demoText(): string {
  return `${JSON.stringify(generateDemos(), null, 2)}\n`;
}

/** Writes the demo file, or with `check` only says whether it is stale. */
export function syncDemo(write: boolean): string[] {
  const text = demoText();
  const file = join(REPO, OUT);
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // missing: stale
  }
  if (committed === text) return [];
  if (!write) return [`${OUT} (from the bundles' output)`];
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return [];
}

if (import.meta.main) {
  const stale = syncDemo(!process.argv.includes('--check'));
  if (stale.length > 0) {
    console.error(`out of date: ${stale.join(', ')}. Run: npm run build`);
    process.exitCode = 1;
  }
}
