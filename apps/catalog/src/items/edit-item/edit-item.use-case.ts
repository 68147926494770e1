import { type Principal, Scope } from '@gov/auth';
import {
  type CreateItemRequest,
  GovError,
  type ImplementItemRequest,
  type ItemVersion as ItemVersionReply,
  type ServiceGuide,
  type ServiceItem as ServiceItemReply,
  type UpdateDraftRequest,
} from '@gov/contracts';
import { tryParseDivisionCode } from '@gov/division';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { type CatalogConfig } from '../../catalog.config';
import { CATALOG_CONFIG } from '../../catalog.tokens';
import { Department } from '../../departments/department.entity';
import { Division } from '../../divisions/division.entity';
import { ItemVersion } from '../item-version.entity';
import { assertActive, flushItem, itemInScope, publishedVersionOf, versionOf } from '../item-store';
import { ServiceItem } from '../service-item.entity';

/**
 * Writing items: a base item of the caller's level, an implementation of a published base item by
 * a level below it, and the drafts of both. Publication checks the rules; drafts may be incomplete
 * in meaning but always match the guide's schema.
 */
@Injectable()
export class EditItemUseCase {
  constructor(
    private readonly orm: MikroORM,
    @Inject(CATALOG_CONFIG) private readonly config: CatalogConfig,
  ) {}

  create(request: CreateItemRequest, caller: Principal): Promise<ServiceItemReply> {
    if (!this.config.itemCodePattern.test(request.code)) {
      throw new GovError('CATALOG.ITEM_CODE_INVALID', undefined, {
        code: request.code,
        pattern: this.config.itemCodePattern.source,
      });
    }
    Scope.of(caller).assertIncludes(request.division);
    return this.orm.em.transactional(async (em) => {
      await assertDivisionInForce(em, request.division);
      await assertOrganOf(em, request.guide.handlingOrgan, request.division);
      const item = new ServiceItem({
        code: request.code,
        kind: 'base',
        baseCode: null,
        division: request.division,
        handlingOrgan: request.guide.handlingOrgan,
      });
      await this.insert(em, item, request.guide);
      return item.toReply();
    });
  }

  /** A lower level's implementation: the base's version in force, with its own handling organ. */
  implement(request: ImplementItemRequest, caller: Principal): Promise<ServiceItemReply> {
    Scope.of(caller).assertIncludes(request.division);
    return this.orm.em.transactional(async (em) => {
      const base = await em.findOne(ServiceItem, { code: request.baseCode, kind: 'base' });
      if (!base)
        throw new GovError('CATALOG.ITEM_NOT_FOUND', undefined, { code: request.baseCode });
      const item = await this.implementIn(
        em,
        base,
        request,
        (await this.baseGuide(em, base)).guide,
      );
      return item.toReply();
    });
  }

  /**
   * Inserts an implementation of `base` at a level below it, as a draft of `guide` handled by the
   * given organ. Delegation uses it too, inside its own transaction.
   */
  async implementIn(
    em: EntityManager,
    base: ServiceItem,
    target: { division: string; handlingOrgan: string },
    guide: ServiceGuide,
  ): Promise<ServiceItem> {
    if (!strictlyBelow(target.division, base.division)) {
      throw new GovError('CATALOG.ITEM_IMPLEMENTATION_LEVEL', undefined, {
        baseDivision: base.division,
        division: target.division,
      });
    }
    await assertDivisionInForce(em, target.division);
    await assertOrganOf(em, target.handlingOrgan, target.division);
    const item = new ServiceItem({
      code: `${base.code}-${target.division}-${target.handlingOrgan}`,
      kind: 'implementation',
      baseCode: base.code,
      division: target.division,
      handlingOrgan: target.handlingOrgan,
    });
    await this.insert(em, item, {
      ...guide,
      handlingOrgan: target.handlingOrgan,
      departments: { ...guide.departments, lead: target.handlingOrgan },
    });
    return item;
  }

  /** The version in force of a base item that can still be implemented. */
  async baseGuide(em: EntityManager, base: ServiceItem): Promise<ItemVersion> {
    if (base.status === 'abolished' || base.publishedVersion === null) {
      throw new GovError('CATALOG.ITEM_BASE_NOT_PUBLISHED', undefined, { code: base.code });
    }
    return publishedVersionOf(em, base);
  }

  updateDraft(request: UpdateDraftRequest, caller: Principal): Promise<ItemVersionReply> {
    return this.orm.em.transactional(async (em) => {
      const item = await itemInScope(em, request.code, caller);
      assertActive(item);
      const draft = await versionOf(em, item, request.version);
      if (draft.state !== 'draft') {
        throw new GovError('CATALOG.ITEM_VERSION_NOT_DRAFT', undefined, {
          code: item.code,
          version: draft.number,
          state: draft.state,
        });
      }
      if (request.guide.handlingOrgan !== item.handlingOrgan) {
        await assertOrganOf(em, request.guide.handlingOrgan, item.division);
      }
      draft.guide = request.guide;
      await flushItem(em, item);
      return draft.toReply(item.code);
    });
  }

  /** Opens the next version as a draft copied from the version in force (调整). */
  draftNewVersion(code: string, caller: Principal): Promise<ItemVersionReply> {
    return this.orm.em.transactional(async (em) => {
      const item = await itemInScope(em, code, caller);
      assertActive(item);
      if (item.latestVersion !== item.publishedVersion) {
        throw new GovError('CATALOG.ITEM_DRAFT_EXISTS', undefined, {
          code: item.code,
          draft: item.latestVersion,
        });
      }
      const current = await publishedVersionOf(em, item);
      item.latestVersion += 1;
      const draft = new ItemVersion(item.id, item.latestVersion, current.guide);
      em.persist(draft);
      await flushItem(em, item);
      return draft.toReply(item.code);
    });
  }

  private async insert(em: EntityManager, item: ServiceItem, guide: ServiceGuide): Promise<void> {
    // The item first: its version refers to it, and the unit of work knows no relation between them.
    em.persist(item);
    await em.flush().catch((error: unknown) => {
      if (error instanceof UniqueConstraintViolationException) {
        throw new GovError('CATALOG.ITEM_CODE_TAKEN', undefined, { code: item.code });
      }
      throw error;
    });
    em.persist(new ItemVersion(item.id, 1, guide));
    await em.flush();
  }
}

/** Items are made for divisions the catalogue holds and that have not been abolished. */
async function assertDivisionInForce(em: EntityManager, code: string) {
  const division = await em.findOne(Division, { code });
  if (!division || division.validTo !== null) {
    throw new GovError('CATALOG.ITEM_DIVISION_UNKNOWN', undefined, { division: code });
  }
}

/** The handling organ must be a department of the item's division or a level above it. */
async function assertOrganOf(em: EntityManager, creditCode: string, division: string) {
  const organ = await em.findOne(Department, { creditCode });
  if (!organ || !divisionWithin(division, organ.division)) {
    throw new GovError('CATALOG.ITEM_ORGAN_UNKNOWN', undefined, { handlingOrgan: creditCode });
  }
}

function divisionWithin(division: string, ancestorOrSelf: string): boolean {
  const inner = tryParseDivisionCode(division);
  const outer = tryParseDivisionCode(ancestorOrSelf);
  return inner.ok && outer.ok && outer.code.contains(inner.code);
}

function strictlyBelow(division: string, above: string): boolean {
  return division !== above && divisionWithin(division, above);
}
