import {
  GovError,
  parkedEventContracts,
  SERVICE_CONTEXTS,
  type ServiceContext,
} from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { type FastifyRequest } from 'fastify';
import { Roles } from '../auth/access.decorators';
import { forwardedHeaders } from '../bus/forwarded-headers';

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
@Roles('ops')
export class ParkedEventsController {
  constructor(private readonly bus: NatsRequester) {}

  @Get()
  list(@Param('service') service: string, @Query('consumer') consumer?: string) {
    return this.bus.request(
      parkedEventContracts[serviceContext(service)].list,
      consumer === undefined ? {} : { consumer },
    );
  }

  @Post(':id/replay')
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
