import { type CachedGuide } from '@gov/nats';
import Fastify from 'fastify';
import { GUIDE_ROUTE, installKeptGuideReads } from './kept-guide-reads';

const KEPT: CachedGuide = {
  page: {} as CachedGuide['page'],
  body: '{"item":{"code":"AB12345001"}}',
  etag: '"kept-etag"',
  storedAt: Date.now(),
};

/** A Fastify app with the hook and a handler at the guide route that says it answered. */
async function app() {
  const fastify = Fastify();
  installKeptGuideReads(fastify, { kept: (code) => (code === 'AB12345001' ? KEPT : undefined) });
  fastify.get(GUIDE_ROUTE, () => ({ from: 'the handler' }));
  fastify.post(GUIDE_ROUTE, () => ({ from: 'the handler' }));
  await fastify.ready();
  return fastify;
}

describe('installKeptGuideReads', () => {
  it('answers a guide the copy holds before the handler, with its ETag and JSON text', async () => {
    const fastify = await app();
    const response = await fastify.inject({ method: 'GET', url: '/api/v1/guides/AB12345001' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(KEPT.body);
    expect(response.headers['etag']).toBe(KEPT.etag);
    expect(response.headers['cache-control']).toBe('public, no-cache');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('answers 304 without a body when If-None-Match names the kept content', async () => {
    const fastify = await app();
    const response = await fastify.inject({
      method: 'GET',
      url: '/api/v1/guides/AB12345001',
      headers: { 'if-none-match': KEPT.etag },
    });
    expect(response.statusCode).toBe(304);
    expect(response.body).toBe('');
  });

  it('leaves a guide the copy does not hold, and any other method, to the handler', async () => {
    const fastify = await app();
    for (const request of [
      { method: 'GET', url: '/api/v1/guides/ZZ99999001' },
      { method: 'POST', url: '/api/v1/guides/AB12345001' },
    ] as const) {
      const response = await fastify.inject(request);
      expect(response.json()).toEqual({ from: 'the handler' });
    }
  });
});
