import { GuidePages } from '@gov/nats';
import { JsonLogger, withRequestTraceContext } from '@gov/telemetry';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { registerApiDocs } from './api-docs/register-api-docs';
import { installKeptGuideReads } from './catalog/kept-guide-reads';
import { loadGatewayConfig } from './gateway.config';
import { GatewayModule } from './gateway.module';
import { fastifyOptions, hardenHttp } from './http/harden-http';
import { installHttpMetrics } from './http/http-metrics';
import { ProblemDetailsFilter } from './problems/problem-details.filter';

/** Starts the HTTP edge of the suite (NestJS on Fastify) and returns it listening. */
export async function startGateway(
  env: NodeJS.ProcessEnv = process.env,
): Promise<NestFastifyApplication> {
  const config = loadGatewayConfig(env);
  const app = await NestFactory.create<NestFastifyApplication>(
    GatewayModule.register(config),
    new FastifyAdapter(fastifyOptions(config)),
    { logger: new JsonLogger('gateway', config.logLevel) },
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  // The first hook: every later one and Nest's whole pipeline run in the request's trace context.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, _reply, done) =>
      withRequestTraceContext(request.headers, done),
    );
  hardenHttp(app, config);
  installHttpMetrics(app.getHttpAdapter().getInstance());
  // The last `onRequest` hook: it answers before Nest's router, after every check above.
  installKeptGuideReads(app.getHttpAdapter().getInstance(), app.get(GuidePages));
  await registerApiDocs(app);
  await app.listen(config.port, config.host);
  return app;
}
