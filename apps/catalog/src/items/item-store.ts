import { type Principal, Scope } from '@gov/auth';
import { GovError } from '@gov/contracts';
import { OptimisticLockError } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { ItemVersion } from './item-version.entity';
import { ServiceItem } from './service-item.entity';

/** An item the caller may edit; outside their subtree it is answered as unknown. */
export async function itemInScope(
  em: EntityManager,
  code: string,
  caller: Principal,
): Promise<ServiceItem> {
  const item = await em.findOne(ServiceItem, { code });
  if (!item || !Scope.of(caller).includes(item.division)) {
    throw new GovError('CATALOG.ITEM_NOT_FOUND', undefined, { code });
  }
  return item;
}

/** Any item by code (public reads); CATALOG.ITEM_NOT_FOUND when there is none. */
export async function itemByCode(em: EntityManager, code: string): Promise<ServiceItem> {
  const item = await em.findOne(ServiceItem, { code });
  if (!item) throw new GovError('CATALOG.ITEM_NOT_FOUND', undefined, { code });
  return item;
}

/** An item that can still change: abolished items are closed. */
export function assertActive(item: ServiceItem): void {
  if (item.status === 'abolished') {
    throw new GovError('CATALOG.ITEM_ABOLISHED', undefined, { code: item.code });
  }
}

/** A version of an item by number; CATALOG.ITEM_VERSION_NOT_FOUND when it has none. */
export async function versionOf(
  em: EntityManager,
  item: ServiceItem,
  number: number,
): Promise<ItemVersion> {
  const version = await em.findOne(ItemVersion, { itemId: item.id, number });
  if (!version) {
    throw new GovError('CATALOG.ITEM_VERSION_NOT_FOUND', undefined, {
      code: item.code,
      version: number,
    });
  }
  return version;
}

/** The version in force of a published item. */
export function publishedVersionOf(em: EntityManager, item: ServiceItem): Promise<ItemVersion> {
  if (item.publishedVersion === null) {
    throw new GovError('CATALOG.ITEM_VERSION_NOT_FOUND', '该事项尚未发布', { code: item.code });
  }
  return versionOf(em, item, item.publishedVersion);
}

/** Flushes an item's changes; a concurrent change of the same item is the caller's conflict. */
export async function flushItem(em: EntityManager, item: ServiceItem): Promise<void> {
  await em.flush().catch((error: unknown) => {
    if (error instanceof OptimisticLockError) {
      throw new GovError('CATALOG.ITEM_CHANGED_CONCURRENTLY', undefined, { code: item.code });
    }
    throw error;
  });
}
