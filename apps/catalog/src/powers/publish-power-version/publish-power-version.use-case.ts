import { type Principal } from '@gov/auth';
import {
  GovError,
  type Power as PowerReply,
  type PowerVersionRequest,
  powerEvents,
} from '@gov/contracts';
import { OutboxWriter } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushPower } from '../flush-power';
import { categoryOf, checkPowerContent, powerInScope, versionOf } from '../power-checks';
import { powerView } from '../power-views';

/**
 * Publishes a draft version in place of the published one, which is superseded, and announces it
 * (`power.published`) in the same transaction. The content is checked again against today's rules
 * (a category may have changed since the draft was saved), then the publish rule: no legal basis,
 * no publication for the categories that require one.
 */
@Injectable()
export class PublishPowerVersionUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(request: PowerVersionRequest, caller: Principal): Promise<PowerReply> {
    const { code, version } = request;
    return this.orm.em.transactional(async (em) => {
      const power = await powerInScope(em, caller, code);
      power.assertDraft(version);
      const draft = await versionOf(em, power, version);
      if (!draft)
        throw new GovError('CATALOG.POWER_VERSION_NOT_FOUND', undefined, { code, version });
      const category = await categoryOf(em, power);
      await checkPowerContent(em, caller, power, category, draft.content);
      const published = await versionOf(em, power, power.publishedVersion);
      const previousVersion = power.publish(draft, published, category);
      await flushPower(em, code);
      await this.outbox.record(em, powerEvents.powerPublished, {
        aggregateId: power.id,
        division: power.division,
        sequence: power.version,
        data: {
          code,
          province: power.province,
          division: power.division,
          version,
          name: draft.name,
          category: power.category,
          previousVersion,
        },
      });
      return powerView(em, draft);
    });
  }
}
