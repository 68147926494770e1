import {
  type CentreWindow as CentreWindowReply,
  centreEvents,
  GovError,
  type UpdateCentreWindowRequest,
} from '@gov/contracts';
import { type Principal, Scope } from '@gov/auth';
import { OutboxWriter } from '@gov/persistence';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  assertNumberFree,
  assertResidentsOnly,
  lockCentreInScope,
  windowNumberTaken,
} from '../centre-records';
import { CentreWindow } from '../centre-window.entity';

/**
 * Changes a window's number, name, kind or departments, provided nobody changed it since the
 * caller read `version`; the same rules as for a new window hold (`window.updated`).
 */
@Injectable()
export class UpdateWindowUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(request: UpdateCentreWindowRequest, caller: Principal): Promise<CentreWindowReply> {
    return this.orm.em.transactional(async (em) => {
      const notFound = () =>
        new GovError('CATALOG.WINDOW_NOT_FOUND', undefined, { id: request.id });
      const found = await em.findOne(CentreWindow, { id: request.id });
      // Outside the caller's subtree a window is answered as unknown: existence does not leak.
      if (!found || !Scope.of(caller).includes(found.division)) throw notFound();
      const centre = await lockCentreInScope(em, found.centreId, caller);
      // Read again under the centre's lock: another change may have committed meanwhile.
      const window = await em.refresh(found);
      if (!window) throw notFound();
      const changedConcurrently = () =>
        new GovError('CATALOG.WINDOW_CHANGED_CONCURRENTLY', undefined, {
          id: window.id,
          expectedVersion: request.version,
          version: window.version,
        });
      if (window.version !== request.version) throw changedConcurrently();
      if (request.departments !== undefined) assertResidentsOnly(centre, request.departments);
      if (request.number !== undefined && request.number !== window.number) {
        await assertNumberFree(em, centre, request.number);
      }
      const changed = window.update(request);
      if (changed.length === 0) return window.toReply();
      await em.flush().catch((error: unknown) => {
        if (error instanceof OptimisticLockError) throw changedConcurrently();
        if (error instanceof UniqueConstraintViolationException) {
          throw windowNumberTaken(centre, window.number);
        }
        throw error;
      });
      await this.outbox.record(em, centreEvents.windowUpdated, {
        aggregateId: window.id,
        division: window.division,
        sequence: window.version,
        data: window.toEventData(changed),
      });
      return window.toReply();
    });
  }
}
