import {
  type AddCalendarAnnouncementRequest,
  type CalendarLayerReply,
  GovError,
} from '@gov/contracts';
import { type Principal } from '@gov/auth';
import { validateCalendarLayers } from '@gov/calendar';
import { Injectable } from '@nestjs/common';
import { calendarInvalid, CalendarLayerWriter } from '../calendar-layer-writer';
import { type Announcement, datesOutsideYear } from '../calendar-layer-view';
import { assertProvince } from '../province-only';

/**
 * Enters the State Council's holiday announcement for a year not announced yet into a province's
 * layer (`calendar.changed`): from then on that year's holidays and 调休 count and its deadlines
 * are no longer provisional. Checked on its own first, so problems name the request's own items.
 */
@Injectable()
export class AddAnnouncementUseCase {
  constructor(private readonly writer: CalendarLayerWriter) {}

  execute(request: AddCalendarAnnouncementRequest, caller: Principal): Promise<CalendarLayerReply> {
    assertProvince(request.division);
    const { year } = request;
    const announcement: Announcement = {
      year,
      holidays: request.holidays.map(({ date, name }) => ({ date, name: name.trim() })),
      adjustedWorkdays: request.adjustedWorkdays.map(({ date, name }) => ({
        date,
        name: name.trim(),
      })),
    };
    return this.writer.change(request.division, request.version, caller, (layer) => {
      if (layer.hasAnnouncement(year)) {
        throw new GovError('CATALOG.CALENDAR_YEAR_ALREADY_ANNOUNCED', undefined, {
          division: layer.division,
          year,
        });
      }
      const name = `国务院 ${year} 年节假日安排`;
      const problems = [
        ...validateCalendarLayers([{ name, announcedYears: [year], ...announcement }]),
        ...datesOutsideYear(announcement, name),
      ];
      if (problems.length > 0) throw calendarInvalid(problems);
      layer.announce(announcement);
      const dates = [...announcement.holidays, ...announcement.adjustedWorkdays]
        .map(({ date }) => date)
        .sort();
      return { change: 'announcement-added', years: [year], dates };
    });
  }
}
