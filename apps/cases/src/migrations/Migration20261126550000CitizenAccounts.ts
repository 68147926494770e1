import { Migration } from '@mikro-orm/migrations';

/**
 * The citizens' accounts the service has seen, by the blind index of their verified resident ID,
 * so a case entered for them by a clerk or an agent can tell them what happens (no ID in clear).
 */
export class Migration20261126550000CitizenAccounts extends Migration {
  override up(): void {
    this.addSql(`
      create table cases.citizen_account (
        subject          text        primary key,
        resident_id_idx  char(16)    not null,
        seen_at          timestamptz not null
      );`);
    this.addSql(`create index citizen_account_idx on cases.citizen_account (resident_id_idx);`);
  }
}
