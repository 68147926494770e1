import {
  calendarContracts,
  type CalendarLayerReply,
  type RemoveCalendarOverrideRequest,
} from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RemoveOverrideUseCase } from './remove-override.use-case';

@Controller()
export class RemoveOverrideHandler {
  constructor(private readonly removeOverride: RemoveOverrideUseCase) {}

  @MessagePattern(calendarContracts.removeOverride.subject)
  handle(
    @Payload() request: RemoveCalendarOverrideRequest,
    @Caller() caller: Principal,
  ): Promise<CalendarLayerReply> {
    return this.removeOverride.execute(request, caller);
  }
}
