import { auditTablesV2 } from '@gov/audit';
import { Migration } from '@mikro-orm/migrations';

/** The audit chain's lock and head in one round trip for every append (ADR 0021). */
export class Migration20261127110000AuditLockedHead extends Migration {
  override up(): void {
    for (const sql of auditTablesV2('cases')) this.addSql(sql);
  }
}
