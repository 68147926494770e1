import { eventStreamOptions, EventsModule } from '@gov/events';
import { healthController } from '@gov/nats';
import { mikroOrmOptions, persistenceProviders } from '@gov/persistence';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { type DynamicModule, Module } from '@nestjs/common';
import { CatalogStartup } from './catalog-startup';
import { type CatalogConfig } from './catalog.config';
import { CATALOG_CONFIG } from './catalog.tokens';
import { CreateDepartmentHandler } from './departments/create-department/create-department.handler';
import { CreateDepartmentUseCase } from './departments/create-department/create-department.use-case';
import { Department } from './departments/department.entity';
import { GetDepartmentHandler } from './departments/get-department/get-department.handler';
import { RenameDepartmentHandler } from './departments/rename-department/rename-department.handler';
import { RenameDepartmentUseCase } from './departments/rename-department/rename-department.use-case';
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
            entities: [Division, Department],
            migrations: catalogMigrations,
          }),
        ),
        EventsModule.forService({
          context: 'catalog',
          databaseUrl: config.databaseUrl,
          natsUrl: config.natsUrl,
          stream: eventStreamOptions(config),
          relay: {
            pollIntervalMs: config.outboxPollIntervalMs,
            retentionMs: config.outboxRetentionMs,
          },
        }),
      ],
      controllers: [
        GetDivisionHandler,
        CreateDepartmentHandler,
        RenameDepartmentHandler,
        GetDepartmentHandler,
        healthController('catalog'),
      ],
      providers: [
        { provide: CATALOG_CONFIG, useValue: config },
        ...persistenceProviders('catalog'),
        CatalogStartup,
        GetDivisionUseCase,
        CreateDepartmentUseCase,
        RenameDepartmentUseCase,
      ],
    };
  }
}
