import { Migration } from '@mikro-orm/migrations';

/**
 * Good/bad reviews (好差评): one rating per case (the primary key makes a retried or racing rating
 * a conflict, never a second row), and the rectification task a bad one opens. The column names
 * are read by the efficiency statistics too: keep them.
 */
export class Migration20261126570000Ratings extends Migration {
  override up(): void {
    this.addSql(`
      create table cases.rating (
        case_id        uuid         primary key references cases."case" (id),
        level          smallint     not null check (level between 1 and 5),
        dimensions     jsonb        not null,
        comment        text,
        rater_subject  text         not null,
        rater_role     varchar(10)  not null check (rater_role in ('applicant', 'agent')),
        division       varchar(12)  not null,
        item_code      varchar(120) not null,
        handling_organ varchar(18),
        rated_at       timestamptz  not null,
        annulled       boolean      not null default false
      );`);
    this.addSql(`create index rating_division_rated_at_idx on cases.rating (division, rated_at);`);
    this.addSql(`
      create table cases.rectification (
        id          uuid         primary key,
        case_id     uuid         not null unique references cases.rating (case_id),
        division    varchar(12)  not null,
        opened_at   timestamptz  not null,
        due_on      date         not null,
        status      varchar(12)  not null
                    check (status in ('open', 'closed', 'appealed', 'annulled')),
        call_backs  jsonb        not null default '[]',
        result      text,
        closed_at   timestamptz,
        closed_by   text,
        appeal      jsonb,
        version     integer      not null default 1
      );`);
    this.addSql(
      `create index rectification_division_status_idx on cases.rectification (division, status);`,
    );
  }
}
