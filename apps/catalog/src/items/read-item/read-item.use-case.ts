import {
  GovError,
  type GuidePage,
  type GetItemVersionRequest,
  type ItemChangeLog,
  type ItemDiff,
  type ItemVersion as ItemVersionReply,
} from '@gov/contracts';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Department } from '../../departments/department.entity';
import { diffGuides } from '../domain/guide-diff';
import { ItemVersion } from '../item-version.entity';
import { itemByCode, publishedVersionOf } from '../item-store';
import { type ServiceItem } from '../service-item.entity';

/** The public reads of an item: its guide page, a version, a diff, its change log. Drafts stay private. */
@Injectable()
export class ReadItemUseCase {
  constructor(private readonly orm: MikroORM) {}

  /** The item and its version in force, with the names of the organs it names. */
  async guide(code: string): Promise<GuidePage> {
    const em = this.orm.em.fork();
    const item = await itemByCode(em, code);
    const version = await publishedVersionOf(em, item);
    const guide = version.guide;
    const codes = [
      ...new Set([guide.handlingOrgan, guide.departments.lead, ...guide.departments.involved]),
    ];
    const organs = await em.find(Department, { creditCode: { $in: codes } });
    return {
      item: item.toReply(),
      version: version.toReply(item.code),
      organs: Object.fromEntries(organs.map((organ) => [organ.creditCode, organ.name])),
    };
  }

  /** A published or superseded version by number, or the one valid on a date (else the one in force). */
  async version(request: GetItemVersionRequest): Promise<ItemVersionReply> {
    const em = this.orm.em.fork();
    const item = await itemByCode(em, request.code);
    const version =
      request.version !== undefined
        ? await em.findOne(ItemVersion, { itemId: item.id, number: request.version })
        : request.on !== undefined
          ? await em.findOne(ItemVersion, {
              itemId: item.id,
              state: { $ne: 'draft' },
              validFrom: { $lte: request.on },
              $or: [{ validTo: null }, { validTo: { $gte: request.on } }],
            })
          : await em.findOne(ItemVersion, { itemId: item.id, state: 'published' });
    if (!version || version.state === 'draft') {
      throw new GovError('CATALOG.ITEM_VERSION_NOT_FOUND', undefined, { ...request });
    }
    return version.toReply(item.code);
  }

  async diff(code: string, from: number, to: number): Promise<ItemDiff> {
    const em = this.orm.em.fork();
    const item = await itemByCode(em, code);
    const [before, after] = [
      await releasedVersion(em, item, from),
      await releasedVersion(em, item, to),
    ];
    return { code, from, to, changes: diffGuides(before.guide, after.guide) };
  }

  async changeLog(code: string): Promise<ItemChangeLog> {
    const em = this.orm.em.fork();
    const item = await itemByCode(em, code);
    const versions = await em.find(
      ItemVersion,
      { itemId: item.id, state: { $ne: 'draft' } },
      { orderBy: { number: 'asc' } },
    );
    return {
      code,
      entries: versions.map((version) => ({
        version: version.number,
        state: version.state,
        validFrom: version.validFrom,
        validTo: version.validTo,
        changeNote: version.changeNote,
        publishedAt: version.publishedAt?.toISOString() ?? null,
        publishedBy: version.publishedBy,
      })),
    };
  }
}

async function releasedVersion(em: EntityManager, item: ServiceItem, number: number) {
  const version = await em.findOne(ItemVersion, { itemId: item.id, number });
  if (!version || version.state === 'draft') {
    throw new GovError('CATALOG.ITEM_VERSION_NOT_FOUND', undefined, {
      code: item.code,
      version: number,
    });
  }
  return version;
}
