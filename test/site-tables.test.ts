// The site's generated tables, at unit level: they follow the data they are generated from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMAND_OPTIONS, type CommandName } from '../action/src/cli/options.ts';
import { USAGE } from '../action/src/cli/usage.ts';
import type { Policy } from '../action/src/engine/types/index.ts';
import { ruleMetas } from '../action/src/rules/index.ts';
import { parseActionYml } from '../site/src/lib/action-yml.ts';
import { agenda, describeRrule, monthsFrom, monthViews } from '../site/src/lib/calendar-view.ts';
import { frameTables } from '../site/src/lib/scroll-tables.ts';
import { timeline } from '../site/src/lib/timeline.ts';
import { excerpt } from '../site/src/lib/excerpt.ts';
import { inlineCode } from '../site/src/lib/inline.ts';
import {
  NEVER_WAIVABLE,
  changeRows,
  severityRows,
  signoffMatrix,
  typeRows,
  waiverRows,
} from '../site/src/lib/policy-tables.ts';
import { schemaRows, type Schema } from '../site/src/lib/schema-table.ts';
import { fixSearchButton } from '../site/src/lib/search-button.ts';
import { parseUsage } from '../site/src/lib/usage.ts';
import { Temporal } from '../action/src/engine/calendar/index.ts';
import { optionFlags } from './helpers/cli.ts';
import { octoacmePolicy } from './helpers/rules.ts';

const policy = () => structuredClone(octoacmePolicy().data) as Policy;

describe('the sign-off table', () => {
  it('is the policy: minor needs QA, Tech Lead, Product Owner, Release Manager and DevOps; UI changes add UX', () => {
    const matrix = signoffMatrix(policy());
    expect(matrix.types.map((t) => t.id)).toEqual(['patch', 'minor', 'major']);
    const required = (type: string) => matrix.rows.filter((r) => r.byType[type]).map((r) => r.role);
    expect(required('patch')).toEqual(['product-owner', 'tech-lead']);
    expect(new Set(required('minor'))).toEqual(
      new Set(['qa-lead', 'tech-lead', 'product-owner', 'release-manager', 'devops']),
    );
    expect(new Set(required('major'))).toEqual(new Set([...required('minor'), 'executive']));
    expect(matrix.rows.filter((r) => r.byChange.ui).map((r) => r.title)).toEqual(['UX']);
    expect(matrix.rows.find((r) => r.role === 'qa-lead')).toMatchObject({
      title: 'QA Lead',
      aliases: ['qa', 'qa-engineer'],
      signers: ['@octoacme/qa'],
    });
  });

  it('changes when the policy changes: a new requirement, a renamed role, new signers, a new role', () => {
    const before = signoffMatrix(policy());
    const changed = policy();
    changed.types!.patch!.signoffs = ['tech-lead', 'product-owner', 'security'];
    changed.roles!['qa-lead']!.title = 'Quality Lead';
    changed.roles!['qa-lead']!.users = ['@quinn'];
    changed.changes!.security!.signoffs = ['security', 'compliance'];
    const after = signoffMatrix(changed);

    expect(before.rows.find((r) => r.role === 'security')!.byType.patch).toBe(false);
    expect(after.rows.find((r) => r.role === 'security')!.byType.patch).toBe(true);
    expect(after.rows.find((r) => r.role === 'qa-lead')).toMatchObject({
      title: 'Quality Lead',
      signers: ['@quinn', '@octoacme/qa'],
    });
    // A role a requirement names but the policy does not define still gets its row.
    expect(after.rows.at(-1)).toMatchObject({ role: 'compliance', title: 'compliance' });
    expect(after.rows.at(-1)!.byChange.security).toBe(true);
    expect(after).not.toEqual(before);
  });

  it('drops a release type the policy leaves out', () => {
    const changed = policy();
    delete changed.types!.major;
    expect(signoffMatrix(changed).types.map((t) => t.id)).toEqual(['patch', 'minor']);
  });
});

