import { catalogContracts } from './catalog/catalog.contracts';
import { catalogEvents } from './catalog/catalog.events';
import { notificationsContracts } from './notifications/notifications.contracts';
import { type EventContract } from './events/event-contract';
import { healthContracts } from './platform/health.contracts';
import { parkedEventContracts } from './platform/parked-event.contracts';
import { type RequestContract } from './schema/contract';

/** Every request contract of the suite, for documents (OpenAPI/AsyncAPI) and contract checks. */
export const allRequestContracts: readonly RequestContract[] = [
  ...Object.values(catalogContracts),
  ...Object.values(notificationsContracts),
  ...Object.values(healthContracts),
  ...Object.values(parkedEventContracts).flatMap((pair) => [pair.list, pair.replay]),
];

/** Every event contract of the suite. */
export const allEventContracts: readonly EventContract[] = [...Object.values(catalogEvents)];
