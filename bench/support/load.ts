import { type Timing, timingOf } from './timing';

/** What a closed-loop load gave: completions per second, their latencies, the failures. */
export interface LoadResult {
  readonly perSecond: number;
  readonly timing: Timing;
  readonly errors: number;
  /** CPU ms per request by process during the measured run (not the warm-up), where metered. */
  readonly cpuPerRequest?: string;
}

/**
 * `concurrency` loops, each calling `fn` again as soon as the last call ended (a closed loop, as
 * that many clients would), for `warmupMs` unmeasured and then `durationMs` measured.
 */
export async function closedLoop(options: {
  readonly concurrency: number;
  readonly warmupMs: number;
  readonly durationMs: number;
  readonly fn: (n: number) => Promise<unknown>;
}): Promise<LoadResult> {
  const { concurrency, warmupMs, durationMs, fn } = options;
  const started = Date.now();
  const measureFrom = started + warmupMs;
  const endAt = measureFrom + durationMs;
  const samples: number[] = [];
  let errors = 0;
  let sequence = 0;
  const loop = async () => {
    while (Date.now() < endAt) {
      const begin = process.hrtime.bigint();
      const beganAt = Date.now();
      try {
        await fn((sequence += 1));
        if (beganAt >= measureFrom) samples.push(Number(process.hrtime.bigint() - begin) / 1e6);
      } catch {
        if (beganAt >= measureFrom) errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { perSecond: samples.length / (durationMs / 1000), timing: timingOf(samples), errors };
}
