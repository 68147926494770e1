import { daysVariable, millisecondsVariable } from '@gov/config';

/** The settings of the efficiency statistics, read once at boot with the rest of cases'. */
export const efficiencyConfigFragment = {
  statisticsMaxPeriodDays: daysVariable('STATISTICS_MAX_PERIOD_DAYS', {
    description:
      'The longest period, in calendar days, one efficiency report may cover (a year by default)',
    defaultValue: '366',
    max: 99_999,
  }),
  statisticsRollupIntervalMs: millisecondsVariable('STATISTICS_ROLLUP_INTERVAL_MS', {
    description:
      'How often the closed days not yet rolled up for the efficiency statistics (and those a late rating changed) are rolled up',
    defaultValue: '600000',
  }),
} as const;

/** The injection token of `STATISTICS_MAX_PERIOD_DAYS`. */
export const STATISTICS_MAX_PERIOD_DAYS = Symbol('STATISTICS_MAX_PERIOD_DAYS');
