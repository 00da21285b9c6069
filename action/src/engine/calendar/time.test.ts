import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { CalendarError } from './errors.ts';
import {
  checkZone,
  formatLocal,
  parseInstant,
  parseLocal,
  toInstant,
  wallToInstant,
  Temporal,
} from './time.ts';

describe('parseInstant', () => {
  it.each([
    ['2026-12-08T15:00:00-05:00', '2026-12-08T20:00:00Z'],
    ['2026-12-08T20:00:00Z', '2026-12-08T20:00:00Z'],
    ['2026-12-08t20:00:00.5z', '2026-12-08T20:00:00.5Z'],
    ['2026-12-08 15:00:00+05:30', '2026-12-08T09:30:00Z'],
  ])('reads %s', (text, utc) => {
    expect(parseInstant(text).toString()).toBe(utc);
  });

  it.each([
    '2026-12-08T15:00:00',
    '2026-12-08T15:00',
    '2026-12-08',
    '2026-12-08T15:00:00[America/New_York]',
    '2026-02-30T00:00:00Z',
    'soon',
  ])('refuses %s', (text) => {
    expect(() => parseInstant(text)).toThrow(CalendarError);
  });

  it('takes a Date or a Temporal value as it is', () => {
    expect(toInstant(new Date('2026-12-08T20:00:00Z')).toString()).toBe('2026-12-08T20:00:00Z');
    expect(toInstant(Temporal.ZonedDateTime.from('2026-12-08T15:00[America/New_York]')).toString()).toBe(
      '2026-12-08T20:00:00Z',
    );
  });
});

describe('parseLocal', () => {
  it('reads a date as midnight of a whole day, and a date-time as itself', () => {
    expect(parseLocal('2026-12-18')).toEqual({
      wall: Temporal.PlainDateTime.from('2026-12-18T00:00'),
      allDay: true,
    });
    expect(parseLocal('2026-01-02T15:00')).toEqual({
      wall: Temporal.PlainDateTime.from('2026-01-02T15:00'),
      allDay: false,
    });
  });

  it('takes a YAML timestamp Date by its UTC fields', () => {
    expect(parseLocal(new Date('2026-12-18T00:00:00Z')).allDay).toBe(true);
    expect(parseLocal(new Date('2026-01-02T15:00:00Z')).wall.toString()).toBe('2026-01-02T15:00:00');
  });

  it.each(['2026-12-18T15:00-05:00', '2026-12-18T15:00Z', '2027-02-29', '18/12/2026'])(
    'refuses %s',
    (text) => {
      expect(() => parseLocal(text, '"x" start')).toThrow(/^"x" start: /);
    },
  );
});

describe('zones', () => {
  it('refuses fixed offsets and unknown names', () => {
    expect(() => checkZone('+05:00')).toThrow(/fixed offset/);
    expect(() => checkZone('-0500')).toThrow(/fixed offset/);
    expect(() => checkZone('Nowhere/Special')).toThrow(/not a known IANA time zone/);
    expect(checkZone('America/New_York')).toBe('America/New_York');
  });

  it('resolves a gap forward and an overlap to its first occurrence', () => {
    // 02:30 EST = 07:30Z (03:30 EDT); 01:30 EDT = 05:30Z.
    expect(
      wallToInstant(Temporal.PlainDateTime.from('2026-03-08T02:30'), 'America/New_York').toString(),
    ).toBe('2026-03-08T07:30:00Z');
    expect(
      wallToInstant(Temporal.PlainDateTime.from('2026-11-01T01:30'), 'America/New_York').toString(),
    ).toBe('2026-11-01T05:30:00Z');
  });

  it('formats an instant in a zone with its offset, without the zone name', () => {
    expect(formatLocal(parseInstant('2026-11-01T05:30:00Z'), 'America/New_York')).toBe(
      '2026-11-01T01:30:00-04:00',
    );
    expect(formatLocal(parseInstant('2026-11-01T06:30:00Z'), 'America/New_York')).toBe(
      '2026-11-01T01:30:00-05:00',
    );
    expect(formatLocal(parseInstant('2026-07-03T09:30:00Z'), 'Asia/Kolkata')).toBe(
      '2026-07-03T15:00:00+05:30',
    );
  });
});

describe('the field-by-field readings agree with Temporal’s string parser', () => {
  // Fields in and just out of range: month 13, day 31 of short months, hour 24, second 60 (which
  // Temporal clamps), offsets of ±24:00, years before 1000.
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
  const date = fc
    .tuple(fc.constantFrom('0999', '1000', '2024', '2026', '2028', '2100', '9999'), two(13), two(32))
    .map((p) => p.join('-'));
  const time = fc.tuple(two(24), two(60), two(60)).map((p) => p.join(':'));
  const outcome = (read: () => { toString(): string }) => {
    try {
      return read().toString();
    } catch (error) {
      return error instanceof CalendarError || error instanceof RangeError ? 'refused' : String(error);
    }
  };

  it('parseInstant', () => {
    const text = fc
      .tuple(
        date,
        fc.constantFrom('T', 't', ' '),
        time,
        fc.constantFrom('', '.5', '.123456789'),
        fc.oneof(
          fc.constantFrom('Z', 'z'),
          fc.tuple(fc.constantFrom('+', '-'), two(24), two(60)).map((p) => `${p[0]}${p[1]}:${p[2]}`),
        ),
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const reference = outcome(() => Temporal.Instant.from(t.replace(' ', 'T').toUpperCase()));
        expect(outcome(() => parseInstant(t))).toBe(reference);
      }),
      { numRuns: 3000, seed: 13 },
    );
  });

  it('parseLocal', () => {
    const text = fc.oneof(
      date,
      fc.tuple(date, time).map(([d, t]) => `${d}T${t}`),
      fc.tuple(date, time).map(([d, t]) => `${d}T${t.slice(0, 5)}`),
    );
    fc.assert(
      fc.property(text, (t) => {
        const reference = outcome(() =>
          /T/.test(t) ? Temporal.PlainDateTime.from(t) : Temporal.PlainDate.from(t).toPlainDateTime(),
        );
        expect(outcome(() => parseLocal(t).wall)).toBe(reference);
      }),
      { numRuns: 3000, seed: 13 },
    );
  });

  it('wallToInstant in a tabled zone, at every fraction of a second', () => {
    const wall = fc
      .tuple(
        fc.integer({ min: 2024, max: 2031 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(([y, mo, d, h, mi, ms, us]) => new Temporal.PlainDateTime(y, mo, d, h, mi, 30, ms, us, 7));
    fc.assert(
      fc.property(wall, (w) => {
        const reference = w.toZonedDateTime('America/New_York', { disambiguation: 'compatible' }).toInstant();
        expect(wallToInstant(w, 'America/New_York').toString()).toBe(reference.toString());
      }),
      { numRuns: 1000, seed: 13 },
    );
  });
});
