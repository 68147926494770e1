import { randomInt } from 'node:crypto';
import { freePort, isPortFree, ownNatsFiles, readPidFile, terminate } from '@gov/local-infra';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { casesWalkthrough } from '../../scenarios/cases-walkthrough';
import { jointWalkthrough } from '../../scenarios/joint-walkthrough';
import { supervisionDemo } from '../../scenarios/supervision-demo';
import { DevstackRun } from './devstack-run';

const BANNER = /The suite is up[\s\S]*?Ctrl-C stops.*\n─+/;

// `npm start` for real: embedded PostgreSQL, our own nats-server and the five apps as processes.
// The local candidates point at unused ports and the data lives in a temporary directory, so
// nothing of this machine (5432, 4222, 3000, 9101–9104, .data/) is touched. Nothing is faked.
describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gov-devstack-'));
  const runs: DevstackRun[] = [];
  let env: NodeJS.ProcessEnv;
  let gateway: string;

  const start = (extra: NodeJS.ProcessEnv = {}) => {
    const run = DevstackRun.start({ ...env, ...extra });
    runs.push(run);
    return run;
  };

  beforeAll(async () => {
    chmodSync(dataDir, 0o755); // run as root, PostgreSQL runs as `postgres` and must reach it
    // Nothing listens on a free port until the suite starts, so two asks may get the same one.
    const [port, postgresPort, natsPort, realmPort] = await distinctFreePorts(4);
    gateway = `http://127.0.0.1:${port}`;
    env = {
      GOV_DATA_DIR: dataDir,
      GOV_LOCAL_POSTGRES_URL: `postgres://postgres@127.0.0.1:${postgresPort}/postgres`,
      GOV_LOCAL_NATS_URL: `nats://127.0.0.1:${natsPort}`,
      GOV_HEALTH_PORT_BASE: String(await freePortRun(5)),
      PORT: String(port),
      GOV_REALM_PORT: String(realmPort),
    };
  });

  // A test that failed half-way leaves its run up; the next ones need its ports and data.
  afterEach(async () => {
    for (const run of runs) await run.stop();
  });

  afterAll(async () => {
    const orphan = readPidFile(ownNatsFiles(join(dataDir, 'nats')).pid);
    if (orphan !== undefined) await terminate(orphan, 2_000);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('brings the suite up, answers through the gateway and stops on Ctrl-C', async () => {
    const run = start({ CASE_SWEEP_INTERVAL_MS: '1000' });
    const [banner] = await run.waitFor(BANNER);
    expect(banner).toContain(`Gateway     ${gateway}`);
    expect(banner).toContain(`Health      ${gateway}/health`);
    expect(banner).toMatch(
      /our own embedded PostgreSQL 15\s+postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/gov/,
    );
    expect(banner).toContain(`data in ${join(dataDir, 'postgres')}`);
    expect(banner).toContain(
      `our own nats-server with JetStream\n               ${env['GOV_LOCAL_NATS_URL']}`,
    );
    const issuer = `http://127.0.0.1:${env['GOV_REALM_PORT']}/realms/gov`;
    expect(banner).toContain(`Identity    ${issuer}`);
    expect(banner).toMatch(/sc-clerk +clerk +330102000000/);
    expect(run.text).toContain('creating a new cluster');

    expect((await fetch(`${gateway}/health`)).status).toBe(200);
    const division = await fetch(`${gateway}/api/v1/divisions/330102`);
    expect(await division.json()).toMatchObject({ name: '上城区' });
    const token = await fetch(`${issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'gov-cli',
        username: 'sc-clerk',
        password: 'gov-dev-2026',
      }),
    });
    expect(await token.json()).toMatchObject({ token_type: 'Bearer', expires_in: 300 });
    // Issue 7's scenario against what `npm start` brought up (`npm run scenario:cases`).
    const walkthrough = await casesWalkthrough({ gateway, issuer });
    expect(walkthrough.statuses.at(-1)).toBe('delivered');
    expect(walkthrough.auditVerified).toBe(true);
    // Issue 8's: the sample department system `npm start` runs answers the verification.
    const joint = await jointWalkthrough({ gateway, issuer });
    expect(joint).toMatchObject({ verification: 'verified', fee: 'paid' });
    expect(joint.statuses.at(-1)).toBe('delivered');
    // Issue 9's: the demonstration cases are watched; the supervisor sees them at risk and overdue.
    const supervision = await supervisionDemo({ gateway, issuer });
    expect(supervision.byItem).toEqual({
      XK00001001: { atRisk: 1, overdue: 1 },
      JF00003001: { atRisk: 1, overdue: 0 },
      JF00002001: { atRisk: 0, overdue: 1 },
      QR00003001: { atRisk: 0, overdue: 1 },
    });
    expect(supervision.openWarnings).toMatchObject({
      'promised/yellow': 2,
      'promised/red': 3,
      'statutory/yellow': 1,
      'statutory/red': 1,
    });

    run.signal('SIGINT');
    expect(await run.exit()).toEqual({ code: 0, signal: null });
    for (const port of portsIn(banner)) expect(await isPortFree(port)).toBe(true);
  }, 120_000);

  it('reuses the data on a second start and leaves no apps behind when killed with -9', async () => {
    const run = start();
    const [banner] = await run.waitFor(BANNER);
    expect(run.text).not.toContain('creating a new cluster');
    expect(run.text).toContain('using the existing database gov');

    run.signal('SIGKILL');
    await run.exit();
    // The apps see their IPC channel close and exit; our embedded PostgreSQL sees its stdin close.
    const [gatewayPort, , , postgresPort] = portsIn(banner);
    const healthBase = Number(env['GOV_HEALTH_PORT_BASE']);
    const healthPorts = [0, 1, 2, 3, 4].map((offset) => healthBase + offset);
    for (const port of [gatewayPort!, postgresPort!, ...healthPorts]) await eventuallyFree(port);
  }, 120_000);

  it('comes up again after a start was killed with -9, stopping what it left behind', async () => {
    const run = start();
    await run.waitFor(BANNER);
    expect(run.text).toMatch(/stopping the nats-server \(pid \d+\) an earlier run left behind/);
    expect((await fetch(`${gateway}/health`)).status).toBe(200);
    run.signal('SIGTERM');
    expect(await run.exit()).toEqual({ code: 0, signal: null });
  }, 120_000);

  it('stops everything and names the app that exited while starting', async () => {
    const run = start({ CATALOG_SEED_SAMPLE_DATA: 'maybe' });
    const result = await run.exit();
    expect(result.code).toBe(1);
    expect(run.text).toContain('catalog exited with code 1 while starting');
    expect(run.text).toContain('stopping our embedded PostgreSQL');
    expect(await isPortFree(Number(env['PORT']))).toBe(true);
  }, 60_000);

  it('says which variable to set when the gateway port is taken', async () => {
    const blocker = await listen(Number(env['PORT']));
    const run = start();
    const result = await run.exit();
    blocker.close();
    expect(result.code).toBe(1);
    expect(run.text).toContain(`Port ${env['PORT']} on 127.0.0.1 is taken`);
    expect(run.text).toContain(`PORT=${Number(env['PORT']) + 100} npm start`);
  }, 60_000);

  it('says how to get nats-server when it is missing, without a stack trace', async () => {
    const run = start({ NATS_SERVER_BIN: join(dataDir, 'no-nats-server') });
    const result = await run.exit();
    expect(result.code).toBe(1);
    expect(run.text).toContain('NATS_SERVER_BIN is');
    expect(run.text).toContain('apt-get install nats-server');
    expect(run.text).not.toMatch(/^\s+at /m);
    expect(run.text).toContain('stopping our embedded PostgreSQL');
  }, 60_000);
});

/** The gateway, PostgreSQL and NATS ports the banner names, in that order. */
function portsIn(banner: string): number[] {
  return [...banner.matchAll(/(?:http|postgres|nats):\/\/[^\s]*?127\.0\.0\.1:(\d+)/g)].map((m) =>
    Number(m[1]),
  );
}

async function eventuallyFree(port: number): Promise<void> {
  for (let i = 0; i < 150 && !(await isPortFree(port)); i += 1) {
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(await isPortFree(port)).toBe(true);
}

/** `count` free ports, all different. */
async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

/**
 * The first of `count` consecutive free ports, below Linux's ephemeral range (32768–60999) so
 * that no client socket of a test running beside this one can take one of them meanwhile.
 */
async function freePortRun(count: number): Promise<number> {
  for (;;) {
    const first = 20_000 + randomInt(10_000);
    const free = await Promise.all(Array.from({ length: count }, (_, i) => isPortFree(first + i)));
    if (free.every(Boolean)) return first;
  }
}

function listen(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer().listen(port, '127.0.0.1', () => resolve(server));
  });
}
