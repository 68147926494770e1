import { type CloudEvent } from '@gov/contracts';
import { startNatsServer, testInfrastructure, waitUntil, type NatsServer } from '@gov/testing';
import { type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { connect, type NatsConnection } from 'nats';
import { v7 as uuidv7 } from 'uuid';
import { EventConsumer } from '../src/event-consumer';
import { ensureEventStream } from '../src/event-stream';
import { createEventSchema, Effect, pinged, rows } from './event-test-kit';

const schema = `consumer_test_${process.pid}`;

describe('the idempotent event consumer', () => {
  const { databaseUrl } = testInfrastructure();
  let nats: NatsServer;
  let connection: NatsConnection;
  let orm: MikroORM;
  let failFor: Set<string>;
  let consumer: EventConsumer;

  function event(
    aggregateId: string,
    sequence: number,
    note: string,
  ): CloudEvent<{ note: string }> {
    return {
      specversion: '1.0',
      id: uuidv7(),
      source: '/gov/event-test',
      type: pinged.type,
      subject: aggregateId,
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      data: { note },
      division: '330102001001',
      sequence,
    };
  }

  /** Publishes straight to JetStream; each call a distinct message, even for the same event. */
  async function deliver(envelope: unknown, subject = pinged.subjectFor('330102001001')) {
    await connection
      .jetstream()
      .publish(subject, new TextEncoder().encode(JSON.stringify(envelope)), {
        msgID: uuidv7(),
      });
  }

  const effects = () =>
    rows<{ aggregate_id: string; sequence: number; note: string }>(
      orm,
      `select aggregate_id, sequence, note from ${schema}.effect order by note`,
    );
  const parked = () =>
    rows<{ id: string; event_id: string; reason: string; attempts: number }>(
      orm,
      `select id, event_id, reason, attempts from ${schema}.parked_event order by id`,
    );

  beforeAll(async () => {
    nats = await startNatsServer();
    connection = await connect({ servers: nats.url });
    await ensureEventStream(await connection.jetstreamManager());
    orm = await createEventSchema(databaseUrl, schema);
    failFor = new Set();
    consumer = new EventConsumer(orm, connection, {
      name: `consumer-test-${process.pid}`,
      schema,
      filterSubject: `${pinged.subjectPrefix}.>`,
      events: [pinged],
      maxAttempts: 3,
      retryDelayMs: 10,
      handle: (received: CloudEvent, em: EntityManager) => {
        const { note } = received.data as { note: string };
        if (failFor.has(note)) return Promise.reject(new Error(`template for ${note} is missing`));
        em.persist(
          em.create(Effect, {
            eventId: received.id,
            aggregateId: received.subject,
            sequence: received.sequence,
            note,
          }),
        );
        return Promise.resolve();
      },
    });
    await consumer.start();
  });
  afterAll(async () => {
    await consumer.stop();
    await orm.close();
    await connection.close();
    await nats.stop();
  });

  it('applies an event delivered twice only once', async () => {
    const twice = event('dup', 1, 'dup-1');
    await deliver(twice);
    await deliver(twice);
    await deliver(event('dup', 2, 'dup-2'));
    await waitUntil('the later event', async () =>
      (await effects()).some((row) => row.note === 'dup-2'),
    );
    expect(
      (await effects()).filter((row) => row.aggregate_id === 'dup').map((row) => row.note),
    ).toEqual(['dup-1', 'dup-2']);
  });

  it('forgets applied event ids once the stream can no longer deliver them again', async () => {
    const [old, recent] = [uuidv7(), uuidv7()];
    const em = orm.em.fork();
    await em.execute(
      `insert into ${schema}.inbox (consumer, event_id, event_type, processed_at)
       values (?, ?, 't', now() - interval '32 days'), (?, ?, 't', now() - interval '1 day'),
              ('another-consumer', ?, 't', now() - interval '32 days')`,
      [consumer.name, old, consumer.name, recent, uuidv7()],
    );
    expect(await consumer.pruneInbox()).toBe(1);
    const left = await rows<{ event_id: string }>(
      orm,
      `select event_id from ${schema}.inbox where event_id in (?, ?)`,
      [old, recent],
    );
    expect(left.map((row) => row.event_id)).toEqual([recent]);
    expect(
      await rows(orm, `select 1 from ${schema}.inbox where consumer = 'another-consumer'`),
    ).toHaveLength(1);
  });

  it('drops an event older than one already applied for its aggregate', async () => {
    await deliver(event('order', 2, 'order-2'));
    await deliver(event('order', 1, 'order-1-late'));
    await deliver(event('order', 3, 'order-3'));
    await waitUntil('the last event', async () =>
      (await effects()).some((row) => row.note === 'order-3'),
    );
    expect(
      (await effects()).filter((row) => row.aggregate_id === 'order').map((row) => row.sequence),
    ).toEqual([2, 3]);
  });

  it('parks an event that keeps failing after the attempts, goes on, and applies it once on replay', async () => {
    failFor.add('poison');
    const poison = event('park', 1, 'poison');
    await deliver(poison);
    await deliver(event('other', 1, 'after-poison'));
    await waitUntil('the next event to be applied', async () =>
      (await effects()).some((row) => row.note === 'after-poison'),
    );
    const [entry] = await parked();
    expect(entry).toMatchObject({
      event_id: poison.id,
      attempts: 3,
      reason: 'template for poison is missing',
    });
    expect((await effects()).some((row) => row.note === 'poison')).toBe(false);

    await expect(consumer.replay(entry!.id)).rejects.toMatchObject({
      code: 'PLATFORM.PARKED_EVENT_UNPROCESSABLE',
    });
    expect(await parked()).toHaveLength(1);

    failFor.delete('poison');
    await expect(consumer.replay(entry!.id)).resolves.toBe('applied');
    expect(await parked()).toHaveLength(0);
    expect((await effects()).filter((row) => row.note === 'poison')).toHaveLength(1);
    await expect(consumer.replay(entry!.id)).rejects.toMatchObject({
      code: 'PLATFORM.PARKED_EVENT_NOT_FOUND',
    });
  });

  it('parks a message that is not a valid event at once, with the reason', async () => {
    await deliver({ hello: 'world' });
    await deliver(event('bad', 1, 'after-bad'));
    await waitUntil('the next event', async () =>
      (await effects()).some((row) => row.note === 'after-bad'),
    );
    const reasons = (await parked()).map((entry) => entry.reason);
    expect(reasons).toEqual([expect.stringMatching(/^not a CloudEvent/)]);
  });
});
