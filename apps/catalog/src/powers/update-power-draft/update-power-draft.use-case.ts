import { type Principal } from '@gov/auth';
import { GovError, type Power as PowerReply, type UpdatePowerDraftRequest } from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushPower } from '../flush-power';
import { categoryOf, checkPowerContent, powerInScope, versionOf } from '../power-checks';
import { powerView } from '../power-views';

/**
 * Replaces the content of a power's draft version. A published (or superseded) version is never
 * edited: the answer says to open a new draft version instead.
 */
@Injectable()
export class UpdatePowerDraftUseCase {
  constructor(private readonly orm: MikroORM) {}

  execute(request: UpdatePowerDraftRequest, caller: Principal): Promise<PowerReply> {
    const { code, version, ...content } = request;
    return this.orm.em.transactional(async (em) => {
      const power = await powerInScope(em, caller, code);
      power.assertDraft(version);
      const draft = await versionOf(em, power, version);
      if (!draft)
        throw new GovError('CATALOG.POWER_VERSION_NOT_FOUND', undefined, { code, version });
      await checkPowerContent(em, caller, power, await categoryOf(em, power), content);
      power.editDraft(draft, content);
      await flushPower(em, code);
      return powerView(em, draft);
    });
  }
}
