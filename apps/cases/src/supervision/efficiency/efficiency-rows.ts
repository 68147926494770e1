import {
  type EfficiencyFigures,
  type EfficiencyGrouping,
  type EfficiencyRow,
} from '@gov/contracts';
import { type EfficiencyQueryRow } from './efficiency-query';

/** What a group without a value is called: cases never handed to a window, not yet handled. */
const UNSPECIFIED: Record<EfficiencyGrouping, string> = {
  department: '未指定承办部门',
  item: '未指定事项',
  window: '未转至窗口',
  staff: '尚无经办人',
  division: '未指定区划',
};

/** The report's rows and total from the query's, rates computed from the counts. */
export function efficiencyRows(
  grouping: EfficiencyGrouping,
  rows: readonly EfficiencyQueryRow[],
): { rows: EfficiencyRow[]; total: EfficiencyFigures } {
  const groups = rows
    .filter((row) => !row.total)
    .map((row): EfficiencyRow => {
      const key = row.group_key === '' ? null : row.group_key;
      return {
        key,
        name: row.group_name ?? key ?? UNSPECIFIED[grouping],
        ...figuresOf(row),
      };
    });
  const total = rows.find((row) => row.total);
  return { rows: groups, total: total ? figuresOf(total) : NO_FIGURES };
}

/** The figures of a group: counts as numbers, rates of the concluded and of the bad reviews. */
export function figuresOf(row: EfficiencyQueryRow): EfficiencyFigures {
  const concluded = Number(row.concluded);
  const onTime = Number(row.on_time);
  const early = Number(row.early);
  const badReviews = Number(row.bad_reviews);
  const rectified = Number(row.rectified);
  return {
    received: Number(row.received),
    accepted: Number(row.accepted),
    concluded,
    onTime,
    onTimeRate: rate(onTime, concluded),
    early,
    earlyRate: rate(early, concluded),
    averageWorkingDays: numberOrNull(row.average_days),
    p90WorkingDays: numberOrNull(row.p90_days),
    overdue: Number(row.overdue),
    suspensions: Number(row.suspensions),
    extensions: Number(row.extensions),
    rated: Number(row.rated),
    satisfaction: numberOrNull(row.satisfaction),
    badReviews,
    rectified,
    rectificationRate: rate(rectified, badReviews),
  };
}

/** A share of a whole; null when there is no whole to share (no case concluded, no bad review). */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function numberOrNull(value: string | number | null): number | null {
  return value === null ? null : Number(value);
}

const NO_FIGURES: EfficiencyFigures = {
  received: 0,
  accepted: 0,
  concluded: 0,
  onTime: 0,
  onTimeRate: null,
  early: 0,
  earlyRate: null,
  averageWorkingDays: null,
  p90WorkingDays: null,
  overdue: 0,
  suspensions: 0,
  extensions: 0,
  rated: 0,
  satisfaction: null,
  badReviews: 0,
  rectified: 0,
  rectificationRate: null,
};
