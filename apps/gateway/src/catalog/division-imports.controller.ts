import {
  assertDivisionListFits,
  type CreateDivisionImportRequest,
  type DivisionImport,
  divisionContracts,
} from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { Operation } from '../auth/access.decorators';
import { forwardedHeaders } from '../bus/forwarded-headers';
import { jsonObjectBody } from '../bus/json-body';

/**
 * Imports of full division code lists (catalogue administrators): a job the caller polls. A list
 * must fit one NATS message; a larger one is refused here, before it reaches the bus.
 */
@Controller('api/v1/division-imports')
export class DivisionImportsController {
  constructor(private readonly bus: NatsRequester) {}

  /**
   * Queues an import: body `{ format?, effectiveDate, content, dryRun?, successors? }`; 202 with
   * the job and its `Location`. Send an `Idempotency-Key`: a retry gets the same job back.
   */
  @Post()
  @Operation(divisionContracts.createDivisionImport)
  @HttpCode(202)
  async create(
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DivisionImport> {
    const payload = jsonObjectBody(body);
    if (typeof payload['content'] === 'string') assertDivisionListFits(payload['content']);
    const job = await this.bus.request(
      divisionContracts.createDivisionImport,
      payload as CreateDivisionImportRequest,
      { headers: forwardedHeaders(request) },
    );
    void reply.header('location', `/api/v1/division-imports/${job.id}`);
    return job;
  }

  /** A job's state (queued, running, succeeded, failed), rows processed of total, and report. */
  @Get(':id')
  @Operation(divisionContracts.getDivisionImport)
  get(@Param('id') id: string, @Req() request: FastifyRequest): Promise<DivisionImport> {
    return this.bus.request(
      divisionContracts.getDivisionImport,
      { id },
      { headers: forwardedHeaders(request) },
    );
  }
}
