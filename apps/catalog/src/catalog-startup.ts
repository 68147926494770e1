import { migrateWithLock } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { CATALOG_CONFIG } from './catalog.tokens';
import { type CatalogConfig } from './catalog.config';
import { seedDivisions } from './divisions/seed-divisions/seed-divisions';

/** Before the catalog takes requests: its schema is migrated and the sample data is present. */
@Injectable()
export class CatalogStartup implements OnModuleInit {
  private readonly logger = new Logger(CatalogStartup.name);

  constructor(
    private readonly orm: MikroORM,
    @Inject(CATALOG_CONFIG) private readonly config: CatalogConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const applied = await migrateWithLock(this.orm, this.config.databaseUrl, 'catalog');
    if (applied.length > 0) this.logger.log(`Applied migrations: ${applied.join(', ')}`);
    if (this.config.seedSampleData) {
      const inserted = await seedDivisions(this.orm.em.fork());
      if (inserted > 0) this.logger.log(`Seeded ${inserted} divisions of the sample province`);
    }
  }
}
