import { Migration } from '@mikro-orm/migrations';

export class Migration20261126201000CalendarLayers extends Migration {
  override up(): void {
    // One layer of the working calendar per division: the province's carries the State Council's
    // announcements (one element per year), every level may carry single-date overrides.
    this.addSql(`
      create table catalog.calendar_layer (
        division      varchar(12) primary key references catalog.division (code),
        announcements jsonb       not null default '[]'
                      check (jsonb_typeof(announcements) = 'array'),
        overrides     jsonb       not null default '[]'
                      check (jsonb_typeof(overrides) = 'array'),
        version       integer     not null default 1
      );`);
  }

  override down(): void {
    this.addSql(`drop table if exists catalog.calendar_layer;`);
  }
}
