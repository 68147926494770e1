import { type Principal } from '@gov/auth';
import { type Power, powerContracts, type PowerVersionRequest } from '@gov/contracts';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { PublishPowerVersionUseCase } from './publish-power-version.use-case';

@Controller()
export class PublishPowerVersionHandler {
  constructor(private readonly publishPowerVersion: PublishPowerVersionUseCase) {}

  @MessagePattern(powerContracts.publishPowerVersion.subject)
  handle(@Payload() request: PowerVersionRequest, @Caller() caller: Principal): Promise<Power> {
    return this.publishPowerVersion.execute(request, caller);
  }
}
