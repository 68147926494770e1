import { type Principal } from '@gov/auth';
import { addCalendarDays, localDateOf, parseLocalDate } from '@gov/calendar';
import {
  GovError,
  type ItemVersion as ItemVersionReply,
  itemEvents,
  type PublishItemRequest,
} from '@gov/contracts';
import { OutboxWriter } from '@gov/persistence';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { PowerCategory } from '../../powers/power-category.entity';
import {
  CATEGORIES_REQUIRING_BASIS,
  checkGuide,
  checkImplementation,
  type GuideRefusal,
} from '../domain/guide-rules';
import { type ItemVersion } from '../item-version.entity';
import { assertActive, flushItem, itemInScope, publishedVersionOf, versionOf } from '../item-store';
import { indexPublishedVersion } from '../search-items/item-search-index';
import { ServiceItem } from '../service-item.entity';

/**
 * Publishes a draft: checks the guide's rules (and, for an implementation, that it only narrows
 * its base), makes it the version in force from `validFrom`, closes the previous one the day before,
 * indexes it for search and announces `item.published` — all in one transaction.
 */
@Injectable()
export class PublishItemUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(request: PublishItemRequest, caller: Principal): Promise<ItemVersionReply> {
    return this.orm.em.transactional(async (em) => {
      const item = await itemInScope(em, request.code, caller);
      return this.publish(em, item, request, caller.username);
    });
  }

  /** Publication itself, also used by seeding (which acts as the system, not as a person). */
  async publish(
    em: EntityManager,
    item: ServiceItem,
    request: Omit<PublishItemRequest, 'code'>,
    publishedBy: string,
  ): Promise<ItemVersionReply> {
    assertActive(item);
    const draft = await versionOf(em, item, request.version);
    if (draft.state !== 'draft') {
      throw new GovError('CATALOG.ITEM_VERSION_NOT_DRAFT', undefined, {
        code: item.code,
        version: draft.number,
        state: draft.state,
      });
    }
    refuseIf(checkGuide(draft.guide, await categoriesRequiringBasis(em, item.division)), item.code);
    if (item.kind === 'implementation') await this.checkAgainstBase(em, item, draft);

    const validFrom =
      request.validFrom === undefined ? localDateOf(new Date()) : parseLocalDate(request.validFrom);
    if (item.publishedVersion !== null) {
      const current = await publishedVersionOf(em, item);
      if (current.validFrom !== null && validFrom <= current.validFrom) {
        throw new GovError('CATALOG.ITEM_VALID_FROM_INVALID', undefined, {
          validFrom,
          currentValidFrom: current.validFrom,
        });
      }
      current.state = 'superseded';
      current.validTo = addCalendarDays(validFrom, -1);
      // The one-published-version index must see the old version leave before the new one arrives.
      await em.flush();
    }
    draft.state = 'published';
    draft.validFrom = validFrom;
    draft.changeNote = request.changeNote;
    draft.publishedAt = new Date();
    draft.publishedBy = publishedBy;
    item.publishedVersion = draft.number;
    await flushItem(em, item);
    await indexPublishedVersion(em, item, draft.number, draft.guide);
    await this.outbox.record(em, itemEvents.itemPublished, {
      aggregateId: item.id,
      division: item.division,
      sequence: item.version,
      data: {
        code: item.code,
        kind: item.kind,
        baseCode: item.baseCode,
        version: draft.number,
        division: item.division,
        validFrom,
        name: draft.guide.name,
      },
    });
    return draft.toReply(item.code);
  }

  private async checkAgainstBase(em: EntityManager, item: ServiceItem, draft: ItemVersion) {
    const base = await em.findOne(ServiceItem, { code: item.baseCode ?? '' });
    if (!base || base.status === 'abolished' || base.publishedVersion === null) {
      throw new GovError('CATALOG.ITEM_BASE_NOT_PUBLISHED', undefined, { code: item.baseCode });
    }
    refuseIf(
      checkImplementation(draft.guide, (await publishedVersionOf(em, base)).guide),
      item.code,
    );
  }
}

/**
 * The categories whose items need a legal basis, as the item's province configures its power
 * catalogue; the national defaults while the province has configured none.
 */
async function categoriesRequiringBasis(
  em: EntityManager,
  division: string,
): Promise<ReadonlySet<string>> {
  const categories = await em.find(PowerCategory, {
    province: `${division.slice(0, 2)}0000000000`,
  });
  if (categories.length === 0) return CATEGORIES_REQUIRING_BASIS;
  return new Set(
    categories.filter((category) => category.requiresLegalBasis).map((category) => category.name),
  );
}

function refuseIf(refusal: GuideRefusal | null, code: string): void {
  if (refusal) {
    throw new GovError(refusal.code, refusal.violations.map((v) => v.message).join('；'), {
      code,
      violations: refusal.violations,
    });
  }
}
