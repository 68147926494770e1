import {
  type CalculateWorkingDaysRequest,
  calendarContracts,
  GovError,
  type WorkingDaysAnswer,
} from '@gov/contracts';
import { WorkingCalendar } from '@gov/calendar';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { requestDate } from '../calendar-dates';
import { toCalendarLayer } from '../calendar-layer-view';
import { divisionChain, layerViews, parseDivisionInput } from '../calendar-layers';
import { workingDaysAnswer } from './working-days-answer';

@Controller()
export class CalculateWorkingDaysHandler {
  constructor(private readonly orm: MikroORM) {}

  /** Is a date a working day, N working days after it, working days up to another; public. */
  @MessagePattern(calendarContracts.calculateWorkingDays.subject)
  async handle(@Payload() request: CalculateWorkingDaysRequest): Promise<WorkingDaysAnswer> {
    const code = parseDivisionInput(request.division);
    const date = requestDate('date', request.date);
    const until = request.until === undefined ? undefined : requestDate('until', request.until);
    const layers = await layerViews(this.orm.em, await divisionChain(this.orm.em, code));
    const calendar = WorkingCalendar.fromLayers(layers.map(toCalendarLayer));
    try {
      return workingDaysAnswer(calendar, code.value, {
        date,
        ...(request.add === undefined ? {} : { add: request.add }),
        ...(until === undefined ? {} : { until }),
      });
    } catch (error) {
      // Only a deadline past 9999-12-31 gets here.
      if (!(error instanceof RangeError)) throw error;
      throw new GovError(
        'CATALOG.CALENDAR_DATE_INVALID',
        `${request.date} 加 ${request.add ?? 0} 个工作日超出 9999-12-31，请减少工作日数`,
        { field: 'add' },
      );
    }
  }
}
