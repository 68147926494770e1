import { Client } from 'pg';
import { caseBatchSql } from './case-rows.sql';
import { type BenchItem } from './seed-items';

const BATCH = 50_000;

/**
 * Writes `total` synthetic cases (with the figures and ratings of the concluded ones) in batches
 * of 50,000, one statement each, showing progress on stderr; then analyses the tables so the
 * planner sees them as they are. `today` is the local date the spread is centred on.
 */
export async function seedCases(
  databaseUrl: string,
  items: readonly BenchItem[],
  total: number,
  today: string,
): Promise<{ seconds: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const started = Date.now();
  try {
    const sql = caseBatchSql(items);
    for (let first = 1; first <= total; first += BATCH) {
      const last = Math.min(total, first + BATCH - 1);
      // Each batch draws from its own seed: the same data on every run.
      await client.query('select setseed($1)', [first / (total + 1)]);
      await client.query(sql, [first, last, today, total]);
      progress('seeding cases', last, total, started);
    }
    process.stderr.write('\n');
    // Vacuumed too: index-only scans need the visibility map a fresh table lacks.
    await client.query('vacuum analyze cases."case", cases.case_figures, cases.rating');
  } finally {
    await client.end();
  }
  return { seconds: (Date.now() - started) / 1000 };
}

/** A one-line progress bar, rewritten in place. */
export function progress(what: string, done: number, total: number, startedMs: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const seconds = ((Date.now() - startedMs) / 1000).toFixed(0);
  process.stderr.write(
    `\r  ${what} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` +
      `${done.toLocaleString('en')}/${total.toLocaleString('en')} ${seconds}s`,
  );
}
