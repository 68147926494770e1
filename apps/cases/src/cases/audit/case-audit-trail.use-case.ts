import { AuditTrail } from '@gov/audit';
import { type Principal, Scope } from '@gov/auth';
import { type CaseAuditTrail, GovError } from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CaseRecord } from '../case.entity';
import { PERSONAL_DATA_VIEWS } from '../personal-data/reveal-applicant.use-case';

/**
 * A case's audit trail for supervisors and centre administrators of its subtree: every change of
 * the case and every view of its personal data, each row checked against its hash, its link into
 * the chain and the signed anchors; the case's own rows also for holes in their sequence.
 */
@Injectable()
export class CaseAuditTrailUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly audit: AuditTrail,
  ) {}

  async read(id: string, caller: Principal): Promise<CaseAuditTrail> {
    const em = this.orm.em.fork();
    const record = await em.findOne(CaseRecord, { id });
    if (!record || !Scope.of(caller).includes(record.division)) {
      throw new GovError('CASE.NOT_FOUND', undefined, { id });
    }
    const [changes, views, verification] = await Promise.all([
      this.audit.readTrail(em, 'case', id),
      this.audit.readTrail(em, PERSONAL_DATA_VIEWS, id),
      this.audit.verifyAggregate(em, 'case', id, { lastSequence: record.version }),
    ]);
    const rows = [...changes, ...views].sort((a, b) => a.position - b.position);
    return {
      caseId: id,
      rows: rows.map((row) => ({
        position: row.position,
        aggregateType: row.aggregateType,
        sequence: row.sequence,
        action: row.action,
        actor: {
          kind: row.actor.kind,
          username: row.actor.username,
          role: row.actor.kind === 'user' ? row.actor.role : null,
        },
        change: row.change,
        occurredAt: row.occurredAt,
        hash: row.hash,
        prevHash: row.prevHash,
      })),
      verification: {
        ok: verification.ok,
        rowsChecked: verification.rowsChecked,
        anchorsChecked: verification.anchorsChecked,
        problem: verification.problem === null ? null : { ...verification.problem },
      },
    };
  }
}
