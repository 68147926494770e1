import {
  type Calendar,
  calendarContracts,
  type CalendarLayerReply,
  type WorkingDaysAnswer,
} from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Req,
} from '@nestjs/common';
import { type FastifyRequest } from 'fastify';
import { Operation } from '../auth/access.decorators';
import { forwardCommand } from '../bus/forward-command';
import { forwardedHeaders } from '../bus/forwarded-headers';
import { optionalInteger } from '../bus/query-params';

/** The working calendar of a division: its layers, working-day questions, overrides, announcements. */
@Controller('api/v1/calendars/:division')
export class CalendarsController {
  constructor(private readonly bus: NatsRequester) {}

  /** The layers from the province down to the division, enough to rebuild the calendar. */
  @Get()
  @Operation(calendarContracts.getCalendar)
  get(@Param('division') division: string): Promise<Calendar> {
    return this.bus.request(calendarContracts.getCalendar, { division });
  }

  /** `?date=`: is it a working day; `&add=N`: the deadline; `&until=`: working days up to it. */
  @Get('working-days')
  @Operation(calendarContracts.calculateWorkingDays)
  workingDays(
    @Param('division') division: string,
    @Query('date') date?: string,
    @Query('add') add?: string,
    @Query('until') until?: string,
  ): Promise<WorkingDaysAnswer> {
    return this.bus.request(calendarContracts.calculateWorkingDays, {
      division,
      ...(date === undefined ? {} : { date }),
      ...optionalInteger('add', add),
      ...(until === undefined ? {} : { until }),
    } as { division: string; date: string });
  }

  /** Makes a date working or not in this division: body `{ working, reason, version? }`. */
  @Put('overrides/:date')
  @Operation(calendarContracts.setOverride)
  setOverride(
    @Param('division') division: string,
    @Param('date') date: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<CalendarLayerReply> {
    return forwardCommand(this.bus, calendarContracts.setOverride, request, body, {
      division,
      date,
    });
  }

  @Delete('overrides/:date')
  @Operation(calendarContracts.removeOverride)
  removeOverride(
    @Param('division') division: string,
    @Param('date') date: string,
    @Req() request: FastifyRequest,
    @Query('version') version?: string,
  ): Promise<CalendarLayerReply> {
    return this.bus.request(
      calendarContracts.removeOverride,
      { division, date, ...optionalInteger('version', version) },
      { headers: forwardedHeaders(request) },
    );
  }

  /** Enters a year's State Council announcement into a province's calendar. */
  @Post('announcements')
  @Operation(calendarContracts.addAnnouncement)
  @HttpCode(200)
  addAnnouncement(
    @Param('division') division: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<CalendarLayerReply> {
    return forwardCommand(this.bus, calendarContracts.addAnnouncement, request, body, { division });
  }

  @Delete('announcements/:year')
  @Operation(calendarContracts.withdrawAnnouncement)
  withdrawAnnouncement(
    @Param('division') division: string,
    @Param('year') year: string,
    @Req() request: FastifyRequest,
    @Query('version') version?: string,
  ): Promise<CalendarLayerReply> {
    const { year: parsed } = optionalInteger('year', year);
    return this.bus.request(
      calendarContracts.withdrawAnnouncement,
      { division, year: parsed ?? 0, ...optionalInteger('version', version) },
      { headers: forwardedHeaders(request) },
    );
  }
}
