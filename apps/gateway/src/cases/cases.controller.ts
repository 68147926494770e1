import {
  type Case,
  caseContracts,
  type CaseDetail,
  type CaseNotice,
  type CaseProgress,
  type CaseSummaryPage,
  type RequestContract,
  type SubmitCaseRequest,
  type SubmittedCase,
} from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { HtmlPage } from '../api-docs/api-reply.decorator';
import { Operation } from '../auth/access.decorators';
import { forwardCommand } from '../bus/forward-command';
import { forwardedHeaders } from '../bus/forwarded-headers';
import { jsonObjectBody } from '../bus/json-body';
import { optionalBoolean, optionalText, pageQuery } from '../bus/query-params';

/** A printed notice needs its inline style and nothing else. */
const NOTICE_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/** Cases: applications submitted online by applicants or at a window by clerks, and their lifecycle. */
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

  /**
   * Cases newest first: `?division=&status=&itemCode=&applicantId=&cursor=&limit=`, and by
   * deadline `?deadline=promised|statutory&dueFrom=&dueTo=&overdue=&atRisk=true`, and by
   * handler `?department=&window=`.
   */
  @Get()
  @Operation(caseContracts.listCases)
  list(
    @Req() request: FastifyRequest,
    @Query('division') division?: string,
    @Query('status') status?: string,
    @Query('itemCode') itemCode?: string,
    @Query('applicantId') applicantId?: string,
    @Query('deadline') deadline?: string,
    @Query('dueFrom') dueFrom?: string,
    @Query('dueTo') dueTo?: string,
    @Query('overdue') overdue?: string,
    @Query('atRisk') atRisk?: string,
    @Query('department') department?: string,
    @Query('window') window?: string,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ): Promise<CaseSummaryPage> {
    return this.bus.request(
      caseContracts.listCases,
      {
        ...optionalText('division', division),
        ...optionalText('status', status),
        ...optionalText('itemCode', itemCode),
        ...optionalText('applicantId', applicantId),
        ...optionalText('deadline', deadline),
        ...optionalText('dueFrom', dueFrom),
        ...optionalText('dueTo', dueTo),
        ...optionalBoolean('overdue', overdue),
        ...optionalBoolean('atRisk', atRisk),
        ...optionalText('department', department),
        ...optionalText('window', window),
        ...pageQuery(cursor, limit),
      },
      { headers: forwardedHeaders(request) },
    );
  }

  /** The case with its timeline and the list of its notice documents. */
  @Get(':id')
  @Operation(caseContracts.getCase)
  get(@Param('id') id: string, @Req() request: FastifyRequest): Promise<CaseDetail> {
    return this.bus.request(caseContracts.getCase, { id }, { headers: forwardedHeaders(request) });
  }

  /** A notice document of the case: its number, date, paragraphs and printable page. */
  @Get(':id/notices/:noticeId')
  @Operation(caseContracts.getCaseNotice)
  notice(
    @Param('id') id: string,
    @Param('noticeId') noticeId: string,
    @Req() request: FastifyRequest,
  ): Promise<CaseNotice> {
    return this.bus.request(
      caseContracts.getCaseNotice,
      { id, noticeId },
      { headers: forwardedHeaders(request) },
    );
  }

  /** The notice as a page to print (A4), for the window or the applicant. */
  @Get(':id/notices/:noticeId/print')
  @Operation(caseContracts.getCaseNotice)
  @HtmlPage('可打印的文书页面（A4，HTML）· the printable notice page')
  async printNotice(
    @Param('id') id: string,
    @Param('noticeId') noticeId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const notice = await this.notice(id, noticeId, request);
    // The page is self-contained: its own inline style, nothing loaded, no script.
    void reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', NOTICE_PAGE_CSP)
      .header('cache-control', 'private, no-store');
    return notice.html;
  }

  /** Accepts the application (受理). */
  @Post(':id/accept')
  @Operation(caseContracts.acceptCase)
  @HttpCode(200)
  accept(@Param('id') id: string, @Req() request: FastifyRequest): Promise<Case> {
    return this.act(caseContracts.acceptCase, id, {}, request);
  }

  /** Refuses the application (不予受理): body `{ "reason": "…" }`. */
  @Post(':id/reject')
  @Operation(caseContracts.rejectCase)
  @HttpCode(200)
  reject(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.act(caseContracts.rejectCase, id, body, request);
  }

  /** Tells the applicant once every material to correct: body `{ "items": [{material, problem}] }`. */
  @Post(':id/correction-notices')
  @Operation(caseContracts.requestCorrection)
  @HttpCode(200)
  requestCorrection(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    return this.act(caseContracts.requestCorrection, id, body, request);
  }

  /** The corrected application, handed in again. */
  @Post(':id/resubmit')
  @Operation(caseContracts.resubmitCase)
  @HttpCode(200)
  resubmit(@Param('id') id: string, @Req() request: FastifyRequest) {
    return this.act(caseContracts.resubmitCase, id, {}, request);
  }

  /** Suspends the review (特别程序): body `{ "kind": "inspection-testing-quarantine", "reason": "…" }`. */
  @Post(':id/suspend')
  @Operation(caseContracts.suspendCase)
  @HttpCode(200)
  suspend(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.act(caseContracts.suspendCase, id, body, request);
  }

  @Post(':id/resume')
  @Operation(caseContracts.resumeCase)
  @HttpCode(200)
  resume(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.act(caseContracts.resumeCase, id, body, request);
  }

  /** The one extension of the statutory limit, approved with a reason. */
  @Post(':id/extend')
  @Operation(caseContracts.extendCase)
  @HttpCode(200)
  extend(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.act(caseContracts.extendCase, id, body, request);
  }

  /** The decision: body `{ "outcome": "approved" | "denied", "reason"? }`. */
  @Post(':id/decide')
  @Operation(caseContracts.decideCase)
  @HttpCode(200)
  decide(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.act(caseContracts.decideCase, id, body, request);
  }

  @Post(':id/conclude')
  @Operation(caseContracts.concludeCase)
  @HttpCode(200)
  conclude(@Param('id') id: string, @Req() request: FastifyRequest) {
    return this.act(caseContracts.concludeCase, id, {}, request);
  }

  /** Delivers the result: body `{ "method": "window" | "post" | "electronic" | "agent-point" }`. */
  @Post(':id/deliver')
  @Operation(caseContracts.deliverCase)
  @HttpCode(200)
  deliver(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.act(caseContracts.deliverCase, id, body, request);
  }

  /** Withdraws the application before a decision. */
  @Post(':id/withdraw')
  @Operation(caseContracts.withdrawCase)
  @HttpCode(200)
  withdraw(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.act(caseContracts.withdrawCase, id, body, request);
  }

  /** Sends a lifecycle command: the body's fields plus the case id from the path. */
  private act(
    contract: RequestContract,
    id: string,
    body: unknown,
    request: FastifyRequest,
  ): Promise<Case> {
    return forwardCommand(this.bus, contract, request, body ?? {}, { id }) as Promise<Case>;
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
