import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Baseline (a): a minimal Fastify route answering a JSON body the size of a service guide (the
 * seed's 食品经营许可 item, serialised once): the ceiling of a public read over HTTP.
 */
async function main(): Promise<void> {
  const { items } = JSON.parse(
    readFileSync(join(__dirname, '../../deploy/seed/items.json'), 'utf8'),
  ) as { items: unknown[] };
  const body = JSON.stringify(items[0]);
  const app = Fastify({ logger: false });
  app.get('/guide', (_request, reply) =>
    reply.header('content-type', 'application/json; charset=utf-8').send(body),
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ port, bytes: Buffer.byteLength(body) })}\n`);
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

void main();
