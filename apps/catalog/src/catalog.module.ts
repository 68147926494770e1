import { eventStreamOptions, EventsModule } from '@gov/events';
import { healthController } from '@gov/nats';
import { mikroOrmOptions, persistenceProviders } from '@gov/persistence';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { type DynamicModule, Module } from '@nestjs/common';
import { CALENDAR_ENTITIES, CalendarsModule } from './calendars/calendars.module';
import { CatalogStartup } from './catalog-startup';
import { type CatalogConfig } from './catalog.config';
import { CATALOG_CONFIG } from './catalog.tokens';
import { CENTRE_ENTITIES, CentresModule } from './centres/centres.module';
import { CreateDepartmentHandler } from './departments/create-department/create-department.handler';
import { CreateDepartmentUseCase } from './departments/create-department/create-department.use-case';
import { Department } from './departments/department.entity';
import { GetDepartmentHandler } from './departments/get-department/get-department.handler';
import { ListDepartmentsHandler } from './departments/list-departments/list-departments.handler';
import { RenameDepartmentHandler } from './departments/rename-department/rename-department.handler';
import { RenameDepartmentUseCase } from './departments/rename-department/rename-department.use-case';
import { Division } from './divisions/division.entity';
import { DIVISION_ENTITIES, DivisionsModule } from './divisions/divisions.module';
import { GetDivisionHandler } from './divisions/get-division/get-division.handler';
import { GetDivisionUseCase } from './divisions/get-division/get-division.use-case';
import { ITEM_ENTITIES, ITEM_HANDLERS, ITEM_PROVIDERS } from './items/items.providers';
import { catalogMigrations } from './migrations/catalog-migrations';
import { powerEntities, PowersModule } from './powers/powers.module';

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
            entities: [
              Division,
              ...DIVISION_ENTITIES,
              Department,
              ...ITEM_ENTITIES,
              ...powerEntities,
              ...CENTRE_ENTITIES,
              ...CALENDAR_ENTITIES,
            ],
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
        DivisionsModule,
        PowersModule,
        CentresModule,
        CalendarsModule,
      ],
      controllers: [
        GetDivisionHandler,
        CreateDepartmentHandler,
        RenameDepartmentHandler,
        GetDepartmentHandler,
        ListDepartmentsHandler,
        ...ITEM_HANDLERS,
        healthController('catalog'),
      ],
      providers: [
        { provide: CATALOG_CONFIG, useValue: config },
        ...persistenceProviders('catalog'),
        CatalogStartup,
        GetDivisionUseCase,
        CreateDepartmentUseCase,
        RenameDepartmentUseCase,
        ...ITEM_PROVIDERS,
      ],
    };
  }
}
