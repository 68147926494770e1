import {
  type Centre as CentreReply,
  centreEvents,
  GovError,
  type RemoveResidentDepartmentRequest,
} from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { OutboxWriter } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { centreReply, lockCentreInScope } from '../centre-records';
import { CentreWindow } from '../centre-window.entity';

/**
 * Withdraws a department from the centre (`centre.updated`). Refused while a window still accepts
 * its items: the windows are changed first, so no window is left accepting an absent department.
 */
@Injectable()
export class RemoveResidentDepartmentUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(request: RemoveResidentDepartmentRequest, caller: Principal): Promise<CentreReply> {
    return this.orm.em.transactional(async (em) => {
      const centre = await lockCentreInScope(em, request.id, caller);
      if (!centre.hasResident(request.creditCode)) {
        throw new GovError('CATALOG.RESIDENT_DEPARTMENT_NOT_FOUND', undefined, {
          id: centre.id,
          creditCode: request.creditCode,
        });
      }
      // The centre's row lock keeps windows from taking the department on meanwhile.
      const windows = await em.find(
        CentreWindow,
        { centreId: centre.id },
        { orderBy: { number: 'asc' } },
      );
      const accepting = windows.filter((window) => window.accepts(request.creditCode));
      if (accepting.length > 0) {
        throw new GovError('CATALOG.RESIDENT_DEPARTMENT_IN_USE', undefined, {
          creditCode: request.creditCode,
          windows: accepting.map((window) => window.number),
        });
      }
      centre.withdraw(request.creditCode);
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
