import { HEALTH_CHECKS, healthController, type HealthCheck } from '@gov/nats';
import { mikroOrmOptions } from '@gov/persistence';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM } from '@mikro-orm/postgresql';
import { type DynamicModule, Module } from '@nestjs/common';
import { CatalogStartup } from './catalog-startup';
import { type CatalogConfig } from './catalog.config';
import { CATALOG_CONFIG } from './catalog.tokens';
import { Division } from './divisions/division.entity';
import { GetDivisionHandler } from './divisions/get-division/get-division.handler';
import { GetDivisionUseCase } from './divisions/get-division/get-division.use-case';
import { catalogMigrations } from './migrations/catalog-migrations';

@Module({})
export class CatalogModule {
  static register(config: CatalogConfig): DynamicModule {
    return {
      module: CatalogModule,
      imports: [
        MikroOrmModule.forRoot(
          mikroOrmOptions({
            databaseUrl: config.databaseUrl,
            schema: 'catalog',
            entities: [Division],
            migrations: catalogMigrations,
          }),
        ),
      ],
      controllers: [GetDivisionHandler, healthController('catalog')],
      providers: [
        { provide: CATALOG_CONFIG, useValue: config },
        CatalogStartup,
        GetDivisionUseCase,
        {
          provide: HEALTH_CHECKS,
          inject: [MikroORM],
          useFactory: (orm: MikroORM): HealthCheck[] => [
            { name: 'database', isUp: () => orm.isConnected() },
          ],
        },
      ],
    };
  }
}
