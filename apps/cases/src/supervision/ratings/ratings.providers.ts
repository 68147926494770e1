import { type Provider } from '@nestjs/common';
import { RateCaseUseCase } from './rate-case.use-case';
import { RatingStatisticsUseCase } from './rating-statistics.use-case';
import { RatingsHandlers } from './ratings.handlers';
import { RECTIFICATION_LIMIT_DAYS } from './rectification-limit';
import { RectificationQueriesUseCase } from './rectification-queries.use-case';
import { RectificationWorkUseCase } from './rectification-work.use-case';

/** The bus handlers of good/bad reviews, for the cases module. */
export const RATINGS_HANDLERS = [RatingsHandlers];

/** The use cases of good/bad reviews, with the rectification limit (RECTIFICATION_LIMIT_DAYS). */
export function ratingsProviders(config: { readonly rectificationLimitDays: number }): Provider[] {
  return [
    RateCaseUseCase,
    RatingStatisticsUseCase,
    RectificationQueriesUseCase,
    RectificationWorkUseCase,
    { provide: RECTIFICATION_LIMIT_DAYS, useValue: config.rectificationLimitDays },
  ];
}
