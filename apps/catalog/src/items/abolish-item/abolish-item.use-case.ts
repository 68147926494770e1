import { type Principal } from '@gov/auth';
import { addCalendarDays, localDateOf, parseLocalDate, type LocalDate } from '@gov/calendar';
import {
  type AbolishItemRequest,
  itemEvents,
  type ServiceItem as ServiceItemReply,
} from '@gov/contracts';
import { OutboxWriter } from '@gov/persistence';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ItemVersion } from '../item-version.entity';
import { assertActive, flushItem, itemInScope } from '../item-store';
import { removeFromIndex } from '../search-items/item-search-index';
import { ServiceItem } from '../service-item.entity';

/**
 * Abolishes an item (取消) from a date: its version in force ends the day before, any draft is
 * dropped, it leaves search, and `item.abolished` is announced; a base item takes its
 * implementations with it, since they cannot outlive what they implement.
 */
@Injectable()
export class AbolishItemUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(request: AbolishItemRequest, caller: Principal): Promise<ServiceItemReply> {
    const effectiveDate =
      request.effectiveDate === undefined
        ? localDateOf(new Date())
        : parseLocalDate(request.effectiveDate);
    return this.orm.em.transactional(async (em) => {
      const item = await itemInScope(em, request.code, caller);
      assertActive(item);
      const implementations =
        item.kind === 'base'
          ? await em.find(ServiceItem, { baseCode: item.code, status: 'active' })
          : [];
      for (const abolished of [item, ...implementations]) {
        await this.abolishIn(em, abolished, effectiveDate, request.reason);
      }
      return item.toReply();
    });
  }

  /** Abolishes one item inside the caller's transaction (delegation abolishes the level above). */
  async abolishIn(
    em: EntityManager,
    item: ServiceItem,
    effectiveDate: LocalDate,
    reason: string,
  ): Promise<void> {
    const draft = await em.findOne(ItemVersion, { itemId: item.id, state: 'draft' });
    if (draft) {
      em.remove(draft);
      item.latestVersion -= 1;
    }
    const inForce = await em.findOne(ItemVersion, { itemId: item.id, state: 'published' });
    if (inForce) inForce.validTo = addCalendarDays(effectiveDate, -1);
    item.status = 'abolished';
    await flushItem(em, item);
    await removeFromIndex(em, item);
    await this.outbox.record(em, itemEvents.itemAbolished, {
      aggregateId: item.id,
      division: item.division,
      sequence: item.version,
      data: {
        code: item.code,
        version: item.publishedVersion,
        division: item.division,
        effectiveDate,
        reason,
      },
    });
  }
}
