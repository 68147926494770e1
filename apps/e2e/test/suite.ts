import { startNatsServer, testInfrastructure, type NatsServer } from '@gov/testing';
import { type INestApplication, type INestMicroservice } from '@nestjs/common';
import { startCatalog } from '../../catalog/src/catalog.service';
import { startGateway } from '../../gateway/src/gateway.service';
import { startBareService } from '@gov/nats';

type Closable = INestApplication | INestMicroservice;

export type ServiceName = 'catalog' | 'cases' | 'disclosure' | 'notifications';

const starters: Record<ServiceName, (env: NodeJS.ProcessEnv) => Promise<INestMicroservice>> = {
  catalog: startCatalog,
  cases: (env) => startBareService('cases', env),
  disclosure: (env) => startBareService('disclosure', env),
  notifications: (env) => startBareService('notifications', env),
};

/**
 * The suite in this process on real servers: the run's PostgreSQL database and a nats-server of
 * its own (so services of parallel test files never answer each other's requests), the gateway on
 * a free port and the services asked for. Nothing is faked.
 */
export class Suite {
  private readonly services = new Map<ServiceName, INestMicroservice>();

  private constructor(
    private readonly gateway: Closable,
    private readonly nats: NatsServer,
    readonly baseUrl: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  static async start(services: readonly ServiceName[]): Promise<Suite> {
    const { databaseUrl } = testInfrastructure();
    const nats = await startNatsServer();
    const env = {
      DATABASE_URL: databaseUrl,
      NATS_URL: nats.url,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    };
    const gateway = await startGateway(env);
    const suite = new Suite(gateway, nats, await gateway.getUrl(), env);
    for (const name of services) await suite.startService(name);
    return suite;
  }

  async startService(name: ServiceName): Promise<void> {
    this.services.set(name, await starters[name](this.env));
  }

  async stopService(name: ServiceName): Promise<void> {
    await this.services.get(name)?.close();
    this.services.delete(name);
  }

  /** GET a path of the gateway; returns the status, content type and parsed body. */
  async get(path: string): Promise<{ status: number; contentType: string; body: unknown }> {
    const response = await fetch(`${this.baseUrl}${path}`);
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: await response.json(),
    };
  }

  async stop(): Promise<void> {
    for (const name of [...this.services.keys()]) await this.stopService(name);
    await this.gateway.close();
    await this.nats.stop();
  }
}
