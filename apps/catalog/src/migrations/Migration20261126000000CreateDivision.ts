import { Migration } from '@mikro-orm/migrations';

export class Migration20261126000000CreateDivision extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists catalog;`);
    this.addSql(`
      create table catalog.division (
        code        varchar(12)  primary key check (code ~ '^[0-9]{12}$'),
        name        varchar(100) not null check (length(name) > 0),
        level       varchar(10)  not null
                    check (level in ('province', 'city', 'county', 'township', 'village')),
        parent_code varchar(12)  null references catalog.division (code),
        check ((level = 'province') = (parent_code is null))
      );`);
    this.addSql(`create index division_parent_code_idx on catalog.division (parent_code);`);
  }

  override down(): void {
    this.addSql(`drop table if exists catalog.division;`);
  }
}
