import {
  GovError,
  type ListParkedEventsRequest,
  parkedEventContracts,
  type ServiceContext,
} from '@gov/contracts';
import { connectNats } from '@gov/nats';
import { MikroORM } from '@mikro-orm/postgresql';
import {
  Controller,
  type DynamicModule,
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { type NatsConnection } from 'nats';
import { EventConsumer, type EventConsumerOptions } from './event-consumer';
import { type EventStreamOptions } from './event-stream';
import { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
import { listParkedEvents } from './parked-events';

export interface ServiceEventsOptions {
  readonly context: ServiceContext;
  readonly databaseUrl: string;
  readonly natsUrl: string;
  readonly stream: EventStreamOptions;
  /** Relay settings, or omit for a service that publishes no events. */
  readonly relay?: Pick<OutboxRelayOptions, 'pollIntervalMs' | 'retentionMs' | 'standbyRetryMs'>;
  readonly consumers?: readonly Omit<EventConsumerOptions, 'schema' | 'stream' | 'logger'>[];
}

const OPTIONS = Symbol('SERVICE_EVENTS_OPTIONS');
const EVENTS_NATS = Symbol('EVENTS_NATS');

/** Runs a service's outbox relay and event consumers for the lifetime of the app. */
class ServiceEventsHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Events');
  readonly consumers: EventConsumer[];
  private readonly relay: OutboxRelay | undefined;

  constructor(
    @Inject(OPTIONS) options: ServiceEventsOptions,
    @Inject(EVENTS_NATS) private readonly nats: NatsConnection,
    orm: MikroORM,
  ) {
    const schema = options.context;
    this.relay =
      options.relay &&
      new OutboxRelay({
        ...options.relay,
        databaseUrl: options.databaseUrl,
        schema,
        nats,
        stream: options.stream,
        logger: this.logger,
      });
    this.consumers = (options.consumers ?? []).map(
      (consumer) =>
        new EventConsumer(orm, nats, {
          ...consumer,
          schema,
          stream: options.stream,
          logger: this.logger,
        }),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    this.relay?.start();
    await Promise.all(this.consumers.map((consumer) => consumer.start()));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
    await this.relay?.stop();
    if (!this.nats.isClosed()) await this.nats.drain();
  }

  consumer(name: string): EventConsumer {
    const consumer = this.consumers.find((candidate) => candidate.name === name);
    if (!consumer)
      throw new GovError('PLATFORM.PARKED_EVENT_NOT_FOUND', undefined, { consumer: name });
    return consumer;
  }
}

function parkedEventsController(context: ServiceContext) {
  const contracts = parkedEventContracts[context];

  @Controller()
  class ParkedEventsController {
    constructor(
      private readonly host: ServiceEventsHost,
      private readonly orm: MikroORM,
    ) {}

    @MessagePattern(contracts.list.subject)
    list(@Payload() request: ListParkedEventsRequest) {
      return listParkedEvents(this.orm.em.fork(), context, request);
    }

    @MessagePattern(contracts.replay.subject)
    async replay(@Payload() request: { id: string }) {
      const [row] = await this.orm.em
        .fork()
        .execute<{ consumer: string }[]>(
          `select consumer from ${context}.parked_event where id = ?`,
          [request.id],
        );
      if (!row)
        throw new GovError('PLATFORM.PARKED_EVENT_NOT_FOUND', undefined, { id: request.id });
      const outcome = await this.host.consumer(row.consumer).replay(request.id);
      return { id: request.id, outcome };
    }
  }
  return ParkedEventsController;
}

/**
 * The event path of one service: its outbox relay, its consumers, and the parked-event
 * operations (`gov.qry.<context>.parked-event.list.v1`, `gov.cmd.<context>.parked-event.replay.v1`).
 * The service must list both parked-event contracts among those its transport serves.
 */
@Module({})
export class EventsModule {
  static forService(options: ServiceEventsOptions): DynamicModule {
    return {
      module: EventsModule,
      controllers: [parkedEventsController(options.context)],
      providers: [
        { provide: OPTIONS, useValue: options },
        {
          provide: EVENTS_NATS,
          useFactory: () =>
            connectNats({ servers: options.natsUrl, name: `${options.context}-events` }),
        },
        ServiceEventsHost,
      ],
      exports: [ServiceEventsHost],
    };
  }
}

export { ServiceEventsHost };
