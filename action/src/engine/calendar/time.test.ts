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
