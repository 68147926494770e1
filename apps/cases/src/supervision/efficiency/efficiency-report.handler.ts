import { type Principal } from '@gov/auth';
import { efficiencyContracts, type EfficiencyReportRequest } from '@gov/contracts';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { EfficiencyReportUseCase } from './efficiency-report.use-case';

/** The efficiency statistics on the bus. */
@Controller()
export class EfficiencyReportHandler {
  constructor(private readonly reporting: EfficiencyReportUseCase) {}

  @MessagePattern(efficiencyContracts.efficiencyReport.subject)
  report(@Payload() request: EfficiencyReportRequest, @Caller() caller: Principal) {
    return this.reporting.report(request, caller);
  }
}
