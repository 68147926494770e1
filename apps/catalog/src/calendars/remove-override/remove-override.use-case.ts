import {
  type CalendarLayerReply,
  GovError,
  type RemoveCalendarOverrideRequest,
} from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { Injectable } from '@nestjs/common';
import { requestDate, yearOfDate } from '../calendar-dates';
import { CalendarLayerWriter } from '../calendar-layer-writer';

/** Removes a division's own override of a date: the layers above decide that date again. */
@Injectable()
export class RemoveOverrideUseCase {
  constructor(private readonly writer: CalendarLayerWriter) {}

  execute(request: RemoveCalendarOverrideRequest, caller: Principal): Promise<CalendarLayerReply> {
    const date = requestDate('date', request.date);
    return this.writer.change(request.division, request.version, caller, (layer) => {
      if (!layer.removeOverride(date)) {
        throw new GovError('CATALOG.CALENDAR_OVERRIDE_NOT_FOUND', undefined, {
          division: layer.division,
          date,
        });
      }
      return { change: 'override-removed', years: [yearOfDate(date)], dates: [date] };
    });
  }
}
