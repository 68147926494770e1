import { centreContracts, type DepartmentPage, type ListDepartmentsRequest } from '@gov/contracts';
import { readPage } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Department } from '../department.entity';
import { divisionFilter } from './division-filter';

@Controller()
export class ListDepartmentsHandler {
  constructor(private readonly orm: MikroORM) {}

  /** Departments of a division (or its subtree), province first, a page at a time; public. */
  @MessagePattern(centreContracts.listDepartments.subject)
  handle(@Payload() request: ListDepartmentsRequest): Promise<DepartmentPage> {
    const division = divisionFilter(request);
    return readPage(
      request,
      2,
      (after, rows) =>
        this.orm.em.find(
          Department,
          {
            ...(division === undefined ? {} : { division }),
            ...(after === undefined
              ? {}
              : {
                  $or: [
                    { division: { $gt: String(after[0]) } },
                    { division: String(after[0]), creditCode: { $gt: String(after[1]) } },
                  ],
                }),
          },
          { orderBy: { division: 'asc', creditCode: 'asc' }, limit: rows },
        ),
      (department) => [department.division, department.creditCode],
      (department) => department.toReply(),
    );
  }
}
