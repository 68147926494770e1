import {
  type RemovedWarningThreshold,
  type Warning,
  warningContracts,
  type WarningPage,
  type WarningThreshold,
  type WarningThresholdList,
  type ListWarningsRequest,
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
import { optionalText, pageQuery } from '../bus/query-params';

/** The deadline watch's warnings (电子监察预警): supervisors list, read, acknowledge, annotate. */
@Controller('api/v1/warnings')
export class WarningsController {
  constructor(private readonly bus: NatsRequester) {}

  /** `?level=yellow|red&deadline=promised|statutory&status=open|acknowledged|cleared&division=&caseId=`. */
  @Get()
  @Operation(warningContracts.listWarnings)
  list(
    @Req() request: FastifyRequest,
    @Query('level') level?: string,
    @Query('deadline') deadline?: string,
    @Query('status') status?: string,
    @Query('division') division?: string,
    @Query('caseId') caseId?: string,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ): Promise<WarningPage> {
    const query = {
      ...optionalText('level', level),
      ...optionalText('deadline', deadline),
      ...optionalText('status', status),
      ...optionalText('division', division),
      ...optionalText('caseId', caseId),
      ...pageQuery(cursor, limit),
    } as ListWarningsRequest;
    return this.bus.request(warningContracts.listWarnings, query, {
      headers: forwardedHeaders(request),
    });
  }

  @Get(':id')
  @Operation(warningContracts.getWarning)
  get(@Param('id') id: string, @Req() request: FastifyRequest): Promise<Warning> {
    return this.bus.request(
      warningContracts.getWarning,
      { id },
      { headers: forwardedHeaders(request) },
    );
  }

  /** 签收 `{note?}`: once per warning. */
  @Post(':id/acknowledgement')
  @Operation(warningContracts.acknowledgeWarning)
  @HttpCode(200)
  acknowledge(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Warning> {
    return forwardCommand(this.bus, warningContracts.acknowledgeWarning, request, body ?? {}, {
      id,
    });
  }

  /** 批注 `{text}`. */
  @Post(':id/notes')
  @Operation(warningContracts.annotateWarning)
  @HttpCode(200)
  annotate(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Warning> {
    return forwardCommand(this.bus, warningContracts.annotateWarning, request, body ?? {}, { id });
  }
}

/** The yellow thresholds per division or item of the caller's subtree (centre administrators). */
@Controller('api/v1/warning-thresholds')
export class WarningThresholdsController {
  constructor(private readonly bus: NatsRequester) {}

  @Get()
  @Operation(warningContracts.listWarningThresholds)
  list(@Req() request: FastifyRequest): Promise<WarningThresholdList> {
    return this.bus.request(
      warningContracts.listWarningThresholds,
      {},
      { headers: forwardedHeaders(request) },
    );
  }

  /** `{division?, itemCode?, yellowDays}`: sets or replaces the setting of that target. */
  @Put()
  @Operation(warningContracts.setWarningThreshold)
  set(@Body() body: unknown, @Req() request: FastifyRequest): Promise<WarningThreshold> {
    return forwardCommand(this.bus, warningContracts.setWarningThreshold, request, body ?? {}, {});
  }

  /** `?division=&itemCode=`: back to the enclosing setting or the default rule. */
  @Delete()
  @Operation(warningContracts.removeWarningThreshold)
  remove(
    @Req() request: FastifyRequest,
    @Query('division') division?: string,
    @Query('itemCode') itemCode?: string,
  ): Promise<RemovedWarningThreshold> {
    return this.bus.request(
      warningContracts.removeWarningThreshold,
      { ...optionalText('division', division), ...optionalText('itemCode', itemCode) },
      { headers: forwardedHeaders(request) },
    );
  }
}
