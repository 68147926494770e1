import {
  calendarContracts,
  catalogContracts,
  centreContracts,
  centreWindowContracts,
  divisionContracts,
  healthContracts,
  itemContracts,
  parkedEventContracts,
  powerContracts,
} from '@gov/contracts';
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
    queue: 'catalog',
    contracts: [
      ...Object.values(catalogContracts),
      ...Object.values(divisionContracts),
      ...Object.values(centreContracts),
      ...Object.values(centreWindowContracts),
      ...Object.values(calendarContracts),
      ...Object.values(itemContracts),
      ...Object.values(powerContracts),
      healthContracts.catalog,
      ...Object.values(parkedEventContracts.catalog),
    ],
    config,
  });
  await service.listen();
  return service;
}
