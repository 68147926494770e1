import {
  type Centre as CentreReply,
  centreEvents,
  GovError,
  type UpdateCentreRequest,
} from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { OutboxWriter } from '@gov/persistence';
import { OptimisticLockError } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { centreReply, lockCentreInScope } from '../centre-records';

/**
 * Changes a centre's name, address, phone or opening hours, provided nobody changed the centre
 * since the caller read `version` (`centre.updated`); a request that changes nothing emits nothing.
 */
@Injectable()
export class UpdateCentreUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(request: UpdateCentreRequest, caller: Principal): Promise<CentreReply> {
    return this.orm.em.transactional(async (em) => {
      const centre = await lockCentreInScope(em, request.id, caller);
      const changedConcurrently = () =>
        new GovError('CATALOG.CENTRE_CHANGED_CONCURRENTLY', undefined, {
          id: centre.id,
          expectedVersion: request.version,
          version: centre.version,
        });
      if (centre.version !== request.version) throw changedConcurrently();
      const changed = centre.update(request);
      if (changed.length === 0) return centreReply(em, centre);
      await em.flush().catch((error: unknown) => {
        throw error instanceof OptimisticLockError ? changedConcurrently() : error;
      });
      await this.outbox.record(em, centreEvents.centreUpdated, {
        aggregateId: centre.id,
        division: centre.division,
        sequence: centre.version,
        data: centre.toEventData(changed),
      });
      return centreReply(em, centre);
    });
  }
}
