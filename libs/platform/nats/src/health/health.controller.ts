import { healthContracts, type ServiceContext, type ServiceHealth } from '@gov/contracts';
import { Controller, Inject, Optional, type Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';

/** One dependency a service needs to do its work (database, …). */
export interface HealthCheck {
  readonly name: string;
  isUp(): Promise<boolean>;
}

/** Provide an array of {@link HealthCheck}s under this token to include them in the answer. */
export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');

/** A controller answering `gov.qry.<context>.health.get.v1`; down when any check is down. */
export function healthController(context: ServiceContext): Type<unknown> {
  @Controller()
  class HealthController {
    constructor(@Optional() @Inject(HEALTH_CHECKS) private readonly checks: HealthCheck[] = []) {}

    @MessagePattern(healthContracts[context].subject)
    async health(): Promise<ServiceHealth> {
      const results = await Promise.all(
        this.checks.map(async (check) => {
          const up = await check.isUp().catch(() => false);
          return [check.name, up ? 'up' : 'down'] as const;
        }),
      );
      const checks = Object.fromEntries(results);
      const status = results.every(([, state]) => state === 'up') ? 'up' : 'down';
      return { service: context, status, checks };
    }
  }
  return HealthController;
}
