import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type GatewayConfig } from '../gateway.config';
import { corsOptions } from './cors';
import { installRateLimits } from './rate-limit';
import { installSecurityHeaders } from './security-headers';

type HttpConventionsConfig = Pick<
  GatewayConfig,
  | 'corsOrigins'
  | 'rateLimitPerIp'
  | 'rateLimitPerPrincipal'
  | 'rateLimitWindowMs'
  | 'progressLookupLimitPerIp'
  | 'progressLookupWindowMs'
  | 'hstsMaxAgeSeconds'
>;

/**
 * The gateway's HTTP conventions, before `listen`: CORS for gov-web, security headers and per-IP
 * and per-principal rate limits on every response (problem documents included), and a tighter
 * per-IP budget on the public progress lookup. The body limit and `trustProxy` are options of the
 * Fastify adapter (see `fastifyOptions`).
 *
 * Order matters: Nest runs the CORS hook first (so a 429 still carries CORS headers and a browser
 * script can read its `Retry-After`; preflights are answered there, before any limit), then the
 * security headers (helmet's and the per-path CSP), then the per-IP limit.
 */
export function hardenHttp(app: NestFastifyApplication, config: HttpConventionsConfig): void {
  app.enableCors(corsOptions(config.corsOrigins));
  const fastify = app.getHttpAdapter().getInstance();
  installSecurityHeaders(fastify, config.hstsMaxAgeSeconds);
  installRateLimits(fastify, {
    perIp: { limit: config.rateLimitPerIp, windowMs: config.rateLimitWindowMs },
    perPrincipal: { limit: config.rateLimitPerPrincipal, windowMs: config.rateLimitWindowMs },
    progressLookupPerIp: {
      limit: config.progressLookupLimitPerIp,
      windowMs: config.progressLookupWindowMs,
    },
  });
}

/** Options of the `FastifyAdapter`: the request-size limit and whom to believe about client IPs. */
export function fastifyOptions(config: Pick<GatewayConfig, 'bodyLimitBytes' | 'trustProxy'>) {
  return { bodyLimit: config.bodyLimitBytes, trustProxy: config.trustProxy };
}
