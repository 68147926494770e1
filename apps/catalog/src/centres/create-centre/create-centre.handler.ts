import { type Centre, centreContracts, type CreateCentreRequest } from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CreateCentreUseCase } from './create-centre.use-case';

@Controller()
export class CreateCentreHandler {
  constructor(private readonly createCentre: CreateCentreUseCase) {}

  @MessagePattern(centreContracts.createCentre.subject)
  handle(@Payload() request: CreateCentreRequest, @Caller() caller: Principal): Promise<Centre> {
    return this.createCentre.execute(request, caller);
  }
}
