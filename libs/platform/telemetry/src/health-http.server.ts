import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { HEALTH_CHECKS, type HealthCheck, startHealthServer } from './health-server';

export const HEALTH_SERVER_OPTIONS = Symbol('HEALTH_SERVER_OPTIONS');

export interface HealthServerOptions {
  readonly port: number;
  readonly host: string;
  /** Checks known outside the service's modules (e.g. its NATS transport). */
  readonly checks: readonly HealthCheck[];
}

/**
 * Serves `HEALTH_PORT` for the lifetime of the app, with the service's own {@link HEALTH_CHECKS}
 * (from whichever module provides them) plus the given ones.
 */
@Injectable()
export class HealthHttpServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Health');
  private server: { port: number; close(): Promise<void> } | undefined;

  constructor(
    @Inject(HEALTH_SERVER_OPTIONS) private readonly options: HealthServerOptions,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const own = this.serviceChecks();
    this.server = await startHealthServer({
      ...this.options,
      checks: [...this.options.checks, ...own],
    });
    this.logger.log(`Health and metrics on http://${this.options.host}:${this.server.port}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server?.close();
  }

  /** The port actually bound (HEALTH_PORT=0 binds a free one). */
  get port(): number | undefined {
    return this.server?.port;
  }

  private serviceChecks(): HealthCheck[] {
    try {
      return this.moduleRef.get<HealthCheck[]>(HEALTH_CHECKS, { strict: false });
    } catch {
      return [];
    }
  }
}
