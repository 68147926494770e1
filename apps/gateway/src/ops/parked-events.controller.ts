import {
  GovError,
  parkedEventContracts,
  SERVICE_CONTEXTS,
  type ServiceContext,
} from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { type FastifyRequest } from 'fastify';
import { Operation } from '../auth/access.decorators';
import { forwardedHeaders } from '../bus/forwarded-headers';
import { pageQuery } from '../bus/query-params';

function serviceContext(service: string): ServiceContext {
  const context = SERVICE_CONTEXTS.find((candidate) => candidate === service);
  if (!context) {
    throw new GovError('PLATFORM.ROUTE_NOT_FOUND', `没有名为 ${service} 的服务`, {
      services: [...SERVICE_CONTEXTS],
    });
  }
  return context;
}

/** Operations: events a service's consumers gave up on, and replaying one after a fix. */
@Controller('api/v1/ops/:service/parked-events')
export class ParkedEventsController {
  constructor(private readonly bus: NatsRequester) {}

  // Every service's pair has the same access and schemas; the catalog's stands for them all.
  @Get()
  @Operation(parkedEventContracts.catalog.list)
  list(
    @Param('service') service: string,
    @Req() request: FastifyRequest,
    @Query('consumer') consumer?: string,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ) {
    return this.bus.request(
      parkedEventContracts[serviceContext(service)].list,
      { ...(consumer === undefined ? {} : { consumer }), ...pageQuery(cursor, limit) },
      { headers: forwardedHeaders(request) },
    );
  }

  @Post(':id/replay')
  @Operation(parkedEventContracts.catalog.replay)
  @HttpCode(200)
  replay(
    @Param('service') service: string,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ) {
    return this.bus.request(
      parkedEventContracts[serviceContext(service)].replay,
      { id },
      {
        headers: forwardedHeaders(request),
      },
    );
  }
}
