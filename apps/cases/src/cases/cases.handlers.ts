import { type Principal } from '@gov/auth';
import { caseContracts, type SubmitCaseRequest } from '@gov/contracts';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ReadCaseUseCase } from './read-case/read-case.use-case';
import { SubmitCaseUseCase } from './submit-case/submit-case.use-case';

/** The case contracts on the bus, each handed to its use case. */
@Controller()
export class CasesHandlers {
  constructor(
    private readonly submitting: SubmitCaseUseCase,
    private readonly reading: ReadCaseUseCase,
  ) {}

  @MessagePattern(caseContracts.submitCase.subject)
  submit(@Payload() request: SubmitCaseRequest, @Caller() caller: Principal) {
    return this.submitting.execute(request, caller);
  }

  @MessagePattern(caseContracts.getCase.subject)
  get(@Payload() request: { id: string }, @Caller() caller: Principal) {
    return this.reading.get(request.id, caller);
  }

  @MessagePattern(caseContracts.caseProgress.subject)
  progress(@Payload() request: { number: string; queryCode: string }) {
    return this.reading.progress(request.number, request.queryCode);
  }
}
