import { defineEvent } from '../events/event-contract';
import { DivisionListImportedSchema } from './division-import.schemas';

/**
 * Events of the division catalogue (CloudEvents types `cn.gov.catalog.division.…`).
 * WARNING: released types, subjects and data never change; a breaking change is a new version.
 */
export const divisionEvents = {
  /**
   * A code list was applied: one event per import that changed anything, owned by the division the
   * list covers, so subscribers to a subtree refresh what they keep of it. The import is the
   * aggregate (one event each, sequence 1).
   */
  listImported: defineEvent({
    context: 'catalog',
    aggregate: 'division',
    event: 'list-imported',
    version: 1,
    summary: '行政区划代码表已导入',
    data: DivisionListImportedSchema,
    sample: {
      importId: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e6f',
      division: '330100000000',
      effectiveDate: '2026-12-01',
      counts: { added: 1, renamed: 1, abolished: 1, reinstated: 0, unchanged: 18 },
      changedCodes: ['330106004000', '330106109000', '330106109201'],
      changedCodesComplete: true,
    },
  }),
} as const;
