/**
 * The playground's builder: a few answers (product, version, type, date, kinds of change) written as
 * a release.yml and a notes skeleton that the schema accepts, with the milestones the policy's lead
 * times ask for and the sign-offs it requires listed in a comment for the humans to collect.
 */
import { Document, Scalar, YAMLMap } from 'yaml';
import type { LoadedPolicy } from '../../../action/src/engine/policy.ts';
import type { Release } from '../../../action/src/engine/types/index.ts';
import { requiredRoles, type ChangeKind } from '../../../action/src/rules/lib/requirements.ts';

export interface BuilderAnswers {
  product: string;
  version: string;
  previous: string;
  type: Release['type'];
  /** RFC 3339 with an offset. */
  date: string;
  manager: string;
  strategy: string;
  changes: ChangeKind[];
}

export interface Built {
  releaseYml: string;
  notesPath: string;
  notes: string;
}

const SCHEMA_COMMENT =
  ' yaml-language-server: $schema=https://octoacme.github.io/release-policy/schemas/release.schema.json';

/** The calendar day `days` before an RFC 3339 date-time's own day, as written (YYYY-MM-DD). */
export function daysBefore(dateTime: string, days: number): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T/.exec(dateTime);
  if (!match) return undefined;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) - days));
  return day.toISOString().slice(0, 10);
}

function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_SINGLE;
  return scalar;
}

/** Flow style (`{ a: 1 }`) for a small mapping, as the templates write them. */
function flow(map: YAMLMap): YAMLMap {
  map.flow = true;
  return map;
}

export function buildRelease(answers: BuilderAnswers, policy: LoadedPolicy): Built {
  const type = policy.data.types?.[answers.type] ?? {};
  const notesPath = `docs/releases/${answers.version || 'next'}.md`;
  const root = new YAMLMap();
  const doc = new Document(root);
  doc.commentBefore = SCHEMA_COMMENT;
  const set = (key: string, value: unknown) => root.set(key, value);

  set('product', answers.product);
  set('version', quoted(answers.version));
  if (answers.previous) set('previous', quoted(answers.previous));
  set('type', answers.type);
  set('date', quoted(answers.date));
  if (answers.strategy) set('strategy', answers.strategy);
  if (answers.manager) set('manager', quoted(answers.manager));
  set('notes', notesPath);

  const changes = Object.fromEntries(
    Object.keys(policy.data.changes ?? {}).map((kind) => [
      kind,
      answers.changes.includes(kind as ChangeKind),
    ]),
  );
  set('changes', flow(doc.createNode(changes) as YAMLMap));

  const lead = type.lead_time;
  const milestones: Record<string, string> = {};
  const milestone = (key: string, days: number | undefined) => {
    const date = days === undefined ? undefined : daysBefore(answers.date, days);
    if (date) milestones[key] = date;
  };
  milestone('planning', lead?.planned_days);
  milestone('feature_freeze', lead?.feature_freeze_days);
  milestone('code_freeze', lead?.code_freeze_days);
  if (Object.keys(milestones).length > 0) set('milestones', flow(doc.createNode(milestones) as YAMLMap));

  if (type.rollback?.required) {
    set('rollback', flow(doc.createNode({ plan: 'docs/runbooks/rollback.md', tested: false }) as YAMLMap));
  }
  if (answers.changes.includes('customer_facing' as ChangeKind)) {
    set(
      'communication',
      flow(
        doc.createNode({ support_briefed: false, customer_plan: 'docs/comms/customer-plan.md' }) as YAMLMap,
      ),
    );
  }

  const release = { ...answers, changes } as unknown as Release;
  const roles = requiredRoles(release, policy.data).map((r) => r.role);
  set('signoffs', doc.createNode([]));
  // `set` keeps a plain string key; a Scalar key can carry the comment.
  const pair = root.items.find((item) => item.key === 'signoffs');
  if (pair && roles.length > 0) {
    const key = new Scalar('signoffs');
    pair.key = key;
    key.commentBefore =
      ` Sign-offs this release needs: ${roles.join(', ')}.\n` +
      ` One entry per role, dated when it was given: - { role: ${roles[0]}, by: '@login', date: 'YYYY-MM-DD' }`;
  }

  const template = type.notes === undefined ? undefined : policy.templates[type.notes];
  const notes = (template?.text ?? `# ${answers.product} ${answers.version}\n`)
    .replaceAll('[Product Name]', answers.product)
    .replaceAll('[Version]', answers.version)
    .replaceAll('[Date]', answers.date.slice(0, 10));
  return { releaseYml: doc.toString({ lineWidth: 0 }), notesPath, notes };
}
