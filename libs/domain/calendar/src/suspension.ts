import { dayNumberOf, type DayNumber, type LocalDate } from './local-date';

/** A closed interval of dates, both ends included: e.g. the days a case's clock was stopped. */
export interface DateInterval {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** Options of the working-day queries. */
export interface WorkingDayOptions {
  /**
   * Intervals during which the clock is stopped (中止, Art. 45 expert review, waiting for
   * supplementary material…): no day inside any of them is counted. They may overlap and come in
   * any order. Whether the day a suspension starts or ends itself counts is the caller's choice of
   * interval ends.
   */
  readonly suspended?: readonly DateInterval[];
}

/** A suspension as day numbers, both ends included. */
export interface DayRange {
  readonly first: DayNumber;
  readonly last: DayNumber;
}

/** Sorts the intervals and merges overlapping or touching ones: O(s log s) for s intervals. */
export function mergeSuspensions(intervals: readonly DateInterval[] = []): DayRange[] {
  const ranges = intervals
    .map(({ from, to }): DayRange => {
      const range = { first: dayNumberOf(from), last: dayNumberOf(to) };
      if (range.last < range.first) {
        throw new RangeError(`suspended interval ends (${to}) before it starts (${from})`);
      }
      return range;
    })
    .sort((a, b) => a.first - b.first);
  const merged: DayRange[] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range.first <= previous.last + 1) {
      merged[merged.length - 1] = {
        first: previous.first,
        last: Math.max(previous.last, range.last),
      };
    } else {
      merged.push(range);
    }
  }
  return merged;
}
