import { Migration } from '@mikro-orm/migrations';

/**
 * The deadline watch (电子监察): the first day each deadline's yellow warning is due and the next
 * day any warning of a case may be due, as indexed columns, so the watcher reads an index range
 * and never scans every case; the warnings raised (each once per deadline, level and due date),
 * their notes, and the thresholds set per division or item.
 */
export class Migration20261126560000DeadlineWarnings extends Migration {
  override up(): void {
    this.addSql(`
      alter table cases."case"
        add column promised_warn_on  date,
        add column statutory_warn_on date,
        add column next_warning_on   date;`);
    this.addSql(`
      create index case_next_warning_idx on cases."case" (next_warning_on)
        where next_warning_on is not null;`);
    // The supervisors' at-risk view: running and warn_on <= today <= due_on.
    this.addSql(`
      create index case_promised_warn_idx on cases."case" (promised_warn_on, division)
        where clock_phase = 'running';`);
    this.addSql(`
      create index case_statutory_warn_idx on cases."case" (statutory_warn_on, division)
        where clock_phase = 'running';`);
    // Running cases get their warning columns from the next refresh pass.
    this.addSql(`update cases."case" set deadlines_stale = true where clock_phase = 'running';`);
    this.addSql(`
      create table cases.warning_threshold (
        division        varchar(12)  not null,
        -- The digits every division of the subtree starts with: the deepest match wins.
        division_prefix varchar(12)  not null,
        -- '' for every item of the subtree.
        item_code       varchar(120) not null default '',
        yellow_days     integer      not null check (yellow_days between 0 and 60),
        set_by          text         not null,
        set_at          timestamptz  not null,
        primary key (division, item_code)
      );`);
    this.addSql(`
      create table cases.deadline_warning (
        id                   uuid primary key,
        case_id              uuid         not null,
        deadline             varchar(10)  not null check (deadline in ('promised', 'statutory')),
        level                varchar(10)  not null check (level in ('yellow', 'red')),
        due_on               date         not null,
        division             varchar(12)  not null,
        item_code            varchar(120) not null,
        handling_organ       varchar(18),
        case_number          varchar(40)  not null,
        responsible_subject  text,
        responsible_username text,
        raised_at            timestamptz  not null,
        acknowledged_at      timestamptz,
        acknowledged_by      text,
        cleared_at           timestamptz,
        cleared_because      varchar(20) check (cleared_because in ('concluded', 'deadline-moved')),
        -- Raised exactly once per deadline, level and due date, whoever races.
        constraint deadline_warning_once unique (case_id, deadline, level, due_on)
      );`);
    this.addSql(`
      create index deadline_warning_open_idx on cases.deadline_warning (case_id)
        where cleared_at is null;`);
    this.addSql(`
      create index deadline_warning_division_idx on cases.deadline_warning
        (division varchar_pattern_ops, id);`);
    this.addSql(`
      create table cases.deadline_warning_note (
        id              uuid primary key,
        warning_id      uuid        not null references cases.deadline_warning (id),
        author_subject  text        not null,
        author_username text        not null,
        text            text        not null,
        at              timestamptz not null
      );`);
    this.addSql(`
      create index deadline_warning_note_warning_idx on cases.deadline_warning_note (warning_id);`);
  }
}
