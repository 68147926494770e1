import { daysVariable } from '@gov/config';

/** The injection token of the rectification limit, in working days. */
export const RECTIFICATION_LIMIT_DAYS = Symbol('RECTIFICATION_LIMIT_DAYS');

/**
 * RECTIFICATION_LIMIT_DAYS: how many working days (on the centre's calendar) a centre has to
 * rectify a bad review, counted from the day after the rating. Provinces set their own; 15 is
 * Sichuan's and the default.
 */
export const rectificationLimitVariable = daysVariable('RECTIFICATION_LIMIT_DAYS', {
  description:
    'Working days a centre has to call back and rectify a bad review (不满意/非常不满意), counted on its calendar from the day after the rating',
  defaultValue: '15',
  max: 999,
});
