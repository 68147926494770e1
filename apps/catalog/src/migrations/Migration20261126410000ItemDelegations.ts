import { Migration } from '@mikro-orm/migrations';

export class Migration20261126410000ItemDelegations extends Migration {
  override up(): void {
    // The implementations an item was delegated down to (下放), oldest first.
    this.addSql(
      `alter table catalog.service_item add column delegated_to varchar(120)[] not null default '{}';`,
    );
  }
}
