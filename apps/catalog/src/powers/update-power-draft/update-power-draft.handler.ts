import { type Principal } from '@gov/auth';
import { type Power, powerContracts, type UpdatePowerDraftRequest } from '@gov/contracts';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { UpdatePowerDraftUseCase } from './update-power-draft.use-case';

@Controller()
export class UpdatePowerDraftHandler {
  constructor(private readonly updatePowerDraft: UpdatePowerDraftUseCase) {}

  @MessagePattern(powerContracts.updatePowerDraft.subject)
  handle(@Payload() request: UpdatePowerDraftRequest, @Caller() caller: Principal): Promise<Power> {
    return this.updatePowerDraft.execute(request, caller);
  }
}
