import { startNatsServer, testInfrastructure, userToken, type NatsServer } from '@gov/testing';
import { type INestApplication, type INestMicroservice } from '@nestjs/common';
import { startCases } from '../../../cases/src/cases.service';
import { startCatalog } from '../../../catalog/src/catalog.service';
import { startGateway } from '../../../gateway/src/gateway.service';
import { startNotifications } from '../../../notifications/src/notifications.service';
import { startBareService } from '@gov/nats';
import { HealthHttpServer } from '@gov/telemetry';

export interface HttpResult {
  readonly status: number;
  readonly contentType: string;
  readonly location?: string | null;
  readonly body: unknown;
}

export type ServiceName = 'catalog' | 'cases' | 'disclosure' | 'notifications';

const starters: Record<ServiceName, (env: NodeJS.ProcessEnv) => Promise<INestMicroservice>> = {
  catalog: startCatalog,
  cases: startCases,
  disclosure: (env) => startBareService('disclosure', env),
  notifications: startNotifications,
};

/**
 * The suite in this process on real servers: the run's PostgreSQL database and a nats-server of
 * its own (so services of parallel test files never answer each other's requests), the gateway on
 * a free port and the services asked for. Nothing is faked.
 */
export class Suite {
  private readonly services = new Map<ServiceName, INestMicroservice>();
  /** Headers sent with every request unless a call overrides them (the signed-in user). */
  private defaultHeaders: Record<string, string> = {};

  private constructor(
    private readonly gateway: INestApplication,
    /** The suite's own nats-server: `pause()` and `start()` it to test outages. */
    readonly nats: NatsServer,
    readonly baseUrl: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /**
   * Starts the suite; `signedInAs` sends that seed user's token with every request; `env` adds or
   * overrides environment variables of the gateway and the services (e.g. low rate limits).
   */
  static async start(
    services: readonly ServiceName[],
    options: { signedInAs?: string; env?: Record<string, string> } = {},
  ): Promise<Suite> {
    const { databaseUrl, oidcIssuer } = testInfrastructure();
    const nats = await startNatsServer();
    const env = {
      DATABASE_URL: databaseUrl,
      OIDC_ISSUER: oidcIssuer,
      NATS_URL: nats.url,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      HEALTH_PORT: '0',
      // Tests write cases on days long past, which a live service never does: a test that wants
      // the efficiency roll-up runs it itself, once its days are written.
      STATISTICS_ROLLUP_INTERVAL_MS: '86400000',
      ...options.env,
    };
    const gateway = await startGateway(env);
    const suite = new Suite(gateway, nats, await gateway.getUrl(), env);
    for (const name of services) await suite.startService(name);
    if (options.signedInAs) suite.defaultHeaders = await suite.as(options.signedInAs);
    return suite;
  }

  /** The gateway's health and metrics port (never the public one). */
  gatewayHealthUrl(): string {
    return `http://127.0.0.1:${this.gateway.get(HealthHttpServer).port ?? 0}`;
  }

  async startService(name: ServiceName): Promise<void> {
    this.services.set(name, await starters[name](this.env));
  }

  /** A running service, to reach its use cases directly (e.g. while NATS is down). */
  service(name: ServiceName): INestMicroservice {
    const service = this.services.get(name);
    if (!service) throw new Error(`${name} is not running`);
    return service;
  }

  async stopService(name: ServiceName): Promise<void> {
    await this.services.get(name)?.close();
    this.services.delete(name);
  }

  /** GET a path of the gateway (optionally with headers); returns status, content type and body. */
  get(path: string, headers: Record<string, string> = {}): Promise<HttpResult> {
    return this.send('GET', path, undefined, headers);
  }

  /** Sends a request with an optional JSON body and headers to the gateway. */
  async send(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpResult> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...this.defaultHeaders,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      location: response.headers.get('location'),
      body: await response.json(),
    };
  }

  /** The `Authorization` header of a seed user, with a token from the run's embedded realm. */
  async as(username: string): Promise<Record<string, string>> {
    return { authorization: `Bearer ${await userToken(username)}` };
  }

  /** Asks again until `accept` holds or `timeoutMs` passes; returns the last answer. */
  async eventually(
    path: string,
    accept: (result: HttpResult) => boolean,
    timeoutMs = 10_000,
    headers: Record<string, string> = {},
  ): Promise<HttpResult> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const result = await this.get(path, headers);
      if (accept(result) || Date.now() > deadline) return result;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async stop(): Promise<void> {
    for (const name of [...this.services.keys()]) await this.stopService(name);
    await this.gateway.close();
    await this.nats.stop();
  }
}

/** The items of a page of a list; none while the answer is an error (e.g. during an outage). */
export function pageItems<Item>(result: HttpResult): Item[] {
  return result.status === 200 ? (result.body as { items: Item[] }).items : [];
}
