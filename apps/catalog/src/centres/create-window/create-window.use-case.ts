import {
  type CentreWindow as CentreWindowReply,
  centreEvents,
  type CreateCentreWindowRequest,
} from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { OutboxWriter } from '@gov/persistence';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
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
 * Opens a window in a centre of the caller's subtree, accepting the items of some of the centre's
 * resident departments, under a number no other window of the centre has (`window.created`).
 */
@Injectable()
export class CreateWindowUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(request: CreateCentreWindowRequest, caller: Principal): Promise<CentreWindowReply> {
    return this.orm.em.transactional(async (em) => {
      const centre = await lockCentreInScope(em, request.centreId, caller);
      assertResidentsOnly(centre, request.departments);
      await assertNumberFree(em, centre, request.number);
      const window = CentreWindow.open(centre, request);
      em.persist(window);
      await em.flush().catch((error: unknown) => {
        throw error instanceof UniqueConstraintViolationException
          ? windowNumberTaken(centre, request.number)
          : error;
      });
      await this.outbox.record(em, centreEvents.windowCreated, {
        aggregateId: window.id,
        division: window.division,
        sequence: window.version,
        data: window.toEventData([]),
      });
      return window.toReply();
    });
  }
}
