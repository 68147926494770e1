import { type Principal } from '@gov/auth';
import {
  type CreateDivisionImportRequest,
  type DivisionImport,
  divisionContracts,
} from '@gov/contracts';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CreateDivisionImportUseCase } from './create-division-import.use-case';

@Controller()
export class CreateDivisionImportHandler {
  constructor(private readonly createImport: CreateDivisionImportUseCase) {}

  @MessagePattern(divisionContracts.createDivisionImport.subject)
  handle(
    @Payload() request: CreateDivisionImportRequest,
    @Caller() caller: Principal,
  ): Promise<DivisionImport> {
    return this.createImport.execute(request, caller);
  }
}