describe('the release type, change, waiver and severity tables', () => {
  it('follow the policy', () => {
    const types = typeRows(policy());
    const minor = types.find((t) => t.type === 'minor')!;
    expect(minor.leadTimes).toEqual([
      { milestone: 'Feature freeze', field: 'milestones.feature_freeze', days: 28 },
      { milestone: 'Code freeze', field: 'milestones.code_freeze', days: 14 },
    ]);
    expect(types.find((t) => t.type === 'major')!.strategies).toEqual(['canary', 'blue-green', 'rolling']);
    expect(types.find((t) => t.type === 'patch')!.notes).toMatchObject({ id: 'hotfix' });

    const changed = policy();
    changed.types!.minor!.lead_time = { code_freeze_days: 7 };
    expect(typeRows(changed).find((t) => t.type === 'minor')!.leadTimes).toEqual([
      { milestone: 'Code freeze', field: 'milestones.code_freeze', days: 7 },
    ]);

    expect(changeRows(policy()).find((c) => c.kind === 'customer_facing')!.requires).toEqual([
      'communication-plan',
      'support-briefed',
    ]);
    expect(severityRows(policy()).map((s) => [s.level, s.emergency])).toEqual([
      ['SEV1', true],
      ['SEV2', true],
      ['SEV3', false],
      ['SEV4', false],
    ]);
  });

  it('say who may waive each rule, and never waive the unwaivable', () => {
    const rows = waiverRows(policy(), ruleMetas);
    expect(rows.map((r) => r.rule)).toEqual(ruleMetas.map((m) => m.id));
    expect(rows.find((r) => r.rule === 'blackout-window')!.grantedBy.map((g) => g.title)).toEqual([
      'Release Manager',
      'Executive Stakeholder',
    ]);
    for (const id of NEVER_WAIVABLE) {
      expect(
        rows.find((r) => r.rule === id),
        id,
      ).toMatchObject({ waivable: false, grantedBy: [] });
    }
    const changed = policy();
    changed.exceptions!.waivable!['lead-time'] = { granted_by: ['executive'] };
    expect(waiverRows(changed, ruleMetas).find((r) => r.rule === 'lead-time')!.grantedBy).toEqual([
      { role: 'executive', title: 'Executive Stakeholder' },
    ]);
  });
});

describe('the schema reference', () => {
  for (const name of ['release', 'policy', 'calendar']) {
    it(`lists every property of ${name}.schema.json, with a type and a description`, () => {
      const schema = JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8')) as Schema;
      const rows = schemaRows(schema);
      const top = Object.keys(schema.properties as object);
      expect(rows.filter((r) => r.depth === 0).map((r) => r.path)).toEqual(top);
      for (const row of rows) {
        expect(row.type, row.path).not.toBe('any');
        expect(row.description, row.path).toBeTruthy();
      }
      expect(new Set(rows.map((r) => r.anchor)).size).toBe(rows.length);
    });
  }

  it('follows refs, lists and maps into nested keys', () => {
    const release = schemaRows(JSON.parse(readFileSync('schemas/release.schema.json', 'utf8')) as Schema);
    const paths = release.map((r) => r.path);
    expect(paths).toContain('window.end');
    expect(paths).toContain('signoffs[].role');
    expect(paths).toContain('exceptions[].expires');
    expect(release.find((r) => r.path === 'type')).toMatchObject({
      required: true,
      type: 'one of patch, minor, major',
    });
    expect(release.find((r) => r.path === 'window.end')).toMatchObject({ required: true });
    const policyRows = schemaRows(JSON.parse(readFileSync('schemas/policy.schema.json', 'utf8')) as Schema);
    expect(policyRows.map((r) => r.path)).toContain('roles.<role id>.title');
  });
});

