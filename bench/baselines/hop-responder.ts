import { connect } from 'nats';
import { Pool } from 'pg';
import { BASELINE_TABLES, insertSubmission } from './submission-statement';

/**
 * Baseline (d), the service's side: answers `bench.hop.submit` by running baseline (b)'s
 * statement — no framework, no validation, no product logic.
 */
async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 16 });
  await pool.query(BASELINE_TABLES);
  const nats = await connect({ servers: process.env['NATS_URL'], name: 'bench-hop-responder' });
  let n = 0;
  nats.subscribe('bench.hop.submit', {
    queue: 'bench-hop',
    callback: (error, message) => {
      if (error) return;
      insertSubmission(pool, (n += 1)).then(
        () => message.respond(new TextEncoder().encode('{"status":"submitted"}')),
        () => message.respond(new TextEncoder().encode('{"error":true}')),
      );
    },
  });
  await nats.flush();
  process.stdout.write('{"ready":true}\n');
  process.once('SIGTERM', () => {
    void nats
      .drain()
      .then(() => pool.end())
      .then(() => process.exit(0));
  });
}

void main();
