import { Migration } from '@mikro-orm/migrations';

/**
 * The efficiency statistics' daily roll-up (ADR 0019): for each closed local day, what the
 * report counts of it, by department, item and division, at the province, city and county
 * levels of the division tree (a code prefix of 2, 4 or 6 digits). A province's month is then
 * ~30 rows a group instead of ~200,000 index entries. Concluded cases are kept as a histogram of
 * the working days they took, so the 90th percentile stays exact.
 *
 * A day is read from the roll-up only while it is in `efficiency_rolled_day` and not in
 * `efficiency_stale_day`; otherwise from the cases, as before. What can change a closed day is a
 * rating (given, annulled) or a rectification of a case concluded on it: the triggers below mark
 * that day stale in the same transaction, so no report reads a roll-up that misses it.
 */
export class Migration20261127100000EfficiencyDays extends Migration {
  override up(): void {
    this.addSql(`
      create table cases.efficiency_day (
        day                  date     not null,
        "grouping"           text     not null check ("grouping" in ('department', 'item', 'division')),
        -- The subtree counted: a province, city or county (the first 2, 4 or 6 digits of a code).
        prefix               text     not null check (length(prefix) in (2, 4, 6)),
        -- '' for the cases without a value of the grouping (no handling organ).
        group_key            text     not null,
        group_name           text,
        received             integer  not null,
        accepted             integer  not null,
        on_time              integer  not null,
        early                integer  not null,
        overdue              integer  not null,
        suspensions          integer  not null,
        extensions           integer  not null,
        rated                integer  not null,
        -- The sum of the (not annulled) rating levels.
        rating_levels        bigint   not null,
        bad_reviews          integer  not null,
        rectified            integer  not null,
        -- The concluded cases, by working days taken: counts[i] cases took values[i] days.
        working_days_values  integer[] not null,
        working_days_counts  integer[] not null,
        primary key (day, "grouping", prefix, group_key)
      );`);
    this.addSql(`
      create table cases.efficiency_rolled_day (
        day        date        primary key,
        rolled_at  timestamptz not null
      );`);
    this.addSql(`create table cases.efficiency_stale_day (day date primary key);`);
    // Today may be marked too: harmless, as today is read from the cases until it is rolled up.
    this.addSql(`
      create function cases.efficiency_day_stale() returns trigger language plpgsql as $$
      declare
        changed uuid;
      begin
        if tg_op = 'DELETE' then changed := old.case_id; else changed := new.case_id; end if;
        -- A day already marked is left alone without waiting on whoever is marking it.
        insert into cases.efficiency_stale_day (day)
          select concluded.day
          from cases.case_figures f,
               lateral (select (f.concluded_at at time zone 'Asia/Shanghai')::date as day) concluded
          where f.case_id = changed
            and not exists (select 1 from cases.efficiency_stale_day s where s.day = concluded.day)
          on conflict (day) do nothing;
        return null;
      end $$;`);
    const counted = { rating: 'level, annulled', rectification: 'status' };
    for (const [table, columns] of Object.entries(counted)) {
      this.addSql(`
        create trigger ${table}_efficiency_day_stale
          after insert or delete or update of ${columns} on cases.${table}
          for each row execute function cases.efficiency_day_stale();`);
    }
  }
}
