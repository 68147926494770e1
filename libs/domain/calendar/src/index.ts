export {
  addCalendarDays,
  atLocalTime,
  endOfLocalDay,
  isLocalDate,
  localDateOf,
  parseLocalDate,
  type LocalDate,
} from './local-date';
export { InvalidLocalDateError } from './invalid-local-date.error';
export { DEFAULT_WEEKEND_DAYS, WEEKDAYS, weekdayOf, type Weekday } from './weekday';
export type { CalendarLayer, DateOverride, NamedDate } from './calendar-layer';
export {
  InvalidCalendarError,
  type CalendarProblem,
  type CalendarProblemCode,
} from './invalid-calendar.error';
export type { DatedDayKind } from './compile-calendar-layers';
export type { DateInterval, WorkingDayOptions } from './suspension';
export {
  validateCalendarLayers,
  WorkingCalendar,
  type CalendarDay,
  type CalendarDayKind,
  type Deadline,
  type WorkingDayCount,
} from './working-calendar';
export {
  OFFICIAL_CHINA_LAYER_NAME,
  OFFICIAL_CHINA_YEARS,
  officialChinaCalendar,
} from './official/official-china-calendar';
export {
  OFFICIAL_ANNOUNCEMENTS_SOURCE,
  type OfficialAnnouncement,
} from './official/official-holidays.data';
