import { type CalendarLayerReply, type SetCalendarOverrideRequest } from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { validateCalendarLayers } from '@gov/calendar';
import { Injectable } from '@nestjs/common';
import { requestDate, yearOfDate } from '../calendar-dates';
import { calendarInvalid, CalendarLayerWriter } from '../calendar-layer-writer';

/**
 * Makes one date working or non-working in a division's own layer, with the reason, whatever the
 * layers above say (`calendar.changed`); setting what is already set changes nothing.
 */
@Injectable()
export class SetOverrideUseCase {
  constructor(private readonly writer: CalendarLayerWriter) {}

  execute(request: SetCalendarOverrideRequest, caller: Principal): Promise<CalendarLayerReply> {
    const date = requestDate('date', request.date);
    const override = { date, working: request.working, reason: request.reason.trim() };
    return this.writer.change(request.division, request.version, caller, (layer, name) => {
      const problems = validateCalendarLayers([{ name, overrides: [override] }]);
      if (problems.length > 0) throw calendarInvalid(problems);
      if (!layer.setOverride(override)) return null;
      return { change: 'override-set', years: [yearOfDate(date)], dates: [date] };
    });
  }
}
