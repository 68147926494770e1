import { Pool } from 'pg';
import { closedLoop, type LoadResult } from '../support/load';
import { BASELINE_TABLES, insertSubmission } from './submission-statement';

/**
 * Baseline (b): raw `pg` inserting what the suite writes for a submission — a case row, an
 * outbox row, an audit row — in tables of the same shape, nothing else: the ceiling of the
 * database for the suite's submission, driven by `concurrency` clients.
 */
export async function pgSubmissionBaseline(
  databaseUrl: string,
  concurrency: number,
  durationMs: number,
): Promise<LoadResult> {
  const pool = new Pool({ connectionString: databaseUrl, max: concurrency });
  try {
    await pool.query(BASELINE_TABLES);
    return await closedLoop({
      concurrency,
      warmupMs: 2_000,
      durationMs,
      fn: (n) => insertSubmission(pool, n),
    });
  } finally {
    await pool.end();
  }
}
