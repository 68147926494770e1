import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureDatabase } from '../src/databases';
import { freePort } from '../src/free-port';
import { canConnect, findPostgres } from '../src/postgres';
import { type PostgresServer } from '../src/postgres-server';
import { isAlive } from '../src/processes';
import { reachableTempDir } from './temp-dir';

// Real embedded PostgreSQL 15 in a temporary data directory; the local candidate points at an
// unused port so that a PostgreSQL on this machine's 5432 is never used. Nothing is faked.
describe('finding PostgreSQL with nothing on the local port', () => {
  const temp = reachableTempDir('gov-local-infra-pg-');
  const dataDir = join(temp.path, 'postgres');
  const started: PostgresServer[] = [];
  let localUrl: string;
  let lines: string[];

  const find = async () => {
    lines = [];
    const server = await findPostgres({
      localUrl,
      embeddedDataDir: dataDir,
      env: {},
      log: (line) => lines.push(line),
    });
    started.push(server);
    return server;
  };

  beforeAll(async () => {
    localUrl = `postgres://postgres@127.0.0.1:${await freePort()}/postgres`;
  });

  afterAll(async () => {
    for (const server of started.reverse()) await server.stop();
    temp.remove();
  });

  it('starts our embedded server, creates the database gov once and reuses it later', async () => {
    const first = await find();
    expect(first).toMatchObject({ source: 'embedded', owned: true, dataDir });
    expect(lines.join('\n')).toMatch(/nothing usable at .*ECONNREFUSED/);
    expect(lines.join('\n')).toContain('creating a new cluster');
    expect(await ensureDatabase(first.adminUrl, 'gov')).toMatchObject({ created: true });
    await first.stop();
    expect(await canConnect(first.adminUrl)).toBe(false);

    const second = await find();
    expect(lines.join('\n')).not.toContain('creating a new cluster');
    const again = await ensureDatabase(second.adminUrl, 'gov');
    expect(again.created).toBe(false);
    const client = new Client({ connectionString: again.url });
    await client.connect();
    const { rows } = await client.query<{ ctype: string; count: string }>(
      `select datctype as ctype, (select count(*) from pg_database where datname = 'gov') as count
         from pg_database where datname = current_database()`,
    );
    await client.end();
    expect(rows[0]).toEqual({ ctype: 'C.UTF-8', count: '1' });
  }, 60_000);

  it('shares the server another live run started on the same data directory', async () => {
    const owner = started[started.length - 1]!;
    const shared = await find();
    expect(shared).toMatchObject({ source: 'embedded', owned: false, adminUrl: owner.adminUrl });
    await shared.stop();
    expect(await canConnect(owner.adminUrl)).toBe(true);
  });

  it('stops the server a killed run left behind (postmaster.pid) and starts afresh', async () => {
    const [wrapperPid] = readFileSync(`${dataDir}.owner`, 'utf8').split('\n');
    const postmasterPid = Number(
      readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    process.kill(Number(wrapperPid), 'SIGKILL');
    await waitFor(() => !isAlive(Number(wrapperPid)));
    expect(isAlive(postmasterPid)).toBe(true);

    const next = await find();
    expect(lines.join('\n')).toContain(`stopping the server (pid ${postmasterPid})`);
    expect(isAlive(postmasterPid)).toBe(false);
    expect(next.owned).toBe(true);
    expect(await canConnect(next.adminUrl)).toBe(true);
  }, 60_000);
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 50));
}
