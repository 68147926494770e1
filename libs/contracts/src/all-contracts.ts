import { caseContracts } from './cases/case.contracts';
import { caseEvents } from './cases/case.events';
import { caseAuditEvents, caseWorkContracts } from './cases/case-work.contracts';
import { catalogContracts } from './catalog/catalog.contracts';
import { catalogEvents } from './catalog/catalog.events';
import { divisionContracts } from './catalog/division.contracts';
import { divisionEvents } from './catalog/division.events';
import { calendarContracts } from './catalog/calendar.contracts';
import { calendarEvents } from './catalog/calendar.events';
import { centreWindowContracts } from './catalog/centre-window.contracts';
import { centreContracts } from './catalog/centre.contracts';
import { centreEvents } from './catalog/centre.events';
import { itemContracts } from './catalog/item.contracts';
import { itemEvents } from './catalog/item.events';
import { powerContracts } from './catalog/power.contracts';
import { powerEvents } from './catalog/power.events';
import { notificationsContracts } from './notifications/notifications.contracts';
import { type EventContract } from './events/event-contract';
import { healthContracts } from './platform/health.contracts';
import { parkedEventContracts } from './platform/parked-event.contracts';
import { type RequestContract } from './schema/contract';
import { efficiencyContracts } from './supervision/efficiency.contracts';
import { supervisionViewContracts } from './supervision/supervision-view.contracts';
import { warningContracts } from './supervision/warning.contracts';
import { warningEvents } from './supervision/warning.events';
import { ratingContracts } from './supervision/rating.contracts';
import { ratingEvents } from './supervision/rating.events';

/** Every request contract of the suite, for documents (OpenAPI/AsyncAPI) and contract checks. */
export const allRequestContracts: readonly RequestContract[] = [
  ...Object.values(catalogContracts),
  ...Object.values(caseContracts),
  ...Object.values(caseWorkContracts),
  ...Object.values(efficiencyContracts),
  ...Object.values(supervisionViewContracts),
  ...Object.values(warningContracts),
  ...Object.values(ratingContracts),
  ...Object.values(divisionContracts),
  ...Object.values(centreContracts),
  ...Object.values(centreWindowContracts),
  ...Object.values(calendarContracts),
  ...Object.values(itemContracts),
  ...Object.values(powerContracts),
  ...Object.values(notificationsContracts),
  ...Object.values(healthContracts),
  ...Object.values(parkedEventContracts).flatMap((pair) => [pair.list, pair.replay]),
];

/** Every event contract of the suite. */
export const allEventContracts: readonly EventContract[] = [
  ...Object.values(catalogEvents),
  ...Object.values(caseEvents),
  ...Object.values(caseAuditEvents),
  ...Object.values(warningEvents),
  ...Object.values(ratingEvents),
  ...Object.values(divisionEvents),
  ...Object.values(centreEvents),
  ...Object.values(calendarEvents),
  ...Object.values(powerEvents),
  ...Object.values(itemEvents),
];
