import { OutboxWriter } from '@gov/persistence';
import { Module } from '@nestjs/common';
import { AddAnnouncementHandler } from './add-announcement/add-announcement.handler';
import { AddAnnouncementUseCase } from './add-announcement/add-announcement.use-case';
import { CalculateWorkingDaysHandler } from './calculate-working-days/calculate-working-days.handler';
import { CalendarLayerRecord } from './calendar-layer-record.entity';
import { CalendarLayerWriter } from './calendar-layer-writer';
import { GetCalendarHandler } from './get-calendar/get-calendar.handler';
import { RemoveOverrideHandler } from './remove-override/remove-override.handler';
import { RemoveOverrideUseCase } from './remove-override/remove-override.use-case';
import { SetOverrideHandler } from './set-override/set-override.handler';
import { SetOverrideUseCase } from './set-override/set-override.use-case';
import { WithdrawAnnouncementHandler } from './withdraw-announcement/withdraw-announcement.handler';
import { WithdrawAnnouncementUseCase } from './withdraw-announcement/withdraw-announcement.use-case';

/** The entities of the stored working calendar, for the catalog's MikroORM entity list. */
export const CALENDAR_ENTITIES = [CalendarLayerRecord];

/** The stored working calendar (`calendarContracts`). */
@Module({
  controllers: [
    GetCalendarHandler,
    CalculateWorkingDaysHandler,
    SetOverrideHandler,
    RemoveOverrideHandler,
    AddAnnouncementHandler,
    WithdrawAnnouncementHandler,
  ],
  providers: [
    { provide: OutboxWriter, useValue: new OutboxWriter('catalog') },
    CalendarLayerWriter,
    SetOverrideUseCase,
    RemoveOverrideUseCase,
    AddAnnouncementUseCase,
    WithdrawAnnouncementUseCase,
  ],
})
export class CalendarsModule {}
