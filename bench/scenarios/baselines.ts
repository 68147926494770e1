import { natsRoundTripBaseline } from '../baselines/nats-round-trip';
import { pgSubmissionBaseline } from '../baselines/pg-submission';
import { type BenchRow } from '../support/report';

const CONCURRENCY = 64;
const DURATION_MS = 10_000;
const REPEATS = 3;

/**
 * The ceilings the suite's scenarios are compared with, measured in the same run: (b) the raw
 * `pg` submission transaction and (c) the raw NATS round trip, each at 64 concurrent clients for
 * 10 s after a warm-up, three times; the row keeps the median run by throughput.
 */
export async function baselinesBench(options: {
  readonly databaseUrl: string;
  readonly natsUrl: string;
}): Promise<BenchRow[]> {
  const runs = {
    '(b) raw pg: case + outbox + audit in one transaction': () =>
      pgSubmissionBaseline(options.databaseUrl, CONCURRENCY, DURATION_MS),
    '(c) raw NATS request-reply round trip': () =>
      natsRoundTripBaseline(options.natsUrl, CONCURRENCY, DURATION_MS),
  };
  const rows: BenchRow[] = [];
  for (const [measurement, run] of Object.entries(runs)) {
    const results = [];
    for (let repeat = 0; repeat < REPEATS; repeat += 1) results.push(await run());
    results.sort((a, b) => a.perSecond - b.perSecond);
    const median = results[Math.floor(REPEATS / 2)] ?? results[0];
    if (median === undefined) continue;
    rows.push({
      scenario: 'baselines',
      measurement,
      timing: median.timing,
      perSecond: median.perSecond,
      errors: median.errors,
      note: `${CONCURRENCY} clients, ${DURATION_MS / 1000} s, median of ${REPEATS} runs (/s: ${results.map((each) => each.perSecond.toFixed(0)).join(', ')})`,
    });
  }
  return rows;
}
