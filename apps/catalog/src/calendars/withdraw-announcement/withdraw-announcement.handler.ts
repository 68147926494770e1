import {
  calendarContracts,
  type CalendarLayerReply,
  type WithdrawCalendarAnnouncementRequest,
} from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { WithdrawAnnouncementUseCase } from './withdraw-announcement.use-case';

@Controller()
export class WithdrawAnnouncementHandler {
  constructor(private readonly withdrawAnnouncement: WithdrawAnnouncementUseCase) {}

  @MessagePattern(calendarContracts.withdrawAnnouncement.subject)
  handle(
    @Payload() request: WithdrawCalendarAnnouncementRequest,
    @Caller() caller: Principal,
  ): Promise<CalendarLayerReply> {
    return this.withdrawAnnouncement.execute(request, caller);
  }
}
