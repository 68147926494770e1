import {
  catalogEvents,
  type CreateDepartmentRequest,
  type Department as DepartmentReply,
  GovError,
} from '@gov/contracts';
import { type Principal, Scope } from '@gov/auth';
import { validateCreditCode } from '@gov/identifiers';
import { OutboxWriter } from '@gov/persistence';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Division } from '../../divisions/division.entity';
import { Department } from '../department.entity';

/**
 * Registers a department in the caller's subtree and announces it (`department.created`) in the
 * same transaction.
 */
@Injectable()
export class CreateDepartmentUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(request: CreateDepartmentRequest, caller: Principal): Promise<DepartmentReply> {
    Scope.of(caller).assertIncludes(request.division);
    const creditCode = validateCreditCode(request.creditCode);
    if (!creditCode.ok) {
      throw new GovError('CATALOG.CREDIT_CODE_INVALID', creditCode.message, {
        field: 'creditCode',
      });
    }
    if (!(await this.orm.em.findOne(Division, { code: request.division }))) {
      throw new GovError('CATALOG.DEPARTMENT_DIVISION_UNKNOWN', undefined, {
        division: request.division,
      });
    }
    return this.orm.em.transactional(async (em) => {
      if (await em.findOne(Department, { creditCode: creditCode.value })) {
        throw new GovError('CATALOG.DEPARTMENT_EXISTS', undefined, {
          creditCode: creditCode.value,
        });
      }
      const department = Department.register({ ...request, creditCode: creditCode.value });
      em.persist(department);
      await em.flush().catch((error: unknown) => {
        // Another request registered the same code between our check and our insert.
        if (error instanceof UniqueConstraintViolationException) {
          throw new GovError('CATALOG.DEPARTMENT_EXISTS', undefined, {
            creditCode: creditCode.value,
          });
        }
        throw error;
      });
      await this.outbox.record(em, catalogEvents.departmentCreated, {
        aggregateId: department.id,
        division: department.division,
        sequence: department.version,
        data: {
          id: department.id,
          creditCode: department.creditCode,
          name: department.name,
          division: department.division,
        },
      });
      return department.toReply();
    });
  }
}
