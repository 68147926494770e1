import { type Principal } from '@gov/auth';
import { type CreatePowerRequest, type Power, powerContracts } from '@gov/contracts';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CreatePowerUseCase } from './create-power.use-case';

@Controller()
export class CreatePowerHandler {
  constructor(private readonly createPower: CreatePowerUseCase) {}

  @MessagePattern(powerContracts.createPower.subject)
  handle(@Payload() request: CreatePowerRequest, @Caller() caller: Principal): Promise<Power> {
    return this.createPower.execute(request, caller);
  }
}
