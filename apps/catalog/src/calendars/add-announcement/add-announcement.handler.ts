import {
  type AddCalendarAnnouncementRequest,
  calendarContracts,
  type CalendarLayerReply,
} from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AddAnnouncementUseCase } from './add-announcement.use-case';

@Controller()
export class AddAnnouncementHandler {
  constructor(private readonly addAnnouncement: AddAnnouncementUseCase) {}

  @MessagePattern(calendarContracts.addAnnouncement.subject)
  handle(
    @Payload() request: AddCalendarAnnouncementRequest,
    @Caller() caller: Principal,
  ): Promise<CalendarLayerReply> {
    return this.addAnnouncement.execute(request, caller);
  }
}
