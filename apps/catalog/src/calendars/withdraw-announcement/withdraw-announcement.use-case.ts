import {
  type CalendarLayerReply,
  GovError,
  type WithdrawCalendarAnnouncementRequest,
} from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { Injectable } from '@nestjs/common';
import { CalendarLayerWriter } from '../calendar-layer-writer';
import { assertProvince } from '../province-only';

/**
 * Takes a year's announcement out of a province's layer, e.g. to correct one entered wrongly
 * (`calendar.changed`): that year counts weekends only again, provisionally, until re-entered.
 */
@Injectable()
export class WithdrawAnnouncementUseCase {
  constructor(private readonly writer: CalendarLayerWriter) {}

  execute(
    request: WithdrawCalendarAnnouncementRequest,
    caller: Principal,
  ): Promise<CalendarLayerReply> {
    assertProvince(request.division);
    return this.writer.change(request.division, request.version, caller, (layer) => {
      const withdrawn = layer.withdraw(request.year);
      if (!withdrawn) {
        throw new GovError('CATALOG.CALENDAR_YEAR_NOT_ANNOUNCED', undefined, {
          division: layer.division,
          year: request.year,
        });
      }
      const dates = [...withdrawn.holidays, ...withdrawn.adjustedWorkdays]
        .map(({ date }) => date)
        .sort();
      return { change: 'announcement-withdrawn', years: [request.year], dates };
    });
  }
}
