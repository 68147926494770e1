import { type FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { type IncomingMessage, type ServerResponse } from 'node:http';
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
export function helmetOptions(hstsMaxAgeSeconds: number): HelmetOptions {
  return {
    contentSecurityPolicy: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity:
      hstsMaxAgeSeconds > 0 ? { maxAge: hstsMaxAgeSeconds, includeSubDomains: false } : false,
  };
}

/**
 * The headers helmet sets with these options, worked out once at start by running its middleware
 * against a response that records them: none depends on the request. (Registered as a Fastify
 * plugin, helmet built its middleware anew for every request: ~5 % of the gateway's CPU on a
 * cached guide read.)
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let finished = false;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, () => {
    finished = true;
  });
  if (!finished) throw new Error('helmet did not set its headers synchronously');
  return headers;
}

/**
 * Sets helmet's headers ({@link helmetOptions}) and the Content-Security-Policy by path
 * ({@link contentSecurityPolicyFor}) on every response, problem documents included.
 */
export function installSecurityHeaders(fastify: FastifyInstance, hstsMaxAgeSeconds: number): void {
  const headers = helmetHeaders(helmetOptions(hstsMaxAgeSeconds));
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply
      .headers(headers)
      .header('content-security-policy', contentSecurityPolicyFor(request.url));
    done();
  });
}
