import { healthContracts, type ServiceContext, type ServiceHealth } from '@gov/contracts';
import { HEALTH_CHECKS, type HealthCheck, runHealthChecks } from '@gov/telemetry';
import { Controller, Inject, Optional, type Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';

/** A controller answering `gov.qry.<context>.health.get.v1`; down when any check is down. */
export function healthController(context: ServiceContext): Type<unknown> {
  @Controller()
  class HealthController {
    constructor(@Optional() @Inject(HEALTH_CHECKS) private readonly checks: HealthCheck[] = []) {}

    @MessagePattern(healthContracts[context].subject)
    async health(): Promise<ServiceHealth> {
      return { service: context, ...(await runHealthChecks(this.checks)) };
    }
  }
  return HealthController;
}
