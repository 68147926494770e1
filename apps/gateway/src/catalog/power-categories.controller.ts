import { type PowerCategory, type PowerCategoryPage, powerContracts } from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Body, Controller, Get, Param, Put, Query, Req } from '@nestjs/common';
import { type FastifyRequest } from 'fastify';
import { Operation } from '../auth/access.decorators';
import { forwardCommand } from '../bus/forward-command';
import { pageQuery } from '../bus/query-params';

/** The power categories each province configures (行政许可, 行政处罚, …). */
@Controller('api/v1/power-categories')
export class PowerCategoriesController {
  constructor(private readonly bus: NatsRequester) {}

  /** The categories of the province of `?province=` (the province or any division in it). */
  @Get()
  @Operation(powerContracts.listPowerCategories)
  list(
    @Query('province') province: string | undefined,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ): Promise<PowerCategoryPage> {
    return this.bus.request(powerContracts.listPowerCategories, {
      ...(province === undefined ? {} : { province }),
      ...pageQuery(cursor, limit),
    } as { province: string });
  }

  /** Adds or changes a category of a province (body: province, name, flags, position). */
  @Put(':code')
  @Operation(powerContracts.savePowerCategory)
  save(
    @Param('code') code: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<PowerCategory> {
    return forwardCommand(this.bus, powerContracts.savePowerCategory, request, body, { code });
  }
}
