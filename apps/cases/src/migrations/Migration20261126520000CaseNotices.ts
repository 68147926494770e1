import { Migration } from '@mikro-orm/migrations';

/**
 * Notice documents (受理通知书, 不予受理决定书, 补正告知书, 决定书) kept with their case, numbered per
 * issuing organ, kind and year without gaps; and the organ that handles each case.
 */
export class Migration20261126520000CaseNotices extends Migration {
  override up(): void {
    this.addSql(`
      alter table cases."case"
        add column handling_organ      varchar(18),
        add column handling_organ_name varchar(200);`);
    this.addSql(`
      create table cases.notice (
        id         uuid         primary key,
        case_id    uuid         not null references cases."case" (id),
        kind       varchar(20)  not null,
        number     varchar(80)  not null unique,
        sequence   integer      not null,
        issued_at  timestamptz  not null,
        document   jsonb        not null
      );`);
    this.addSql(`create index notice_case_idx on cases.notice (case_id, issued_at);`);
    // A counter row per organ, kind and year: the numbers of official documents run without
    // gaps (a rolled-back transaction takes its number back), which a sequence cannot promise.
    this.addSql(`
      create table cases.notice_counter (
        issuer        varchar(18) not null,
        kind          varchar(20) not null,
        year          integer     not null,
        last_sequence integer     not null,
        primary key (issuer, kind, year)
      );`);
  }
}
