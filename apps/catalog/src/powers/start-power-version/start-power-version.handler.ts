import { type Principal } from '@gov/auth';
import { type Power, powerContracts, type StartPowerVersionRequest } from '@gov/contracts';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { StartPowerVersionUseCase } from './start-power-version.use-case';

@Controller()
export class StartPowerVersionHandler {
  constructor(private readonly startPowerVersion: StartPowerVersionUseCase) {}

  @MessagePattern(powerContracts.startPowerVersion.subject)
  handle(
    @Payload() request: StartPowerVersionRequest,
    @Caller() caller: Principal,
  ): Promise<Power> {
    return this.startPowerVersion.execute(request, caller);
  }
}
