import { WorkingCalendar } from '@gov/calendar';
import { calendarContracts } from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Injectable } from '@nestjs/common';

/**
 * The working calendar of the centre handling a case, as the catalog keeps it (the province's
 * announcements and every level's overrides down to the division). Asked of the catalog before a
 * transaction opens, never while one is open.
 */
@Injectable()
export class CentreCalendars {
  constructor(private readonly bus: NatsRequester) {}

  async of(division: string): Promise<WorkingCalendar> {
    const calendar = await this.bus.request(calendarContracts.getCalendar, { division });
    return WorkingCalendar.fromLayers(calendar.layers);
  }
}
