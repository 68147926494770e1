/** Latencies of repeated runs, in milliseconds. */
export interface Timing {
  readonly runs: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
}

/**
 * Runs `fn` `warmup` times unmeasured (caches, plans, JIT), then `runs` times one after another,
 * and answers the latency percentiles (nearest rank).
 */
export async function timeRuns(
  runs: number,
  fn: () => Promise<unknown>,
  warmup = 3,
): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return timingOf(samples);
}

/** The percentiles of latency samples (nearest rank), in milliseconds. */
export function timingOf(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return {
    runs: sorted.length,
    p50Ms: rank(50),
    p90Ms: rank(90),
    p99Ms: rank(99),
    meanMs: sorted.reduce((sum, each) => sum + each, 0) / sorted.length,
  };
}
