import { type Principal } from '@gov/auth';
import {
  type AcknowledgeWarningRequest,
  type AnnotateWarningRequest,
  type GetWarningRequest,
  type ListWarningsRequest,
  type RemoveWarningThresholdRequest,
  type SetWarningThresholdRequest,
  warningContracts,
} from '@gov/contracts';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AcknowledgeWarningUseCase } from './acknowledge-warning.use-case';
import { ListWarningsUseCase } from './list-warnings.use-case';
import { WarningThresholdSettingsUseCase } from './warning-threshold-settings.use-case';

/** The deadline watch on the bus: warnings for supervisors, thresholds for centre administrators. */
@Controller()
export class WarningsHandlers {
  constructor(
    private readonly listing: ListWarningsUseCase,
    private readonly acknowledging: AcknowledgeWarningUseCase,
    private readonly settings: WarningThresholdSettingsUseCase,
  ) {}

  @MessagePattern(warningContracts.listWarnings.subject)
  list(@Payload() request: ListWarningsRequest, @Caller() caller: Principal) {
    return this.listing.list(request, caller);
  }

  @MessagePattern(warningContracts.getWarning.subject)
  get(@Payload() request: GetWarningRequest, @Caller() caller: Principal) {
    return this.listing.get(request.id, caller);
  }

  @MessagePattern(warningContracts.acknowledgeWarning.subject)
  acknowledge(@Payload() request: AcknowledgeWarningRequest, @Caller() caller: Principal) {
    return this.acknowledging.acknowledge(request, caller);
  }

  @MessagePattern(warningContracts.annotateWarning.subject)
  annotate(@Payload() request: AnnotateWarningRequest, @Caller() caller: Principal) {
    return this.acknowledging.annotate(request, caller);
  }

  @MessagePattern(warningContracts.listWarningThresholds.subject)
  thresholds(@Caller() caller: Principal) {
    return this.settings.list(caller);
  }

  @MessagePattern(warningContracts.setWarningThreshold.subject)
  setThreshold(@Payload() request: SetWarningThresholdRequest, @Caller() caller: Principal) {
    return this.settings.set(request, caller);
  }

  @MessagePattern(warningContracts.removeWarningThreshold.subject)
  removeThreshold(@Payload() request: RemoveWarningThresholdRequest, @Caller() caller: Principal) {
    return this.settings.remove(request, caller);
  }
}
