import { startNatsServer, testInfrastructure, waitUntil, type NatsServer } from '@gov/testing';
import { type MikroORM } from '@mikro-orm/postgresql';
import { connect, type NatsConnection } from 'nats';
import { EVENT_STREAM } from '../src/event-stream';
import { OutboxRelay } from '../src/outbox-relay';
import { createEventSchema, pinged, rows, writeEvents } from './event-test-kit';

const schema = `relay_test_${process.pid}`;

describe('the outbox relay', () => {
  const { databaseUrl } = testInfrastructure();
  let nats: NatsServer;
  let connection: NatsConnection;
  let orm: MikroORM;

  beforeAll(async () => {
    nats = await startNatsServer();
    connection = await connect({
      servers: nats.url,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 200,
    });
    orm = await createEventSchema(databaseUrl, schema);
  });
  afterAll(async () => {
    await orm.close();
    await connection.close();
    await nats.stop();
  });

  async function storedEventIds(): Promise<string[]> {
    const jsm = await connection.jetstreamManager();
    const info = await jsm.streams.info(EVENT_STREAM);
    const ids: string[] = [];
    for (
      let seq = info.state.first_seq;
      seq <= info.state.last_seq && info.state.messages > 0;
      seq += 1
    ) {
      const message = await jsm.streams.getMessage(EVENT_STREAM, { seq });
      if (message.subject.startsWith(pinged.subjectPrefix))
        ids.push(message.json<{ id: string }>().id);
    }
    return ids;
  }

  async function unpublished(): Promise<number> {
    const [row] = await rows<{ count: string }>(
      orm,
      `select count(*) from ${schema}.outbox where published_at is null`,
    );
    return Number(row?.count);
  }

  it('publishes in outbox order with the event id as Nats-Msg-Id, then marks the rows', async () => {
    const relay = new OutboxRelay({ databaseUrl, schema, nats: connection, pollIntervalMs: 200 });
    relay.start();
    const ids = await writeEvents(orm, schema, [
      { aggregateId: 'a', sequence: 1, note: 'one' },
      { aggregateId: 'a', sequence: 2, note: 'two' },
      { aggregateId: 'b', sequence: 1, note: 'three' },
    ]);
    await waitUntil('the outbox to drain', async () => (await unpublished()) === 0);
    await relay.stop();
    expect((await storedEventIds()).slice(-3)).toEqual(ids);
  });

  it('publishes interleaved aggregates in outbox order, a window ending where an aggregate repeats', async () => {
    const relay = new OutboxRelay({ databaseUrl, schema, nats: connection, pollIntervalMs: 200 });
    const ids = await writeEvents(
      orm,
      schema,
      Array.from({ length: 60 }, (_, index) => ({
        aggregateId: `interleaved-${index % 7}`,
        sequence: Math.floor(index / 7) + 1,
        note: `${index}`,
      })),
    );
    relay.start();
    await waitUntil('the outbox to drain', async () => (await unpublished()) === 0);
    await relay.stop();
    expect((await storedEventIds()).slice(-60)).toEqual(ids);
  });

  it('publishes no later event of an aggregate while an earlier one is refused, and lets other aggregates go on', async () => {
    const relay = new OutboxRelay({ databaseUrl, schema, nats: connection, pollIntervalMs: 200 });
    const [refused, other, later] = await writeEvents(orm, schema, [
      { aggregateId: 'f', sequence: 1, note: 'refused until put right' },
      { aggregateId: 'g', sequence: 1, note: 'another aggregate' },
      { aggregateId: 'f', sequence: 2, note: 'after the refused one' },
    ]);
    // No stream takes this subject: JetStream refuses the event until its subject is restored.
    await rows(orm, `update ${schema}.outbox set subject = 'unbound.' || subject where id = ?`, [
      refused,
    ]);
    relay.start();
    await waitUntil('the other aggregate to be published', async () => {
      const [row] = await rows<{ published: boolean }>(
        orm,
        `select published_at is not null as published from ${schema}.outbox where id = ?`,
        [other],
      );
      return row?.published === true;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await unpublished()).toBe(2);
    expect(await storedEventIds()).not.toContain(later);

    await rows(orm, `update ${schema}.outbox set subject = substr(subject, 9) where id = ?`, [
      refused,
    ]);
    await waitUntil('the outbox to drain', async () => (await unpublished()) === 0);
    await relay.stop();
    expect((await storedEventIds()).slice(-3)).toEqual([other, refused, later]);
  });

  it('republishes an event whose mark was lost to a crash, and JetStream keeps one copy', async () => {
    let crashes = 0;
    const relay = new OutboxRelay({
      databaseUrl,
      schema,
      nats: connection,
      pollIntervalMs: 200,
      afterPublish: () => {
        if (crashes === 0) {
          crashes += 1;
          throw new Error('simulated crash between publish and mark');
        }
      },
    });
    const before = (await storedEventIds()).length;
    const [id] = await writeEvents(orm, schema, [{ aggregateId: 'c', sequence: 1, note: 'once' }]);
    relay.start();
    await waitUntil('the outbox to drain after the crash', async () => (await unpublished()) === 0);
    await relay.stop();
    expect(crashes).toBe(1);
    const stored = await storedEventIds();
    expect(stored.length - before).toBe(1);
    expect(stored.at(-1)).toBe(id);
  });

  it('keeps events while NATS is down and publishes them all in order once it is back', async () => {
    const relay = new OutboxRelay({ databaseUrl, schema, nats: connection, pollIntervalMs: 200 });
    relay.start();
    await waitUntil('leadership', () => Promise.resolve(relay.isLeader));
    await nats.pause();
    const ids = await writeEvents(
      orm,
      schema,
      Array.from({ length: 20 }, (_, index) => ({
        aggregateId: 'd',
        sequence: index + 1,
        note: `${index}`,
      })),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await unpublished()).toBe(20);
    await nats.start();
    await waitUntil(
      'the outbox to drain after NATS returned',
      async () => (await unpublished()) === 0,
      30_000,
    );
    await relay.stop();
    expect((await storedEventIds()).slice(-20)).toEqual(ids);
  });

  it('lets only one of several relays publish', async () => {
    const relays = [1, 2, 3].map(
      () =>
        new OutboxRelay({
          databaseUrl,
          schema,
          nats: connection,
          pollIntervalMs: 200,
          standbyRetryMs: 100,
        }),
    );
    relays.forEach((relay) => relay.start());
    await waitUntil('a leader', () => Promise.resolve(relays.some((relay) => relay.isLeader)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(relays.filter((relay) => relay.isLeader)).toHaveLength(1);
    await Promise.all(relays.map((relay) => relay.stop()));
  });

  it('prunes published rows older than the retention', async () => {
    await writeEvents(orm, schema, [{ aggregateId: 'e', sequence: 1, note: 'old' }]);
    const relay = new OutboxRelay({
      databaseUrl,
      schema,
      nats: connection,
      pollIntervalMs: 100,
      retentionMs: 1,
      pruneIntervalMs: 50,
    });
    relay.start();
    await waitUntil('published rows to be pruned', async () => {
      const [row] = await rows<{ count: string }>(orm, `select count(*) from ${schema}.outbox`);
      return Number(row?.count) === 0;
    });
    await relay.stop();
  });
});
