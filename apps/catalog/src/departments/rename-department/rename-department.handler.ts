import { catalogContracts, type Department, type RenameDepartmentRequest } from '@gov/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { type Principal } from '@gov/auth';
import { Caller } from '@gov/nats';
import { RenameDepartmentUseCase } from './rename-department.use-case';

@Controller()
export class RenameDepartmentHandler {
  constructor(private readonly renameDepartment: RenameDepartmentUseCase) {}

  @MessagePattern(catalogContracts.renameDepartment.subject)
  handle(
    @Payload() request: RenameDepartmentRequest,
    @Caller() caller: Principal,
  ): Promise<Department> {
    return this.renameDepartment.execute(request, caller);
  }
}
