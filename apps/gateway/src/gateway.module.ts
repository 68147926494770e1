import { type DynamicModule, Module } from '@nestjs/common';
import { BusModule } from './bus/bus.module';
import { DepartmentsController } from './catalog/departments.controller';
import { DivisionsController } from './catalog/divisions.controller';
import { NoticesController } from './notifications/notices.controller';
import { ParkedEventsController } from './ops/parked-events.controller';
import { type GatewayConfig } from './gateway.config';
import { HealthController } from './health/health.controller';

@Module({})
export class GatewayModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        BusModule.register({
          natsUrl: config.natsUrl,
          requestTimeoutMs: config.natsRequestTimeoutMs,
        }),
      ],
      controllers: [
        HealthController,
        DivisionsController,
        DepartmentsController,
        NoticesController,
        ParkedEventsController,
      ],
    };
  }
}
