import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type LoadResult } from '../support/load';

const run = promisify(execFile);

export interface HttpLoad {
  readonly url: string;
  readonly connections: number;
  readonly durationSeconds: number;
  readonly headers?: Record<string, string>;
  readonly method?: 'GET' | 'POST';
  readonly body?: string;
}

/** Drives `load` with autocannon in a separate process, after a warm-up of 2 s. */
export async function httpLoad(load: HttpLoad): Promise<LoadResult> {
  await once({ ...load, durationSeconds: 2 });
  const result = await once(load);
  return {
    perSecond: result.perSecond,
    errors: result.errors,
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

async function once(load: HttpLoad): Promise<AutocannonLine> {
  const { stdout } = await run(
    process.execPath,
    [
      '--conditions=@gov/source',
      '-r',
      '@swc-node/register',
      join(__dirname, 'autocannon-process.ts'),
      JSON.stringify(load),
    ],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as AutocannonLine;
}
