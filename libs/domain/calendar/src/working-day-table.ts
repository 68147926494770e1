import type { CompiledCalendar, DatedEntry } from './compile-calendar-layers';
import { weekdayIndexOf, type DayNumber } from './local-date';

/**
 * Answers "is day d working" in O(1) and "how many working days in (a, b]" in
 * O(log E + k): whole weeks by arithmetic, then a correction for each of the k dated days
 * in range whose status differs from the weekly rule (E of them in all, kept sorted).
 */
export class WorkingDayTable {
  private readonly weekend: readonly boolean[];
  private readonly entries: ReadonlyMap<DayNumber, DatedEntry>;
  private readonly workdaysPerWeek: number;
  /** Dated days that differ from the weekly rule, ascending, and +1/-1 each. */
  private readonly exceptionDays: readonly DayNumber[];
  private readonly exceptionDeltas: readonly number[];

  constructor(calendar: CompiledCalendar) {
    this.weekend = calendar.weekend;
    this.entries = calendar.entries;
    this.workdaysPerWeek = this.weekend.filter((isWeekend) => !isWeekend).length;
    const exceptions = [...calendar.entries]
      .map(([day, entry]) => ({
        day,
        delta: Number(entry.working) - Number(this.isWeeklyWorking(day)),
      }))
      .filter(({ delta }) => delta !== 0)
      .sort((a, b) => a.day - b.day);
    this.exceptionDays = exceptions.map(({ day }) => day);
    this.exceptionDeltas = exceptions.map(({ delta }) => delta);
  }

  /** The dated entry that decided `day`, if any layer named it. */
  entryOf(day: DayNumber): DatedEntry | undefined {
    return this.entries.get(day);
  }

  isWeekend(day: DayNumber): boolean {
    return this.weekend[weekdayIndexOf(day)] === true;
  }

  isWorking(day: DayNumber): boolean {
    const entry = this.entries.get(day);
    return entry ? entry.working : this.isWeeklyWorking(day);
  }

  /** Working days in (after, through]; 0 when `through <= after`. */
  countWorking(after: DayNumber, through: DayNumber): number {
    if (through <= after) {
      return 0;
    }
    const span = through - after;
    const fullWeeks = Math.floor(span / 7);
    let count = fullWeeks * this.workdaysPerWeek;
    for (let day = after + fullWeeks * 7 + 1; day <= through; day += 1) {
      count += Number(this.isWeeklyWorking(day));
    }
    for (let at = this.firstExceptionAfter(after); at < this.exceptionDays.length; at += 1) {
      if ((this.exceptionDays[at] ?? Infinity) > through) {
        break;
      }
      count += this.exceptionDeltas[at] ?? 0;
    }
    return count;
  }

  private isWeeklyWorking(day: DayNumber): boolean {
    return this.weekend[weekdayIndexOf(day)] !== true;
  }

  /** Index of the first exception day greater than `day` (binary search). */
  private firstExceptionAfter(day: DayNumber): number {
    let low = 0;
    let high = this.exceptionDays.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.exceptionDays[middle] ?? Infinity) <= day) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
