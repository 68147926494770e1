import { dayNumberOf, weekdayIndexOf, type LocalDate } from './local-date';

/** The days of the week, Monday first (ISO 8601 order). */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/** A day of the week, spelt out so that stored calendars need no 0- or 1-based convention. */
export type Weekday = (typeof WEEKDAYS)[number];

/** The weekend when no layer says otherwise: Saturday and Sunday. */
export const DEFAULT_WEEKEND_DAYS: readonly Weekday[] = ['saturday', 'sunday'];

/** The day of the week `date` falls on. */
export function weekdayOf(date: LocalDate): Weekday {
  return WEEKDAYS[weekdayIndexOf(dayNumberOf(date))] as Weekday;
}

/** True for one of the seven weekday names. */
export function isWeekday(value: unknown): value is Weekday {
  return (WEEKDAYS as readonly unknown[]).includes(value);
}
