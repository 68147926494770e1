import { publicAccess, rolesAccess } from '../schema/access';
import { defineCommand, defineQuery } from '../schema/contract';
import {
  CreateDivisionImportRequestSchema,
  type DivisionImport,
  DivisionImportSchema,
  GetDivisionImportRequestSchema,
} from './division-import.schemas';
import {
  type Division,
  DivisionPageSchema,
  ListDivisionChildrenRequestSchema,
  ListDivisionSubtreeRequestSchema,
} from './division.schemas';

const district: Division = {
  code: '330106000000',
  name: '西湖区',
  level: 'county',
  parentCode: '330100000000',
  validFrom: null,
  validTo: null,
  successorCodes: [],
};
const township: Division = {
  code: '330106004000',
  name: '北山街道',
  level: 'township',
  parentCode: '330106000000',
  validFrom: null,
  validTo: null,
  successorCodes: [],
};

const queuedImport: DivisionImport = {
  id: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e6f',
  state: 'queued',
  format: 'stats',
  effectiveDate: '2026-12-01',
  dryRun: false,
  division: '330106000000',
  rowsTotal: 3,
  rowsProcessed: 0,
  report: null,
  problems: [],
  problemCount: 0,
  createdAt: '2026-11-26T08:30:00.000Z',
  startedAt: null,
  finishedAt: null,
};

/**
 * The division catalogue's requests on the bus: the tree as reference data (public) and imports of
 * full code lists (catalogue administrators, within their subtree).
 * WARNING: released subjects and payloads never change. A breaking change is a new version.
 */
export const divisionContracts = {
  listDivisionChildren: defineQuery({
    context: 'catalog',
    aggregate: 'division',
    verb: 'list-children',
    version: 1,
    summary: '下级行政区划（按代码分页）',
    access: publicAccess,
    errors: ['CATALOG.DIVISION_CODE_INVALID', 'CATALOG.DIVISION_NOT_FOUND'],
    request: ListDivisionChildrenRequestSchema,
    reply: DivisionPageSchema,
    samples: {
      request: { code: '330106', asOf: '2026-12-01', limit: 50 },
      reply: { items: [township], nextCursor: null },
    },
  }),
  listDivisionSubtree: defineQuery({
    context: 'catalog',
    aggregate: 'division',
    verb: 'list-subtree',
    version: 1,
    summary: '行政区划及其全部下级（按代码分页；已撤销的区划连同其承继区划的辖区）',
    access: publicAccess,
    errors: ['CATALOG.DIVISION_CODE_INVALID', 'CATALOG.DIVISION_NOT_FOUND'],
    request: ListDivisionSubtreeRequestSchema,
    reply: DivisionPageSchema,
    samples: {
      request: { code: '330106', limit: 2 },
      reply: { items: [district, township], nextCursor: 'WyIzMzAxMDYwMDQwMDAiXQ' },
    },
  }),
  createDivisionImport: defineCommand({
    context: 'catalog',
    aggregate: 'division-import',
    verb: 'create',
    version: 1,
    summary: '导入行政区划代码表（异步任务：校验全部行后一次性生效，或试运行只出报告）',
    access: rolesAccess('catalog_admin'),
    errors: [
      'AUTH.DIVISION_OUT_OF_SCOPE',
      'CATALOG.DIVISION_CODE_INVALID',
      'PLATFORM.PAYLOAD_TOO_LARGE',
      'PLATFORM.IDEMPOTENCY_KEY_INVALID',
      'PLATFORM.IDEMPOTENCY_KEY_REUSED',
    ],
    request: CreateDivisionImportRequestSchema,
    reply: DivisionImportSchema,
    samples: {
      request: {
        effectiveDate: '2026-12-01',
        content:
          '统计用区划代码,城乡分类代码,名称\n330106000000,,西湖区\n' +
          '330106004000,111,北山街道\n330106004001,111,曙光路社区',
        dryRun: false,
      },
      reply: queuedImport,
    },
  }),
  getDivisionImport: defineQuery({
    context: 'catalog',
    aggregate: 'division-import',
    verb: 'get',
    version: 1,
    summary: '区划导入任务的状态、进度和变更报告',
    access: rolesAccess('catalog_admin'),
    errors: ['CATALOG.DIVISION_IMPORT_NOT_FOUND'],
    request: GetDivisionImportRequestSchema,
    reply: DivisionImportSchema,
    samples: {
      request: { id: queuedImport.id },
      reply: {
        ...queuedImport,
        state: 'succeeded',
        rowsProcessed: 3,
        report: {
          added: [],
          renamed: [{ code: '330106004001', name: '曙光路社区', previousName: '曙光社区' }],
          abolished: [],
          reinstated: [],
          counts: { added: 0, renamed: 1, abolished: 0, reinstated: 0, unchanged: 2 },
        },
        startedAt: '2026-11-26T08:30:00.100Z',
        finishedAt: '2026-11-26T08:30:00.400Z',
      },
    },
  }),
} as const;
