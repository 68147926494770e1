import fc from 'fast-check';
import { InvalidLocalDateError } from './invalid-local-date.error';
import {
  atLocalTime,
  addCalendarDays,
  endOfLocalDay,
  isLocalDate,
  localDateOf,
  type LocalDate,
  parseLocalDate,
} from './local-date';
import { weekdayOf } from './weekday';

describe('local dates', () => {
  it('places a time of day on a date in Beijing time, and refuses one that is not a time', () => {
    expect(atLocalTime('2026-11-20' as LocalDate, '09:30').toISOString()).toBe(
      '2026-11-20T01:30:00.000Z',
    );
    expect(localDateOf(atLocalTime('2026-11-20' as LocalDate, '23:59'))).toBe('2026-11-20');
    expect(() => atLocalTime('2026-11-20' as LocalDate, '25:00')).toThrow(InvalidLocalDateError);
  });

  it('accepts a real date written YYYY-MM-DD, including 29 February of a leap year', () => {
    expect(parseLocalDate('2025-10-01')).toBe('2025-10-01');
    expect(parseLocalDate('2024-02-29')).toBe('2024-02-29');
  });

  it.each([
    ['2025-02-29', 'no 29 February in a common year'],
    ['2025-13-01', 'no month 13'],
    ['2025-04-31', 'April has 30 days'],
    ['2025-1-01', 'unpadded month'],
    [' 2025-01-01', 'leading space'],
    ['2025/01/01', 'slashes'],
    ['1899-12-31', 'before 1900'],
    ['', 'empty'],
  ])('refuses %j (%s) with a message naming the input', (input) => {
    expect(() => parseLocalDate(input)).toThrow(InvalidLocalDateError);
    expect(isLocalDate(input)).toBe(false);
  });

  it('explains the expected format in Chinese', () => {
    expect(() => parseLocalDate('2025-02-30')).toThrow(/YYYY-MM-DD.*“2025-02-30”/);
  });

  it('turns an instant into the date in Asia/Shanghai, which starts at 16:00 UTC the day before', () => {
    expect(localDateOf(new Date('2025-09-30T15:59:59.999Z'))).toBe('2025-09-30');
    expect(localDateOf(new Date('2025-09-30T16:00:00.000Z'))).toBe('2025-10-01');
    expect(localDateOf(new Date('2025-10-01T00:00:00+08:00'))).toBe('2025-10-01');
  });

  it('refuses an invalid Date rather than inventing a day', () => {
    expect(() => localDateOf(new Date(Number.NaN))).toThrow(InvalidLocalDateError);
  });

  it('ends a day at 24:00 Beijing time, which is 16:00 UTC', () => {
    expect(endOfLocalDay(parseLocalDate('2025-10-10')).toISOString()).toBe(
      '2025-10-10T16:00:00.000Z',
    );
  });

  it('adds calendar days across month and year ends', () => {
    expect(addCalendarDays(parseLocalDate('2025-12-31'), 1)).toBe('2026-01-01');
    expect(addCalendarDays(parseLocalDate('2024-03-01'), -1)).toBe('2024-02-29');
  });

  it('names the day of the week', () => {
    expect(weekdayOf(parseLocalDate('2025-09-28'))).toBe('sunday');
    expect(weekdayOf(parseLocalDate('2025-10-11'))).toBe('saturday');
    expect(weekdayOf(parseLocalDate('1900-01-01'))).toBe('monday');
  });

  it('agrees with the Asia/Shanghai time zone database for any instant since 1992', () => {
    const shanghai = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1992-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (instant) => localDateOf(instant) === shanghai.format(instant),
      ),
    );
  });

  it('gives the date an instant shows in Beijing and the instant its day ends after it', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1992-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (instant) => {
          const end = endOfLocalDay(localDateOf(instant)).getTime();
          return instant.getTime() < end && end - instant.getTime() <= 86_400_000;
        },
      ),
    );
  });
});
