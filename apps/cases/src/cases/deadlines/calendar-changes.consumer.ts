import { calendarEvents, type CalendarChanged } from '@gov/contracts';
import { type EventConsumerOptions } from '@gov/events';
import { recordCalendarChange } from '../centre-calendars';

/**
 * Follows the catalog's calendar changes: the local copies under the changed division are fetched
 * again on next use, and the deadlines of its open cases are recomputed by `DeadlineRefreshSweep`.
 */
export const calendarChangesConsumer: Omit<EventConsumerOptions, 'schema' | 'stream' | 'logger'> = {
  name: 'cases-catalog-calendars',
  filterSubject: 'gov.evt.catalog.calendar.changed.>',
  events: [calendarEvents.calendarChanged],
  handle: (event, em) => recordCalendarChange(em, (event.data as CalendarChanged).division),
};
