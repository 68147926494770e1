import { defineQuery } from '../schema/contract';
import { DivisionSchema, GetDivisionRequestSchema } from './division.schemas';

/**
 * The catalog's requests on the bus.
 * WARNING: released subjects and payloads never change. A breaking change is a new version,
 * served beside the old one while callers migrate.
 */
export const catalogContracts = {
  getDivision: defineQuery({
    context: 'catalog',
    aggregate: 'division',
    verb: 'get',
    version: 1,
    summary: '按代码查询行政区划',
    request: GetDivisionRequestSchema,
    reply: DivisionSchema,
    samples: {
      request: { code: '330102' },
      reply: { code: '330102000000', name: '上城区', level: 'county', parentCode: '330100000000' },
    },
  }),
} as const;
