import {
  centreWindowContracts,
  type CentreWindow,
  type UpdateCentreWindowRequest,
} from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { UpdateWindowUseCase } from './update-window.use-case';

@Controller()
export class UpdateWindowHandler {
  constructor(private readonly updateWindow: UpdateWindowUseCase) {}

  @MessagePattern(centreWindowContracts.updateWindow.subject)
  handle(
    @Payload() request: UpdateCentreWindowRequest,
    @Caller() caller: Principal,
  ): Promise<CentreWindow> {
    return this.updateWindow.execute(request, caller);
  }
}
