import { type AddResidentDepartmentRequest, type Centre, centreContracts } from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AddResidentDepartmentUseCase } from './add-resident-department.use-case';

@Controller()
export class AddResidentDepartmentHandler {
  constructor(private readonly addResidentDepartment: AddResidentDepartmentUseCase) {}

  @MessagePattern(centreContracts.addResidentDepartment.subject)
  handle(
    @Payload() request: AddResidentDepartmentRequest,
    @Caller() caller: Principal,
  ): Promise<Centre> {
    return this.addResidentDepartment.execute(request, caller);
  }
}
