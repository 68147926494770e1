import Fastify from 'fastify';
import { importJWK, type JWK, jwtVerify } from 'jose';
import { connect } from 'nats';

/**
 * Baseline (d), the gateway's side: a minimal Fastify route that verifies the RS256 bearer token
 * with `jose` (issuer, audience, expiry) and sends the body over raw NATS to the responder —
 * the suite's hop chain with no product logic.
 */
async function main(): Promise<void> {
  const key = await importJWK(JSON.parse(process.env['BENCH_PUBLIC_JWK'] ?? '{}') as JWK, 'RS256');
  const nats = await connect({ servers: process.env['NATS_URL'], name: 'bench-hop-gateway' });
  const app = Fastify({ logger: false });
  app.post('/cases', async (request, reply) => {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!token) return reply.code(401).send({ code: 'AUTH.TOKEN_MISSING' });
    await jwtVerify(token, key, { issuer: 'bench', audience: 'gateway' });
    const answer = await nats.request(
      'bench.hop.submit',
      new TextEncoder().encode(JSON.stringify(request.body)),
      { timeout: 5_000 },
    );
    return reply.code(201).header('content-type', 'application/json').send(answer.data);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ port })}\n`);
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(() => nats.drain())
      .then(() => process.exit(0));
  });
}

void main();
