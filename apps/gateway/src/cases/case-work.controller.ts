import {
  type Case,
  type CaseAuditTrail,
  type CaseSummaryPage,
  caseWorkContracts,
  type FeeReconciliation,
  type RevealedApplicant,
} from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { type FastifyRequest } from 'fastify';
import { Operation } from '../auth/access.decorators';
import { forwardCommand } from '../bus/forward-command';
import { forwardedHeaders } from '../bus/forwarded-headers';
import { optionalText, pageQuery } from '../bus/query-params';

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

  /** A department's opinion on its task of a joint case: `{outcome, reason?}`. */
  @Post(':id/tasks/:department/decision')
  @Operation(caseWorkContracts.decideTask)
  @HttpCode(200)
  decideTask(
    @Param('id') id: string,
    @Param('department') department: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Case> {
    return forwardCommand(this.bus, caseWorkContracts.decideTask, request, body ?? {}, {
      id,
      department,
    });
  }

  /** A department asks for supplementary material, `{reason}`: the case is suspended meanwhile. */
  @Post(':id/tasks/:department/material-requests')
  @Operation(caseWorkContracts.requestTaskMaterial)
  @HttpCode(200)
  requestTaskMaterial(
    @Param('id') id: string,
    @Param('department') department: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Case> {
    return forwardCommand(this.bus, caseWorkContracts.requestTaskMaterial, request, body ?? {}, {
      id,
      department,
    });
  }

  /** A payment at the window, `{reference, channel, amountFen, window}`. */
  @Post(':id/payments')
  @Operation(caseWorkContracts.recordPayment)
  @HttpCode(200)
  recordPayment(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Case> {
    return forwardCommand(this.bus, caseWorkContracts.recordPayment, request, body ?? {}, { id });
  }

  /** A refund, `{reference, amountFen, reason, window}`. */
  @Post(':id/refunds')
  @Operation(caseWorkContracts.refundFee)
  @HttpCode(200)
  refund(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Case> {
    return forwardCommand(this.bus, caseWorkContracts.refundFee, request, body ?? {}, { id });
  }

  /**
   * Online verification, `{system, kind, documentNumber?}`: the department system's answer (or
   * the time-out) is on the case that comes back.
   */
  @Post(':id/verifications')
  @Operation(caseWorkContracts.requestVerification)
  @HttpCode(200)
  requestVerification(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Case> {
    return forwardCommand(this.bus, caseWorkContracts.requestVerification, request, body ?? {}, {
      id,
    });
  }

  /** A department system's late answer, `{outcome, detail}` (its service account). */
  @Post(':id/verifications/:requestId/answer')
  @Operation(caseWorkContracts.answerVerification)
  @HttpCode(200)
  answerVerification(
    @Param('id') id: string,
    @Param('requestId') requestId: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Case> {
    return forwardCommand(this.bus, caseWorkContracts.answerVerification, request, body ?? {}, {
      id,
      requestId,
    });
  }

  /** 转办 `{to, reason}`: to a colleague of the caller's subtree by username; supervisors reassign. */
  @Post(':id/handover')
  @Operation(caseWorkContracts.handOver)
  @HttpCode(200)
  handOver(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Case> {
    return forwardCommand(this.bus, caseWorkContracts.handOver, request, body ?? {}, { id });
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

/** The day's takings per window (日结对账). */
@Controller('api/v1/fee-reconciliation')
export class FeeReconciliationController {
  constructor(private readonly bus: NatsRequester) {}

  @Get()
  @Operation(caseWorkContracts.feeReconciliation)
  reconcile(
    @Req() request: FastifyRequest,
    @Query('date') date?: string,
    @Query('division') division?: string,
  ): Promise<FeeReconciliation> {
    return this.bus.request(
      caseWorkContracts.feeReconciliation,
      { ...optionalText('date', date), ...optionalText('division', division) } as {
        date: string;
      },
      { headers: forwardedHeaders(request) },
    );
  }
}
