import { type SupervisionOverview, supervisionViewContracts } from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Controller, Get, Query, Req } from '@nestjs/common';
import { type FastifyRequest } from 'fastify';
import { Operation } from '../auth/access.decorators';
import { forwardedHeaders } from '../bus/forwarded-headers';
import { optionalText } from '../bus/query-params';

/**
 * What supervisors watch: the overview of overdue and at-risk cases. The cases of a group are the
 * case list (`GET /api/v1/cases?overdue=true|atRisk=true&itemCode=|department=|window=`); a case
 * drills down to its timeline (`GET /api/v1/cases/{id}`) and its audit trail.
 */
@Controller('api/v1/supervision')
export class SupervisionController {
  constructor(private readonly bus: NatsRequester) {}

  /** `?groupBy=department|item|window|division&division=&deadline=promised|statutory`. */
  @Get('overview')
  @Operation(supervisionViewContracts.supervisionOverview)
  overview(
    @Req() request: FastifyRequest,
    @Query('groupBy') groupBy?: string,
    @Query('division') division?: string,
    @Query('deadline') deadline?: string,
  ): Promise<SupervisionOverview> {
    return this.bus.request(
      supervisionViewContracts.supervisionOverview,
      {
        ...optionalText('groupBy', groupBy),
        ...optionalText('division', division),
        ...optionalText('deadline', deadline),
      } as { groupBy: 'item' },
      { headers: forwardedHeaders(request) },
    );
  }
}
