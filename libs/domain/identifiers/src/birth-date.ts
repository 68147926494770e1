/** Why a birth date was refused. */
export type BirthDateProblem = 'before-1900' | 'not-a-date' | 'in-the-future';

const EARLIEST_YEAR = 1900;
// Identity numbers record the date of birth in China, so "today" is the calendar date in UTC+8
// (China has not observed daylight saving since 1991); this keeps the answer independent of the
// server's time zone.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Checks eight digits `YYYYMMDD` as a birth date: a real calendar date from 1900 up to `today`. */
export function checkBirthDate(yyyymmdd: string, today: Date): BirthDateProblem | null {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < EARLIEST_YEAR) {
    return 'before-1900';
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return 'not-a-date';
  }
  return yyyymmdd > calendarDateInChina(today) ? 'in-the-future' : null;
}

/** `YYYYMMDD` as `YYYY-MM-DD`. */
export function isoDate(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; Date.UTC handles leap years.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function calendarDateInChina(instant: Date): string {
  const time = instant.getTime();
  if (Number.isNaN(time)) {
    throw new RangeError('today must be a valid Date');
  }
  return new Date(time + CHINA_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '');
}
