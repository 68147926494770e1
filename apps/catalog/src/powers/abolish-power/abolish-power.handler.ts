import { type Principal } from '@gov/auth';
import { type AbolishPowerRequest, type Power, powerContracts } from '@gov/contracts';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AbolishPowerUseCase } from './abolish-power.use-case';

@Controller()
export class AbolishPowerHandler {
  constructor(private readonly abolishPower: AbolishPowerUseCase) {}

  @MessagePattern(powerContracts.abolishPower.subject)
  handle(@Payload() request: AbolishPowerRequest, @Caller() caller: Principal): Promise<Power> {
    return this.abolishPower.execute(request, caller);
  }
}
