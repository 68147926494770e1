import { Migration } from '@mikro-orm/migrations';

/**
 * The efficiency statistics (效能评估): each case's figures, stored once in the transaction that
 * concludes it (working days taken, on time, early, overdue, suspensions, extension), so that a
 * report over a period is an index range scan of concluded cases rather than a recomputation of
 * every clock; and the acceptance instant as a column, so received and accepted counts of a
 * period are index range scans of cases too. Nothing is counted by hand: a report is a query.
 */
export class Migration20261126580000CaseFigures extends Migration {
  override up(): void {
    this.addSql(`alter table cases."case" add column accepted_at timestamptz;`);
    this.addSql(`
      update cases."case" set accepted_at = (state->'acceptance'->>'at')::timestamptz
      where state ? 'acceptance';`);
    this.addSql(`create index case_received_at_idx on cases."case" (received_at);`);
    this.addSql(`
      create index case_accepted_at_idx on cases."case" (accepted_at)
        where accepted_at is not null;`);
    this.addSql(`
      create table cases.case_figures (
        case_id              uuid         primary key references cases."case" (id),
        division             varchar(12)  not null,
        item_code            varchar(120) not null,
        item_name            varchar(200) not null,
        handling_organ       varchar(18),
        handling_organ_name  varchar(200),
        -- The window the case was handed over to (its number), if any.
        "window"             text,
        -- The username of the staff answering for the case: responsible, else first responder.
        staff                text,
        received_at          timestamptz  not null,
        accepted_at          timestamptz  not null,
        concluded_at         timestamptz  not null,
        -- Working days counted from acceptance to the decision, suspensions excluded.
        working_days         integer      not null check (working_days >= 0),
        promised_limit       integer      not null check (promised_limit >= 0),
        promised_due_on      date         not null,
        on_time              boolean      not null,
        early                boolean      not null,
        overdue              boolean      not null,
        suspensions          integer      not null check (suspensions >= 0),
        extended             boolean      not null,
        check (on_time <> overdue),
        check (not early or on_time)
      );`);
    this.addSql(`create index case_figures_concluded_idx on cases.case_figures (concluded_at);`);
    this.addSql(`
      create index case_figures_division_concluded_idx
        on cases.case_figures (division text_pattern_ops, concluded_at);`);
  }
}
