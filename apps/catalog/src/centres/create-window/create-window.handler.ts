import {
  centreWindowContracts,
  type CentreWindow,
  type CreateCentreWindowRequest,
} from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CreateWindowUseCase } from './create-window.use-case';

@Controller()
export class CreateWindowHandler {
  constructor(private readonly createWindow: CreateWindowUseCase) {}

  @MessagePattern(centreWindowContracts.createWindow.subject)
  handle(
    @Payload() request: CreateCentreWindowRequest,
    @Caller() caller: Principal,
  ): Promise<CentreWindow> {
    return this.createWindow.execute(request, caller);
  }
}
