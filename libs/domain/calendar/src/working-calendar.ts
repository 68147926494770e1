import type { CalendarLayer } from './calendar-layer';
import { compileCalendarLayers, type DatedDayKind } from './compile-calendar-layers';
import { InvalidCalendarError, type CalendarProblem } from './invalid-calendar.error';
import {
  dayNumberOf,
  MAX_DAY,
  toLocalDate,
  yearOf,
  type DayNumber,
  type LocalDate,
} from './local-date';
import { mergeSuspensions, type WorkingDayOptions } from './suspension';
import { WorkingDayTable } from './working-day-table';

/** The answer of `addWorkingDays`. */
export interface Deadline {
  /** The last working day; the time runs out at its 24:00 Asia/Shanghai (`endOfLocalDay`). */
  readonly date: LocalDate;
  /** True when a counted day lies in a year no layer has an announcement for (weekends only were used). */
  readonly provisional: boolean;
}

/** The answer of `countWorkingDays`. */
export interface WorkingDayCount {
  readonly days: number;
  /** True when a counted day lies in a year no layer has an announcement for (weekends only were used). */
  readonly provisional: boolean;
}

/** What a day is: an ordinary workday or weekend day, or a dated day set by a layer. */
export type CalendarDayKind = 'workday' | 'weekend' | DatedDayKind;

/** One day as the calendar sees it, with what decided it. */
export interface CalendarDay {
  readonly date: LocalDate;
  readonly working: boolean;
  readonly kind: CalendarDayKind;
  /** For dated days: the holiday's or adjusted working day's name, or the override's reason. */
  readonly name?: string;
  /** For dated days: the layer whose entry decided. */
  readonly layer?: string;
  /** True when the day's year has no announcement in any layer. */
  readonly provisional: boolean;
}

/** Every problem in `layers`; empty when `WorkingCalendar.fromLayers` would accept them. */
export function validateCalendarLayers(layers: readonly CalendarLayer[]): CalendarProblem[] {
  const result = compileCalendarLayers(layers);
  return result.ok ? [] : result.problems;
}

/**
 * The working calendar of a service centre: weekends, public holidays, adjusted working days (调休)
 * and local overrides, stacked from the national/provincial layer down to the centre's own.
 * Immutable; all dates are calendar days in Asia/Shanghai.
 *
 * Counting convention (行政许可法 Art. 82; DOMAIN.md §4 "Counting"): the day of receipt or
 * acceptance is not counted — counting starts on the next working day — and a deadline ends at
 * 24:00 of its last working day. A year that no layer has a State Council announcement for
 * counts weekends only, and any answer depending on such a year is marked provisional.
 */
export class WorkingCalendar {
  private constructor(
    private readonly table: WorkingDayTable,
    private readonly announced: ReadonlySet<number>,
  ) {}

  /**
   * Builds a calendar from layers, province (or the national announcement) first, then city,
   * county, centre. Per date the last layer that names it wins (holiday, adjusted working day or
   * override alike); a dated entry beats the weekly rule of any layer; `weekendDays` of a later
   * layer replaces the earlier ones; announced years of all layers add up.
   * Throws `InvalidCalendarError` listing every problem.
   */
  static fromLayers(layers: readonly CalendarLayer[]): WorkingCalendar {
    const result = compileCalendarLayers(layers);
    if (!result.ok) {
      throw new InvalidCalendarError(result.problems);
    }
    return new WorkingCalendar(
      new WorkingDayTable(result.calendar),
      new Set(result.calendar.announcedYears),
    );
  }

  /** The years whose holidays are announced in some layer, ascending; other years are provisional. */
  get announcedYears(): readonly number[] {
    return [...this.announced].sort((a, b) => a - b);
  }

  /** True when the centre works on `date` (provisional years: true on every non-weekend day). */
  isWorkingDay(date: LocalDate): boolean {
    return this.table.isWorking(dayNumberOf(date));
  }

  /** True when no layer carries the announcement for `date`'s year, so its status may still change. */
  isProvisional(date: LocalDate): boolean {
    return !this.announced.has(yearOf(dayNumberOf(date)));
  }

  /** What `date` is and which layer decided it, for explanations. */
  describeDay(date: LocalDate): CalendarDay {
    const day = dayNumberOf(date);
    const provisional = !this.announced.has(yearOf(day));
    const canonical = toLocalDate(day);
    const entry = this.table.entryOf(day);
    if (entry) {
      const { working, kind, name, layer } = entry;
      return { date: canonical, working, kind, name, layer, provisional };
    }
    const weekend = this.table.isWeekend(day);
    return {
      date: canonical,
      working: !weekend,
      kind: weekend ? 'weekend' : 'workday',
      provisional,
    };
  }

  /**
   * The deadline `n` working days after `start` (the day of receipt or acceptance): the n-th
   * working day strictly after `start`, skipping every day in `options.suspended`. Time runs out at
   * 24:00 of the returned date.
   * `n = 0` answers `start` itself (due the same day, as for an on-the-spot item), even when
   * `start` is not a working day, so that `countWorkingDays(d, addWorkingDays(d, n).date)` is `n`.
   * Linear in the calendar days passed over; a suspended interval is skipped in one step.
   * Throws a `RangeError` for a negative or fractional `n`, or a result after 9999-12-31.
   */
  addWorkingDays(start: LocalDate, n: number, options: WorkingDayOptions = {}): Deadline {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new RangeError(`n must be a non-negative integer number of working days, got ${n}`);
    }
    const first = dayNumberOf(start);
    const suspended = mergeSuspensions(options.suspended);
    let next = 0;
    let day = first;
    for (let remaining = n; remaining > 0;) {
      day += 1;
      if (day > MAX_DAY) {
        throw new RangeError(`${n} working days after ${start} lie beyond 9999-12-31`);
      }
      while ((suspended[next]?.last ?? Infinity) < day) {
        next += 1;
      }
      const interval = suspended[next];
      if (interval && interval.first <= day) {
        day = interval.last;
      } else if (this.table.isWorking(day)) {
        remaining -= 1;
      }
    }
    return { date: toLocalDate(day), provisional: this.touchesProvisional(first, day) };
  }

  /**
   * Working days in (`from`, `to`]: `from` (the day of receipt or acceptance, or "today") is not
   * counted, `to` is — the inverse of `addWorkingDays`. Days in `options.suspended` are not counted.
   * When `to` is before `from` the answer is negative, the count of (`to`, `from`] with a minus
   * sign: remaining working days until a deadline already passed. O(log E + k + s log s) for E
   * dated days in the calendar, k in range and s suspensions; independent of the span's length.
   */
  countWorkingDays(
    from: LocalDate,
    to: LocalDate,
    options: WorkingDayOptions = {},
  ): WorkingDayCount {
    const start = dayNumberOf(from);
    const end = dayNumberOf(to);
    const [after, through] = start <= end ? [start, end] : [end, start];
    let days = this.table.countWorking(after, through);
    for (const { first, last } of mergeSuspensions(options.suspended)) {
      days -= this.table.countWorking(Math.max(first - 1, after), Math.min(last, through));
    }
    return {
      days: start <= end ? days : 0 - days,
      provisional: this.touchesProvisional(after, through),
    };
  }

  /** True when some day in (after, through] lies in a year without an announcement. */
  private touchesProvisional(after: DayNumber, through: DayNumber): boolean {
    if (through <= after) {
      return false;
    }
    for (let year = yearOf(after + 1); year <= yearOf(through); year += 1) {
      if (!this.announced.has(year)) {
        return true;
      }
    }
    return false;
  }
}
