import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { type NatsConnection } from 'nats';
import { connectNats } from './connect';
import { NatsRequester } from './nats-requester';

export const NATS_CONNECTION = Symbol('NATS_CONNECTION');

/**
 * A NATS connection of its own for sending requests to other services, and the `NatsRequester`
 * that sends through it (global: any provider can inject both). The gateway sends every request
 * with it; a service uses it to ask another service.
 */
@Module({})
export class NatsRequesterModule implements OnApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) private readonly connection: NatsConnection) {}

  static register(options: {
    natsUrl: string;
    requestTimeoutMs: number;
    /** The connection's name, as NATS monitoring shows it. */
    name: string;
  }): DynamicModule {
    return {
      module: NatsRequesterModule,
      global: true,
      providers: [
        {
          provide: NATS_CONNECTION,
          useFactory: () => connectNats({ servers: options.natsUrl, name: options.name }),
        },
        {
          provide: NatsRequester,
          inject: [NATS_CONNECTION],
          useFactory: (connection: NatsConnection) =>
            new NatsRequester(connection, options.requestTimeoutMs),
        },
      ],
      exports: [NATS_CONNECTION, NatsRequester],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.connection.isClosed()) await this.connection.drain();
  }
}
