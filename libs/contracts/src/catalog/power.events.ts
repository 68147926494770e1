import { defineEvent } from '../events/event-contract';
import { PowerAbolishedSchema, PowerPublishedSchema } from './power.schemas';

/**
 * The power catalogue's events (CloudEvents types `cn.gov.catalog.power.…`); their subject is the
 * power's division, their `sequence` the power's version counter.
 * WARNING: released types, subjects and data never change; a breaking change is a new version.
 */
export const powerEvents = {
  powerPublished: defineEvent({
    context: 'catalog',
    aggregate: 'power',
    event: 'published',
    version: 1,
    summary: '权力事项的一个版本已发布，取代此前的现行版本',
    data: PowerPublishedSchema,
    sample: {
      code: 'XK00101000',
      province: '330000000000',
      division: '330102000000',
      version: 2,
      name: '食品经营许可',
      category: 'XK',
      previousVersion: 1,
    },
  }),
  powerAbolished: defineEvent({
    context: 'catalog',
    aggregate: 'power',
    event: 'abolished',
    version: 1,
    summary: '权力事项已取消',
    data: PowerAbolishedSchema,
    sample: {
      code: 'XK00101000',
      province: '330000000000',
      division: '330102000000',
      version: 2,
      reason: '根据《国务院关于取消和下放一批行政许可事项的决定》取消',
    },
  }),
} as const;
