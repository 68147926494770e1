import { publicAccess, rolesAccess } from '../schema/access';
import { defineCommand, defineQuery } from '../schema/contract';
import {
  AddResidentDepartmentRequestSchema,
  type Centre,
  CentrePageSchema,
  CentreSchema,
  CreateCentreRequestSchema,
  DepartmentPageSchema,
  GetCentreRequestSchema,
  ListCentresRequestSchema,
  ListDepartmentsRequestSchema,
  RemoveResidentDepartmentRequestSchema,
  UpdateCentreRequestSchema,
} from './centre.schemas';

const centre: Centre = {
  id: '01936d3a-7a00-7cc2-9f3e-1a2b3c4d5e01',
  division: '330102000000',
  kind: 'service-centre',
  name: '上城区政务服务中心',
  address: '杭州市上城区示例路 1 号',
  phone: '0571-87000001',
  openingHours: '周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）',
  residentDepartments: [
    { creditCode: '11330102002528004D', name: '杭州市上城区市场监督管理局' },
    { creditCode: '11330102002528015H', name: '杭州市上城区民政局' },
  ],
  version: 1,
};

const idempotencyErrors = [
  'PLATFORM.IDEMPOTENCY_KEY_INVALID',
  'PLATFORM.IDEMPOTENCY_KEY_REUSED',
] as const;

/** Centre administrators manage their centres; the catalogue administrator of the level may too. */
const centreManagers = rolesAccess('center_admin', 'catalog_admin');

/**
 * The directory of departments and service centres (部门、政务服务中心、进驻部门).
 * WARNING: released subjects and payloads never change. A breaking change is a new version,
 * served beside the old one while callers migrate.
 */
export const centreContracts = {
  listDepartments: defineQuery({
    context: 'catalog',
    aggregate: 'department',
    verb: 'list',
    version: 1,
    summary: '按行政区划列出部门（可含下级），分页',
    access: publicAccess,
    errors: ['CATALOG.DIVISION_CODE_INVALID'],
    request: ListDepartmentsRequestSchema,
    reply: DepartmentPageSchema,
    samples: {
      request: { division: '330102', includeSubtree: true, limit: 20 },
      reply: {
        items: [
          {
            id: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e6f',
            creditCode: '11330102002528004D',
            name: '杭州市上城区市场监督管理局',
            division: '330102000000',
            version: 1,
          },
        ],
        nextCursor: null,
      },
    },
  }),
  listCentres: defineQuery({
    context: 'catalog',
    aggregate: 'centre',
    verb: 'list',
    version: 1,
    summary: '按行政区划列出政务服务中心、便民服务中心和便民服务站（可含下级），分页',
    access: publicAccess,
    errors: ['CATALOG.DIVISION_CODE_INVALID'],
    request: ListCentresRequestSchema,
    reply: CentrePageSchema,
    samples: {
      request: { division: '330102', includeSubtree: true },
      reply: { items: [centre], nextCursor: null },
    },
  }),
  getCentre: defineQuery({
    context: 'catalog',
    aggregate: 'centre',
    verb: 'get',
    version: 1,
    summary: '按编号查询服务中心及其进驻部门',
    access: publicAccess,
    errors: ['CATALOG.CENTRE_NOT_FOUND'],
    request: GetCentreRequestSchema,
    reply: CentreSchema,
    samples: { request: { id: centre.id }, reply: centre },
  }),
  createCentre: defineCommand({
    context: 'catalog',
    aggregate: 'centre',
    verb: 'create',
    version: 1,
    summary: '设立服务中心（每个行政区划一个）',
    access: centreManagers,
    errors: [
      'CATALOG.CENTRE_DIVISION_UNKNOWN',
      'CATALOG.CENTRE_EXISTS',
      'CATALOG.RESIDENT_DEPARTMENT_UNKNOWN',
      'CATALOG.RESIDENT_DEPARTMENT_OUT_OF_LINE',
      'AUTH.DIVISION_OUT_OF_SCOPE',
      ...idempotencyErrors,
    ],
    request: CreateCentreRequestSchema,
    reply: CentreSchema,
    samples: {
      request: {
        division: centre.division,
        name: centre.name,
        address: centre.address,
        phone: centre.phone,
        openingHours: centre.openingHours,
        residentDepartments: centre.residentDepartments.map((department) => department.creditCode),
      },
      reply: centre,
    },
  }),
  updateCentre: defineCommand({
    context: 'catalog',
    aggregate: 'centre',
    verb: 'update',
    version: 1,
    summary: '修改服务中心的名称、地址、电话或办公时间',
    access: centreManagers,
    errors: [
      'CATALOG.CENTRE_NOT_FOUND',
      'CATALOG.CENTRE_CHANGED_CONCURRENTLY',
      ...idempotencyErrors,
    ],
    request: UpdateCentreRequestSchema,
    reply: CentreSchema,
    samples: {
      request: { id: centre.id, version: 1, phone: '0571-87000002' },
      reply: { ...centre, phone: '0571-87000002', version: 2 },
    },
  }),
  addResidentDepartment: defineCommand({
    context: 'catalog',
    aggregate: 'centre',
    verb: 'add-resident-department',
    version: 1,
    summary: '部门进驻服务中心',
    access: centreManagers,
    errors: [
      'CATALOG.CENTRE_NOT_FOUND',
      'CATALOG.RESIDENT_DEPARTMENT_UNKNOWN',
      'CATALOG.RESIDENT_DEPARTMENT_OUT_OF_LINE',
      ...idempotencyErrors,
    ],
    request: AddResidentDepartmentRequestSchema,
    reply: CentreSchema,
    samples: {
      request: { id: centre.id, creditCode: '11330100002519013X' },
      reply: {
        ...centre,
        residentDepartments: [
          ...centre.residentDepartments,
          { creditCode: '11330100002519013X', name: '杭州市公安局' },
        ],
        version: 2,
      },
    },
  }),
  removeResidentDepartment: defineCommand({
    context: 'catalog',
    aggregate: 'centre',
    verb: 'remove-resident-department',
    version: 1,
    summary: '部门撤出服务中心（须先调整受理其事项的窗口）',
    access: centreManagers,
    errors: [
      'CATALOG.CENTRE_NOT_FOUND',
      'CATALOG.RESIDENT_DEPARTMENT_NOT_FOUND',
      'CATALOG.RESIDENT_DEPARTMENT_IN_USE',
      ...idempotencyErrors,
    ],
    request: RemoveResidentDepartmentRequestSchema,
    reply: CentreSchema,
    samples: {
      request: { id: centre.id, creditCode: '11330102002528015H' },
      reply: { ...centre, residentDepartments: centre.residentDepartments.slice(0, 1), version: 2 },
    },
  }),
} as const;
