import { Migration } from '@mikro-orm/migrations';

/** The staff the cases service has seen act, so a case can be handed over to one of them by name. */
export class Migration20261126540000StaffDirectory extends Migration {
  override up(): void {
    this.addSql(`
      create table cases.staff_member (
        subject     text         primary key,
        username    varchar(100) not null unique,
        division    varchar(12)  not null,
        roles       text[]       not null,
        department  varchar(18),
        seen_at     timestamptz  not null
      );`);
  }
}
