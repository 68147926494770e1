import { defineEvent } from '../events/event-contract';
import { ItemAbolishedSchema, ItemDelegatedSchema, ItemPublishedSchema } from './item.schemas';

/**
 * Events of service items (CloudEvents types `cn.gov.catalog.item.…`), subject per owning division.
 * WARNING: released types, subjects and data never change; a breaking change is a new version.
 */
export const itemEvents = {
  itemPublished: defineEvent({
    context: 'catalog',
    aggregate: 'item',
    event: 'published',
    version: 1,
    summary: '事项新版本已发布（原现行版本被替代）',
    data: ItemPublishedSchema,
    sample: {
      code: 'XK00001001',
      kind: 'base',
      baseCode: null,
      version: 2,
      division: '330000000000',
      validFrom: '2026-12-01',
      name: '食品经营许可',
    },
  }),
  itemAbolished: defineEvent({
    context: 'catalog',
    aggregate: 'item',
    event: 'abolished',
    version: 1,
    summary: '事项已取消',
    data: ItemAbolishedSchema,
    sample: {
      code: 'XK00001001',
      version: 2,
      division: '330000000000',
      effectiveDate: '2027-01-01',
      reason: '根据《国务院关于取消一批行政许可事项的决定》取消',
    },
  }),
  itemDelegated: defineEvent({
    context: 'catalog',
    aggregate: 'item',
    event: 'delegated',
    version: 1,
    summary: '事项已下放：由下级区划的实施清单事项办理',
    data: ItemDelegatedSchema,
    sample: {
      code: 'XK00001001',
      toCode: 'XK00001001-330100000000-11330100002519002R',
      toDivision: '330100000000',
      effectiveDate: '2027-01-01',
      reason: '根据《浙江省人民政府关于下放一批省级行政权力事项的决定》下放',
    },
  }),
} as const;
