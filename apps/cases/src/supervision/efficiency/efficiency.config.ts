import { daysVariable } from '@gov/config';

/** The settings of the efficiency statistics, read once at boot with the rest of cases'. */
export const efficiencyConfigFragment = {
  statisticsMaxPeriodDays: daysVariable('STATISTICS_MAX_PERIOD_DAYS', {
    description:
      'The longest period, in calendar days, one efficiency report may cover (a year by default)',
    defaultValue: '366',
    max: 99_999,
  }),
} as const;

/** The injection token of `STATISTICS_MAX_PERIOD_DAYS`. */
export const STATISTICS_MAX_PERIOD_DAYS = Symbol('STATISTICS_MAX_PERIOD_DAYS');
