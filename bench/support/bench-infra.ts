import {
  createDatabase,
  dataDirectory,
  dropDatabase,
  findNats,
  findPostgres,
  redactUrl,
} from '@gov/local-infra';
import { join } from 'node:path';

/** Where the bench runs: a database of its own on the PostgreSQL found, and a NATS server. */
export interface BenchInfra {
  readonly databaseUrl: string;
  readonly natsUrl: string;
  readonly describe: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Finds PostgreSQL and NATS as `npm start` does (the variables, the local servers, else our own),
 * and creates a fresh database for this run, dropped at the end (BENCH_KEEP_DATABASE=1 keeps it).
 */
export async function benchInfra(env: NodeJS.ProcessEnv = process.env): Promise<BenchInfra> {
  const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const dataDir = join(dataDirectory(env), 'bench');
  const postgres = await findPostgres({
    url: env['BENCH_POSTGRES_ADMIN_URL'],
    env,
    embeddedDataDir: join(dataDir, 'postgres'),
    log,
  });
  const nats = await findNats({ url: env['NATS_URL'], env, dataDir: join(dataDir, 'nats'), log });
  const name = `gov_bench_${Date.now()}`;
  const databaseUrl = await createDatabase(postgres.adminUrl, name);
  log(`database ${name} on ${redactUrl(postgres.adminUrl)}`);
  return {
    databaseUrl,
    natsUrl: nats.url,
    describe: { postgres: redactUrl(databaseUrl), nats: nats.url },
    async stop() {
      if (env['BENCH_KEEP_DATABASE'] !== '1') await dropDatabase(postgres.adminUrl, name);
      if (nats.owned) await nats.stop();
      if (postgres.owned) await postgres.stop();
    },
  };
}
