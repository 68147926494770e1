import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type CpuMeter, cpuPerRequest } from '../support/cpu-meter';
import { type LoadResult } from '../support/load';

const run = promisify(execFile);

/** What autocannon is asked to do. */
export interface HttpLoad {
  readonly url: string;
  readonly connections: number;
  readonly durationSeconds: number;
  readonly headers?: Record<string, string>;
  readonly method?: 'GET' | 'POST';
  readonly body?: string;
  /** A header given a fresh UUID on every request (an Idempotency-Key: every request is new). */
  readonly uniqueHeader?: string;
  /** Paths each requested once, in order; the run lasts until they are done (not `durationSeconds`). */
  readonly paths?: readonly string[];
  /** Stop after this many requests instead of after `durationSeconds`. */
  readonly amount?: number;
  /** Requests per second across all connections (an open loop at a steady rate). */
  readonly overallRate?: number;
}

/**
 * Drives `load` with autocannon in a separate process, after a warm-up: 2 s of the same load by
 * default, else `warmup` (where a load cannot be repeated, such as a list of cases to accept),
 * or none (null: already warm). With `cpu`, also answers the CPU each metered process spent per
 * request during the measured run: a figure that a busy neighbour on the machine hardly moves.
 */
export async function httpLoad(
  load: HttpLoad,
  options: { readonly warmup?: HttpLoad | null; readonly cpu?: CpuMeter } = {},
): Promise<LoadResult> {
  const { warmup, cpu } = options;
  if (warmup !== null) await once(warmup ?? { ...load, durationSeconds: 2 });
  const before = cpu?.read();
  const result = await once(load);
  const after = cpu?.read();
  return {
    perSecond: result.perSecond,
    errors: result.errors,
    ...(before && after ? { cpuPerRequest: cpuPerRequest(before, after, result.requests) } : {}),
    timing: {
      runs: result.requests,
      p50Ms: result.p50Ms,
      p90Ms: result.p90Ms,
      p99Ms: result.p99Ms,
      meanMs: result.meanMs,
    },
  };
}

interface AutocannonLine {
  perSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  meanMs: number;
  requests: number;
  errors: number;
}

/** One autocannon process; the load goes in a file, as a list of paths outgrows a command line. */
async function once(load: HttpLoad): Promise<AutocannonLine> {
  const directory = mkdtempSync(join(tmpdir(), 'gov-bench-load-'));
  const file = join(directory, 'load.json');
  writeFileSync(file, JSON.stringify(load));
  try {
    const { stdout } = await run(process.execPath, [
      '--conditions=@gov/source',
      '-r',
      '@swc-node/register',
      join(__dirname, 'autocannon-process.ts'),
      file,
    ]);
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as AutocannonLine;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
