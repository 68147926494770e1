import { type Principal } from '@gov/auth';
import {
  caseContracts,
  type GetCaseNoticeRequest,
  type RequestCorrectionRequest,
  type SubmitCaseRequest,
} from '@gov/contracts';
import { type DecisionOutcome, type DeliveryMethod, type SuspensionKind } from '@gov/case';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ActOnCaseUseCase } from './act-on-case/act-on-case.use-case';
import { ReadCaseUseCase } from './read-case/read-case.use-case';
import { SubmitCaseUseCase } from './submit-case/submit-case.use-case';

/** The case contracts on the bus, each handed to its use case. */
@Controller()
export class CasesHandlers {
  constructor(
    private readonly submitting: SubmitCaseUseCase,
    private readonly reading: ReadCaseUseCase,
    private readonly acting: ActOnCaseUseCase,
  ) {}

  @MessagePattern(caseContracts.submitCase.subject)
  submit(@Payload() request: SubmitCaseRequest, @Caller() caller: Principal) {
    return this.submitting.execute(request, caller);
  }

  @MessagePattern(caseContracts.acceptCase.subject)
  accept(@Payload() request: { id: string }, @Caller() caller: Principal) {
    return this.acting.act(request.id, { action: 'accept' }, caller);
  }

  @MessagePattern(caseContracts.rejectCase.subject)
  reject(@Payload() request: { id: string; reason: string }, @Caller() caller: Principal) {
    return this.acting.act(request.id, { action: 'reject', reason: request.reason }, caller);
  }

  @MessagePattern(caseContracts.requestCorrection.subject)
  requestCorrection(@Payload() request: RequestCorrectionRequest, @Caller() caller: Principal) {
    return this.acting.act(
      request.id,
      { action: 'request-correction', items: request.items },
      caller,
    );
  }

  @MessagePattern(caseContracts.resubmitCase.subject)
  resubmit(@Payload() request: { id: string }, @Caller() caller: Principal) {
    return this.acting.act(request.id, { action: 'resubmit' }, caller);
  }

  @MessagePattern(caseContracts.suspendCase.subject)
  suspend(
    @Payload() request: { id: string; kind: SuspensionKind; reason: string },
    @Caller() caller: Principal,
  ) {
    const { id, ...command } = request;
    return this.acting.act(id, { action: 'suspend', ...command }, caller);
  }

  @MessagePattern(caseContracts.resumeCase.subject)
  resume(@Payload() request: { id: string; reason?: string }, @Caller() caller: Principal) {
    const { id, ...command } = request;
    return this.acting.act(id, { action: 'resume', ...command }, caller);
  }

  @MessagePattern(caseContracts.extendCase.subject)
  extend(@Payload() request: { id: string; reason?: string }, @Caller() caller: Principal) {
    return this.acting.extend(request.id, request.reason ?? '', caller);
  }

  @MessagePattern(caseContracts.decideCase.subject)
  decide(
    @Payload() request: { id: string; outcome: DecisionOutcome; reason?: string },
    @Caller() caller: Principal,
  ) {
    const { id, ...command } = request;
    return this.acting.act(id, { action: 'decide', ...command }, caller);
  }

  @MessagePattern(caseContracts.concludeCase.subject)
  conclude(@Payload() request: { id: string }, @Caller() caller: Principal) {
    return this.acting.act(request.id, { action: 'conclude' }, caller);
  }

  @MessagePattern(caseContracts.deliverCase.subject)
  deliver(@Payload() request: { id: string; method: DeliveryMethod }, @Caller() caller: Principal) {
    return this.acting.act(request.id, { action: 'deliver', method: request.method }, caller);
  }

  @MessagePattern(caseContracts.withdrawCase.subject)
  withdraw(@Payload() request: { id: string; reason?: string }, @Caller() caller: Principal) {
    const { id, ...command } = request;
    return this.acting.act(id, { action: 'withdraw', ...command }, caller);
  }

  @MessagePattern(caseContracts.getCase.subject)
  get(@Payload() request: { id: string }, @Caller() caller: Principal) {
    return this.reading.get(request.id, caller);
  }

  @MessagePattern(caseContracts.getCaseNotice.subject)
  notice(@Payload() request: GetCaseNoticeRequest, @Caller() caller: Principal) {
    return this.reading.notice(request.id, request.noticeId, caller);
  }

  @MessagePattern(caseContracts.caseProgress.subject)
  progress(@Payload() request: { number: string; queryCode: string }) {
    return this.reading.progress(request.number, request.queryCode);
  }
}
