import { type ServiceGuide } from '@gov/contracts';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { readSeed } from '../../seed/read-seed';
import { ItemVersion } from '../item-version.entity';
import { PublishItemUseCase } from '../publish-item/publish-item.use-case';
import { ServiceItem } from '../service-item.entity';

interface SeedFile {
  items: { code: string; division: string; validFrom: string; guide: ServiceGuide }[];
  implementations: {
    baseCode: string;
    division: string;
    handlingOrgan: string;
    promisedLimitDays?: number;
    dropMaterials?: string[];
  }[];
}

const SEEDED_BY = 'seed';

/**
 * Publishes the sample province's catalogue from deploy/seed/items.json: base items, then their
 * implementations (narrowed as the file says), each through the same publication rules as an
 * administrator's. Items that exist are left alone, so a restart seeds nothing twice.
 */
@Injectable()
export class SeedItems {
  constructor(
    private readonly orm: MikroORM,
    private readonly publishing: PublishItemUseCase,
  ) {}

  async run(): Promise<number> {
    const seed = readSeed<SeedFile>('items.json');
    let seeded = 0;
    for (const entry of seed.items) {
      const item = new ServiceItem({
        code: entry.code,
        kind: 'base',
        baseCode: null,
        division: entry.division,
        handlingOrgan: entry.guide.handlingOrgan,
      });
      if (await this.publishNew(item, entry.guide, entry.validFrom)) seeded += 1;
    }
    for (const entry of seed.implementations) {
      const base = seed.items.find((item) => item.code === entry.baseCode);
      if (!base) throw new Error(`Seed implementation of unknown base item ${entry.baseCode}`);
      const dropped = new Set(entry.dropMaterials ?? []);
      const guide: ServiceGuide = {
        ...base.guide,
        handlingOrgan: entry.handlingOrgan,
        departments: { ...base.guide.departments, lead: entry.handlingOrgan },
        promisedLimitDays: entry.promisedLimitDays ?? base.guide.promisedLimitDays,
        materials: base.guide.materials.filter((material) => !dropped.has(material.key)),
      };
      const item = new ServiceItem({
        code: `${entry.baseCode}-${entry.division}-${entry.handlingOrgan}`,
        kind: 'implementation',
        baseCode: entry.baseCode,
        division: entry.division,
        handlingOrgan: entry.handlingOrgan,
      });
      if (await this.publishNew(item, guide, base.validFrom)) seeded += 1;
    }
    return seeded;
  }

  private async publishNew(
    item: ServiceItem,
    guide: ServiceGuide,
    validFrom: string,
  ): Promise<boolean> {
    const published = this.orm.em.fork().transactional(async (em) => {
      if (await em.findOne(ServiceItem, { code: item.code })) return false;
      em.persist(item);
      await em.flush();
      em.persist(new ItemVersion(item.id, 1, guide));
      await em.flush();
      await this.publishing.publish(
        em,
        item,
        { version: 1, validFrom, changeNote: '目录初始化' },
        SEEDED_BY,
      );
      return true;
    });
    // Another instance starting at the same moment seeded it first.
    return published.catch((error: unknown) => {
      if (error instanceof UniqueConstraintViolationException) return false;
      throw error;
    });
  }
}
