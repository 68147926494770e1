import {
  type AddResidentDepartmentRequest,
  type Centre as CentreReply,
  centreEvents,
} from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { OutboxWriter } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { assertMayReside, centreReply, lockCentreInScope } from '../centre-records';

/**
 * Makes a registered department of the centre's division (or one above it) resident in the
 * centre (`centre.updated`); a department already resident changes nothing.
 */
@Injectable()
export class AddResidentDepartmentUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(request: AddResidentDepartmentRequest, caller: Principal): Promise<CentreReply> {
    return this.orm.em.transactional(async (em) => {
      const centre = await lockCentreInScope(em, request.id, caller);
      await assertMayReside(em, centre.division, [request.creditCode]);
      if (!centre.admit(request.creditCode)) return centreReply(em, centre);
      await em.flush();
      await this.outbox.record(em, centreEvents.centreUpdated, {
        aggregateId: centre.id,
        division: centre.division,
        sequence: centre.version,
        data: centre.toEventData(['residentDepartments']),
      });
      return centreReply(em, centre);
    });
  }
}
