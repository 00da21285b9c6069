import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import semver from 'semver';
import type { Io } from './io.ts';
import { oneOf, parse } from './options.ts';
import { readPackageFile } from './package-files.ts';
import { policyFrom } from './policy-files.ts';
import { UsageError } from './usage.ts';

const FIRST_VERSION = { patch: '0.0.1', minor: '0.1.0', major: '1.0.0' } as const;

/**
 * `init`: writes release.yml and the notes for a release type from the templates. It never
 * overwrites: if either file exists, nothing is written.
 */
export function initCommand(args: string[], io: Io): number {
  const { values } = parse(args, {
    type: { type: 'string' },
    version: { type: 'string' },
    product: { type: 'string' },
    date: { type: 'string' },
    root: { type: 'string' },
    policy: { type: 'string' },
  });
  if (values.type === undefined) throw new UsageError('--type is required: patch, minor or major');
  const type = oneOf('type', values.type, ['patch', 'minor', 'major'] as const, 'minor');
  const version = values.version ?? FIRST_VERSION[type];
  if (!semver.valid(version))
    throw new UsageError(`--version must be a SemVer 2.0.0 version like 2.4.0; got "${version}"`);
  const root = resolve(io.cwd, values.root ?? '.');
  const product = values.product ?? slug(basename(root));
  const policy = policyFrom(values.policy ?? 'octoacme', root, io.cwd);
  const rules = policy.data.types?.[type];
  if (!rules) throw new UsageError(`policy "${policy.name}" does not define ${type} releases`);
  const date =
    values.date ??
    plannedDate(io.clock(), rules.lead_time?.planned_days ?? rules.lead_time?.feature_freeze_days ?? 1);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([Zz]|[+-]\d{2}:\d{2})$/.test(date)) {
    throw new UsageError(
      `--date must be an RFC 3339 date-time with an offset, like 2026-12-08T15:00:00-05:00; got "${date}"`,
    );
  }
  const notesPath = `docs/releases/${version}.md`;
  const template = rules.notes === undefined ? undefined : policy.templates[rules.notes];
  if (!template) throw new UsageError(`policy "${policy.name}" names no notes template for ${type} releases`);

  const fill = (text: string) =>
    text
      .replaceAll('{{product}}', product)
      .replaceAll('{{version}}', version)
      .replaceAll('{{type}}', type)
      .replaceAll('{{date}}', date)
      .replaceAll('{{notes}}', notesPath);
  const files = [
    { path: resolve(root, 'release.yml'), text: fill(readPackageFile('templates/release.yml')) },
    {
      path: resolve(root, notesPath),
      text: template.text
        .replaceAll('[Product Name]', product)
        .replaceAll('[Version]', version)
        .replaceAll('[Date]', date.slice(0, 10)),
    },
  ];
  const existing = files.filter((f) => existsSync(f.path)).map((f) => relative(io.cwd, f.path) || f.path);
  if (existing.length > 0) {
    throw new UsageError(`not overwriting ${existing.join(' and ')}; nothing was written`);
  }
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text, { flag: 'wx' });
    io.stdout(`created ${relative(io.cwd, file.path)}\n`);
  }
  io.stdout(
    `\nNext: fill in the notes, add the sign-offs your ${type} release needs, then run\n  release-policy check${values.root ? ` --root ${values.root}` : ''}\n`,
  );
  return 0;
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'my-product'
  );
}

/** A Tuesday 15:00 UTC at least `days` ahead: clear of the weekend freeze, with the lead time planned in. */
function plannedDate(now: Date, days: number): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, 15));
  while (date.getUTCDay() !== 2) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().replace('.000Z', 'Z');
}
