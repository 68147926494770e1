import { defineEvent } from '../events/event-contract';
import { CalendarChangedSchema } from './calendar.schemas';

/**
 * Events of the stored working calendar (CloudEvents type `cn.gov.catalog.calendar.changed.v1`,
 * subject per division). A service holding a copy of the calendar of a division refreshes it
 * when this division or one above it changes, and recomputes what depends on the dates named.
 * WARNING: released types, subjects and data never change; a breaking change is a new version.
 */
export const calendarEvents = {
  calendarChanged: defineEvent({
    context: 'catalog',
    aggregate: 'calendar',
    event: 'changed',
    version: 1,
    summary: '工作日历已变更',
    data: CalendarChangedSchema,
    sample: {
      division: '330102000000',
      version: 1,
      change: 'override-set',
      years: [2025],
      dates: ['2025-10-10'],
    },
  }),
} as const;
