import { type LogLevel } from '@gov/config';
import { HEALTH_SERVER_OPTIONS, HealthHttpServer, JsonLogger } from '@gov/telemetry';
import { type DynamicModule, type INestMicroservice, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GovNatsTransport, type GovNatsTransportOptions } from './gov-nats.transport';
import { GovRpcExceptionFilter } from './gov-rpc-exception.filter';

export interface NatsServiceOptions extends GovNatsTransportOptions {
  readonly logLevel: LogLevel;
  /** The service's HTTP port for /health/live, /health/ready and /metrics (0: any free port). */
  readonly health: { readonly port: number; readonly host: string };
}

@Module({})
class ServiceRootModule {}

/**
 * Creates a Nest microservice answering its contracts over NATS in the suite's wire format,
 * logging JSON lines with the active trace, and serving its health port.
 */
export async function createNatsService(
  module: Type<unknown> | DynamicModule,
  options: NatsServiceOptions,
): Promise<INestMicroservice> {
  const transport = new GovNatsTransport(options);
  const root: DynamicModule = {
    module: ServiceRootModule,
    imports: [module],
    providers: [
      HealthHttpServer,
      {
        provide: HEALTH_SERVER_OPTIONS,
        useValue: { ...options.health, checks: [transport.healthCheck] },
      },
    ],
  };
  const service = await NestFactory.createMicroservice(root, {
    strategy: transport,
    logger: new JsonLogger(options.queue, options.logLevel),
  });
  service.useLogger(new JsonLogger(options.queue, options.logLevel));
  service.useGlobalFilters(new GovRpcExceptionFilter());
  return service;
}
