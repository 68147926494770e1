import { type Principal, Scope } from '@gov/auth';
import { localDateOf, parseLocalDate } from '@gov/calendar';
import {
  type DelegateItemRequest,
  GovError,
  itemEvents,
  type ServiceItem as ServiceItemReply,
} from '@gov/contracts';
import { OutboxWriter } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AbolishItemUseCase } from '../abolish-item/abolish-item.use-case';
import { EditItemUseCase } from '../edit-item/edit-item.use-case';
import { assertActive, flushItem, itemInScope, publishedVersionOf } from '../item-store';
import { PublishItemUseCase } from '../publish-item/publish-item.use-case';
import { ServiceItem } from '../service-item.entity';

/**
 * Delegates an item down (下放): from the effective date a lower level handles it, through its own
 * implementation, published with the guide in force (its own organ) and checked like any other.
 * An implementation that is delegated is abolished on that date; a base item stays in the base
 * catalogue. All in one transaction, announced as `item.delegated`.
 */
@Injectable()
export class DelegateItemUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
    private readonly edit: EditItemUseCase,
    private readonly publishing: PublishItemUseCase,
    private readonly abolishing: AbolishItemUseCase,
  ) {}

  execute(request: DelegateItemRequest, caller: Principal): Promise<ServiceItemReply> {
    Scope.of(caller).assertIncludes(request.division);
    const effectiveDate =
      request.effectiveDate === undefined
        ? localDateOf(new Date())
        : parseLocalDate(request.effectiveDate);
    return this.orm.em.transactional(async (em) => {
      const item = await itemInScope(em, request.code, caller);
      assertActive(item);
      const inForce = await publishedVersionOf(em, item);
      const base =
        item.kind === 'base'
          ? item
          : await em.findOne(ServiceItem, { code: item.baseCode ?? '', kind: 'base' });
      if (!base)
        throw new GovError('CATALOG.ITEM_BASE_NOT_PUBLISHED', undefined, { code: item.code });
      await this.edit.baseGuide(em, base);
      if (
        request.division === item.division ||
        !Scope.ofDivision(item.division).includes(request.division)
      ) {
        throw new GovError('CATALOG.ITEM_IMPLEMENTATION_LEVEL', '只能下放至本级以下的区划', {
          division: item.division,
          toDivision: request.division,
        });
      }
      const delegated = await this.edit.implementIn(em, base, request, inForce.guide);
      await this.publishing.publish(
        em,
        delegated,
        { version: 1, validFrom: effectiveDate, changeNote: `下放：${request.reason}` },
        caller.username,
      );
      // The delegation changes the item (its own event, its own sequence) before any abolition.
      item.delegatedTo = [...item.delegatedTo, delegated.code];
      await flushItem(em, item);
      await this.outbox.record(em, itemEvents.itemDelegated, {
        aggregateId: item.id,
        division: item.division,
        sequence: item.version,
        data: {
          code: item.code,
          toCode: delegated.code,
          toDivision: request.division,
          effectiveDate,
          reason: request.reason,
        },
      });
      if (item.kind === 'implementation') {
        const because = `下放至 ${request.division}：${request.reason}`;
        await this.abolishing.abolishIn(em, item, effectiveDate, because);
      }
      return delegated.toReply();
    });
  }
}
