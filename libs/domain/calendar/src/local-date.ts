import { InvalidLocalDateError } from './invalid-local-date.error';

declare const localDateBrand: unique symbol;

/**
 * A calendar day in Asia/Shanghai written `YYYY-MM-DD` (years 1900–9999); get one from
 * `parseLocalDate` or `localDateOf`. Being ISO text, two dates compare correctly with `<` and `===`.
 */
export type LocalDate = string & { readonly [localDateBrand]: true };

/** Days since 1970-01-01; the library counts on these and turns them into `LocalDate`s at the edge. */
export type DayNumber = number;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

const MS_PER_DAY = 86_400_000;
// China has kept UTC+8 all year since 1991 (it observed daylight saving time 1986–1991 only), so
// the local date of an instant is the UTC date of the instant shifted by eight hours.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SHOWN_INPUT_MAX = 24;

export const MIN_DAY: DayNumber = Date.UTC(MIN_YEAR, 0, 1) / MS_PER_DAY;
export const MAX_DAY: DayNumber = Date.UTC(MAX_YEAR, 11, 31) / MS_PER_DAY;

/** Parses `YYYY-MM-DD` (a real Gregorian date, 1900–9999); throws `InvalidLocalDateError` otherwise. */
export function parseLocalDate(input: string): LocalDate {
  dayNumberOf(input);
  return input as LocalDate;
}

/** True when `input` is a `YYYY-MM-DD` text of a real date in 1900–9999. */
export function isLocalDate(input: unknown): input is LocalDate {
  return typeof input === 'string' && tryDayNumberOf(input) !== null;
}

/** The calendar day an instant falls on in Asia/Shanghai (UTC+8, no daylight saving time). */
export function localDateOf(instant: Date): LocalDate {
  const time = instant.getTime();
  if (Number.isNaN(time)) {
    throw new InvalidLocalDateError('时间点无效（Invalid Date），无法换算为北京时间日期');
  }
  const day = Math.floor((time + SHANGHAI_OFFSET_MS) / MS_PER_DAY);
  if (day < MIN_DAY || day > MAX_DAY) {
    throw new InvalidLocalDateError(
      `时间点 ${instant.toISOString()} 换算后的日期超出 ${MIN_YEAR}–${MAX_YEAR} 年`,
    );
  }
  return toLocalDate(day);
}

/**
 * The instant a deadline on `date` runs out: 24:00 of that day in Asia/Shanghai, i.e. 00:00 of the
 * next day. A case is overdue from this instant on.
 */
export function endOfLocalDay(date: LocalDate): Date {
  return new Date((dayNumberOf(date) + 1) * MS_PER_DAY - SHANGHAI_OFFSET_MS);
}

/** The instant `time` (`hh:mm`) on `date` in Asia/Shanghai: when something happened that day. */
export function atLocalTime(date: LocalDate, time: string): Date {
  const instant = new Date(`${date}T${time}:00+08:00`);
  if (Number.isNaN(instant.getTime())) {
    throw new InvalidLocalDateError(`${date} ${time} 不是有效的北京时间`);
  }
  return instant;
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) {
    throw new RangeError(`days must be an integer, got ${days}`);
  }
  const day = dayNumberOf(date) + days;
  if (day < MIN_DAY || day > MAX_DAY) {
    throw new InvalidLocalDateError(`${date} 加 ${days} 天超出 ${MIN_YEAR}–${MAX_YEAR} 年`);
  }
  return toLocalDate(day);
}

/** The day number of a `YYYY-MM-DD` text; throws `InvalidLocalDateError` when it is not a valid date. */
export function dayNumberOf(input: string): DayNumber {
  const day = tryDayNumberOf(input);
  if (day === null) {
    throw new InvalidLocalDateError(
      `日期应为 YYYY-MM-DD 格式的真实公历日期（${MIN_YEAR}–${MAX_YEAR} 年），收到“${shown(input)}”`,
    );
  }
  return day;
}

/** The day number of a `YYYY-MM-DD` text, or null when it is not a valid date in range. */
export function tryDayNumberOf(input: string): DayNumber | null {
  const match = typeof input === 'string' ? ISO_DATE.exec(input) : null;
  if (!match) {
    return null;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const dayOfMonth = Number(match[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || dayOfMonth < 1) {
    return null;
  }
  const time = Date.UTC(year, month - 1, dayOfMonth);
  // Date.UTC rolls 02-30 over into March; a date that rolled over is not a real one.
  return new Date(time).getUTCDate() === dayOfMonth ? time / MS_PER_DAY : null;
}

/** The `YYYY-MM-DD` text of a day number. */
export function toLocalDate(day: DayNumber): LocalDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as LocalDate;
}

/** The Gregorian year a day number falls in. */
export function yearOf(day: DayNumber): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Monday … 6 = Sunday (ISO order); 1970-01-01 was a Thursday. */
export function weekdayIndexOf(day: DayNumber): number {
  return (((day + 3) % 7) + 7) % 7;
}

function shown(input: unknown): string {
  const text = typeof input === 'string' ? input : String(input);
  return text.length > SHOWN_INPUT_MAX ? `${text.slice(0, SHOWN_INPUT_MAX)}…` : text;
}
