import { Migration } from '@mikro-orm/migrations';

/**
 * Each case's deadlines as columns, so that what is due (deemed acceptance, overdue, due in a
 * range, and the supervision watch) is found through an index, never by scanning every case; and
 * the centres' calendars as the catalog last gave them, with the changes announced since.
 */
export class Migration20261126510000CaseDeadlines extends Migration {
  override up(): void {
    this.addSql(`
      alter table cases."case"
        add column acceptance_ends_at timestamptz,
        add column clock_phase        varchar(20) not null default 'not-started',
        add column statutory_due_on   date,
        add column promised_due_on    date,
        -- Computed on the calendar of the moment; set again when a calendar changes. Existing
        -- rows start stale, so the refresh computes their columns once.
        add column deadlines_stale    boolean     not null default true;`);
    this.addSql(`
      create index case_acceptance_ends_idx on cases."case" (acceptance_ends_at)
        where acceptance_ends_at is not null;`);
    this.addSql(`
      create index case_promised_due_idx on cases."case" (promised_due_on, division)
        where clock_phase = 'running';`);
    this.addSql(`
      create index case_statutory_due_idx on cases."case" (statutory_due_on, division)
        where clock_phase = 'running';`);
    this.addSql(`
      create index case_deadlines_stale_idx on cases."case" (division) where deadlines_stale;`);
    this.addSql(`
      create table cases.calendar_copy (
        division          varchar(12) primary key,
        layers            jsonb       not null,
        fetch_started_at  timestamptz not null
      );`);
    // One row per division whose calendar changed (the latest change): a copy fetched before it
    // of any division under it is no longer used.
    this.addSql(`
      create table cases.calendar_change (
        division_prefix   varchar(12) primary key,
        changed_at        timestamptz not null
      );`);
  }
}
