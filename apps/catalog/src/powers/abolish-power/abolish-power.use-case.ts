import { type Principal } from '@gov/auth';
import { type AbolishPowerRequest, type Power as PowerReply, powerEvents } from '@gov/contracts';
import { OutboxWriter } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushPower } from '../flush-power';
import { powerInScope, versionOf } from '../power-checks';
import { powerView } from '../power-views';

/**
 * Abolishes (取消) a published power: its published version ends, public reads no longer show it,
 * and it can take no new version. Announced as `power.abolished` in the same transaction.
 */
@Injectable()
export class AbolishPowerUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(request: AbolishPowerRequest, caller: Principal): Promise<PowerReply> {
    return this.orm.em.transactional(async (em) => {
      const power = await powerInScope(em, caller, request.code);
      const published = await versionOf(em, power, power.publishedVersion);
      const ended = power.abolish(published, request.reason);
      await flushPower(em, power.code);
      await this.outbox.record(em, powerEvents.powerAbolished, {
        aggregateId: power.id,
        division: power.division,
        sequence: power.version,
        data: {
          code: power.code,
          province: power.province,
          division: power.division,
          version: ended.number,
          reason: request.reason.trim(),
        },
      });
      return powerView(em, ended);
    });
  }
}
