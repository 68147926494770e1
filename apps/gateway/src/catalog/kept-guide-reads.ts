import { type CachedGuide, type GuidePages } from '@gov/nats';
import { type FastifyInstance, type FastifyReply } from 'fastify';

/** The route of one public guide page, as Fastify names it. */
export const GUIDE_ROUTE = '/api/v1/guides/:code';

/**
 * Answers a guide read from the copy: `ETag` and `Cache-Control`, then 304 without a body when
 * `If-None-Match` names this exact content, else the page as the JSON text kept with the copy (the
 * most read answer of the suite is serialised once per change, not once per read). Returns the
 * body to send, if any.
 */
export function answerGuide(
  reply: FastifyReply,
  cached: CachedGuide,
  ifNoneMatch: string | undefined,
): string | undefined {
  void reply.header('etag', cached.etag).header('cache-control', 'public, no-cache');
  if (ifNoneMatch === cached.etag) {
    void reply.status(304);
    return undefined;
  }
  void reply.type('application/json; charset=utf-8');
  return cached.body;
}

/**
 * Answers a read of a guide page this gateway's copy already holds from the last `onRequest` hook,
 * before Nest's router: the hooks before it (trace context, CORS, security headers, rate limits)
 * have run, and the metrics hook still counts the answer. The route is public, so nothing Nest runs
 * for it (the guard, the parameters) could have refused it; Nest's pipeline was a fifth of the
 * gateway's CPU for such a read (ADR 0021). A page the copy does not hold goes on to the
 * controller, which fetches it and answers the catalog's errors as problem documents.
 */
export function installKeptGuideReads(
  fastify: FastifyInstance,
  guides: Pick<GuidePages, 'kept'>,
): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.method !== 'GET' || request.routeOptions.url !== GUIDE_ROUTE) return done();
    const { code } = request.params as { code?: string };
    const kept = code === undefined ? undefined : guides.kept(code);
    if (!kept) return done();
    // Answered here: Fastify skips the rest of the request's hooks and the handler.
    void reply.send(answerGuide(reply, kept, request.headers['if-none-match']));
  });
}
