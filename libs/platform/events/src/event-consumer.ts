import { type CloudEvent, type EventContract, GovError } from '@gov/contracts';
import { type EntityManager, type MikroORM, type QueryResult } from '@mikro-orm/postgresql';
import {
  AckPolicy,
  type ConsumerMessages,
  DeliverPolicy,
  type JsMsg,
  type NatsConnection,
  nanos,
} from 'nats';
import {
  DEFAULT_EVENT_STREAM,
  ensureEventStream,
  EVENT_STREAM,
  type EventStreamOptions,
} from './event-stream';
import { sqlRunner } from '@gov/persistence';
import { type RelayLogger } from './outbox-relay';
import { aggregateTypeOf, parseEvent } from './parse-event';
import { contextFromHeaders, inSpan, natsAttributes, reportConsumerLag } from '@gov/telemetry';

export type ApplyOutcome = 'applied' | 'duplicate' | 'stale';

export interface EventConsumerOptions {
  /** Durable consumer name, unique in the suite, e.g. `notifications-catalog-departments`. */
  readonly name: string;
  /** The service schema holding the inbox, positions and parked events. */
  readonly schema: string;
  readonly filterSubject: string;
  /** The event types this consumer understands; others on its subjects are skipped. */
  readonly events: readonly EventContract[];
  /** The effect, run in the transaction that also records the event in the inbox. */
  readonly handle: (event: CloudEvent, em: EntityManager) => Promise<void>;
  readonly maxAttempts?: number;
  readonly retryDelayMs?: number;
  readonly stream?: EventStreamOptions;
  readonly logger?: RelayLogger;
  /**
   * How long an applied event's id stays in the inbox. By default one day longer than the stream
   * keeps events: JetStream cannot deliver an event again after that, and an older sequence of an
   * aggregate is dropped as stale anyway.
   */
  readonly inboxRetentionMs?: number;
  readonly inboxPruneIntervalMs?: number;
}

const DAY_MS = 24 * 3600 * 1000;

const decoder = new TextDecoder();
const silent: RelayLogger = { log: () => {}, warn: () => {}, error: () => {} };

/**
 * A durable JetStream pull consumer that applies each event exactly once: the event id goes into
 * the inbox in the same transaction as the effect, and an event whose sequence is not above the
 * last applied one of its aggregate is dropped as stale. One message is in flight at a time, so
 * per-aggregate order holds across instances. An event that keeps failing is parked with its
 * reason after `maxAttempts` and the rest go on; a parked event can be replayed after a fix.
 */
