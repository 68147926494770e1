import { auditTablesV1 } from '@gov/audit';
import { eventTablesV1 } from '@gov/persistence';
import { Migration } from '@mikro-orm/migrations';

export class Migration20261126500000Cases extends Migration {
  override up(): void {
    for (const sql of eventTablesV1('cases')) this.addSql(sql);
    for (const sql of auditTablesV1('cases')) this.addSql(sql);
    // Case numbers: one sequence, no counter row every submission would update (and wait on).
    this.addSql(
      `create sequence cases.case_number_seq minvalue 1 maxvalue 99999999 cycle cache 20;`,
    );
    this.addSql(`
      create table cases."case" (
        id               uuid         primary key,
        number           varchar(40)  not null unique,
        query_code_hash  char(64)     not null,
        status           varchar(30)  not null,
        channel          varchar(20)  not null,
        division         varchar(12)  not null,
        item_code        varchar(120) not null,
        item_version     integer      not null,
        item_name        varchar(200) not null,
        applicant_kind   varchar(20)  not null,
        applicant_name   varchar(200) not null,
        applicant_id     text         not null,
        applicant_id_idx char(16)     not null,
        applicant_phone  text         not null,
        materials        jsonb        not null,
        state            jsonb        not null,
        submitted_by     text         not null,
        received_at      timestamptz  not null,
        updated_at       timestamptz  not null,
        version          integer      not null default 1
      );`);
    this.addSql(`create index case_division_status_idx on cases."case" (division, status);`);
    this.addSql(`create index case_applicant_idx on cases."case" (applicant_id_idx);`);
    this.addSql(`create index case_submitted_by_idx on cases."case" (submitted_by);`);
  }
}
