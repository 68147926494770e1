import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { RATE_LIMIT_HEADERS } from './rate-limit';

/** What `app.enableCors` takes (the options of @fastify/cors, which Nest registers). */
type CorsOptions = NonNullable<Parameters<NestFastifyApplication['enableCors']>[0]>;

/**
 * CORS for the browser app gov-web: only the configured origins, no credentials (it sends a bearer
 * token, not cookies). Any other origin — and a request without one — gets no CORS header at all,
 * so the browser refuses to hand the response to its script.
 */
export function corsOptions(allowedOrigins: readonly string[]): CorsOptions {
  return {
    origin: (origin, callback) => {
      callback(null, origin !== undefined && allowedOrigins.includes(origin));
    },
    methods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'traceparent'],
    exposedHeaders: ['location', ...RATE_LIMIT_HEADERS],
    credentials: false,
    // Ten minutes of cached preflights (Chromium caps at two hours, Firefox at one day).
    maxAge: 600,
  };
}