export class EventConsumer {
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private readonly logger: RelayLogger;
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;
  private stopReporting: () => void = () => {};
  private pruneTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly nats: NatsConnection,
    private readonly options: EventConsumerOptions,
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 100;
    this.logger = options.logger ?? silent;
  }

  get name(): string {
    return this.options.name;
  }

  async start(): Promise<void> {
    const jsm = await this.nats.jetstreamManager();
    await ensureEventStream(jsm, this.options.stream ?? DEFAULT_EVENT_STREAM);
    const exists = await jsm.consumers.info(EVENT_STREAM, this.options.name).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await jsm.consumers.add(EVENT_STREAM, {
        durable_name: this.options.name,
        filter_subject: this.options.filterSubject,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        max_ack_pending: 1,
        max_deliver: -1,
        ack_wait: nanos(30_000),
      });
    }
    const consumer = await this.nats.jetstream().consumers.get(EVENT_STREAM, this.options.name);
    const messages = await consumer.consume({ max_messages: 1 });
    this.messages = messages;
    this.stopReporting = reportConsumerLag(this.options.name, async () => {
      const info = await jsm.consumers.info(EVENT_STREAM, this.options.name);
      return info.num_pending + info.num_ack_pending;
    });
    this.loop = (async () => {
      for await (const message of messages) await this.receive(message);
    })();
    this.pruneTimer = setInterval(
      () => {
        this.pruneInbox().catch((error: unknown) =>
          this.logger.warn(`Pruning the inbox of ${this.options.name} failed: ${describe(error)}`),
        );
      },
      this.options.inboxPruneIntervalMs ?? 10 * 60 * 1000,
    );
    this.pruneTimer.unref();
  }

  /** Forgets applied event ids older than the retention; returns how many were removed. */
  async pruneInbox(): Promise<number> {
    const retentionMs =
      this.options.inboxRetentionMs ??
      (this.options.stream ?? DEFAULT_EVENT_STREAM).maxAgeMs + DAY_MS;
    const removed = await this.orm.em.fork().execute<QueryResult>(
      `delete from ${this.options.schema}.inbox
          where consumer = ? and processed_at < now() - (?::bigint * interval '1 millisecond')`,
      [this.options.name, retentionMs],
      'run',
    );
    return removed.affectedRows;
  }

  async stop(): Promise<void> {
    clearInterval(this.pruneTimer);
    this.stopReporting();
    await this.messages?.close();
    await this.loop;
  }

  /** Applies a parked event again (after a fix) and removes it from the parked list. */
  async replay(parkedId: string): Promise<ApplyOutcome> {
    const em = this.orm.em.fork();
    const [row] = await em.execute<{ payload: string }[]>(
      `select payload from ${this.options.schema}.parked_event where id = ? and consumer = ?`,
      [parkedId, this.options.name],
    );
    if (!row) throw new GovError('PLATFORM.PARKED_EVENT_NOT_FOUND', undefined, { id: parkedId });
    const parsed = parseEvent(row.payload, this.options.events);
    if (!parsed.ok) {
      throw new GovError('PLATFORM.PARKED_EVENT_UNPROCESSABLE', undefined, {
        reason: parsed.reason,
      });
    }
    try {
      return await em.transactional(async (tx) => {
        const outcome = await this.apply(tx, parsed.event, false);
        await tx.execute(`delete from ${this.options.schema}.parked_event where id = ?`, [
          parkedId,
        ]);
        return outcome;
      });
    } catch (error) {
      throw new GovError('PLATFORM.PARKED_EVENT_UNPROCESSABLE', undefined, {
        reason: describe(error),
      });
    }
  }

  /** Processes one message in a consumer span continuing the producer's trace, then acks. */
  private async receive(message: JsMsg): Promise<void> {
    try {
      const parent = contextFromHeaders((name) => message.headers?.get(name) || undefined);
      await inSpan(
        `${message.subject} process`,
        'consumer',
        natsAttributes(message.subject, 'process'),
        () => this.process(message),
        parent,
      );
      message.ack();
    } catch (error) {
      // Not even parking worked (e.g. the database is down): let JetStream redeliver later.
      this.logger.error(`Consumer ${this.options.name} could not process: ${describe(error)}`);
      message.nak(1_000);
    }
  }

  private async process(message: JsMsg): Promise<void> {
    const body = decoder.decode(message.data);
    const parsed = parseEvent(body, this.options.events);
    if (!parsed.ok) {
      if (parsed.known) await this.park(message, body, parsed.reason, 1);
      return;
    }
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      try {
        await this.orm.em.fork().transactional((em) => this.apply(em, parsed.event, true));
        return;
      } catch (error) {
        lastError = error;
        if (attempt < this.maxAttempts) {
          message.working();
          await new Promise((resolve) =>
            setTimeout(resolve, this.retryDelayMs * 2 ** (attempt - 1)),
          );
        }
      }
    }
    this.logger.warn(
      `Consumer ${this.options.name} parked event ${parsed.event.id}: ${describe(lastError)}`,
    );
    await this.park(message, body, describe(lastError), this.maxAttempts, parsed.event.id);
  }

  private async apply(
    em: EntityManager,
    event: CloudEvent,
    checkSequence: boolean,
  ): Promise<ApplyOutcome> {
    const { schema, name } = this.options;
    const aggregateType = aggregateTypeOf(event.type);
    // One round trip: the inbox claim, and the position of the aggregate locked (the lock orders
    // two events of one aggregate applied at once; it is held until this transaction ends).
    const sql = sqlRunner(em);
    const lastSequence = checkSequence
      ? `(select last_sequence from ${schema}.consumer_position
           where consumer = $1 and aggregate_type = $4 and aggregate_id = $5 for update)`
      : 'null';
    const [claim] = await sql.rows<{ fresh: boolean; last_sequence: string | null }>(
      `with fresh as (
         insert into ${schema}.inbox (consumer, event_id, event_type) values ($1, $2, $3)
         on conflict do nothing returning event_id
       )
       select exists (select 1 from fresh) as fresh, ${lastSequence} as last_sequence`,
      [name, event.id, event.type, ...(checkSequence ? [aggregateType, event.subject] : [])],
    );
    if (!claim?.fresh) return 'duplicate';
    if (claim.last_sequence !== null && Number(claim.last_sequence) >= event.sequence) {
      return 'stale';
    }
    await this.options.handle(event, em);
    // Put off, like the handler's writes nobody reads back: they go out as one statement before COMMIT.
    await sql.write(
      `insert into ${schema}.consumer_position (consumer, aggregate_type, aggregate_id, last_sequence)
       values ($1, $2, $3, $4)
       on conflict (consumer, aggregate_type, aggregate_id) do update
         set last_sequence = greatest(${schema}.consumer_position.last_sequence, excluded.last_sequence)`,
      [name, aggregateType, event.subject, event.sequence],
    );
    return 'applied';
  }

  private async park(
    message: JsMsg,
    body: string,
    reason: string,
    attempts: number,
    eventId?: string,
  ): Promise<void> {
    const id = eventId ?? message.headers?.get('Nats-Msg-Id') ?? `stream-sequence:${message.seq}`;
    await this.orm.em.fork().execute(
      `insert into ${this.options.schema}.parked_event (consumer, event_id, subject, payload, reason, attempts)
       values (?, ?, ?, ?, ?, ?)
       on conflict (consumer, event_id) do update
         set reason = excluded.reason, attempts = excluded.attempts, parked_at = now()`,
      [this.options.name, id, message.subject, body, reason, attempts],
    );
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
