import { AuditTrail } from '@gov/audit';
import { caseAuditEvents } from '@gov/contracts';
import { OutboxWriter } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/** The anchors concern the whole schema, not a division: they go out on the national subject. */
const WHOLE_SUITE = '000000000000';

/**
 * Signs the head of the cases schema's audit chain and publishes the anchor as an event in the
 * same transaction. The published copy is the one a rewrite of this database cannot reach: a
 * chain recomputed after an edit no longer matches it.
 */
@Injectable()
export class AuditAnchoring {
  constructor(
    private readonly orm: MikroORM,
    private readonly audit: AuditTrail,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Anchors the head if it moved since the last anchor; answers whether it did. */
  anchorOnce(): Promise<boolean> {
    return this.orm.em.fork().transactional(async (em) => {
      const anchor = await this.audit.anchor(em, { onlyIfMoved: true });
      if (!anchor) return false;
      await this.outbox.record(em, caseAuditEvents.auditAnchored, {
        aggregateId: anchor.schema,
        division: WHOLE_SUITE,
        sequence: anchor.position,
        data: { ...anchor },
      });
      return true;
    });
  }
}
