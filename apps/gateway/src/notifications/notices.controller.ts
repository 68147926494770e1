import { type Notice, notificationsContracts } from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Controller, Get, Query } from '@nestjs/common';
import { Roles } from '../auth/access.decorators';
import { optionalInteger } from '../bus/query-params';

@Controller('api/v1/notices')
export class NoticesController {
  constructor(private readonly bus: NatsRequester) {}

  /** Notices recorded from events, in the order received; `?aggregateId=` narrows to one record. */
  @Get()
  @Roles('clerk', 'approver', 'center_admin', 'catalog_admin', 'supervisor', 'ops')
  list(
    @Query('aggregateId') aggregateId?: string,
    @Query('limit') limit?: string,
  ): Promise<Notice[]> {
    return this.bus.request(notificationsContracts.listNotices, {
      ...(aggregateId === undefined ? {} : { aggregateId }),
      ...optionalInteger('limit', limit),
    });
  }
}
