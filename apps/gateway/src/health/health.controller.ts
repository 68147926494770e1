import { healthContracts, SERVICE_CONTEXTS, type ServiceHealth } from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { type NatsConnection } from 'nats';
import { ApiReply } from '../api-docs/api-reply.decorator';
import { HEALTH_REPLY } from '../api-docs/own-routes';
import { Public } from '../auth/access.decorators';
import { NATS_CONNECTION } from '@gov/nats';

const SERVICE_TIMEOUT_MS = 1_000;

interface SuiteHealth {
  readonly status: 'up' | 'down';
  readonly nats: 'up' | 'down';
  readonly services: Record<string, ServiceHealth | { status: 'down'; error: string }>;
}

/** `GET /health`: the gateway, its NATS connection and every service; 503 naming what is down. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly bus: NatsRequester,
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
  ) {}

  @Get()
  @Public()
  @ApiReply(HEALTH_REPLY)
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<SuiteHealth> {
    const answers = await Promise.all(
      SERVICE_CONTEXTS.map(async (context) => {
        const health = await this.bus
          .request(healthContracts[context], {}, { timeoutMs: SERVICE_TIMEOUT_MS })
          .catch((error: { code?: string }) => ({
            status: 'down' as const,
            error: error.code ?? 'PLATFORM.INTERNAL',
          }));
        return [context, health] as const;
      }),
    );
    const nats = this.connection.isClosed() ? 'down' : 'up';
    const up = nats === 'up' && answers.every(([, health]) => health.status === 'up');
    void reply.status(up ? 200 : 503);
    return { status: up ? 'up' : 'down', nats, services: Object.fromEntries(answers) };
  }
}
