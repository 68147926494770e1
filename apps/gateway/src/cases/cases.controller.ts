import {
  type Case,
  caseContracts,
  type CaseProgress,
  type RequestCorrectionRequest,
  type SubmitCaseRequest,
  type SubmittedCase,
} from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { Operation } from '../auth/access.decorators';
import { forwardedHeaders } from '../bus/forwarded-headers';
import { jsonObjectBody } from '../bus/json-body';
import { optionalText } from '../bus/query-params';

/** Cases: applications submitted online by applicants or at a window by clerks. */
@Controller('api/v1/cases')
export class CasesController {
  constructor(private readonly bus: NatsRequester) {}

  /**
   * Submits an application; the answer carries the case number and, once only, the query code.
   * Send an `Idempotency-Key` so a retry returns the same case.
   */
  @Post()
  @Operation(caseContracts.submitCase)
  @HttpCode(201)
  async submit(
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmittedCase> {
    const submitted = await this.bus.request(
      caseContracts.submitCase,
      jsonObjectBody(body) as SubmitCaseRequest,
      { headers: forwardedHeaders(request) },
    );
    void reply.header('location', `/api/v1/cases/${submitted.case.id}`);
    return submitted;
  }

  /** Accepts the application (受理). */
  @Post(':id/accept')
  @Operation(caseContracts.acceptCase)
  @HttpCode(200)
  accept(@Param('id') id: string, @Req() request: FastifyRequest): Promise<Case> {
    return this.bus.request(
      caseContracts.acceptCase,
      { id },
      { headers: forwardedHeaders(request) },
    );
  }

  /** Refuses the application with a reason (不予受理): body `{ "reason": "…" }`. */
  @Post(':id/reject')
  @Operation(caseContracts.rejectCase)
  @HttpCode(200)
  reject(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Case> {
    return this.bus.request(
      caseContracts.rejectCase,
      { ...jsonObjectBody(body), id } as { id: string; reason: string },
      { headers: forwardedHeaders(request) },
    );
  }

  /** Tells the applicant once every material to correct: body `{ "items": [{material, problem}] }`. */
  @Post(':id/correction-notices')
  @Operation(caseContracts.requestCorrection)
  @HttpCode(200)
  requestCorrection(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Case> {
    return this.bus.request(
      caseContracts.requestCorrection,
      { ...jsonObjectBody(body), id } as RequestCorrectionRequest,
      { headers: forwardedHeaders(request) },
    );
  }

  /** The corrected application, handed in again. */
  @Post(':id/resubmit')
  @Operation(caseContracts.resubmitCase)
  @HttpCode(200)
  resubmit(@Param('id') id: string, @Req() request: FastifyRequest): Promise<Case> {
    return this.bus.request(
      caseContracts.resubmitCase,
      { id },
      { headers: forwardedHeaders(request) },
    );
  }

  @Get(':id')
  @Operation(caseContracts.getCase)
  get(@Param('id') id: string, @Req() request: FastifyRequest): Promise<Case> {
    return this.bus.request(caseContracts.getCase, { id }, { headers: forwardedHeaders(request) });
  }
}

/** The public progress lookup: case number and query code, no token, no personal data. */
@Controller('api/v1/case-progress')
export class CaseProgressController {
  constructor(private readonly bus: NatsRequester) {}

  @Get(':number')
  @Operation(caseContracts.caseProgress)
  progress(
    @Param('number') number: string,
    @Query('queryCode') queryCode?: string,
  ): Promise<CaseProgress> {
    return this.bus.request(caseContracts.caseProgress, {
      number,
      ...optionalText('queryCode', queryCode),
    } as { number: string; queryCode: string });
  }
}
