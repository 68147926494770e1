import { JsonLogger } from '@gov/telemetry';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadGatewayConfig } from './gateway.config';
import { GatewayModule } from './gateway.module';
import { ProblemDetailsFilter } from './problems/problem-details.filter';

/** Starts the HTTP edge of the suite (NestJS on Fastify) and returns it listening. */
export async function startGateway(
  env: NodeJS.ProcessEnv = process.env,
): Promise<NestFastifyApplication> {
  const config = loadGatewayConfig(env);
  const app = await NestFactory.create<NestFastifyApplication>(
    GatewayModule.register(config),
    new FastifyAdapter({ bodyLimit: 1_048_576 }),
    { logger: new JsonLogger('gateway', config.logLevel) },
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.listen(config.port, config.host);
  return app;
}