describe('the CLI and action references', () => {
  it('read the CLI’s USAGE: every command, every option of each, the three exit codes', () => {
    const usage = parseUsage(USAGE);
    expect(usage.commands.map((c) => c.name)).toEqual([
      'check',
      'init',
      'explain',
      'calendar',
      'collect',
      'schema',
      'help',
    ]);
    expect(usage.options.map((o) => o.title)).toEqual(['check', 'init', 'explain', 'calendar', 'collect']);
    for (const command of Object.keys(COMMAND_OPTIONS) as CommandName[]) {
      const flags = (usage.options.find((o) => o.title === command)?.options ?? []).flatMap((o) => o.flags);
      expect(flags.sort(), command).toEqual(optionFlags(command).sort());
      const synopsis = usage.commands.find((c) => c.name === command)!.synopsis;
      for (const flag of flags) expect(synopsis, command).toContain(flag);
    }
    expect(usage.exitCodes.map((e) => e.code)).toEqual([0, 1, 2]);
  });

  it('fails loudly when USAGE changes shape', () => {
    expect(() => parseUsage('release-policy\n\nUsage:\nnonsense here\n')).toThrow(/cannot read/);
  });

  it('read action.yml: inputs with defaults, outputs', () => {
    const action = parseActionYml(
      'name: x\ndescription: d\ninputs:\n  config:\n    description: the file\n    default: release.yml\n  now:\n    description: when\n    required: true\noutputs:\n  result:\n    description: pass or fail\nruns:\n  using: node24\n  main: dist/index.js\n',
    );
    expect(action.inputs).toEqual([
      { name: 'config', description: 'the file', required: false, default: 'release.yml' },
      { name: 'now', description: 'when', required: true },
    ]);
    expect(action.outputs).toEqual([{ name: 'result', description: 'pass or fail' }]);
    expect(action.runs).toBe('node24 (dist/index.js)');
  });
});

describe('the calendar view', () => {
  const calendar = () => octoacmePolicy().calendar!.data;

  it('shades the year-end freeze on Dec 18–31 2026 and names it there', () => {
    const [december] = monthViews(calendar(), [{ year: 2026, month: 12 }]);
    const cells = december!.weeks.flat().filter((c) => c !== null);
    expect(cells).toHaveLength(31);
    for (const cell of cells) {
      const inFreeze = cell.day >= 18;
      expect(
        cell.events.some((e) => e.id === 'year-end-freeze'),
        cell.date,
      ).toBe(inFreeze);
      if (inFreeze) expect(cell).toMatchObject({ blocked: 'hard', blockedAllDay: true });
    }
    // Dec 1, 2026 is a Tuesday: two padding cells before it in a Sunday-first week.
    expect(december!.weeks[0]!.slice(0, 3).map((c) => c?.day ?? null)).toEqual([null, null, 1]);
    const dec8 = cells.find((c) => c.day === 8)!;
    expect(dec8.events).toContainEqual(
      expect.objectContaining({
        kind: 'release',
        name: 'payments-api 2.4.0',
        time: '15:00–17:00',
        detail: 'minor release, after ledger 5.1.0',
      }),
    );
    // The weekend blackout: Friday from 15:00, Monday until 09:00.
    expect(cells.find((c) => c.day === 4)!.events).toContainEqual(
      expect.objectContaining({ id: 'weekend', time: 'from 15:00' }),
    );
    expect(cells.find((c) => c.day === 7)!.events).toContainEqual(
      expect.objectContaining({ id: 'weekend', time: 'until 09:00' }),
    );
  });

  it('lists what is coming without repeating the weekly blackout', () => {
    const from = Temporal.Instant.from('2026-11-22T12:00:00Z');
    const list = agenda(calendar(), from, from.add({ hours: 24 * 60 }), { roleTitle: (id: string) => id });
    const items = list.flatMap((m) => m.items);
    expect(items.some((i) => i.id === 'weekend')).toBe(false);
    expect(items.find((i) => i.id === 'year-end-freeze')).toMatchObject({
      when: 'Fri 18 Dec 2026 – Sun 3 Jan 2027',
      enforcement: 'hard',
    });
    expect(monthsFrom({ year: 2026, month: 11 }, 14).at(-1)).toEqual({ year: 2027, month: 12 });
  });

  it('says common recurrence rules in words, and nothing for the rest', () => {
    expect(describeRrule('FREQ=YEARLY;BYMONTH=11;BYDAY=+4TH')).toBe(
      'every year, on the 4th Thursday of November',
    );
    expect(describeRrule('FREQ=MONTHLY;BYDAY=+1SA')).toBe('every month, on the 1st Saturday');
    expect(describeRrule('FREQ=WEEKLY')).toBe('every week');
    expect(describeRrule('FREQ=WEEKLY;BYSETPOS=1')).toBeUndefined();
  });
});

