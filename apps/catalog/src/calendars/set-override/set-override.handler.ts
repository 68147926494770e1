import {
  calendarContracts,
  type CalendarLayerReply,
  type SetCalendarOverrideRequest,
} from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { SetOverrideUseCase } from './set-override.use-case';

@Controller()
export class SetOverrideHandler {
  constructor(private readonly setOverride: SetOverrideUseCase) {}

  @MessagePattern(calendarContracts.setOverride.subject)
  handle(
    @Payload() request: SetCalendarOverrideRequest,
    @Caller() caller: Principal,
  ): Promise<CalendarLayerReply> {
    return this.setOverride.execute(request, caller);
  }
}
