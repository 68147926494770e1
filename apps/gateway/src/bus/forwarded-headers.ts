import { Headers } from '@gov/contracts';
import { type FastifyRequest } from 'fastify';

/** The request metadata the gateway passes on to the owning service in NATS headers. */
export function forwardedHeaders(request: FastifyRequest): Record<string, string | undefined> {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return {
    [Headers.authorization]: header(Headers.authorization),
    [Headers.idempotencyKey]: header(Headers.idempotencyKey),
  };
}
