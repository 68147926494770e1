import { type EfficiencyGrouping } from '@gov/contracts';
import { sqlTextArray } from '@gov/persistence';
import { type EntityManager } from '@mikro-orm/postgresql';
import { factsSql, GROUP_COLUMNS, partialsSql, tallySql } from './efficiency-facts';
import { daysOf, type ReportPeriod } from './report-period';

/** The groupings the daily roll-up keeps (window and staff are a hall's concern: read live). */
export const ROLLED_GROUPINGS: readonly EfficiencyGrouping[] = ['department', 'item', 'division'];
/** The subtrees the daily roll-up keeps: a province, a city, a county (digits of the prefix). */
export const ROLLED_PREFIX_LENGTHS: readonly number[] = [2, 4, 6];

/** What a day's ratings add to its roll-up, left out while the day is stale (read from the cases). */
const ROLLED_RATINGS = ['rated', 'rating_levels', 'bad_reviews', 'rectified']
  .map((name) => `case when stale then 0 else ${name} end`)
  .join(', ');

/** One group's tally as PostgreSQL answers it: sums of bigints come as text. */
export interface EfficiencyTallyRow {
  /** '' for cases without a value of the grouping (no window, no staff yet). */
  readonly group_key: string;
  readonly group_name: string | null;
  readonly received: number;
  readonly accepted: number;
  readonly concluded: number;
  readonly on_time: number;
  readonly early: number;
  /** The sum of the working days the concluded cases took. */
  readonly working_days: string | number;
  readonly overdue: number;
  readonly suspensions: number;
  readonly extensions: number;
  readonly rated: number;
  /** The sum of the (not annulled) rating levels. */
  readonly rating_levels: string | number;
  readonly bad_reviews: number;
  readonly rectified: number;
  readonly working_days_values: number[];
  readonly working_days_counts: number[];
}

/**
 * The tallies of every group of the subtree in the period, in one statement (one snapshot),
 * from the daily roll-up (`efficiency_day`, migration 20261127100000) for the days it holds and
 * from the cases for the rest — today, a day not rolled up yet, a grouping or subtree the roll-up
 * does not keep — added up per group. A rolled day whose ratings changed since (stale) takes its
 * ratings from the cases and everything else, which cannot change once a day is over, from the
 * roll-up.
 */
export function queryEfficiency(
  em: EntityManager,
  grouping: EfficiencyGrouping,
  divisionPrefix: string,
  period: ReportPeriod,
): Promise<EfficiencyTallyRow[]> {
  const days = daysOf(period);
  const rolled =
    ROLLED_GROUPINGS.includes(grouping) && ROLLED_PREFIX_LENGTHS.includes(divisionPrefix.length);
  const sql = `
    with period_days (day, starts, ends) as (
      select * from unnest(?::date[], ?::timestamptz[], ?::timestamptz[])
    ),
    rolled_days as (
      select r.day, exists (select 1 from cases.efficiency_stale_day s where s.day = r.day) as stale
      from cases.efficiency_rolled_day r join period_days p using (day)
      where ?
    ),
    live_days as materialized (
      select starts, ends from period_days p
      where not exists (select 1 from rolled_days r where r.day = p.day)
    ),
    rating_days as materialized (
      select starts, ends from period_days p
      where not exists (select 1 from rolled_days r where r.day = p.day and not r.stale)
    ),
    from_rollup as (
      select e.*, r.stale from cases.efficiency_day e join rolled_days r using (day)
      where e."grouping" = ? and e.prefix = ?
    ),
    partials as (
      ${partialsSql(`(${factsSql('live_days', 'rating_days')}) facts`, [], GROUP_COLUMNS[grouping])}
      union all
      select group_key, group_name, null::integer, received, accepted, 0, on_time, early,
             overdue, suspensions, extensions, ${ROLLED_RATINGS}
      from from_rollup
      union all
      select group_key, null, u.working_days, 0, 0, u.cases, 0, 0, 0, 0, 0, 0, 0, 0, 0
      from from_rollup e,
           unnest(e.working_days_values, e.working_days_counts) u(working_days, cases)
    )
    ${tallySql('partials', [])}`;
  const like = `${divisionPrefix}%`;
  return em.execute<EfficiencyTallyRow[]>(sql, [
    sqlTextArray(days.map((each) => each.day)),
    sqlTextArray(days.map((each) => each.startsAt.toISOString())),
    sqlTextArray(days.map((each) => each.endsAt.toISOString())),
    rolled,
    grouping,
    divisionPrefix,
    like,
    like,
    like,
    like,
  ]);
}
