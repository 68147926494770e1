import { HEALTH_CHECKS, type HealthCheck } from '@gov/telemetry';
import { MikroORM } from '@mikro-orm/postgresql';
import { type Provider } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { MigrateOnStart } from './migrate-on-start';
import { OutboxWriter } from './outbox/outbox-writer';
import { RequestContextInterceptor } from './request-context.interceptor';
import { SERVICE_SCHEMA } from './service-schema.token';

/**
 * What every service with a database registers: its schema name, migrations applied at start, the
 * outbox writer, a MikroORM request context per handler and idempotent commands (in that order:
 * the context comes first), and the database as a health check.
 */
export function persistenceProviders(schema: string): Provider[] {
  return [
    { provide: SERVICE_SCHEMA, useValue: schema },
    MigrateOnStart,
    { provide: OutboxWriter, useValue: new OutboxWriter(schema) },
    { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    {
      provide: HEALTH_CHECKS,
      inject: [MikroORM],
      useFactory: (orm: MikroORM): HealthCheck[] => [
        { name: 'database', isUp: () => orm.isConnected() },
      ],
    },
  ];
}
