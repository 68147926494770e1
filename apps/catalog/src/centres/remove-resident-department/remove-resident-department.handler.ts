import { type Centre, centreContracts, type RemoveResidentDepartmentRequest } from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RemoveResidentDepartmentUseCase } from './remove-resident-department.use-case';

@Controller()
export class RemoveResidentDepartmentHandler {
  constructor(private readonly removeResidentDepartment: RemoveResidentDepartmentUseCase) {}

  @MessagePattern(centreContracts.removeResidentDepartment.subject)
  handle(
    @Payload() request: RemoveResidentDepartmentRequest,
    @Caller() caller: Principal,
  ): Promise<Centre> {
    return this.removeResidentDepartment.execute(request, caller);
  }
}
