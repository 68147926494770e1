import { startNatsServer, testInfrastructure, waitUntil, type NatsServer } from '@gov/testing';
import { type MikroORM } from '@mikro-orm/postgresql';
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { connect, type NatsConnection } from 'nats';
import { EVENT_STREAM } from '../src/event-stream';
import { createEventSchema, pinged, rows, writeEvents } from './event-test-kit';

const schema = `failover_test_${process.pid}`;
const repoRoot = resolve(__dirname, '../../../..');

/** A relay in its own OS process, so the test can kill it like a crashed service. */
class RelayProcess {
  private readonly child: ChildProcess;
  private output = '';

  constructor(databaseUrl: string, natsUrl: string) {
    this.child = spawn(
      process.execPath,
      [
        '--conditions=@gov/source',
        '-r',
        '@swc-node/register',
        join(__dirname, 'relay-process.ts'),
        databaseUrl,
        schema,
        natsUrl,
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    this.child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  get isLeader(): boolean {
    return this.output.includes('leader');
  }

  /** Kills the process like a crash (no clean-up) and waits until it is gone. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const gone = new Promise((resolvePromise) => this.child.once('exit', resolvePromise));
    this.child.kill('SIGKILL');
    await gone;
  }
}

describe('outbox relay failover between processes', () => {
  const { databaseUrl } = testInfrastructure();
  let nats: NatsServer;
  let connection: NatsConnection;
  let orm: MikroORM;
  const processes: RelayProcess[] = [];

  beforeAll(async () => {
    nats = await startNatsServer();
    connection = await connect({ servers: nats.url });
    orm = await createEventSchema(databaseUrl, schema);
  });
  afterAll(async () => {
    await Promise.all(processes.map((relay) => relay.kill()));
    await orm.close();
    await connection.close();
    await nats.stop();
  });

  const unpublished = async () =>
    Number(
      (
        await rows<{ count: string }>(
          orm,
          `select count(*) from ${schema}.outbox where published_at is null`,
        )
      )[0]?.count,
    );

  async function streamedIds(): Promise<string[]> {
    const jsm = await connection.jetstreamManager();
    const info = await jsm.streams.info(EVENT_STREAM);
    const ids: string[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq += 1) {
      const message = await jsm.streams.getMessage(EVENT_STREAM, { seq });
      if (message.subject.startsWith(pinged.subjectPrefix))
        ids.push(message.json<{ id: string }>().id);
    }
    return ids;
  }

  it('lets a standby take over within seconds when the leader process is killed, losing nothing', async () => {
    const first = new RelayProcess(databaseUrl, nats.url);
    processes.push(first);
    await waitUntil('the first relay to lead', () => Promise.resolve(first.isLeader), 20_000);
    const standby = new RelayProcess(databaseUrl, nats.url);
    processes.push(standby);

    const before = await writeEvents(
      orm,
      schema,
      [1, 2, 3].map((n) => ({ aggregateId: 'x', sequence: n, note: `${n}` })),
    );
    await waitUntil('the leader to publish', async () => (await unpublished()) === 0);
    expect(standby.isLeader).toBe(false);

    await first.kill();
    const after = await writeEvents(
      orm,
      schema,
      [4, 5, 6].map((n) => ({ aggregateId: 'x', sequence: n, note: `${n}` })),
    );
    await waitUntil('the standby to lead', () => Promise.resolve(standby.isLeader), 15_000);
    await waitUntil('the standby to publish', async () => (await unpublished()) === 0);

    expect(await streamedIds()).toEqual([...before, ...after]);
  });
});
