import {
  caseContracts,
  caseWorkContracts,
  efficiencyContracts,
  healthContracts,
  parkedEventContracts,
  ratingContracts,
  supervisionViewContracts,
  warningContracts,
} from '@gov/contracts';
import { createNatsService } from '@gov/nats';
import { type INestMicroservice } from '@nestjs/common';
import { loadCasesConfig } from './cases.config';
import { CasesModule } from './cases.module';

/** Starts cases: migrates its schema, then answers its contracts over NATS. */
export async function startCases(env: NodeJS.ProcessEnv = process.env): Promise<INestMicroservice> {
  const config = loadCasesConfig(env);
  const service = await createNatsService(CasesModule.register(config), {
    queue: 'cases',
    contracts: [
      ...Object.values(caseContracts),
      ...Object.values(caseWorkContracts),
      ...Object.values(efficiencyContracts),
      ...Object.values(supervisionViewContracts),
      ...Object.values(ratingContracts),
      ...Object.values(warningContracts),
      healthContracts.cases,
      ...Object.values(parkedEventContracts.cases),
    ],
    config,
  });
  await service.listen();
  return service;
}
