import autocannon from 'autocannon';

/**
 * The HTTP load generator, run as a process of its own so it does not share an event loop with
 * what it measures: reads its options as JSON from argv, prints one JSON line with the result.
 */
async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as {
    url: string;
    connections: number;
    durationSeconds: number;
    headers?: Record<string, string>;
    method?: 'GET' | 'POST';
    body?: string;
  };
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    headers: options.headers ?? {},
    method: options.method ?? 'GET',
    ...(options.body === undefined ? {} : { body: options.body }),
  });
  process.stdout.write(
    `${JSON.stringify({
      perSecond: result.requests.average,
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