describe('the calendar agenda and the timeline', () => {
  const calendar = () => structuredClone(octoacmePolicy().calendar!.data);
  const roleTitle = (id: string) => (id === 'release-manager' ? 'Release Manager' : id);

  it('details each entry from the calendar: exception, manager, window, dependencies', () => {
    const from = Temporal.Instant.from('2026-12-01T05:00:00Z');
    const items = agenda(calendar(), from, from.add({ hours: 24 * 40 }), { roleTitle }).flatMap(
      (m) => m.items,
    );
    const freeze = items.find((i) => i.id === 'year-end-freeze')!;
    expect(freeze.facts).toContainEqual({
      label: 'Emergency exception',
      text: 'patch release fixing a SEV1 or SEV2 incident may pass with an incident id, a reason and a waiver approved by a Release Manager',
    });
    const release = items.find((i) => i.id === 'release-payments-api-2.4.0')!;
    expect(release).toMatchObject({
      product: 'payments-api',
      anchor: 'release-payments-api-2-4-0-2026-12-08',
    });
    expect(release.facts).toEqual(
      expect.arrayContaining([
        { label: 'Release manager', text: '@dana' },
        { label: 'Window', text: 'Tue 8 Dec 2026, 15:00–17:00' },
        { label: 'Ships after', text: 'ledger 5.1.0', href: '#release-ledger-5-1-0-2026-12-03' },
      ]),
    );
    expect(items.some((i) => i.id === 'weekend')).toBe(false);
  });

  it('lists an entry again in each later month it covers, and the grid there links to that listing', () => {
    const from = Temporal.Instant.from('2026-12-01T05:00:00Z');
    const to = Temporal.Instant.from('2027-02-01T05:00:00Z');
    const months = agenda(calendar(), from, to, { roleTitle });
    const freezes = months.flatMap((m) =>
      m.items.filter((i) => i.id === 'year-end-freeze').map((i) => [m.id, i.anchor, i.continued ?? false]),
    );
    expect(freezes).toEqual([
      ['2026-12', 'year-end-freeze-2026-12-18', false],
      ['2027-01', 'year-end-freeze-2026-12-18-in-2027-01', true],
    ]);
    const [december, january] = monthViews(calendar(), [
      { year: 2026, month: 12 },
      { year: 2027, month: 1 },
    ]);
    const anchorOn = (view: typeof december, day: number) =>
      view!.weeks
        .flat()
        .find((c) => c?.day === day)!
        .events.find((e) => e.id === 'year-end-freeze')!.anchor;
    expect(anchorOn(december, 18)).toBe('year-end-freeze-2026-12-18');
    expect(anchorOn(january, 1)).toBe('year-end-freeze-2026-12-18-in-2027-01');
  });

  it('finds the critical chain, and marks a dependency planned after the release that needs it', () => {
    const t = timeline(calendar());
    expect(t.critical).toEqual([
      'identity 4.0.0',
      'ledger 6.0.0',
      'payments-api 3.0.0',
      'checkout-web 3.13.0',
    ]);
    expect(t.edges.filter((e) => e.late)).toEqual([]);
    expect(t.edges.filter((e) => e.critical).map((e) => `${e.from} → ${e.to}`)).toEqual([
      'identity 4.0.0 → ledger 6.0.0',
      'ledger 6.0.0 → payments-api 3.0.0',
      'payments-api 3.0.0 → checkout-web 3.13.0',
    ]);
    expect(t.shades.some((s) => s.id === 'year-end-freeze')).toBe(true);
    // The weekend blackout: every Friday 15:00 to Monday 09:00 of the axis, apart from the rest.
    expect(t.shades.some((s) => s.id === 'weekend')).toBe(false);
    const weekends = t.recurring.filter((s) => s.id === 'weekend');
    expect(weekends.length).toBeGreaterThan(4);
    for (const w of weekends) {
      const start = w.start.toZonedDateTimeISO(t.zone);
      expect([start.dayOfWeek, start.hour]).toEqual([5, 15]);
      const end = w.end.toZonedDateTimeISO(t.zone);
      expect([end.dayOfWeek, end.hour, start.until(end, { largestUnit: 'days' }).days]).toEqual([1, 9, 2]);
    }

    const late = calendar();
    const ledger = late.releases!.find((r) => r.product === 'ledger' && r.version === '5.1.0')!;
    ledger.date = '2026-12-09T14:00:00-05:00';
    ledger.window_end = '2026-12-09T16:00:00-05:00';
    expect(timeline(late).edges.filter((e) => e.late)).toEqual([
      { from: 'ledger 5.1.0', to: 'payments-api 2.4.0', late: true, critical: false },
    ]);
  });

  it('frame every table as a named, focusable scroll region, once', () => {
    const html =
      '<h2>Roles</h2><table><tr><td>a</td></tr></table><h2>Roles</h2><table></table>' +
      '<div class="rp-scroll"><table><caption>By type &amp; change</caption></table></div>';
    const framed = frameTables(html);
    expect(framed).toBe(
      '<h2>Roles</h2><div class="rp-scroll" role="region" tabindex="0" aria-label="Table: Roles"><table><tr><td>a</td></tr></table></div>' +
        '<h2>Roles</h2><div class="rp-scroll" role="region" tabindex="0" aria-label="Table: Roles (2)"><table></table></div>' +
        '<div class="rp-scroll" role="region" tabindex="0" aria-label="By type &amp; change"><table><caption>By type &amp; change</caption></table></div>',
    );
    expect(frameTables(framed)).toBe(framed);
  });
});

