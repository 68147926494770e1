import { type FastifyHelmetOptions } from '@fastify/helmet';
import { type FastifyInstance } from 'fastify';
import { API_DOCS_CSP, API_DOCS_PATH } from '../api-docs/register-api-docs';

/** The JSON API loads nothing and may be framed by nobody. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * The Content-Security-Policy of a request target: under `/api/docs` (the documentation UI, its
 * assets, `/api/docs-json`) the policy its module declares, else the strict one.
 */
export function contentSecurityPolicyFor(url: string): string {
  const path = url.split('?', 1)[0] ?? '';
  return path.startsWith(API_DOCS_PATH) ? API_DOCS_CSP : API_CONTENT_SECURITY_POLICY;
}

/**
 * Helmet's headers for every response, problem documents included: `nosniff`, `no-referrer`,
 * `X-Frame-Options: DENY`, HSTS only when configured (local development is plain http, and HSTS
 * sent there would pin browsers to https on 127.0.0.1). The CSP is set by path instead (below).
 */
export function helmetOptions(hstsMaxAgeSeconds: number): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity:
      hstsMaxAgeSeconds > 0 ? { maxAge: hstsMaxAgeSeconds, includeSubDomains: false } : false,
  };
}

/** Sets every response's Content-Security-Policy by its path ({@link contentSecurityPolicyFor}). */
export function installContentSecurityPolicy(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('content-security-policy', contentSecurityPolicyFor(request.url));
    done();
  });
}
