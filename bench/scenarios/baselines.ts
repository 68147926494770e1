import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { join } from 'node:path';
import { natsRoundTripBaseline } from '../baselines/nats-round-trip';
import { pgSubmissionBaseline } from '../baselines/pg-submission';
import { httpLoad } from '../load/http-load';
import { startChild } from '../support/child-process';
import { type LoadResult } from '../support/load';
import { type BenchRow } from '../support/report';

const CONCURRENCY = 64;
const DURATION_SECONDS = 10;
const REPEATS = 3;
const BASELINES = join(__dirname, '../baselines');

/**
 * The ceilings the suite's scenarios are compared with, measured in the same run, each at 64
 * concurrent clients for 10 s after a warm-up, three times (the row keeps the median run):
 * (a) a minimal Fastify JSON route, (b) the raw `pg` submission, (c) the raw NATS round trip,
 * (d) the hop chain — Fastify verifying an RS256 token, NATS, a responder running (b) — with no
 * product logic. HTTP load comes from autocannon in a process of its own; servers run in theirs.
 */
export async function baselinesBench(options: {
  readonly databaseUrl: string;
  readonly natsUrl: string;
}): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const measure = async (measurement: string, run: () => Promise<LoadResult>, note = '') => {
    const results: LoadResult[] = [];
    for (let repeat = 0; repeat < REPEATS; repeat += 1) results.push(await run());
    results.sort((a, b) => a.perSecond - b.perSecond);
    const median = results[Math.floor(REPEATS / 2)] ?? results[0];
    if (median === undefined) return;
    rows.push({
      scenario: 'baselines',
      measurement,
      timing: median.timing,
      perSecond: median.perSecond,
      errors: median.errors,
      note: `${note}${CONCURRENCY} clients, ${DURATION_SECONDS} s, median of ${REPEATS} runs (/s: ${results.map((each) => each.perSecond.toFixed(0)).join(', ')})`,
    });
  };

  const json = await startChild<{ port: number; bytes: number }>(
    join(BASELINES, 'fastify-json-server.ts'),
    {},
  );
  try {
    await measure(
      '(a) Fastify route, a JSON body the size of a guide',
      () => httpLoad(load(`http://127.0.0.1:${json.ready.port}/guide`)),
      `${json.ready.bytes} bytes; `,
    );
  } finally {
    await json.stop();
  }
  const durationMs = DURATION_SECONDS * 1000;
  await measure('(b) raw pg: case + outbox + audit in one statement', () =>
    pgSubmissionBaseline(options.databaseUrl, CONCURRENCY, durationMs),
  );
  await measure('(c) raw NATS request-reply round trip', () =>
    natsRoundTripBaseline(options.natsUrl, CONCURRENCY, durationMs),
  );
  await measure('(d) Fastify + RS256 (jose) → NATS → raw pg (b)', () => hopChain(options));
  return rows;
}

/** Baseline (d): the hop chain's two processes, a signed token, and the load through them. */
async function hopChain(options: { databaseUrl: string; natsUrl: string }): Promise<LoadResult> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const token = await new SignJWT({ sub: 'bench-clerk', preferred_username: 'bench-clerk' })
    .setProtectedHeader({ alg: 'RS256' })
    .setIssuer('bench')
    .setAudience('gateway')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
  const env = { NATS_URL: options.natsUrl, DATABASE_URL: options.databaseUrl };
  const responder = await startChild(join(BASELINES, 'hop-responder.ts'), env);
  const gateway = await startChild<{ port: number }>(join(BASELINES, 'hop-gateway-server.ts'), {
    ...env,
    BENCH_PUBLIC_JWK: JSON.stringify(await exportJWK(publicKey)),
  });
  try {
    return await httpLoad({
      ...load(`http://127.0.0.1:${gateway.ready.port}/cases`),
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ itemCode: 'XK00001001', division: '330102000000' }),
    });
  } finally {
    await gateway.stop();
    await responder.stop();
  }
}

function load(url: string) {
  return { url, connections: CONCURRENCY, durationSeconds: DURATION_SECONDS };
}
