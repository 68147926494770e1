import { type Calendar, calendarContracts, type GetCalendarRequest } from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { toLayerReply } from '../calendar-layer-view';
import { divisionChain, layerViews, parseDivisionInput } from '../calendar-layers';

@Controller()
export class GetCalendarHandler {
  constructor(private readonly orm: MikroORM) {}

  /**
   * The layers from the province down to the division and the announced years: what another
   * service needs to build the same `WorkingCalendar` itself. Public reference data.
   */
  @MessagePattern(calendarContracts.getCalendar.subject)
  async handle(@Payload() request: GetCalendarRequest): Promise<Calendar> {
    const code = parseDivisionInput(request.division);
    const layers = await layerViews(this.orm.em, await divisionChain(this.orm.em, code));
    const years = new Set(layers.flatMap((layer) => layer.announcements.map((a) => a.year)));
    return {
      division: code.value,
      layers: layers.map(toLayerReply),
      announcedYears: [...years].sort((a, b) => a - b),
    };
  }
}
