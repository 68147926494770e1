import {
  type EfficiencyFigures,
  type EfficiencyGrouping,
  type EfficiencyRow,
} from '@gov/contracts';
import { type EfficiencyTallyRow } from './efficiency-query';

/** What a group without a value is called: cases never handed to a window, not yet handled. */
const UNSPECIFIED: Record<EfficiencyGrouping, string> = {
  department: '未指定承办部门',
  item: '未指定事项',
  window: '未转至窗口',
  staff: '尚无经办人',
  division: '未指定区划',
};

/**
 * The report's rows, by key with the cases without a value last, and its total, from the
 * groups' tallies; rates and averages computed from the sums.
 */
export function efficiencyRows(
  grouping: EfficiencyGrouping,
  tallies: readonly EfficiencyTallyRow[],
): { rows: EfficiencyRow[]; total: EfficiencyFigures } {
  const ordered = [...tallies].sort(
    (a, b) => Number(a.group_key === '') - Number(b.group_key === '') || compareKeys(a, b),
  );
  const rows = ordered.map((tally): EfficiencyRow => {
    const key = tally.group_key === '' ? null : tally.group_key;
    return { key, name: tally.group_name ?? key ?? UNSPECIFIED[grouping], ...figuresOf([tally]) };
  });
  return { rows, total: figuresOf(tallies) };
}

/** The figures of the cases of some tallies: counts added up, rates and averages of the sums. */
export function figuresOf(tallies: readonly EfficiencyTallyRow[]): EfficiencyFigures {
  const sum = (count: (tally: EfficiencyTallyRow) => number | string) =>
    tallies.reduce((total, tally) => total + Number(count(tally)), 0);
  const concluded = sum((tally) => tally.concluded);
  const onTime = sum((tally) => tally.on_time);
  const early = sum((tally) => tally.early);
  const rated = sum((tally) => tally.rated);
  const badReviews = sum((tally) => tally.bad_reviews);
  const rectified = sum((tally) => tally.rectified);
  return {
    received: sum((tally) => tally.received),
    accepted: sum((tally) => tally.accepted),
    concluded,
    onTime,
    onTimeRate: rate(onTime, concluded),
    early,
    earlyRate: rate(early, concluded),
    averageWorkingDays: rate(
      sum((tally) => tally.working_days),
      concluded,
    ),
    p90WorkingDays: percentile(0.9, histogramOf(tallies)),
    overdue: sum((tally) => tally.overdue),
    suspensions: sum((tally) => tally.suspensions),
    extensions: sum((tally) => tally.extensions),
    rated,
    satisfaction: rate(
      sum((tally) => tally.rating_levels),
      rated,
    ),
    badReviews,
    rectified,
    rectificationRate: rate(rectified, badReviews),
  };
}

/** A share of a whole; null when there is no whole to share (no case concluded, no bad review). */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * The percentile `fraction` of the values a histogram counts (value → how many times),
 * interpolated between the two nearest ranks as PostgreSQL's `percentile_cont` does; null when
 * it counts nothing.
 */
export function percentile(
  fraction: number,
  histogram: ReadonlyMap<number, number>,
): number | null {
  const values = [...histogram.keys()].sort((a, b) => a - b);
  const count = values.reduce((total, value) => total + (histogram.get(value) ?? 0), 0);
  if (count === 0) return null;
  const position = fraction * (count - 1);
  const below = valueAtRank(values, histogram, Math.floor(position));
  const above = valueAtRank(values, histogram, Math.ceil(position));
  return below + (above - below) * (position - Math.floor(position));
}

/** The value at 0-based `rank` of the sorted values a histogram counts. */
function valueAtRank(
  values: readonly number[],
  histogram: ReadonlyMap<number, number>,
  rank: number,
): number {
  let seen = 0;
  for (const value of values) {
    seen += histogram.get(value) ?? 0;
    if (rank < seen) return value;
  }
  throw new RangeError(`rank ${rank} is beyond the ${seen} values counted`);
}

/** The working days the concluded cases of some tallies took, as one histogram. */
function histogramOf(tallies: readonly EfficiencyTallyRow[]): Map<number, number> {
  const histogram = new Map<number, number>();
  for (const tally of tallies) {
    tally.working_days_values.forEach((days, index) => {
      const cases = tally.working_days_counts[index] ?? 0;
      histogram.set(days, (histogram.get(days) ?? 0) + cases);
    });
  }
  return histogram;
}

function compareKeys(a: EfficiencyTallyRow, b: EfficiencyTallyRow): number {
  return a.group_key < b.group_key ? -1 : a.group_key > b.group_key ? 1 : 0;
}
