import { catalogContracts } from './catalog/catalog.contracts';
import { type EventContract } from './events/event-contract';
import { healthContracts } from './platform/health.contracts';
import { type RequestContract } from './schema/contract';

/** Every request contract of the suite, for documents (OpenAPI/AsyncAPI) and contract checks. */
export const allRequestContracts: readonly RequestContract[] = [
  ...Object.values(catalogContracts),
  ...Object.values(healthContracts),
];

/** Every event contract of the suite. */
export const allEventContracts: readonly EventContract[] = [];
