import { loadConfig, natsServiceFragment } from '@gov/config';
import { healthContracts, type ServiceContext } from '@gov/contracts';
import { type INestMicroservice, Module } from '@nestjs/common';
import { createNatsService } from './create-nats-service';
import { healthController } from './health/health.controller';

/**
 * Starts a service that so far only answers its health query: the place-holder of a bounded
 * context whose features have not landed yet.
 */
export async function startBareService(
  context: ServiceContext,
  env: NodeJS.ProcessEnv,
): Promise<INestMicroservice> {
  const config = loadConfig(natsServiceFragment(context), env);
  @Module({ controllers: [healthController(context)] })
  class BareServiceModule {}
  const service = await createNatsService(BareServiceModule, {
    queue: context,
    contracts: [healthContracts[context]],
    config,
  });
  await service.listen();
  return service;
}
