import { ServiceAccountTokens, TokenVerifier } from '@gov/auth';
import { type ConfigOf, type natsServiceFragment } from '@gov/config';
import { HEALTH_SERVER_OPTIONS, HealthHttpServer, JsonLogger } from '@gov/telemetry';
import {
  type DynamicModule,
  type INestMicroservice,
  Logger,
  Module,
  type Type,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type RequestContract } from '@gov/contracts';
import { GovNatsTransport } from './gov-nats.transport';
import { GovRpcExceptionFilter } from './gov-rpc-exception.filter';

/** The configuration every NATS service reads (`natsServiceFragment`). */
export type NatsServiceConfig = ConfigOf<ReturnType<typeof natsServiceFragment>>;

export interface NatsServiceOptions {
  /** The service's name: its queue group, so instances share the requests, and its log name. */
  readonly queue: string;
  /** The contracts this service answers; each needs exactly one `@MessagePattern(contract.subject)`. */
  readonly contracts: readonly RequestContract[];
  readonly config: NatsServiceConfig;
}

@Module({})
class ServiceRootModule {}

/**
 * Creates a Nest microservice answering its contracts over NATS in the suite's wire format:
 * verifying callers' tokens, logging JSON lines with the active trace, serving its health port, and
 * holding its own service account's tokens (`ServiceAccountTokens`) for work on its own behalf.
 */
export async function createNatsService(
  module: Type<unknown> | DynamicModule,
  { queue, contracts, config }: NatsServiceOptions,
): Promise<INestMicroservice> {
  const authLogger = new Logger('Auth');
  const verifier = new TokenVerifier(
    { issuer: config.oidcIssuer, audience: config.oidcAudience },
    (reason) => authLogger.warn(`Token refused: ${reason}`),
  );
  const transport = new GovNatsTransport({
    servers: config.natsUrl,
    queue,
    contracts,
    verifier,
  });
  const root: DynamicModule = {
    module: ServiceRootModule,
    global: true,
    imports: [module],
    exports: [ServiceAccountTokens],
    providers: [
      HealthHttpServer,
      {
        provide: HEALTH_SERVER_OPTIONS,
        useValue: {
          port: config.healthPort,
          host: config.healthHost,
          checks: [transport.healthCheck],
        },
      },
      {
        provide: ServiceAccountTokens,
        useValue: new ServiceAccountTokens({
          issuer: config.oidcIssuer,
          clientId: config.serviceClientId,
          clientSecret: config.serviceClientSecret,
        }),
      },
    ],
  };
  const logger = new JsonLogger(queue, config.logLevel);
  const service = await NestFactory.createMicroservice(root, { strategy: transport, logger });
  service.useLogger(logger);
  service.useGlobalFilters(new GovRpcExceptionFilter());
  return service;
}
