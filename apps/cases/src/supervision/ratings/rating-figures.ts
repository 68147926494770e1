import { type RatingFigures } from '@gov/contracts';
import { RATING_LEVEL_LABELS, type RatingLevel } from './rating-rules';

/** The counts one group of ratings adds up to; annulled ratings only in `annulled`. */
export interface RatingCounts {
  /** Ratings that count, per level 1..5. */
  readonly byLevel: Readonly<Record<RatingLevel, number>>;
  /** Bad reviews (level <= 2, not annulled) whose rectification is closed. */
  readonly rectified: number;
  /** Ratings annulled by an upheld appeal. */
  readonly annulled: number;
}

export const NO_RATINGS: RatingCounts = {
  byLevel: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
  rectified: 0,
  annulled: 0,
};

const LEVELS: readonly RatingLevel[] = [5, 4, 3, 2, 1];

/** Two groups together (for totals over items). */
export function addCounts(a: RatingCounts, b: RatingCounts): RatingCounts {
  const byLevel = { ...a.byLevel };
  for (const level of LEVELS) byLevel[level] += b.byLevel[level];
  return { byLevel, rectified: a.rectified + b.rectified, annulled: a.annulled + b.annulled };
}

/**
 * The published figures of a group: counts per level, total, average level (two decimals),
 * satisfaction rate (基本满意 and better, of all that count), bad reviews and how many were
 * rectified, and the annulled ones apart. Shares are null when there is nothing to divide by.
 */
export function ratingFigures(counts: RatingCounts): RatingFigures {
  const { byLevel } = counts;
  const total = LEVELS.reduce((sum, level) => sum + byLevel[level], 0);
  const levelSum = LEVELS.reduce((sum, level) => sum + level * byLevel[level], 0);
  const satisfied = byLevel[5] + byLevel[4] + byLevel[3];
  const badReviews = byLevel[2] + byLevel[1];
  return {
    levels: LEVELS.map((level) => ({
      level,
      label: RATING_LEVEL_LABELS[level],
      count: byLevel[level],
    })),
    total,
    averageLevel: total === 0 ? null : round(levelSum / total, 2),
    satisfactionRate: total === 0 ? null : round(satisfied / total, 4),
    badReviews,
    rectified: counts.rectified,
    rectificationRate: badReviews === 0 ? null : round(counts.rectified / badReviews, 4),
    annulled: counts.annulled,
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
