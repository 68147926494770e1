import { GovError } from '@gov/contracts';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { sendProblem } from '../problems/problem-details.filter';
import { ipRateLimitKey } from './client-address';
import { RateLimiter, type RateLimitDecision, type RateLimitPolicy } from './rate-limiter';

declare module 'fastify' {
  interface FastifyInstance {
    /** The per-principal limiter `hardenHttp` installs; the auth guard spends from it. */
    principalRateLimiter?: RateLimiter;
  }
}

/**
 * Paths the per-IP limit leaves alone: `/health`, which load balancers and orchestrators probe every
 * few seconds from one address — a 429 there would take a healthy instance out of rotation. It
 * answers from NATS request-reply with a short timeout and touches no database itself.
 */
export function isExemptFromIpLimit(url: string): boolean {
  const path = url.split('?', 1)[0];
  return path === '/health' || path === '/health/';
}

/**
 * Whether a request is a public case-progress lookup, which answers to anyone holding a case number
 * and its 8-character query code and so gets a far tighter per-IP budget against guessing. Decided
 * on the route Fastify matched (`request.routeOptions.url`), not on the raw URL: the router decodes
 * percent-escapes, so `/api/v1/case%2Dprogress/…` reaches the lookup too.
 */
export function isProgressLookup(route: string | undefined): boolean {
  return route?.startsWith('/api/v1/case-progress/') ?? false;
}

/** Names of the headers, also exposed to browsers by CORS. */
export const RATE_LIMIT_HEADERS = [
  'retry-after',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
] as const;

/**
 * Per-IP limit on every request (an `onRequest` hook, so before body parsing) keyed on `request.ip`
 * — which honours `X-Forwarded-For` only from proxies `GATEWAY_TRUST_PROXY` names — then, on the
 * public progress lookup only, a second and tighter per-IP budget under the same key; and the
 * per-principal limiter the auth guard spends from once a token is verified.
 */
export function installRateLimits(
  fastify: FastifyInstance,
  policies: {
    readonly perIp: RateLimitPolicy;
    readonly perPrincipal: RateLimitPolicy;
    readonly progressLookupPerIp: RateLimitPolicy;
  },
): void {
  const perIp = new RateLimiter(policies.perIp);
  const progressLookup = new RateLimiter(policies.progressLookupPerIp);
  fastify.decorate('principalRateLimiter', new RateLimiter(policies.perPrincipal));
  fastify.addHook('onRequest', async (request, reply) => {
    if (isExemptFromIpLimit(request.url)) return;
    const key = ipRateLimitKey(request.ip);
    const limiters = isProgressLookup(request.routeOptions.url) ? [perIp, progressLookup] : [perIp];
    for (const limiter of limiters) {
      const decision = limiter.take(key);
      setRateLimitHeaders(reply, decision);
      if (!decision.allowed) {
        return sendProblem(reply, request.url, rateLimited('ip', decision, limiter));
      }
    }
  });
}

/**
 * Spends one request of the verified `subject`'s budget; throws 429 PLATFORM.RATE_LIMITED when it
 * is used up. Does nothing where `hardenHttp` did not run (unit tests of the guard).
 */
export function limitPrincipal(
  request: FastifyRequest,
  reply: FastifyReply,
  subject: string,
): void {
  const limiter = request.server.principalRateLimiter;
  if (!limiter) return;
  const decision = limiter.take(subject);
  setRateLimitHeaders(reply, decision);
  if (!decision.allowed) throw rateLimited('principal', decision, limiter);
}

/**
 * `RateLimit-Limit`/`-Remaining`/`-Reset` (draft-ietf-httpapi-ratelimit-headers), plus `Retry-After`
 * on a refusal. Where both limits apply the headers show the one closer to running out.
 */
function setRateLimitHeaders(reply: FastifyReply, decision: RateLimitDecision): void {
  const shown = reply.getHeader('ratelimit-remaining');
  if (decision.allowed && shown !== undefined && Number(shown) < decision.remaining) return;
  void reply
    .header('ratelimit-limit', String(decision.limit))
    .header('ratelimit-remaining', String(decision.remaining))
    .header('ratelimit-reset', String(decision.resetSeconds));
  if (!decision.allowed) void reply.header('retry-after', String(decision.retryAfterSeconds));
}

const WHO = { ip: '来自您所在网络地址的请求', principal: '您的账号发出的请求' } as const;

function rateLimited(
  limitedBy: keyof typeof WHO,
  decision: RateLimitDecision,
  limiter: RateLimiter,
): GovError {
  const window = describeWindow(limiter.policy.windowMs);
  return new GovError(
    'PLATFORM.RATE_LIMITED',
    `${WHO[limitedBy]}过于频繁（每${window}最多 ${decision.limit} 次），请在 ${decision.retryAfterSeconds} 秒后再试`,
    {
      limitedBy,
      limit: decision.limit,
      windowSeconds: limiter.policy.windowMs / 1000,
      retryAfterSeconds: decision.retryAfterSeconds,
    },
  );
}

function describeWindow(ms: number): string {
  if (ms % 3_600_000 === 0) return ms === 3_600_000 ? '小时' : ` ${ms / 3_600_000} 小时`;
  if (ms % 60_000 === 0) return ms === 60_000 ? '分钟' : ` ${ms / 60_000} 分钟`;
  return ` ${ms / 1000} 秒`;
}
