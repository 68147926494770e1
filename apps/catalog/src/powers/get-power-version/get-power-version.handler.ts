import { type Principal } from '@gov/auth';
import { GovError, type Power, powerContracts, type PowerVersionRequest } from '@gov/contracts';
import { Caller } from '@gov/nats';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { powerInScope, versionOf } from '../power-checks';
import { powerView } from '../power-views';

@Controller()
export class GetPowerVersionHandler {
  constructor(private readonly orm: MikroORM) {}

  /** Any version of a power of the caller's subtree, drafts included. */
  @MessagePattern(powerContracts.getPowerVersion.subject)
  async handle(
    @Payload() request: PowerVersionRequest,
    @Caller() caller: Principal,
  ): Promise<Power> {
    const em = this.orm.em;
    const power = await powerInScope(em, caller, request.code);
    const version = await versionOf(em, power, request.version);
    if (!version) throw new GovError('CATALOG.POWER_VERSION_NOT_FOUND', undefined, { ...request });
    return powerView(em, version);
  }
}
