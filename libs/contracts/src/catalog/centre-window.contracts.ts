import { publicAccess, rolesAccess } from '../schema/access';
import { defineCommand, defineQuery } from '../schema/contract';
import {
  type CentreWindow,
  CentreWindowPageSchema,
  CentreWindowSchema,
  CreateCentreWindowRequestSchema,
  GetCentreWindowRequestSchema,
  ListCentreWindowsRequestSchema,
  UpdateCentreWindowRequestSchema,
} from './centre-window.schemas';

const window: CentreWindow = {
  id: '01936d3a-7b00-7cc2-9f3e-1a2b3c4d5e02',
  centreId: '01936d3a-7a00-7cc2-9f3e-1a2b3c4d5e01',
  division: '330102000000',
  number: '01',
  name: '企业开办综合受理窗口',
  kind: 'comprehensive',
  departments: ['11330102002528004D', '11330102002528015H'],
  version: 1,
};

const idempotencyErrors = [
  'PLATFORM.IDEMPOTENCY_KEY_INVALID',
  'PLATFORM.IDEMPOTENCY_KEY_REUSED',
] as const;

const centreManagers = rolesAccess('center_admin', 'catalog_admin');

/**
 * The windows (窗口) of service centres and which departments' items each accepts.
 * WARNING: released subjects and payloads never change. A breaking change is a new version,
 * served beside the old one while callers migrate.
 */
export const centreWindowContracts = {
  listWindows: defineQuery({
    context: 'catalog',
    aggregate: 'window',
    verb: 'list',
    version: 1,
    summary: '列出服务中心的窗口（按窗口号），分页',
    access: publicAccess,
    errors: ['CATALOG.CENTRE_NOT_FOUND'],
    request: ListCentreWindowsRequestSchema,
    reply: CentreWindowPageSchema,
    samples: {
      request: { centreId: window.centreId, limit: 50 },
      reply: { items: [window], nextCursor: null },
    },
  }),
  getWindow: defineQuery({
    context: 'catalog',
    aggregate: 'window',
    verb: 'get',
    version: 1,
    summary: '按编号查询窗口',
    access: publicAccess,
    errors: ['CATALOG.WINDOW_NOT_FOUND'],
    request: GetCentreWindowRequestSchema,
    reply: CentreWindowSchema,
    samples: { request: { id: window.id }, reply: window },
  }),
  createWindow: defineCommand({
    context: 'catalog',
    aggregate: 'window',
    verb: 'create',
    version: 1,
    summary: '设置窗口及其受理的部门事项',
    access: centreManagers,
    errors: [
      'CATALOG.CENTRE_NOT_FOUND',
      'CATALOG.WINDOW_NUMBER_TAKEN',
      'CATALOG.WINDOW_DEPARTMENT_NOT_RESIDENT',
      ...idempotencyErrors,
    ],
    request: CreateCentreWindowRequestSchema,
    reply: CentreWindowSchema,
    samples: {
      request: {
        centreId: window.centreId,
        number: window.number,
        name: window.name,
        kind: window.kind,
        departments: window.departments,
      },
      reply: window,
    },
  }),
  updateWindow: defineCommand({
    context: 'catalog',
    aggregate: 'window',
    verb: 'update',
    version: 1,
    summary: '修改窗口的窗口号、名称、类型或受理的部门事项',
    access: centreManagers,
    errors: [
      'CATALOG.WINDOW_NOT_FOUND',
      'CATALOG.WINDOW_CHANGED_CONCURRENTLY',
      'CATALOG.WINDOW_NUMBER_TAKEN',
      'CATALOG.WINDOW_DEPARTMENT_NOT_RESIDENT',
      ...idempotencyErrors,
    ],
    request: UpdateCentreWindowRequestSchema,
    reply: CentreWindowSchema,
    samples: {
      request: { id: window.id, version: 1, departments: ['11330102002528004D'] },
      reply: { ...window, departments: ['11330102002528004D'], version: 2 },
    },
  }),
} as const;
