import { eventTablesV1 } from '@gov/persistence';
import { Migration } from '@mikro-orm/migrations';

export class Migration20261126010000Departments extends Migration {
  override up(): void {
    for (const sql of eventTablesV1('catalog')) this.addSql(sql);
    this.addSql(`
      create table catalog.department (
        id          uuid         primary key,
        credit_code varchar(18)  not null unique,
        name        varchar(100) not null,
        division    varchar(12)  not null references catalog.division (code),
        version     integer      not null default 1
      );`);
    this.addSql(`create index department_division_idx on catalog.department (division);`);
  }
}
