import { defineEvent } from '../events/event-contract';
import { DepartmentCreatedSchema, DepartmentRenamedSchema } from './department.schemas';

const departmentSample = {
  id: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e6f',
  creditCode: '91350100M000100Y43',
  name: '杭州市市场监督管理局',
  division: '330100000000',
};

/**
 * The catalog's events (CloudEvents types `cn.gov.catalog.…`).
 * WARNING: released types, subjects and data never change; a breaking change is a new version.
 */
export const catalogEvents = {
  departmentCreated: defineEvent({
    context: 'catalog',
    aggregate: 'department',
    event: 'created',
    version: 1,
    summary: '部门已登记',
    data: DepartmentCreatedSchema,
    sample: departmentSample,
  }),
  departmentRenamed: defineEvent({
    context: 'catalog',
    aggregate: 'department',
    event: 'renamed',
    version: 1,
    summary: '部门已更名',
    data: DepartmentRenamedSchema,
    sample: {
      id: departmentSample.id,
      name: '杭州市市场监管局',
      previousName: departmentSample.name,
    },
  }),
} as const;
