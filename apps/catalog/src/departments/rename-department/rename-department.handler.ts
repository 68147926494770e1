import { catalogContracts, type Department, type RenameDepartmentRequest } from '@gov/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RenameDepartmentUseCase } from './rename-department.use-case';

@Controller()
export class RenameDepartmentHandler {
  constructor(private readonly renameDepartment: RenameDepartmentUseCase) {}

  @MessagePattern(catalogContracts.renameDepartment.subject)
  handle(@Payload() request: RenameDepartmentRequest): Promise<Department> {
    return this.renameDepartment.execute(request);
  }
}
