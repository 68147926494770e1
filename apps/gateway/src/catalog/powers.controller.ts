import {
  type CreatePowerRequest,
  type Power,
  powerContracts,
  type PowerFlowChart,
  type PowerPage,
  type UpdatePowerDraftRequest,
} from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { Operation } from '../auth/access.decorators';
import { forwardCommand } from '../bus/forward-command';
import { forwardedHeaders } from '../bus/forwarded-headers';
import { jsonObjectBody } from '../bus/json-body';
import { pageQuery, positiveInteger } from '../bus/query-params';

/** The power catalogue (权力清单): public reads of what is published, administrators' changes. */
@Controller('api/v1/powers')
export class PowersController {
  constructor(private readonly bus: NatsRequester) {}

  /**
   * Published powers: `?division=` those that apply in a division (its own and every level's
   * above it), `?category=` of one category; `?cursor=`/`?limit=` page through them.
   */
  @Get()
  @Operation(powerContracts.listPowers)
  list(
    @Query('division') division?: string,
    @Query('category') category?: string,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ): Promise<PowerPage> {
    return this.bus.request(powerContracts.listPowers, {
      ...(division === undefined ? {} : { division }),
      ...(category === undefined ? {} : { category }),
      ...pageQuery(cursor, limit),
    });
  }

  /** Registers a power: its version 1, a draft. Send an `Idempotency-Key` to retry safely. */
  @Post()
  @Operation(powerContracts.createPower)
  @HttpCode(201)
  async create(
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Power> {
    const power = await this.bus.request(
      powerContracts.createPower,
      jsonObjectBody(body) as CreatePowerRequest,
      { headers: forwardedHeaders(request) },
    );
    void reply.header('location', versionPath(power));
    return power;
  }

  /** The published version of a power; `?province=` when several provinces use the code. */
  @Get(':code')
  @Operation(powerContracts.getPower)
  get(@Param('code') code: string, @Query('province') province?: string): Promise<Power> {
    return this.bus.request(powerContracts.getPower, {
      code,
      ...(province === undefined ? {} : { province }),
    });
  }

  /** The flow chart of the published version: steps as nodes, transitions as edges. */
  @Get(':code/flow-chart')
  @Operation(powerContracts.getPowerFlowChart)
  flowChart(
    @Param('code') code: string,
    @Query('province') province?: string,
  ): Promise<PowerFlowChart> {
    return this.bus.request(powerContracts.getPowerFlowChart, {
      code,
      ...(province === undefined ? {} : { province }),
    });
  }

  /** Opens the next version as a draft copying the published one. */
  @Post(':code/versions')
  @Operation(powerContracts.startPowerVersion)
  @HttpCode(201)
  async startVersion(
    @Param('code') code: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Power> {
    const power = await this.bus.request(
      powerContracts.startPowerVersion,
      { code },
      { headers: forwardedHeaders(request) },
    );
    void reply.header('location', versionPath(power));
    return power;
  }

  /** Any version of a power of the caller's subtree, drafts included. */
  @Get(':code/versions/:version')
  @Operation(powerContracts.getPowerVersion)
  version(
    @Param('code') code: string,
    @Param('version') version: string,
    @Req() request: FastifyRequest,
  ): Promise<Power> {
    return this.bus.request(
      powerContracts.getPowerVersion,
      { code, version: positiveInteger('version', version) },
      { headers: forwardedHeaders(request) },
    );
  }

  /** Replaces the content of a draft version; a published version is refused. */
  @Put(':code/versions/:version')
  @Operation(powerContracts.updatePowerDraft)
  update(
    @Param('code') code: string,
    @Param('version') version: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Power> {
    return this.bus.request(
      powerContracts.updatePowerDraft,
      {
        ...jsonObjectBody(body),
        code,
        version: positiveInteger('version', version),
      } as UpdatePowerDraftRequest,
      { headers: forwardedHeaders(request) },
    );
  }

  /** Publishes a draft version in place of the published one. */
  @Post(':code/versions/:version/publish')
  @Operation(powerContracts.publishPowerVersion)
  @HttpCode(200)
  publish(
    @Param('code') code: string,
    @Param('version') version: string,
    @Req() request: FastifyRequest,
  ): Promise<Power> {
    return this.bus.request(
      powerContracts.publishPowerVersion,
      { code, version: positiveInteger('version', version) },
      { headers: forwardedHeaders(request) },
    );
  }

  /** Abolishes (取消) a published power: body `{ "reason": "…" }`. */
  @Post(':code/abolish')
  @Operation(powerContracts.abolishPower)
  @HttpCode(200)
  abolish(
    @Param('code') code: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Power> {
    return forwardCommand(this.bus, powerContracts.abolishPower, request, body, { code });
  }
}

function versionPath(power: Power): string {
  return `/api/v1/powers/${power.code}/versions/${power.version}`;
}
