import {
  catalogEvents,
  type Department as DepartmentReply,
  GovError,
  type RenameDepartmentRequest,
} from '@gov/contracts';
import { type Principal, Scope } from '@gov/auth';
import { OutboxWriter } from '@gov/persistence';
import { OptimisticLockError } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Department } from '../department.entity';

/**
 * Renames a department of the caller's subtree (`department.renamed`); renaming to the same name
 * changes nothing.
 */
@Injectable()
export class RenameDepartmentUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(request: RenameDepartmentRequest, caller: Principal): Promise<DepartmentReply> {
    return this.orm.em.transactional(async (em) => {
      const department = await em.findOne(Department, { id: request.id });
      // Outside the caller's subtree a department is answered as unknown: existence does not leak.
      if (!department || !Scope.of(caller).includes(department.division)) {
        throw new GovError('CATALOG.DEPARTMENT_NOT_FOUND', undefined, { id: request.id });
      }
      const previousName = department.rename(request.name);
      if (previousName === null) return department.toReply();
      await em.flush().catch((error: unknown) => {
        if (error instanceof OptimisticLockError) {
          throw new GovError('CATALOG.DEPARTMENT_CHANGED_CONCURRENTLY', undefined, {
            id: request.id,
          });
        }
        throw error;
      });
      await this.outbox.record(em, catalogEvents.departmentRenamed, {
        aggregateId: department.id,
        division: department.division,
        sequence: department.version,
        data: { id: department.id, name: department.name, previousName },
      });
      return department.toReply();
    });
  }
}
