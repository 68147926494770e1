import { catalogContracts, healthContracts, parkedEventContracts } from '@gov/contracts';
import { createNatsService } from '@gov/nats';
import { type INestMicroservice } from '@nestjs/common';
import { loadCatalogConfig } from './catalog.config';
import { CatalogModule } from './catalog.module';

/** Starts the catalog: migrates its schema, seeds, then answers its contracts over NATS. */
export async function startCatalog(
  env: NodeJS.ProcessEnv = process.env,
): Promise<INestMicroservice> {
  const config = loadCatalogConfig(env);
  const service = await createNatsService(CatalogModule.register(config), {
    servers: config.natsUrl,
    queue: 'catalog',
    contracts: [
      ...Object.values(catalogContracts),
      healthContracts.catalog,
      ...Object.values(parkedEventContracts.catalog),
    ],
    logLevel: config.logLevel,
    health: { port: config.healthPort, host: config.healthHost },
  });
  await service.listen();
  return service;
}
