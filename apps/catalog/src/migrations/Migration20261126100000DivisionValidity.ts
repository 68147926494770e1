import { Migration } from '@mikro-orm/migrations';

/**
 * Divisions change (区划调整): a code gets valid-from/to dates and, once abolished, the codes that
 * succeed it. Imports of full code lists run as jobs (`division_import`), woken by NOTIFY.
 */
export class Migration20261126100000DivisionValidity extends Migration {
  override up(): void {
    this.addSql(`
      alter table catalog.division
        add column valid_from      date          null,
        add column valid_to        date          null,
        add column successor_codes varchar(12)[] not null default '{}',
        add constraint division_validity_order
          check (valid_from is null or valid_to is null or valid_from < valid_to),
        add constraint division_successors_of_abolished
          check (cardinality(successor_codes) = 0 or valid_to is not null);`);
    // Successors are followed from abolished divisions only; keep those few easy to find.
    this.addSql(`
      create index division_abolished_idx on catalog.division (code)
        where cardinality(successor_codes) > 0;`);
    this.addSql(`
      create table catalog.division_import (
        id             uuid        primary key,
        state          varchar(10) not null
                       check (state in ('queued', 'running', 'succeeded', 'failed')),
        format         varchar(10) null check (format in ('gb2260', 'stats')),
        requested_format varchar(10) null check (requested_format in ('gb2260', 'stats')),
        effective_date date        not null,
        dry_run        boolean     not null,
        content        text        not null,
        successors     jsonb       not null default '[]'::jsonb,
        division       varchar(12) not null,
        requested_by   text        not null,
        rows_total     integer     not null default 0,
        rows_processed integer     not null default 0,
        report         jsonb       null,
        problems       jsonb       not null default '[]'::jsonb,
        problem_count  integer     not null default 0,
        created_at     timestamptz not null default now(),
        started_at     timestamptz null,
        finished_at    timestamptz null,
        heartbeat_at   timestamptz null,
        version        integer     not null default 1
      );`);
    this.addSql(`
      create index division_import_pending_idx on catalog.division_import (created_at)
        where state in ('queued', 'running');`);
    this.addSql(`
      create function catalog.division_import_notify() returns trigger language plpgsql as $$
      begin perform pg_notify('catalog_division_import', ''); return null; end $$;`);
    this.addSql(`
      create trigger division_import_notify after insert on catalog.division_import
        for each statement execute function catalog.division_import_notify();`);
  }

  override down(): void {
    this.addSql(`drop table if exists catalog.division_import;`);
    this.addSql(`drop function if exists catalog.division_import_notify();`);
    this.addSql(`drop index if exists catalog.division_abolished_idx;`);
    this.addSql(`
      alter table catalog.division
        drop constraint if exists division_successors_of_abolished,
        drop constraint if exists division_validity_order,
        drop column if exists successor_codes,
        drop column if exists valid_to,
        drop column if exists valid_from;`);
  }
}
