import { httpRequestDuration, httpRequests } from '@gov/telemetry';
import { type FastifyInstance } from 'fastify';

/**
 * Counts and times every answer of the gateway by method, route pattern (`/api/v1/items/:code`,
 * never the concrete path, so the label set stays small) and status; requests matching no route
 * are counted as `unmatched`. Scraped from the gateway's health port, not from the public one.
 */
export function installHttpMetrics(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
    httpRequestDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
}
