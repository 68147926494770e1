import { Migration } from '@mikro-orm/migrations';

/**
 * Notices addressed to one person (the citizen, the village agent) about a case of theirs: one row
 * per event and recipient, so a redelivered event never tells anyone twice.
 */
export class Migration20261127010000PersonalNotices extends Migration {
  override up(): void {
    this.addSql(`
      create table notifications.personal_notice (
        id          uuid        primary key,
        event_id    uuid        not null,
        recipient   text        not null,
        case_id     uuid        not null,
        case_number varchar(40) not null,
        event_type  text        not null,
        title       text        not null,
        created_at  timestamptz not null default now(),
        unique (event_id, recipient)
      );`);
    this.addSql(
      `create index personal_notice_recipient_idx on notifications.personal_notice (recipient, id);`,
    );
  }
}
