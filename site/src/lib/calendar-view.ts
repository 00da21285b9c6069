/**
 * The release calendar as the site draws it: month grids (one cell per day, in the calendar's
 * zone, with every window that touches the day) and a list of what is coming. The windows come from
 * the engine's own expansion of the calendar (`calendarOccurrences`), so the page shows exactly
 * what `blackout-window` and `release-conflict` enforce. Pure.
 */
import {
  calendarOccurrences,
  checkZone,
  collectedFrom,
  occurrenceId,
  releaseWindow,
  Temporal,
  type CalendarData,
  type CalendarOccurrence,
  type OccurrenceKind,
  type PlannedRelease,
} from '../../../action/src/engine/calendar/index.ts';

export { checkZone, calendarOccurrences, Temporal, type CalendarData };

export type Enforcement = 'hard' | 'soft';

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
export const WEEKDAYS = [
  ['Sun', 'Sunday'],
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
] as const;

export const KIND_LABELS: Record<OccurrenceKind, string> = {
  blackout: 'Blackout',
  holiday: 'Holiday',
  'code-freeze': 'Code freeze',
  maintenance: 'Maintenance',
  testing: 'Testing window',
  deployment: 'Deployment window',
  release: 'Planned release',
};

export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

/** One window as it shows on one day. */
export interface DayEvent {
  kind: OccurrenceKind;
  id: string;
  name: string;
  /** `from 15:00`, `until 09:00`, `02:00–06:00`, `15:00`; absent when it covers the whole day. */
  time?: string;
  /** Blackouts and holidays: how hard they block, and which release types. */
  enforcement?: Enforcement;
  blocks: string[];
  /** Planned releases: `minor release, after ledger 5.1.0`. */
  detail?: string;
  /** The entry's anchor in the page's list (`EntryView.anchor`). */
  anchor: string;
  /** The first day the occurrence touches. */
  starts: boolean;
  /** Repeats weekly or more often (the weekend blackout): shaded, not labelled. */
  frequent: boolean;
  /** The product or team the entry belongs to. */
  product?: string;
}

export interface DayCell {
  /** `2026-12-18` */
  date: string;
  day: number;
  events: DayEvent[];
  /** The strongest blackout or holiday touching the day. */
  blocked: Enforcement | null;
  /** A hard blackout covers the whole day. */
  blockedAllDay: boolean;
  /** A deployment (allow) window touches the day: shaded, named in the legend. */
  deployable: boolean;
}

export interface MonthView {
  /** `2026-12`: the month's id in the page. */
  id: string;
  title: string;
  year: number;
  month: number;
  /** Sunday-first weeks; `null` pads days of the neighbouring months. */
  weeks: (DayCell | null)[][];
}

/** `count` consecutive months from `start`. */
export function monthsFrom(start: YearMonth, count: number): YearMonth[] {
  const out: YearMonth[] = [];
  let ym = Temporal.PlainYearMonth.from({ year: start.year, month: start.month });
  for (let i = 0; i < count; i++) {
    out.push({ year: ym.year, month: ym.month });
    ym = ym.add({ months: 1 });
  }
  return out;
}

