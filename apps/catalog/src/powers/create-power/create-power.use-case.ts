import { type Principal, Scope } from '@gov/auth';
import { type CreatePowerRequest, GovError, type Power as PowerReply } from '@gov/contracts';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { categoryOf, checkPowerContent } from '../power-checks';
import { powerView } from '../power-views';
import { Power } from '../power.entity';
import { powerCodeProblem, provinceOf } from '../rules/power-rules';

/**
 * Registers a power of the caller's subtree with its first version as a draft. Drafts are not
 * public and announce nothing; publishing does.
 */
@Injectable()
export class CreatePowerUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(request: CreatePowerRequest, caller: Principal): Promise<PowerReply> {
    const { code, category: categoryCode, division, ...content } = request;
    Scope.of(caller).assertIncludes(division);
    const codeProblem = powerCodeProblem(code, categoryCode);
    if (codeProblem !== null) {
      throw new GovError('CATALOG.POWER_CODE_INVALID', codeProblem, {
        code,
        category: categoryCode,
      });
    }
    const identity = { province: provinceOf(division), code, division, category: categoryCode };
    const exists = () =>
      new GovError('CATALOG.POWER_EXISTS', undefined, { code, province: identity.province });
    return this.orm.em.transactional(async (em) => {
      const category = await categoryOf(em, identity);
      await checkPowerContent(em, caller, identity, category, content);
      if (await em.findOne(Power, { province: identity.province, code })) throw exists();
      const [power, draft] = Power.register(identity, content);
      em.persist([power, draft]);
      await em.flush().catch((error: unknown) => {
        // Another request registered the same code between our check and our insert.
        throw error instanceof UniqueConstraintViolationException ? exists() : error;
      });
      return powerView(em, draft);
    });
  }
}
