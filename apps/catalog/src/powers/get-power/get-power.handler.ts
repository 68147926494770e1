import { type GetPowerRequest, type Power, powerContracts } from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { powerView } from '../power-views';
import { findPublishedPower } from './find-published-power';

@Controller()
export class GetPowerHandler {
  constructor(private readonly orm: MikroORM) {}

  /** The published version of a power: public reference data, no token, no scope. */
  @MessagePattern(powerContracts.getPower.subject)
  async handle(@Payload() request: GetPowerRequest): Promise<Power> {
    return powerView(this.orm.em, await findPublishedPower(this.orm.em, request));
  }
}
