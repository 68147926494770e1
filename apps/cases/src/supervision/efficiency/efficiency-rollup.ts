import { addCalendarDays, endOfLocalDay, type LocalDate, localDateOf } from '@gov/calendar';
import { sqlTextArray } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../cases/clock';
import { factsSql, GROUP_COLUMNS, partialsSql, tallySql } from './efficiency-facts';
import { ROLLED_GROUPINGS, ROLLED_PREFIX_LENGTHS } from './efficiency-query';

/**
 * A day is rolled up this long after it ends: every instant the service writes is its own
 * "now", so once a day is over nothing new lands on it but through a transaction already
 * running at midnight, and none runs for minutes.
 */
const CLOSING_MARGIN_MS = 10 * 60 * 1000;

/** The facts' division pattern that takes every case: each is counted under its own subtrees. */
const EVERY_DIVISION = '%';

/** Each fact once per rolled grouping: the grouping's name, then its key and name columns. */
const ROLLED_KEYS = ROLLED_GROUPINGS.map(
  (grouping) =>
    `('${grouping}', f.${GROUP_COLUMNS[grouping].key}, f.${GROUP_COLUMNS[grouping].name})`,
).join(', ');

/**
 * The efficiency statistics' daily roll-up (ADR 0019): each closed day's tallies by
 * department, item and division for every province, city and county, computed from the cases
 * with the very query a report runs on the days it reads live, so the two always agree. A pass
 * rolls up the days that are stale (a rating or rectification touched them: reports read their
 * ratings from the cases until then), then those never rolled up, newest first. Safe with several
 * instances: a day's marker row is locked first, so two instances rolling the same day take turns
 * and the second writes the same rows again.
 */
@Injectable()
export class EfficiencyRollup {
  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
  ) {}

  /** One pass over at most `maxDays` due days; answers how many were rolled up. */
  async runOnce(maxDays = 31): Promise<number> {
    const lastClosed = addCalendarDays(
      localDateOf(new Date(this.clock.now().getTime() - CLOSING_MARGIN_MS)),
      -1,
    );
    const due = await this.orm.em.fork().execute<{ day: string }[]>(
      `with first_case as (
         select (min(received_at) at time zone 'Asia/Shanghai')::date as day from cases."case"
       )
       select to_char(day, 'YYYY-MM-DD') as day from (
         select day, true as stale from cases.efficiency_stale_day where day <= ?::date
         union all
         select d::date, false from first_case, generate_series(first_case.day, ?::date, '1 day') d
         where not exists (select 1 from cases.efficiency_rolled_day r where r.day = d::date)
       ) due
       group by day
       order by bool_or(stale) desc, day desc limit ?`,
      [lastClosed, lastClosed, maxDays],
    );
    for (const { day } of due) await this.rollUp(day as LocalDate);
    return due.length;
  }

  /**
   * Replaces the roll-up of `day` in one transaction. The stale mark is cleared before the
   * cases are read: a rating committed after that read marks the day again (the trigger's
   * insert is not seen by this delete), so no change is ever lost between the two.
   */
  async rollUp(day: LocalDate): Promise<void> {
    const bounds = [endOfLocalDay(addCalendarDays(day, -1)), endOfLocalDay(day)];
    await this.orm.em.transactional(async (em) => {
      await em.execute(
        `insert into cases.efficiency_rolled_day (day, rolled_at) values (?, ?)
         on conflict (day) do update set rolled_at = excluded.rolled_at`,
        [day, this.clock.now()],
      );
      await em.execute(`delete from cases.efficiency_stale_day where day = ?`, [day]);
      await em.execute(`delete from cases.efficiency_day where day = ?`, [day]);
      await em.execute(
        `with day_bounds (starts, ends) as (values (?::timestamptz, ?::timestamptz)),
         keyed as (
           select s.prefix, g."grouping", g.key, g.name, f.*
           from (${factsSql('day_bounds')}) f
           cross join lateral (select substr(f.division, 1, n) as prefix
                               from unnest(?::int[]) n) s
           cross join lateral (values ${ROLLED_KEYS}) g("grouping", key, name)
         ),
         tallies as (
           ${tallySql(`(${partialsSql('keyed', ['"grouping"', 'prefix'], { key: 'key', name: 'name' })}) partials`, ['"grouping"', 'prefix'])}
         )
         insert into cases.efficiency_day
           (day, "grouping", prefix, group_key, group_name, received, accepted, on_time, early,
            overdue, suspensions, extensions, rated, rating_levels, bad_reviews, rectified,
            working_days_values, working_days_counts)
         select ?, "grouping", prefix, group_key, group_name, received, accepted, on_time, early,
                overdue, suspensions, extensions, rated, rating_levels, bad_reviews, rectified,
                working_days_values, working_days_counts
         from tallies`,
        [
          ...bounds,
          ...Array<string>(4).fill(EVERY_DIVISION),
          sqlTextArray(ROLLED_PREFIX_LENGTHS.map(String)),
          day,
        ],
      );
    });
  }
}
