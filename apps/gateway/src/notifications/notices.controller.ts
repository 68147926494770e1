import { type MyNoticePage, type NoticePage, notificationsContracts } from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Controller, Get, Query, Req } from '@nestjs/common';
import { type FastifyRequest } from 'fastify';
import { Operation } from '../auth/access.decorators';
import { forwardedHeaders } from '../bus/forwarded-headers';
import { pageQuery } from '../bus/query-params';

@Controller('api/v1/notices')
export class NoticesController {
  constructor(private readonly bus: NatsRequester) {}

  /**
   * Notices of the caller's subtree, in the order received: `?division=` narrows to a division
   * inside it, `?aggregateId=` to one record; `?cursor=`/`?limit=` page through them.
   */
  @Get()
  @Operation(notificationsContracts.listNotices)
  list(
    @Req() request: FastifyRequest,
    @Query('aggregateId') aggregateId?: string,
    @Query('division') division?: string,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ): Promise<NoticePage> {
    return this.bus.request(
      notificationsContracts.listNotices,
      {
        ...(aggregateId === undefined ? {} : { aggregateId }),
        ...(division === undefined ? {} : { division }),
        ...pageQuery(cursor, limit),
      },
      { headers: forwardedHeaders(request) },
    );
  }
}

@Controller('api/v1/my/notices')
export class MyNoticesController {
  constructor(private readonly bus: NatsRequester) {}

  /** The caller's own notices about their cases, newest first; `?cursor=`/`?limit=` page on. */
  @Get()
  @Operation(notificationsContracts.listMyNotices)
  list(
    @Req() request: FastifyRequest,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ): Promise<MyNoticePage> {
    return this.bus.request(notificationsContracts.listMyNotices, pageQuery(cursor, limit), {
      headers: forwardedHeaders(request),
    });
  }
}
