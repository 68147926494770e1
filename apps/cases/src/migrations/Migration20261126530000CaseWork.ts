import { Migration } from '@mikro-orm/migrations';

/**
 * Cases 2: the agent point that submitted for a citizen, the departments whose joint-approval
 * task is open, the fee status, and the payments the daily reconciliation reads.
 */
export class Migration20261126530000CaseWork extends Migration {
  override up(): void {
    this.addSql(`
      alter table cases."case"
        add column agent_subject  text,
        add column agent_username text,
        add column agent_division varchar(12),
        add column residence      varchar(12),
        add column fee_status     varchar(20) not null default 'not-required';`);
    this.addSql(
      `create index case_agent_idx on cases."case" (agent_subject) where agent_subject is not null;`,
    );
    // The departments of a joint case whose task waits for them: an approver's work list.
    this.addSql(`alter table cases."case" add column pending_departments varchar(18)[];`);
    this.addSql(
      `create index case_pending_departments_idx on cases."case" using gin (pending_departments);`,
    );
    // Payments and refunds at the window, for the daily reconciliation per window.
    this.addSql(`
      create table cases.case_payment (
        reference    varchar(64)  not null,
        case_id      uuid         not null references cases."case" (id),
        kind         varchar(10)  not null check (kind in ('payment', 'refund')),
        channel      varchar(20),
        amount_fen   bigint       not null check (amount_fen > 0),
        "window"     varchar(64)  not null,
        division     varchar(12)  not null,
        recorded_by  text         not null,
        recorded_at  timestamptz  not null,
        primary key (case_id, reference)
      );`);
    this.addSql(`create index case_payment_day_idx on cases.case_payment (division, recorded_at);`);
  }
}
