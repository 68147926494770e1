import {
  type Case,
  type CaseAuditTrail,
  type CaseSummaryPage,
  caseWorkContracts,
  type RevealedApplicant,
} from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { type FastifyRequest } from 'fastify';
import { Operation } from '../auth/access.decorators';
import { forwardCommand } from '../bus/forward-command';
import { forwardedHeaders } from '../bus/forwarded-headers';
import { pageQuery } from '../bus/query-params';

/** The work around a case: on-the-spot conclusion, personal data in clear, the audit trail. */
@Controller('api/v1/cases')
export class CaseWorkController {
  constructor(private readonly bus: NatsRequester) {}

  /** An on-the-spot item (即办件) accepted, decided and concluded at once: `{outcome, reason?}`. */
  @Post(':id/on-the-spot')
  @Operation(caseWorkContracts.concludeOnTheSpot)
  @HttpCode(200)
  concludeOnTheSpot(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Case> {
    return forwardCommand(this.bus, caseWorkContracts.concludeOnTheSpot, request, body ?? {}, {
      id,
    });
  }

  /** The applicant's ID and phone number in clear, `{purpose}`; every view is audited. */
  @Post(':id/applicant-views')
  @Operation(caseWorkContracts.revealApplicant)
  @HttpCode(200)
  revealApplicant(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<RevealedApplicant> {
    return forwardCommand(this.bus, caseWorkContracts.revealApplicant, request, body ?? {}, {
      id,
    });
  }

  /** Every change and every view of personal data, with the verification of the chain. */
  @Get(':id/audit-trail')
  @Operation(caseWorkContracts.getAuditTrail)
  auditTrail(@Param('id') id: string, @Req() request: FastifyRequest): Promise<CaseAuditTrail> {
    return this.bus.request(
      caseWorkContracts.getAuditTrail,
      { id },
      { headers: forwardedHeaders(request) },
    );
  }
}

/** The caller's tasks: what waits for them, most urgent first. */
@Controller('api/v1/case-tasks')
export class CaseTasksController {
  constructor(private readonly bus: NatsRequester) {}

  @Get()
  @Operation(caseWorkContracts.listTasks)
  tasks(
    @Req() request: FastifyRequest,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ): Promise<CaseSummaryPage> {
    return this.bus.request(caseWorkContracts.listTasks, pageQuery(cursor, limit), {
      headers: forwardedHeaders(request),
    });
  }
}
