import { connectNats, NatsRequester } from '@gov/nats';
import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { type NatsConnection } from 'nats';

export const NATS_CONNECTION = Symbol('NATS_CONNECTION');

/** The gateway's one NATS connection and the requester every controller sends through. */
@Module({})
export class BusModule implements OnApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) private readonly connection: NatsConnection) {}

  static register(options: { natsUrl: string; requestTimeoutMs: number }): DynamicModule {
    return {
      module: BusModule,
      global: true,
      providers: [
        {
          provide: NATS_CONNECTION,
          useFactory: () => connectNats({ servers: options.natsUrl, name: 'gateway' }),
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
