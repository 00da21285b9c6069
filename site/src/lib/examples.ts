/**
 * The example repositories under examples/, as the rule pages show them: each case's files, its
 * release.yml files and notes, and its expected findings (expected.json, the same file the example
 * tests assert).
 */
import { parse } from 'yaml';
import { EXAMPLE_FILES } from './repo-files.ts';

export interface ExpectedFinding {
  rule: string;
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** Reported but waived by an approved exception: it does not fail the check. */
  waived?: boolean;
}

export interface ExampleCase {
  name: string;
  description: string;
  /** `release-policy check` arguments after `--root examples/<name>`. */
  args: string[];
  exitCode: number;
  findings: ExpectedFinding[];
  /** Files by path inside the example (`release.yml`, `docs/releases/2.4.0.md`). */
  files: Record<string, string>;
  /** The release.yml files it checks. */
  configs: string[];
  readme?: string;
}

const cache = new Map<string, ExampleCase>();

/** Every example's name. */
export function exampleNames(): string[] {
  const names = new Set<string>();
  for (const path of Object.keys(EXAMPLE_FILES)) {
    const [, name, rest] = /^examples\/([^/]+)\/(.+)$/.exec(path) ?? [];
    if (name && rest === 'expected.json') names.add(name);
  }
  return [...names].sort();
}

export function exampleCase(name: string): ExampleCase {
  const cached = cache.get(name);
  if (cached) return cached;
  const prefix = `examples/${name}/`;
  const files = Object.fromEntries(
    Object.entries(EXAMPLE_FILES)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, text]) => [path.slice(prefix.length), text]),
  );
  const expectedText = files['expected.json'];
  if (expectedText === undefined) throw new Error(`examples/${name} has no expected.json`);
  const expected = JSON.parse(expectedText) as Omit<ExampleCase, 'name' | 'files' | 'configs' | 'readme'>;
  const configs = Object.keys(files)
    .filter((p) => p === 'release.yml' || p.endsWith('/release.yml'))
    .sort();
  const example: ExampleCase = {
    name,
    description: expected.description,
    args: expected.args,
    exitCode: expected.exitCode,
    findings: expected.findings,
    files,
    configs,
    ...(files['README.md'] !== undefined ? { readme: files['README.md'] } : {}),
  };
  cache.set(name, example);
  return example;
}

/** The notes file a release.yml of the example names (relative to the example), if it is inside. */
export function notesPathOf(example: ExampleCase, config: string): string | undefined {
  let data: unknown;
  try {
    data = parse(example.files[config] ?? '');
  } catch {
    return undefined;
  }
  const notes = (data as { notes?: unknown } | null)?.notes;
  if (typeof notes !== 'string') return undefined;
  const dir = config.includes('/') ? config.slice(0, config.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const part of `${dir}${notes}`.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  const path = parts.join('/');
  return example.files[path] !== undefined ? path : undefined;
}

/** The `release-policy check` command line that reproduces the example's expected findings. */
export function checkCommand(example: ExampleCase): string {
  const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
  return ['release-policy', 'check', '--root', `examples/${example.name}`, ...example.args]
    .map(quote)
    .join(' ');
}
