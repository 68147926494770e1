import {
  type CaseRating,
  ratingContracts,
  type RatingStatistics,
  type Rectification,
  type RectificationPage,
  type RequestContract,
} from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { type FastifyRequest } from 'fastify';
import { Operation } from '../auth/access.decorators';
import { forwardCommand } from '../bus/forward-command';
import { forwardedHeaders } from '../bus/forwarded-headers';
import { optionalBoolean, optionalText, pageQuery } from '../bus/query-params';

/** 好差评: the rating of a concluded case by its applicant or their agent, and reading it. */
@Controller('api/v1/cases')
export class CaseRatingsController {
  constructor(private readonly bus: NatsRequester) {}

  /** Rates the case once: `{level, dimensions, comment?}`; a bad review opens a rectification. */
  @Post(':id/rating')
  @Operation(ratingContracts.rateCase)
  @HttpCode(201)
  rate(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<CaseRating> {
    return forwardCommand(this.bus, ratingContracts.rateCase, request, body ?? {}, { id });
  }

  @Get(':id/rating')
  @Operation(ratingContracts.getRating)
  rating(@Param('id') id: string, @Req() request: FastifyRequest): Promise<CaseRating> {
    return this.bus.request(
      ratingContracts.getRating,
      { id },
      { headers: forwardedHeaders(request) },
    );
  }
}

/** Rectification of bad reviews: the centre calls back, rectifies or appeals; a supervisor decides. */
@Controller('api/v1/rectifications')
export class RectificationsController {
  constructor(private readonly bus: NatsRequester) {}

  /** The subtree's tasks, the nearest due day first: `?status=&division=&overdue=&cursor=&limit=`. */
  @Get()
  @Operation(ratingContracts.listRectifications)
  list(
    @Req() request: FastifyRequest,
    @Query('status') status?: string,
    @Query('division') division?: string,
    @Query('overdue') overdue?: string,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ): Promise<RectificationPage> {
    return this.bus.request(
      ratingContracts.listRectifications,
      {
        ...optionalText('status', status),
        ...optionalText('division', division),
        ...optionalBoolean('overdue', overdue),
        ...pageQuery(cursor, limit),
      },
      { headers: forwardedHeaders(request) },
    );
  }

  @Get(':id')
  @Operation(ratingContracts.getRectification)
  get(@Param('id') id: string, @Req() request: FastifyRequest): Promise<Rectification> {
    return this.bus.request(
      ratingContracts.getRectification,
      { id },
      { headers: forwardedHeaders(request) },
    );
  }

  /** A call-back to the rater (回访): `{reached, summary}`. */
  @Post(':id/call-backs')
  @Operation(ratingContracts.recordCallBack)
  @HttpCode(200)
  recordCallBack(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.send(ratingContracts.recordCallBack, id, body, request);
  }

  /** The result of the rectification, `{result}`: the task is closed. */
  @Post(':id/result')
  @Operation(ratingContracts.closeRectification)
  @HttpCode(200)
  close(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.send(ratingContracts.closeRectification, id, body, request);
  }

  /** An appeal against a malicious or mistaken review (恶意差评/误评), `{reason}`. */
  @Post(':id/appeal')
  @Operation(ratingContracts.appealRating)
  @HttpCode(200)
  appeal(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.send(ratingContracts.appealRating, id, body, request);
  }

  /** The supervisor's decision on the appeal, `{upheld, reason}`. */
  @Post(':id/appeal-decision')
  @Operation(ratingContracts.decideAppeal)
  @HttpCode(200)
  decideAppeal(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.send(ratingContracts.decideAppeal, id, body, request);
  }

  private send(
    contract:
      | typeof ratingContracts.recordCallBack
      | typeof ratingContracts.closeRectification
      | typeof ratingContracts.appealRating
      | typeof ratingContracts.decideAppeal,
    id: string,
    body: unknown,
    request: FastifyRequest,
  ): Promise<Rectification> {
    return forwardCommand<RequestContract>(this.bus, contract, request, body ?? {}, {
      id,
    }) as Promise<Rectification>;
  }
}

/** The published statistics of good/bad reviews: public, no token, no personal data. */
@Controller('api/v1/rating-statistics')
export class RatingStatisticsController {
  constructor(private readonly bus: NatsRequester) {}

  /** `?division=&from=&to=` (local dates, Asia/Shanghai). */
  @Get()
  @Operation(ratingContracts.ratingStatistics)
  statistics(
    @Query('division') division?: string,
    @Query('from') from?: string,
    @Query('to') to?: string,
  ): Promise<RatingStatistics> {
    return this.bus.request(ratingContracts.ratingStatistics, {
      ...optionalText('division', division),
      ...optionalText('from', from),
      ...optionalText('to', to),
    });
  }
}
