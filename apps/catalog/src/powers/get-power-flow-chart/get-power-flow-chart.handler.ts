import { type GetPowerRequest, type PowerFlowChart, powerContracts } from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { findPublishedPower } from '../get-power/find-published-power';
import { flowChart } from '../rules/power-flow';

@Controller()
export class GetPowerFlowChartHandler {
  constructor(private readonly orm: MikroORM) {}

  /** The flow chart (运行流程图) of a power's published version: nodes, edges, responsibilities. */
  @MessagePattern(powerContracts.getPowerFlowChart.subject)
  async handle(@Payload() request: GetPowerRequest): Promise<PowerFlowChart> {
    const version = await findPublishedPower(this.orm.em, request);
    return {
      code: version.code,
      province: version.province,
      version: version.number,
      name: version.name,
      ...flowChart(version.flow),
    };
  }
}
