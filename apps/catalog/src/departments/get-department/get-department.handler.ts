import { catalogContracts, type Department as DepartmentReply, GovError } from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Department } from '../department.entity';

@Controller()
export class GetDepartmentHandler {
  constructor(private readonly orm: MikroORM) {}

  @MessagePattern(catalogContracts.getDepartment.subject)
  async handle(@Payload() request: { id: string }): Promise<DepartmentReply> {
    const department = await this.orm.em.findOne(Department, { id: request.id });
    if (!department) throw new GovError('CATALOG.DEPARTMENT_NOT_FOUND', undefined, request);
    return department.toReply();
  }
}
