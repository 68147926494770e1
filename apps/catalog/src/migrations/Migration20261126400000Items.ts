import { Migration } from '@mikro-orm/migrations';

export class Migration20261126400000Items extends Migration {
  override up(): void {
    this.addSql(`
      create table catalog.service_item (
        id                uuid         primary key,
        code              varchar(120) not null unique,
        kind              varchar(20)  not null check (kind in ('base', 'implementation')),
        base_code         varchar(120) references catalog.service_item (code),
        division          varchar(12)  not null references catalog.division (code),
        handling_organ    varchar(18)  not null references catalog.department (credit_code),
        status            varchar(20)  not null default 'active'
                                       check (status in ('active', 'abolished')),
        published_version integer,
        latest_version    integer      not null,
        version           integer      not null default 1,
        created_at        timestamptz  not null default now(),
        check ((kind = 'base') = (base_code is null))
      );`);
    this.addSql(
      `create unique index service_item_implementation_uq
         on catalog.service_item (base_code, division, handling_organ) where kind = 'implementation';`,
    );
    this.addSql(`create index service_item_division_idx on catalog.service_item (division);`);
    this.addSql(`
      create table catalog.item_version (
        id           uuid        primary key,
        item_id      uuid        not null references catalog.service_item (id),
        number       integer     not null,
        state        varchar(20) not null check (state in ('draft', 'published', 'superseded')),
        guide        jsonb       not null,
        valid_from   date,
        valid_to     date,
        change_note  text,
        published_at timestamptz,
        published_by text,
        unique (item_id, number),
        check (valid_to is null or valid_from is null or valid_to >= valid_from)
      );`);
    // At most one draft and one version in force per item, whatever the application does.
    this.addSql(
      `create unique index item_version_one_draft_uq on catalog.item_version (item_id) where state = 'draft';`,
    );
    this.addSql(
      `create unique index item_version_one_published_uq
         on catalog.item_version (item_id) where state = 'published';`,
    );
    // What public search reads: one row per item in force, its terms as Han unigrams and bigrams
    // and Latin words, in a GIN-indexed array (locale-independent, works for two-character terms).
    this.addSql(`
      create table catalog.item_search (
        item_id             uuid         primary key references catalog.service_item (id),
        code                varchar(120) not null unique,
        kind                varchar(20)  not null,
        division            varchar(12)  not null,
        handling_organ      varchar(18)  not null,
        involved_organs     varchar(18)[] not null,
        category            varchar(40)  not null,
        name                varchar(200) not null,
        online_depth        varchar(20)  not null,
        promised_limit_days integer      not null,
        version             integer      not null,
        terms               text[]       not null
      );`);
    this.addSql(`create index item_search_terms_idx on catalog.item_search using gin (terms);`);
    this.addSql(
      `create index item_search_division_idx on catalog.item_search (division, code collate "C");`,
    );
  }
}
