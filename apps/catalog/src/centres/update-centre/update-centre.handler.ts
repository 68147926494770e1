import { type Centre, centreContracts, type UpdateCentreRequest } from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { UpdateCentreUseCase } from './update-centre.use-case';

@Controller()
export class UpdateCentreHandler {
  constructor(private readonly updateCentre: UpdateCentreUseCase) {}

  @MessagePattern(centreContracts.updateCentre.subject)
  handle(@Payload() request: UpdateCentreRequest, @Caller() caller: Principal): Promise<Centre> {
    return this.updateCentre.execute(request, caller);
  }
}