describe('small helpers', () => {
  it('quote the lines around a finding, marked', () => {
    const text = Array.from({ length: 60 }, (_, i) => `line ${i + 1}`).join('\n');
    const part = excerpt(text, [30], 3, 20);
    expect(part.from).toBeLessThanOrEqual(27);
    expect(part.to).toBeGreaterThanOrEqual(33);
    expect(part.code.split('\n')[part.mark[0]! - 1]).toBe('line 30');
  });

  it('quote lines with their own line breaks, for the copy button', () => {
    const text = Array.from({ length: 60 }, (_, i) => `line ${i + 1}  `).join('\n') + '\n';
    const part = excerpt(text, [30], 3, 20);
    expect(part.text).toBe(
      text
        .split('\n')
        .slice(part.from - 1, part.to)
        .map((l) => `${l}\n`)
        .join(''),
    );
    expect(excerpt('a: 1\nb: 2\n', []).text).toBe('a: 1\nb: 2\n');
    expect(excerpt('a: 1\nb: 2', []).text).toBe('a: 1\nb: 2');
  });

  it('quote a key that opens a block with its block, never empty', () => {
    const text = [
      ...Array.from({ length: 39 }, (_, i) => `k${i + 1}: v`),
      'depends_on:',
      '  - { product: ledger, version: "5.1.0" }',
      'other: x',
    ].join('\n');
    const part = excerpt(text, [], 3, 40);
    expect(part.code.split('\n').slice(-2)).toEqual([
      'depends_on:',
      '  - { product: ledger, version: "5.1.0" }',
    ]);
    expect(part.to).toBe(41);
  });

  it('escape text and keep code spans', () => {
    expect(inlineCode('a <b> `x<y>` c')).toBe('a &lt;b&gt; <code>x&lt;y&gt;</code> c');
  });

  it('name the search button by its visible text, and refuse markup it does not know', () => {
    const starlight =
      '<button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K" class="a"><svg aria-hidden="true"></svg><span class="sl-hidden md:sl-block a" aria-hidden="true">Search</span><kbd class="sl-hidden md:sl-flex a" style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>';
    const fixed = fixSearchButton(starlight);
    expect(fixed).not.toContain('aria-label="Search"');
    expect(fixed).toContain('<span class="rp-search-label a">Search</span>');
    expect(fixed).toContain('<kbd aria-hidden="true" class="sl-hidden md:sl-flex a"');
    expect(() => fixSearchButton('<button data-open-modal>Search</button>')).toThrow(/changed/);
    // The dev server adds attributes (data-astro-source-file …) after the ones Starlight writes.
    const dev = starlight.replace(/<(button|span|kbd)\b([^>]*)>/g, '<$1$2 data-astro-source-loc="1:1">');
    expect(fixSearchButton(dev)).toContain('<span class="rp-search-label a" data-astro-source-loc="1:1">');
  });
});
