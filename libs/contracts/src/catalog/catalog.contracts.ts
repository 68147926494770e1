import { publicAccess, rolesAccess } from '../schema/access';
import { defineCommand, defineQuery } from '../schema/contract';
import {
  CreateDepartmentRequestSchema,
  DepartmentSchema,
  GetDepartmentRequestSchema,
  RenameDepartmentRequestSchema,
} from './department.schemas';
import { DivisionSchema, GetDivisionRequestSchema } from './division.schemas';

const department = {
  id: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e6f',
  creditCode: '91350100M000100Y43',
  name: '杭州市市场监督管理局',
  division: '330100000000',
  version: 1,
};

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
    access: publicAccess,
    errors: ['CATALOG.DIVISION_CODE_INVALID', 'CATALOG.DIVISION_NOT_FOUND'],
    request: GetDivisionRequestSchema,
    reply: DivisionSchema,
    samples: {
      request: { code: '330102' },
      reply: { code: '330102000000', name: '上城区', level: 'county', parentCode: '330100000000' },
    },
  }),
  createDepartment: defineCommand({
    context: 'catalog',
    aggregate: 'department',
    verb: 'create',
    version: 1,
    summary: '登记部门',
    access: rolesAccess('catalog_admin'),
    errors: [
      'CATALOG.CREDIT_CODE_INVALID',
      'CATALOG.DIVISION_CODE_INVALID',
      'CATALOG.DEPARTMENT_DIVISION_UNKNOWN',
      'CATALOG.DEPARTMENT_EXISTS',
      'AUTH.DIVISION_OUT_OF_SCOPE',
      'PLATFORM.IDEMPOTENCY_KEY_INVALID',
      'PLATFORM.IDEMPOTENCY_KEY_REUSED',
    ],
    request: CreateDepartmentRequestSchema,
    reply: DepartmentSchema,
    samples: {
      request: {
        creditCode: department.creditCode,
        name: department.name,
        division: department.division,
      },
      reply: department,
    },
  }),
  renameDepartment: defineCommand({
    context: 'catalog',
    aggregate: 'department',
    verb: 'rename',
    version: 1,
    summary: '部门更名',
    access: rolesAccess('catalog_admin'),
    errors: [
      'CATALOG.DEPARTMENT_NOT_FOUND',
      'CATALOG.DEPARTMENT_CHANGED_CONCURRENTLY',
      'PLATFORM.IDEMPOTENCY_KEY_INVALID',
      'PLATFORM.IDEMPOTENCY_KEY_REUSED',
    ],
    request: RenameDepartmentRequestSchema,
    reply: DepartmentSchema,
    samples: {
      request: { id: department.id, name: '杭州市市场监管局' },
      reply: { ...department, name: '杭州市市场监管局', version: 2 },
    },
  }),
  getDepartment: defineQuery({
    context: 'catalog',
    aggregate: 'department',
    verb: 'get',
    version: 1,
    summary: '按编号查询部门',
    access: publicAccess,
    errors: ['CATALOG.DEPARTMENT_NOT_FOUND'],
    request: GetDepartmentRequestSchema,
    reply: DepartmentSchema,
    samples: { request: { id: department.id }, reply: department },
  }),
} as const;
