import { Migration } from '@mikro-orm/migrations';

/** The power catalogue (权力清单): categories per province, powers and their versions. */
export class Migration20261126300000PowerCatalogue extends Migration {
  override up(): void {
    this.addSql(`
      create table catalog.power_category (
        province                   varchar(12) not null references catalog.division (code)
                                   check (province ~ '^[0-9]{2}0{10}$'),
        code                       varchar(2)  not null check (code ~ '^[A-Z]{2}$'),
        name                       varchar(50) not null check (length(btrim(name)) > 0),
        requires_legal_basis       boolean     not null,
        uses_discretion_benchmarks boolean     not null,
        position                   integer     not null check (position between 1 and 999),
        primary key (province, code)
      );`);
    this.addSql(`
      create table catalog.power (
        id                uuid        primary key,
        province          varchar(12) not null,
        code              varchar(10) not null check (code ~ '^[A-Z]{2}[0-9]{8}$'),
        division          varchar(12) not null references catalog.division (code),
        category          varchar(2)  not null,
        status            varchar(10) not null check (status in ('active', 'abolished')),
        published_version integer     null,
        draft_version     integer     null,
        latest_version    integer     not null check (latest_version >= 1),
        updated_at        timestamptz not null,
        version           integer     not null default 1,
        unique (province, code),
        foreign key (province, category) references catalog.power_category (province, code),
        check (left(division, 2) = left(province, 2))
      );`);
    // power_id is deferred: a power and its first version are written in one flush, in any order.
    this.addSql(`
      create table catalog.power_version (
        id                    uuid         primary key,
        power_id              uuid         not null
                              references catalog.power (id) deferrable initially deferred,
        number                integer      not null check (number >= 1),
        province              varchar(12)  not null,
        code                  varchar(10)  not null,
        division              varchar(12)  not null,
        category              varchar(2)   not null,
        status                varchar(12)  not null
                              check (status in ('draft', 'published', 'superseded', 'abolished')),
        name                  varchar(200) not null,
        implementing_organ    varchar(18)  not null references catalog.department (credit_code),
        legal_bases           jsonb        not null,
        flow                  jsonb        not null,
        supervision           jsonb        not null,
        discretion_benchmarks jsonb        not null,
        created_at            timestamptz  not null,
        published_at          timestamptz  null,
        ended_at              timestamptz  null,
        abolish_reason        text         null,
        unique (power_id, number),
        check ((status = 'draft') = (published_at is null))
      );`);
    // Public reads: by code, and the published powers of a division, both in code order.
    this.addSql(`
      create index power_version_published_code_idx on catalog.power_version (code, province)
        where status = 'published';`);
    this.addSql(`
      create index power_version_published_division_idx
        on catalog.power_version (division, code, province) where status = 'published';`);
  }

  override down(): void {
    this.addSql(`drop table if exists catalog.power_version;`);
    this.addSql(`drop table if exists catalog.power;`);
    this.addSql(`drop table if exists catalog.power_category;`);
  }
}
