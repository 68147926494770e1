import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type CatalogConfig } from './catalog.config';
import { CATALOG_CONFIG } from './catalog.tokens';
import { seedCentreDirectory } from './centres/seed-centres/seed-centre-directory';
import { seedDepartments } from './departments/seed-departments/seed-departments';
import { seedDivisions } from './divisions/seed-divisions/seed-divisions';
import { SeedItems } from './items/seed-items/seed-items';
import { seedPowerCatalogue } from './powers/seed-powers/seed-power-catalogue';

/** Once the schema is migrated (on module init) and before requests are taken: the sample data. */
@Injectable()
export class CatalogStartup implements OnApplicationBootstrap {
  private readonly logger = new Logger(CatalogStartup.name);

  constructor(
    private readonly orm: MikroORM,
    @Inject(CATALOG_CONFIG) private readonly config: CatalogConfig,
    private readonly seedItems: SeedItems,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedSampleData) return;
    const divisions = await seedDivisions(this.orm.em.fork());
    const departments = await seedDepartments(this.orm.em.fork());
    await seedCentreDirectory(this.orm.em.fork(), this.logger);
    await seedPowerCatalogue(this.orm.em.fork());
    const items = await this.seedItems.run();
    if (divisions + departments + items > 0) {
      this.logger.log(
        `Seeded the sample province: ${divisions} divisions, ${departments} departments, ${items} items`,
      );
    }
  }
}
