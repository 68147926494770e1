import {
  createDatabase,
  dataDirectory,
  dropDatabase,
  findPostgres,
  locateNatsServer,
  redactUrl,
  startNatsServer,
} from '@gov/local-infra';
import { join } from 'node:path';

/** Where the bench runs: databases of its own on the PostgreSQL found, and a NATS server of its own. */
export interface BenchInfra {
  readonly natsUrl: string;
  readonly describe: Record<string, string>;
  /** A fresh empty database for one part of the run, dropped by `stop()`. */
  newDatabase(label: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Finds PostgreSQL as `npm start` does (the variables, the local server, else our own) and starts
 * a private nats-server with JetStream: the streams and durable consumers of a suite or a test run
 * on the shared server would otherwise feed the bench's services a backlog that is not theirs.
 * Databases are named gov_bench_<time>_<label> and dropped at the end (BENCH_KEEP_DATABASE=1 keeps
 * them, to look into a figure afterwards).
 */
export async function benchInfra(env: NodeJS.ProcessEnv = process.env): Promise<BenchInfra> {
  const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const postgres = await findPostgres({
    url: env['BENCH_POSTGRES_ADMIN_URL'],
    env,
    embeddedDataDir: join(dataDirectory(env), 'bench', 'postgres'),
    log,
  });
  await locateNatsServer({ env, installWithApt: true, log });
  const nats = await startNatsServer();
  const run = `gov_bench_${Date.now()}`;
  const databases: string[] = [];
  return {
    natsUrl: nats.url,
    describe: { postgres: redactUrl(postgres.adminUrl), nats: `private nats-server (${nats.url})` },
    async newDatabase(label) {
      const name = `${run}_${label}`;
      const url = await createDatabase(postgres.adminUrl, name);
      databases.push(name);
      log(`database ${name}`);
      return url;
    },
    async stop() {
      if (env['BENCH_KEEP_DATABASE'] !== '1') {
        for (const name of databases) await dropDatabase(postgres.adminUrl, name);
      }
      await nats.stop();
      if (postgres.owned) await postgres.stop();
    },
  };
}