/** The month an instant falls in, in the calendar's zone. */
export function monthOf(instant: Temporal.Instant | string, zone: string): YearMonth {
  const i = typeof instant === 'string' ? Temporal.Instant.from(instant) : instant;
  const z = i.toZonedDateTimeISO(zone);
  return { year: z.year, month: z.month };
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (z: Temporal.ZonedDateTime) => `${pad(z.hour)}:${pad(z.minute)}`;

function startOfDay(date: Temporal.PlainDate, zone: string): Temporal.Instant {
  return date.toZonedDateTime(zone).toInstant();
}

function releaseDetail(o: CalendarOccurrence): string | undefined {
  if (o.kind !== 'release') return undefined;
  const deps = o.entry.depends_on ?? [];
  const after =
    deps.length > 0 ? `, after ${deps.map((d) => `${d.product} ${d.version}`).join(' and ')}` : '';
  const collected = collectedFrom(o.entry);
  const from = collected ? (collected.pull !== undefined ? ', proposed' : ', collected') : '';
  return `${o.entry.type} release${after}${from}`;
}

function eventName(o: CalendarOccurrence): string {
  return o.kind === 'release' ? `${o.entry.product} ${o.entry.version}` : o.entry.name;
}

function blocking(o: CalendarOccurrence): { enforcement?: Enforcement; blocks: string[] } {
  if (o.kind === 'blackout') return { enforcement: o.entry.enforcement, blocks: [...o.entry.blocks] };
  if (o.kind === 'holiday') return { enforcement: o.holidays.enforcement, blocks: [...o.holidays.blocks] };
  return { blocks: [] };
}

/** The first and last day an occurrence touches in the zone: its end is exclusive (a zero-length release: its start). */
function daysTouched(
  o: CalendarOccurrence,
  zone: string,
): { first: Temporal.PlainDate; last: Temporal.PlainDate } {
  const lastInstant =
    Temporal.Instant.compare(o.start, o.end) === 0 ? o.start : o.end.subtract({ nanoseconds: 1 });
  return {
    first: o.start.toZonedDateTimeISO(zone).toPlainDate(),
    last: lastInstant.toZonedDateTimeISO(zone).toPlainDate(),
  };
}

/**
 * What a day's chip and the agenda's entry both say of an occurrence: what it is, its anchor in the
 * page (the id and the day it starts), whose it is and what it blocks.
 */
function entryBase(o: CalendarOccurrence, startDate: string) {
  const product =
    o.kind === 'release' || o.kind === 'code-freeze' || o.kind === 'testing' ? o.entry.product : undefined;
  return {
    kind: o.kind,
    id: occurrenceId(o),
    anchor:
      o.kind === 'release'
        ? releaseAnchor(o.entry.product, o.entry.version, startDate)
        : `${occurrenceId(o)}-${startDate}`,
    name: eventName(o),
    ...(product !== undefined ? { product } : {}),
    ...blocking(o),
    frequent: isFrequent(o),
  };
}

/** The part of the day `[dayStart, dayEnd)` an occurrence covers, as a label; none when all of it. */
function timeLabel(
  o: CalendarOccurrence,
  dayStart: Temporal.Instant,
  dayEnd: Temporal.Instant,
  zone: string,
): string | undefined {
  const cmp = Temporal.Instant.compare;
  const start = o.start.toZonedDateTimeISO(zone);
  const end = o.end.toZonedDateTimeISO(zone);
  if (cmp(o.start, o.end) === 0) return hhmm(start);
  const startsToday = cmp(o.start, dayStart) > 0;
  const endsToday = cmp(o.end, dayEnd) < 0;
  if (startsToday && endsToday) return `${hhmm(start)}–${hhmm(end)}`;
  if (startsToday) return `from ${hhmm(start)}`;
  if (endsToday) return `until ${hhmm(end)}`;
  return undefined;
}

/** Month grids for `months`, every window of the calendar placed on each day it touches. */
export function monthViews(calendar: CalendarData, months: readonly YearMonth[]): MonthView[] {
  if (months.length === 0) return [];
  const zone = checkZone(calendar.timezone, 'timezone');
  const firstDay = Temporal.PlainDate.from({ year: months[0]!.year, month: months[0]!.month, day: 1 });
  const lastMonth = months.at(-1)!;
  const after = Temporal.PlainYearMonth.from(lastMonth).add({ months: 1 }).toPlainDate({ day: 1 });
  const occurrences = calendarOccurrences(calendar, startOfDay(firstDay, zone), startOfDay(after, zone));

  const byDay = new Map<string, { event: DayEvent; whole: boolean }[]>();
  for (const o of occurrences) {
    const { first: startDate, last: endDate } = daysTouched(o, zone);
    const base = entryBase(o, startDate.toString());
    const detail = releaseDetail(o);
    // The agenda lists the entry in the month it is first shown, and again in each later month.
    const home = Temporal.PlainDate.compare(startDate, firstDay) < 0 ? firstDay : startDate;
    for (let d = startDate; Temporal.PlainDate.compare(d, endDate) <= 0; d = d.add({ days: 1 })) {
      const dayStart = startOfDay(d, zone);
      const dayEnd = startOfDay(d.add({ days: 1 }), zone);
      const time = timeLabel(o, dayStart, dayEnd, zone);
      const month = `${d.year}-${pad(d.month)}`;
      const event: DayEvent = {
        ...base,
        anchor:
          d.year === home.year && d.month === home.month ? base.anchor : continuedAnchor(base.anchor, month),
        starts: d.equals(startDate),
        ...(time !== undefined ? { time } : {}),
        ...(detail !== undefined ? { detail } : {}),
      };
      const list = byDay.get(d.toString()) ?? [];
      list.push({ event, whole: time === undefined });
      byDay.set(d.toString(), list);
    }
  }

  return months.map(({ year, month }) => {
    const firstDay = Temporal.PlainDate.from({ year, month, day: 1 });
    const weeks: (DayCell | null)[][] = [];
    let week: (DayCell | null)[] = Array.from({ length: firstDay.dayOfWeek % 7 }, () => null);
    for (let day = 1; day <= firstDay.daysInMonth; day++) {
      const date = firstDay.with({ day }).toString();
      const entries = byDay.get(date) ?? [];
      const blockers = entries.filter((e) => e.event.enforcement !== undefined);
      week.push({
        date,
        day,
        events: entries.map((e) => e.event),
        blocked: blockers.some((e) => e.event.enforcement === 'hard')
          ? 'hard'
          : blockers.length > 0
            ? 'soft'
            : null,
        blockedAllDay: blockers.some((e) => e.whole && e.event.enforcement === 'hard'),
        deployable: entries.some((e) => e.event.kind === 'deployment'),
      });
      if (week.length === 7) {
        weeks.push(week);
        week = [];
      }
    }
    if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
    return { id: `${year}-${pad(month)}`, title: `${MONTH_NAMES[month - 1]} ${year}`, year, month, weeks };
  });
}

/**
 * Every entry in `[from, to)` with its details, month by month (for the agenda): listed in the month
 * it starts (or the first month, when it started before), and again, as continued, in each later
 * month it still covers, so each month's agenda holds everything its grid shows. Windows that repeat
 * weekly or more often are left out: the page describes them once (`recurringRules`).
 */
export function agenda(
  calendar: CalendarData,
  from: Temporal.Instant,
  to: Temporal.Instant,
  context: Omit<EntryContext, 'zone' | 'releases'>,
): { id: string; title: string; items: EntryView[] }[] {
  const zone = checkZone(calendar.timezone, 'timezone');
  const full: EntryContext = { ...context, zone, releases: calendar.releases ?? [] };
  const months = new Map<string, { id: string; title: string; items: EntryView[] }>();
  const lastMonth = Temporal.PlainYearMonth.from(to.subtract({ nanoseconds: 1 }).toZonedDateTimeISO(zone));
  for (const o of calendarOccurrences(calendar, from, to)) {
    if (isFrequent(o)) continue;
    const view = entryView(o, full);
    const shown = Temporal.Instant.compare(o.start, from) < 0 ? from : o.start;
    const home = Temporal.PlainYearMonth.from(shown.toZonedDateTimeISO(zone));
    const last = Temporal.PlainYearMonth.from(view.lastDate);
    const until = Temporal.PlainYearMonth.compare(last, lastMonth) < 0 ? last : lastMonth;
    for (let ym = home; Temporal.PlainYearMonth.compare(ym, until) <= 0; ym = ym.add({ months: 1 })) {
      const id = `${ym.year}-${pad(ym.month)}`;
      const month = months.get(id) ?? { id, title: `${MONTH_NAMES[ym.month - 1]} ${ym.year}`, items: [] };
      month.items.push(
        ym.equals(home) ? view : { ...view, anchor: continuedAnchor(view.anchor, id), continued: true },
      );
      months.set(id, month);
    }
  }
  return [...months.values()];
}

/** The anchor of an entry's repeat in the agenda of a later month it still covers. */
export function continuedAnchor(anchor: string, month: string): string {
  return `${anchor}-in-${month}`;
}

/** The products and teams the calendar names (planned releases and code freezes), sorted. */
export function calendarProducts(calendar: CalendarData): string[] {
  const names = new Set<string>();
  for (const r of calendar.releases ?? []) names.add(r.product);
  for (const f of calendar.code_freezes ?? []) if (f.product) names.add(f.product);
  for (const t of calendar.testing_windows ?? []) names.add(t.product);
  return [...names].sort();
}

/** One entry of the list view. */
function dayText(d: Temporal.PlainDate): string {
  return `${WEEKDAYS[d.dayOfWeek % 7]![0]} ${d.day} ${MONTH_NAMES[d.month - 1]!.slice(0, 3)} ${d.year}`;
}

/** `when` for a list item: whole days inclusive, or the day and wall-clock times. */
export function whenText(o: Pick<CalendarOccurrence, 'start' | 'end' | 'allDay'>, zone: string): string {
  const start = o.start.toZonedDateTimeISO(zone);
  const end = o.end.toZonedDateTimeISO(zone);
  if (o.allDay) {
    const last = end.toPlainDate().subtract({ days: 1 });
    return Temporal.PlainDate.compare(last, start.toPlainDate()) <= 0
      ? dayText(start.toPlainDate())
      : `${dayText(start.toPlainDate())} – ${dayText(last)}`;
  }
  if (Temporal.Instant.compare(o.start, o.end) === 0)
    return `${dayText(start.toPlainDate())}, ${hhmm(start)}`;
  if (start.toPlainDate().equals(end.toPlainDate())) {
    return `${dayText(start.toPlainDate())}, ${hhmm(start)}–${hhmm(end)}`;
  }
  return `${dayText(start.toPlainDate())} ${hhmm(start)} – ${dayText(end.toPlainDate())} ${hhmm(end)}`;
}

/** Whether an entry repeats too often to list each time (weekly or more often). */
/** An `rrule` that repeats weekly or more often: shading and a description, not an entry each time. */
const FREQUENT = /(^|;)FREQ=(WEEKLY|DAILY|HOURLY|MINUTELY|SECONDLY)(;|$)/i;

export function isFrequent(o: CalendarOccurrence): boolean {
  if (o.kind !== 'blackout' && o.kind !== 'maintenance' && o.kind !== 'deployment') return false;
  return FREQUENT.test(o.entry.rrule ?? '');
}

/** The windows `agenda` leaves out (weekly or more often), described once each. */
export function recurringRules(
  calendar: CalendarData,
): { id: string; kind: 'blackout' | 'deployment'; name: string; reason: string; rrule: string }[] {
  const blackouts = (calendar.blackouts ?? [])
    .filter((b) => FREQUENT.test(b.rrule ?? ''))
    .map((b) => ({
      id: b.id,
      kind: 'blackout' as const,
      name: b.name,
      reason: scopeNote(b.reason, b),
      rrule: b.rrule ?? '',
    }));
  const deployment = (calendar.deployment_windows ?? [])
    .filter((w) => FREQUENT.test(w.rrule ?? ''))
    .map((w) => ({
      id: w.id,
      kind: 'deployment' as const,
      name: w.name,
      reason: scopeNote(
        `${w.description ? `${w.description} ` : ''}${TYPE_WORDS(w.types)} deploy inside it, ${w.start.slice(11) || '00:00'} to ${w.end.slice(11) || '00:00'}; outside it is ${w.enforcement === 'hard' ? 'an error' : 'a warning'}, and blackouts still apply inside it.`,
        w,
      ),
      rrule: w.rrule ?? '',
    }));
  return [...blackouts, ...deployment];
}

/** `reason (only for releases of ledger or touching ledger-db)` for a scoped entry. */
function scopeNote(text: string, entry: { products?: string[]; systems?: string[] }): string {
  const scope = scopeWords(entry);
  return scope ? `${text} (Only ${scope}.)` : text;
}

/** `for releases of ledger or touching ledger-db`; '' for an unscoped entry. */
export function scopeWords(entry: { products?: readonly string[]; systems?: readonly string[] }): string {
  const parts: string[] = [];
  if (entry.products?.length) parts.push(`of ${orList(entry.products)}`);
  if (entry.systems?.length) parts.push(`touching ${orList(entry.systems)}`);
  return parts.length > 0 ? `for releases ${parts.join(' or ')}` : '';
}

const FREQ: Record<string, [string, string]> = {
  YEARLY: ['year', 'years'],
  MONTHLY: ['month', 'months'],
  WEEKLY: ['week', 'weeks'],
  DAILY: ['day', 'days'],
  HOURLY: ['hour', 'hours'],
};
const DAY_NAMES: Record<string, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
function ordinal(n: number): string {
  if (n === -1) return 'last';
  const abs = Math.abs(n);
  const suffix = abs % 100 >= 11 && abs % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][abs % 10] ?? 'th');
  return n < 0 ? `${abs}${suffix} to last` : `${abs}${suffix}`;
}

