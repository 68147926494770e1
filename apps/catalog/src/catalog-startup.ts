import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type CatalogConfig } from './catalog.config';
import { CATALOG_CONFIG } from './catalog.tokens';
import { seedDepartments } from './departments/seed-departments/seed-departments';
import { seedDivisions } from './divisions/seed-divisions/seed-divisions';

/** Once the schema is migrated (on module init) and before requests are taken: the sample data. */
@Injectable()
export class CatalogStartup implements OnApplicationBootstrap {
  private readonly logger = new Logger(CatalogStartup.name);

  constructor(
    private readonly orm: MikroORM,
    @Inject(CATALOG_CONFIG) private readonly config: CatalogConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedSampleData) return;
    const divisions = await seedDivisions(this.orm.em.fork());
    const departments = await seedDepartments(this.orm.em.fork());
    if (divisions + departments > 0) {
      this.logger.log(
        `Seeded the sample province: ${divisions} divisions, ${departments} departments`,
      );
    }
  }
}
