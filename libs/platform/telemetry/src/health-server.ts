import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { METRICS_CONTENT_TYPE, metricsText } from './metrics';

/** One dependency a service needs to do its work (database, NATS, …). */
export interface HealthCheck {
  readonly name: string;
  isUp(): Promise<boolean>;
}

/** Provide an array of {@link HealthCheck}s under this token to include them in health answers. */
export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');

/** Runs the checks: `up` only when every one is. */
export async function runHealthChecks(
  checks: readonly HealthCheck[],
): Promise<{ status: 'up' | 'down'; checks: Record<string, 'up' | 'down'> }> {
  const results = await Promise.all(
    checks.map(
      async (check) =>
        [check.name, (await check.isUp().catch(() => false)) ? 'up' : 'down'] as const,
    ),
  );
  return {
    status: results.every(([, state]) => state === 'up') ? 'up' : 'down',
    checks: Object.fromEntries(results),
  };
}

/**
 * The service's small HTTP port for orchestrators and Prometheus: `/health/live` (the process
 * answers), `/health/ready` (its dependencies answer; 503 otherwise) and `/metrics`.
 */
export async function startHealthServer(options: {
  readonly port: number;
  readonly host: string;
  readonly checks: readonly HealthCheck[];
}): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    switch (request.url ?? '') {
      case '/health/live':
        return reply(200, { status: 'up' });
      case '/health/ready':
        return void runHealthChecks(options.checks).then((health) =>
          reply(health.status === 'up' ? 200 : 503, health),
        );
      case '/metrics':
        return void metricsText().then((text) =>
          response.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE }).end(text),
        );
      default:
        return reply(404, { status: 404, message: 'not found' });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
