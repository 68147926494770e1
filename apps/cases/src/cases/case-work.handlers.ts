import { type Principal } from '@gov/auth';
import {
  caseContracts,
  caseWorkContracts,
  type AnswerVerificationRequest,
  type ConcludeOnTheSpotRequest,
  type RequestVerificationRequest,
  type DecideTaskRequest,
  type FeeReconciliationRequest,
  type HandOverRequest,
  type RecordPaymentRequest,
  type RefundRequest,
  type RequestTaskMaterialRequest,
  type ListCasesRequest,
  type ListCaseTasksRequest,
  type RevealApplicantRequest,
} from '@gov/contracts';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ActOnCaseUseCase } from './act-on-case/act-on-case.use-case';
import { CaseAuditTrailUseCase } from './audit/case-audit-trail.use-case';
import { FeeReconciliationUseCase } from './fees/fee-reconciliation.use-case';
import { ListCasesUseCase } from './list-cases/list-cases.use-case';
import { VerifyWithDepartmentUseCase } from './verification/verify-with-department.use-case';
import { RevealApplicantUseCase } from './personal-data/reveal-applicant.use-case';
import { Clock } from './clock';

/** The work around cases on the bus: lists and tasks, on-the-spot conclusion, personal data, audit. */
@Controller()
export class CaseWorkHandlers {
  constructor(
    private readonly clock: Clock,
    private readonly listing: ListCasesUseCase,
    private readonly acting: ActOnCaseUseCase,
    private readonly revealing: RevealApplicantUseCase,
    private readonly auditing: CaseAuditTrailUseCase,
    private readonly reconciling: FeeReconciliationUseCase,
    private readonly verifying: VerifyWithDepartmentUseCase,
  ) {}

  @MessagePattern(caseContracts.listCases.subject)
  list(@Payload() request: ListCasesRequest, @Caller() caller: Principal) {
    return this.listing.list(request, caller);
  }

  @MessagePattern(caseWorkContracts.listTasks.subject)
  tasks(@Payload() request: ListCaseTasksRequest, @Caller() caller: Principal) {
    return this.listing.tasks(request, caller);
  }

  @MessagePattern(caseWorkContracts.concludeOnTheSpot.subject)
  concludeOnTheSpot(@Payload() request: ConcludeOnTheSpotRequest, @Caller() caller: Principal) {
    const { id, ...decision } = request;
    return this.acting.concludeOnTheSpot(id, decision, caller);
  }

  @MessagePattern(caseWorkContracts.decideTask.subject)
  decideTask(@Payload() request: DecideTaskRequest, @Caller() caller: Principal) {
    const { id, ...command } = request;
    return this.acting.act(id, { action: 'decide-task', ...command }, caller);
  }

  @MessagePattern(caseWorkContracts.requestTaskMaterial.subject)
  requestTaskMaterial(@Payload() request: RequestTaskMaterialRequest, @Caller() caller: Principal) {
    const { id, ...command } = request;
    return this.acting.act(id, { action: 'request-task-material', ...command }, caller);
  }

  @MessagePattern(caseWorkContracts.recordPayment.subject)
  recordPayment(@Payload() request: RecordPaymentRequest, @Caller() caller: Principal) {
    const { id, ...payment } = request;
    const at = this.clock.now();
    return this.acting.act(
      id,
      { action: 'record-payment', payment: { ...payment, by: caller.subject, at } },
      caller,
    );
  }

  @MessagePattern(caseWorkContracts.refundFee.subject)
  refund(@Payload() request: RefundRequest, @Caller() caller: Principal) {
    const { id, ...refund } = request;
    const at = this.clock.now();
    return this.acting.act(
      id,
      { action: 'refund', refund: { ...refund, by: caller.subject, at } },
      caller,
    );
  }

  @MessagePattern(caseWorkContracts.feeReconciliation.subject)
  reconcile(@Payload() request: FeeReconciliationRequest, @Caller() caller: Principal) {
    return this.reconciling.reconcile(request, caller);
  }

  @MessagePattern(caseWorkContracts.requestVerification.subject)
  requestVerification(@Payload() request: RequestVerificationRequest, @Caller() caller: Principal) {
    return this.verifying.verify(request, caller);
  }

  @MessagePattern(caseWorkContracts.answerVerification.subject)
  answerVerification(@Payload() request: AnswerVerificationRequest, @Caller() caller: Principal) {
    return this.verifying.answerLate(request, caller);
  }

  @MessagePattern(caseWorkContracts.handOver.subject)
  handOver(@Payload() request: HandOverRequest, @Caller() caller: Principal) {
    const { id, ...handover } = request;
    return this.acting.handOver(id, { id, ...handover }, caller);
  }

  @MessagePattern(caseWorkContracts.revealApplicant.subject)
  reveal(@Payload() request: RevealApplicantRequest, @Caller() caller: Principal) {
    return this.revealing.reveal(request, caller);
  }

  @MessagePattern(caseWorkContracts.getAuditTrail.subject)
  auditTrail(@Payload() request: { id: string }, @Caller() caller: Principal) {
    return this.auditing.read(request.id, caller);
  }
}
