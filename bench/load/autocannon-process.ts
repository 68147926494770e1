import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type HttpLoad } from './http-load';

/**
 * The HTTP load generator, run as a process of its own so it does not share an event loop with
 * what it measures: reads its load from the JSON file named in argv, prints one JSON line with
 * the result.
 */
async function main(): Promise<void> {
  const load = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as HttpLoad;
  const paths = load.paths ?? [];
  let next = 0;
  const result = await autocannon({
    url: load.url,
    connections: load.connections,
    // A list of paths is a list of things to do once each (cases to accept): as many requests.
    ...(load.paths || load.amount
      ? { amount: load.paths?.length ?? load.amount }
      : { duration: load.durationSeconds }),
    ...(load.overallRate === undefined ? {} : { overallRate: load.overallRate }),
    requests: [
      {
        method: load.method ?? 'GET',
        headers: load.headers ?? {},
        ...(load.body === undefined ? {} : { body: load.body }),
        setupRequest: (request) => {
          const headers = load.uniqueHeader
            ? { ...request.headers, [load.uniqueHeader]: randomUUID() }
            : request.headers;
          const path = load.paths ? paths[next++ % paths.length] : request.path;
          return { ...request, headers, ...(path === undefined ? {} : { path }) };
        },
      },
    ],
  });
  process.stdout.write(
    `${JSON.stringify({
      perSecond: result.requests.total / result.duration,
      p50Ms: result.latency.p50,
      p90Ms: result.latency.p90,
      p99Ms: result.latency.p99,
      meanMs: result.latency.average,
      requests: result.requests.total,
      errors: result.errors + result.non2xx + result.timeouts,
    })}\n`,
  );
}

void main();
