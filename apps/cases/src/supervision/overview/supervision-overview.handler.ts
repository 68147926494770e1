import { type Principal } from '@gov/auth';
import { type SupervisionOverviewRequest, supervisionViewContracts } from '@gov/contracts';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { SupervisionOverviewUseCase } from './supervision-overview.use-case';

/** The supervisors' overview on the bus. */
@Controller()
export class SupervisionOverviewHandler {
  constructor(private readonly overview: SupervisionOverviewUseCase) {}

  @MessagePattern(supervisionViewContracts.supervisionOverview.subject)
  handle(@Payload() request: SupervisionOverviewRequest, @Caller() caller: Principal) {
    return this.overview.overview(request, caller);
  }
}