/**
 * An RRULE in words for the common forms (`every year, on the 4th Thursday of November`); `undefined`
 * for one it cannot say exactly, so the page shows the rule itself instead of a wrong sentence.
 */
export function describeRrule(rrule: string): string | undefined {
  const parts = new Map(
    rrule.split(';').map((p) => {
      const [k, v] = p.split('=');
      return [k?.toUpperCase() ?? '', v ?? ''];
    }),
  );
  const freq = FREQ[parts.get('FREQ') ?? ''];
  if (!freq) return undefined;
  const known = new Set(['FREQ', 'INTERVAL', 'BYMONTH', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL']);
  if ([...parts.keys()].some((k) => !known.has(k))) return undefined;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  let text = interval === 1 ? `every ${freq[0]}` : `every ${interval} ${freq[1]}`;
  const months = parts
    .get('BYMONTH')
    ?.split(',')
    .map((m) => MONTH_NAMES[Number(m) - 1]);
  if (months?.some((m) => m === undefined)) return undefined;
  const days = parts
    .get('BYDAY')
    ?.split(',')
    .map((d) => {
      const m = /^([+-]?\d+)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(d);
      if (!m) return undefined;
      const name = DAY_NAMES[m[2]!]!;
      return m[1] ? `the ${ordinal(Number(m[1]))} ${name}` : `${name}s`;
    });
  if (days?.some((d) => d === undefined)) return undefined;
  const monthDays = parts
    .get('BYMONTHDAY')
    ?.split(',')
    .map((d) => `the ${ordinal(Number(d))}`);
  const on = [...(days ?? []), ...(monthDays ?? [])];
  if (on.length > 0) text += `, on ${on.join(' and ')}`;
  if (months && months.length > 0) text += `${on.length > 0 ? ' of' : ', in'} ${months.join(' and ')}`;
  if (parts.has('COUNT')) text += `, ${parts.get('COUNT')} times`;
  if (parts.has('UNTIL')) text += `, until ${parts.get('UNTIL')}`;
  return text;
}

/** One line of an entry's details: `Blocks: patch, minor and major releases`. */
export interface EntryFact {
  label: string;
  text: string;
  /** Another entry of the page this fact points at (a dependency's release), or a collected release's release.yml. */
  href?: string;
}

/** One occurrence as the page lists it: what it is, when, and everything a release manager asks. */
export interface EntryView {
  kind: OccurrenceKind;
  /** The entry's id in the calendar (`year-end-freeze`, `release-ledger-5.1.0`). */
  id: string;
  /** Unique in the page: the id and the day it starts. */
  anchor: string;
  name: string;
  when: string;
  /** First and last day it touches, in the calendar's zone. */
  startDate: string;
  lastDate: string;
  /** The product or team it belongs to, for filtering; absent for org-wide windows. */
  product?: string;
  enforcement?: Enforcement;
  /** Repeats weekly or more often: drawn as shading, described once. */
  frequent: boolean;
  /** Listed again in a later month it still covers (its `anchor` is that month's). */
  continued?: boolean;
  facts: EntryFact[];
}

/** What an entry view needs from the policy: role titles for an exception's approvers. */
export interface EntryContext {
  zone: string;
  roleTitle: (id: string) => string;
  /** The calendar's planned releases, to link a dependency to its entry. */
  releases?: readonly PlannedRelease[];
}

const TYPE_WORDS = (types: readonly string[]) => `${andList(types)} release${types.length === 1 ? '' : 's'}`;

function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The anchor of a planned release's entry: what a dependency links to. */
export function releaseAnchor(product: string, version: string, date: string): string {
  return `release-${product}-${version}-${date}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** An emergency exception in words: who may pass the window, and with whose approval. */
export function exceptionText(
  exception: {
    types: readonly string[];
    incident_severities?: readonly string[];
    approved_by: readonly string[];
  },
  roleTitle: (id: string) => string,
): string {
  const severities = exception.incident_severities ?? [];
  const who = orList(exception.approved_by.map(roleTitle));
  return `${TYPE_WORDS(exception.types)}${severities.length > 0 ? ` fixing a ${orList([...severities])} incident` : ''} may pass with an incident id, a reason and a waiver approved by a ${who}`;
}

/** The details of one occurrence, from the calendar entry the engine expanded. */
export function entryView(o: CalendarOccurrence, context: EntryContext): EntryView {
  const { zone } = context;
  const days = daysTouched(o, zone);
  const startDate = days.first.toString();
  const facts: EntryFact[] = [];
  switch (o.kind) {
    case 'blackout':
    case 'holiday': {
      const rules = o.kind === 'blackout' ? o.entry : o.holidays;
      facts.push({
        label: 'Blocks',
        text: `${TYPE_WORDS(rules.blocks)}: ${rules.enforcement === 'hard' ? 'hard (a release planned or deployed in it is an error)' : 'soft (a warning)'}`,
      });
      if (o.kind === 'blackout') facts.push({ label: 'Why', text: o.entry.reason });
      facts.push({
        label: 'Emergency exception',
        text: rules.exception
          ? exceptionText(rules.exception, context.roleTitle)
          : 'none in the calendar: the policy’s waivers for blackout-window decide',
      });
      if (o.kind === 'blackout' && o.entry.rrule) {
        facts.push({ label: 'Repeats', text: describeRrule(o.entry.rrule) ?? o.entry.rrule });
      }
      if (o.kind === 'blackout' && scopeWords(o.entry)) {
        facts.push({
          label: 'Applies to',
          text: `only ${scopeWords(o.entry)}; every other release is not blocked`,
        });
      }
      break;
    }
    case 'deployment':
      facts.push({
        label: 'Allows',
        text: `${TYPE_WORDS(o.entry.types)}: outside every window for its type a release is ${o.entry.enforcement === 'hard' ? 'an error' : 'a warning'} (blackout-window); blackouts still apply inside it`,
      });
      if (o.entry.description) facts.push({ label: 'What', text: o.entry.description });
      if (scopeWords(o.entry)) facts.push({ label: 'Applies to', text: `only ${scopeWords(o.entry)}` });
      if (o.entry.rrule)
        facts.push({ label: 'Repeats', text: describeRrule(o.entry.rrule) ?? o.entry.rrule });
      break;
    case 'testing': {
      const href = plannedHref(context, o.entry.product, o.entry.release);
      facts.push({
        label: 'Release',
        text: `${o.entry.product} ${o.entry.release}`,
        ...(href ? { href } : {}),
      });
      if (o.entry.description) facts.push({ label: 'What', text: o.entry.description });
      facts.push({
        label: 'Effect',
        text: 'the release may not be planned or deployed before the window ends (lead-time, an error)',
      });
      break;
    }
    case 'maintenance':
      facts.push({ label: 'What', text: o.entry.description ?? o.entry.name });
      facts.push({ label: 'Systems', text: o.entry.systems.join(', ') });
      if (o.entry.products?.length) facts.push({ label: 'Products', text: o.entry.products.join(', ') });
      facts.push({
        label: 'Effect',
        text: 'a release whose window overlaps it gets a warning (release-conflict) when it lists one of these systems, or lists none',
      });
      if (o.entry.rrule)
        facts.push({ label: 'Repeats', text: describeRrule(o.entry.rrule) ?? o.entry.rrule });
      break;
    case 'code-freeze':
      facts.push({
        label: 'Release',
        text: o.entry.product
          ? `${o.entry.product} ${o.entry.release ?? ''}`.trim() + ': branch cut, no new features'
          : 'branch cut, no new features',
      });
      break;
    case 'release': {
      const r = o.entry;
      facts.push({ label: 'Type', text: `${r.type} release` });
      facts.push({ label: 'Window', text: whenText(o, zone) });
      facts.push({ label: 'Release manager', text: r.manager ?? 'not named' });
      if (r.systems?.length) facts.push({ label: 'Systems', text: r.systems.join(', ') });
      for (const d of r.depends_on ?? []) {
        const href = plannedHref(context, d.product, d.version);
        facts.push({
          label: 'Ships after',
          text: `${d.product} ${d.version}${href ? '' : ' (not in the calendar: taken to be in production)'}`,
          ...(href ? { href } : {}),
        });
      }
      const collected = collectedFrom(r);
      if (collected) {
        const proposed = collected.pull !== undefined ? `, proposed in pull request #${collected.pull}` : '';
        facts.push({
          label: collected.pull !== undefined ? 'Proposed in' : 'Collected from',
          text: `${collected.repo} ${collected.path}${proposed}`,
          href: collected.url,
        });
      }
      break;
    }
  }
  return {
    ...entryBase(o, startDate),
    when: whenText(o, zone),
    startDate,
    lastDate: days.last.toString(),
    facts,
  };
}

/** The link to a release's entry in the page, when the calendar plans it. */
function plannedHref(
  context: EntryContext,
  product: string,
  version: string | undefined,
): string | undefined {
  const planned = (context.releases ?? []).find((p) => p.product === product && p.version === version);
  if (!planned) return undefined;
  const start = releaseWindow(planned).start.toZonedDateTimeISO(context.zone).toPlainDate().toString();
  return `#${releaseAnchor(planned.product, planned.version, start)}`;
}
