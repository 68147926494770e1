import { type BenchSuite } from './bench-suite';
import { type LoadResult } from './load';
import { type BenchRow } from './report';

/** The ceilings measured in the same run: (a) Fastify JSON, (b) raw pg, (c) raw NATS, (d) the hop chain. */
export type BaselineKey = 'a' | 'b' | 'c' | 'd';

/** The suite as a scenario finds it: running, compiled, on a database of its own. */
export interface RunningSuite extends BenchSuite {
  readonly databaseUrl: string;
}

/** What a scenario is given by the runner. */
export interface BenchContext {
  readonly repoRoot: string;
  readonly natsUrl: string;
  /** How many cases the supervision scenario seeds (BENCH_CASES, 1,000,000 by default). */
  readonly cases: number;
  newDatabase(label: string): Promise<string>;
  /** A baseline's row, measured earlier in this run (the scenario named it in `baselines`). */
  baseline(key: BaselineKey): BenchRow;
  /** The suite, started at the first scenario that asks for it. */
  suite(): Promise<RunningSuite>;
}

export interface Scenario {
  /** The baselines its ratios are taken against: measured first, in the same run. */
  readonly baselines: readonly BaselineKey[];
  /** Whether it runs against the suite (which stops once no later scenario needs it). */
  readonly usesSuite: boolean;
  run(context: BenchContext): Promise<BenchRow[]>;
}

/** Every load at the same concurrency, duration and repeats, so that ratios are like for like. */
export const LOAD = { connections: 64, durationSeconds: 10, repeats: 3 } as const;

/** Runs a load `LOAD.repeats` times; answers the median run (by throughput) and every run's /s. */
export async function repeated(
  run: (repeat: number) => Promise<LoadResult>,
): Promise<{ median: LoadResult; note: string }> {
  const results: LoadResult[] = [];
  for (let repeat = 0; repeat < LOAD.repeats; repeat += 1) results.push(await run(repeat));
  const sorted = [...results].sort((a, b) => a.perSecond - b.perSecond);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (median === undefined) throw new Error('no run to take a median of');
  const each = results.map((result) => result.perSecond.toFixed(0)).join(', ');
  const cpu = median.cpuPerRequest
    ? `; CPU ms per request in the median run: ${median.cpuPerRequest}`
    : '';
  return {
    median,
    note: `${LOAD.connections} clients, median of ${LOAD.repeats} runs (/s: ${each})${cpu}`,
  };
}

/** `perSecond` as a share of each baseline's, for the ratio column. */
export function ratiosTo(
  context: BenchContext,
  perSecond: number,
  keys: readonly BaselineKey[],
): NonNullable<BenchRow['ratios']> {
  return keys.map((key) => ({
    baseline: key,
    value: perSecond / (context.baseline(key).perSecond ?? NaN),
  }));
}
