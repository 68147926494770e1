import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { join } from 'node:path';
import { natsRoundTripBaseline } from '../baselines/nats-round-trip';
import { pgSubmissionBaseline } from '../baselines/pg-submission';
import { type HttpLoad, httpLoad } from '../load/http-load';
import { startChild } from '../support/child-process';
import { type LoadResult } from '../support/load';
import { type BenchRow } from '../support/report';
import { type BaselineKey, LOAD, repeated } from '../support/scenario';

const BASELINES = join(__dirname, '../baselines');

interface Where {
  readonly databaseUrl: string;
  readonly natsUrl: string;
}

/**
 * The ceilings the suite's scenarios are compared with, measured in the same run, each at 64
 * concurrent clients for 10 s after a warm-up, three times (the row keeps the median run):
 * (a) a minimal Fastify JSON route, (b) the raw `pg` submission, (c) the raw NATS round trip,
 * (d) the hop chain — Fastify verifying an RS256 token, NATS, a responder running (b) — with no
 * product logic. HTTP load comes from autocannon in a process of its own; servers run in theirs.
 */
export async function measureBaseline(key: BaselineKey, where: Where): Promise<BenchRow> {
  const { measurement, run } = BASELINE_RUNS[key];
  const { median, note } = await repeated(() => run(where));
  return {
    scenario: 'baselines',
    measurement,
    baseline: key,
    timing: median.timing,
    perSecond: median.perSecond,
    errors: median.errors,
    note: `${LOAD.durationSeconds} s each; ${note}`,
  };
}

const durationMs = LOAD.durationSeconds * 1000;

const BASELINE_RUNS: Record<
  BaselineKey,
  { measurement: string; run: (where: Where) => Promise<LoadResult> }
> = {
  a: {
    measurement: '(a) Fastify route, a JSON body the size of a guide',
    run: fastifyJson,
  },
  b: {
    measurement: '(b) raw pg: case + outbox + audit in one statement',
    run: (where) => pgSubmissionBaseline(where.databaseUrl, LOAD.connections, durationMs),
  },
  c: {
    measurement: '(c) raw NATS request-reply round trip',
    run: (where) => natsRoundTripBaseline(where.natsUrl, LOAD.connections, durationMs),
  },
  d: {
    measurement: '(d) Fastify + RS256 (jose) → NATS → raw pg (b)',
    run: hopChain,
  },
};

/** Baseline (a): the server in its own process, a guide-sized body (~5 kB). */
async function fastifyJson(): Promise<LoadResult> {
  const json = await startChild<{ port: number }>(join(BASELINES, 'fastify-json-server.ts'), {});
  try {
    return await httpLoad(load(`http://127.0.0.1:${json.ready.port}/guide`));
  } finally {
    await json.stop();
  }
}

/** Baseline (d): the hop chain's two processes, a signed token, and the load through them. */
async function hopChain(where: Where): Promise<LoadResult> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const token = await new SignJWT({ sub: 'bench-clerk', preferred_username: 'bench-clerk' })
    .setProtectedHeader({ alg: 'RS256' })
    .setIssuer('bench')
    .setAudience('gateway')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
  const env = { NATS_URL: where.natsUrl, DATABASE_URL: where.databaseUrl };
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

function load(url: string): HttpLoad {
  return { url, connections: LOAD.connections, durationSeconds: LOAD.durationSeconds };
}
