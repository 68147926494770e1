import { type Principal } from '@gov/auth';
import { type Power as PowerReply, type StartPowerVersionRequest } from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushPower } from '../flush-power';
import { powerInScope, versionOf } from '../power-checks';
import { powerView } from '../power-views';

/**
 * Opens the next version of a published power as a draft holding a copy of the published content;
 * the published version stays in force until the draft is published. One draft at a time.
 */
@Injectable()
export class StartPowerVersionUseCase {
  constructor(private readonly orm: MikroORM) {}

  execute(request: StartPowerVersionRequest, caller: Principal): Promise<PowerReply> {
    return this.orm.em.transactional(async (em) => {
      const power = await powerInScope(em, caller, request.code);
      const published = await versionOf(em, power, power.publishedVersion);
      const draft = power.startVersion(published);
      em.persist(draft);
      await flushPower(em, power.code);
      return powerView(em, draft);
    });
  }
}
