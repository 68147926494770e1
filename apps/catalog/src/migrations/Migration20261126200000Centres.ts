import { Migration } from '@mikro-orm/migrations';

export class Migration20261126200000Centres extends Migration {
  override up(): void {
    // One centre per division: 政务服务中心 (province, city, county), 便民服务中心 (township),
    // 便民服务站 (village agent point).
    this.addSql(`
      create table catalog.centre (
        id                   uuid         primary key,
        division             varchar(12)  not null unique references catalog.division (code),
        kind                 varchar(20)  not null
                             check (kind in ('service-centre', 'convenience-centre', 'agent-point')),
        name                 varchar(100) not null check (length(name) > 0),
        address              varchar(200) not null,
        phone                varchar(30)  not null,
        opening_hours        varchar(200) not null,
        resident_departments jsonb        not null default '[]'
                             check (jsonb_typeof(resident_departments) = 'array'),
        version              integer      not null default 1
      );`);
    this.addSql(`
      create table catalog.centre_window (
        id          uuid         primary key,
        centre_id   uuid         not null references catalog.centre (id),
        division    varchar(12)  not null references catalog.division (code),
        number      varchar(10)  not null,
        name        varchar(100) not null check (length(name) > 0),
        kind        varchar(20)  not null
                    check (kind in ('comprehensive', 'specialised', 'delivery', 'payment')),
        departments jsonb        not null check (jsonb_typeof(departments) = 'array'),
        version     integer      not null default 1,
        constraint centre_window_number_uq unique (centre_id, number)
      );`);
  }

  override down(): void {
    this.addSql(`drop table if exists catalog.centre_window;`);
    this.addSql(`drop table if exists catalog.centre;`);
  }
}
