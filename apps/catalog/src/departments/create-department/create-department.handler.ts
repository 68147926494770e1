import { catalogContracts, type CreateDepartmentRequest, type Department } from '@gov/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { type Principal } from '@gov/auth';
import { Caller } from '@gov/nats';
import { CreateDepartmentUseCase } from './create-department.use-case';

@Controller()
export class CreateDepartmentHandler {
  constructor(private readonly createDepartment: CreateDepartmentUseCase) {}

  @MessagePattern(catalogContracts.createDepartment.subject)
  handle(
    @Payload() request: CreateDepartmentRequest,
    @Caller() caller: Principal,
  ): Promise<Department> {
    return this.createDepartment.execute(request, caller);
  }
}
