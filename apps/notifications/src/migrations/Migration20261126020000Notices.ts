import { eventTablesV1 } from '@gov/persistence';
import { Migration } from '@mikro-orm/migrations';

export class Migration20261126020000Notices extends Migration {
  override up(): void {
    for (const sql of eventTablesV1('notifications')) this.addSql(sql);
    this.addSql(`
      create table notifications.notice (
        id           uuid        primary key,
        event_id     uuid        not null unique,
        event_type   text        not null,
        aggregate_id text        not null,
        sequence     integer     not null,
        division     varchar(12) not null,
        title        text        not null,
        created_at   timestamptz not null
      );`);
    this.addSql(`create index notice_aggregate_idx on notifications.notice (aggregate_id, id);`);
  }
}
