import { TokenVerifier } from '@gov/auth';
import { HEALTH_SERVER_OPTIONS, HealthHttpServer } from '@gov/telemetry';
import { type NatsConnection } from 'nats';
import { GuidePages, NATS_CONNECTION, NatsRequesterModule } from '@gov/nats';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth/auth.guard';
import { MeController } from './auth/me.controller';
import { CalendarsController } from './catalog/calendars.controller';
import { CentresController, WindowsController } from './catalog/centres.controller';
import { DepartmentsController } from './catalog/departments.controller';
import { DivisionImportsController } from './catalog/division-imports.controller';
import { CaseProgressController, CasesController } from './cases/cases.controller';
import {
  CaseTasksController,
  CaseWorkController,
  FeeReconciliationController,
} from './cases/case-work.controller';
import { DivisionsController } from './catalog/divisions.controller';
import { GuidesController, ItemsController } from './catalog/items.controller';
import { PowerCategoriesController } from './catalog/power-categories.controller';
import { PowersController } from './catalog/powers.controller';
import { MyNoticesController, NoticesController } from './notifications/notices.controller';
import { ParkedEventsController } from './ops/parked-events.controller';
import { type GatewayConfig } from './gateway.config';
import { HealthController } from './health/health.controller';
import { SupervisionController } from './supervision/supervision.controller';
import { WarningsController, WarningThresholdsController } from './supervision/warnings.controller';
import { EfficiencyController } from './supervision/efficiency.controller';
import {
  CaseRatingsController,
  RatingStatisticsController,
  RectificationsController,
} from './supervision/ratings.controller';

@Module({})
export class GatewayModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        NatsRequesterModule.register({
          natsUrl: config.natsUrl,
          requestTimeoutMs: config.natsRequestTimeoutMs,
          name: 'gateway',
        }),
      ],
      controllers: GATEWAY_CONTROLLERS,
      providers: [
        {
          provide: TokenVerifier,
          useFactory: () => {
            const logger = new Logger('Auth');
            return new TokenVerifier(
              { issuer: config.oidcIssuer, audience: config.oidcAudience },
              (reason) => logger.warn(`Token refused: ${reason}`),
            );
          },
        },
        { provide: APP_GUARD, useClass: AuthGuard },
        HealthHttpServer,
        {
          // Health and Prometheus metrics on their own port, never on the public API.
          provide: HEALTH_SERVER_OPTIONS,
          inject: [NATS_CONNECTION],
          useFactory: (connection: NatsConnection) => ({
            port: config.healthPort,
            host: config.healthHost,
            checks: [{ name: 'nats', isUp: () => Promise.resolve(!connection.isClosed()) }],
          }),
        },
        GuidePages,
      ],
    };
  }
}

/** Every controller of the gateway (the route-access test walks them). */
export const GATEWAY_CONTROLLERS = [
  HealthController,
  DivisionsController,
  DivisionImportsController,
  DepartmentsController,
  CentresController,
  WindowsController,
  CalendarsController,
  ItemsController,
  GuidesController,
  PowerCategoriesController,
  PowersController,
  CasesController,
  SupervisionController,
  WarningsController,
  WarningThresholdsController,
  CaseWorkController,
  CaseTasksController,
  FeeReconciliationController,
  EfficiencyController,
  CaseRatingsController,
  RectificationsController,
  RatingStatisticsController,
  CaseProgressController,
  NoticesController,
  MyNoticesController,
  ParkedEventsController,
  MeController,
];
