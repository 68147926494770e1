import { defineEvent } from '../events/event-contract';
import { type CentreWindowChanged, CentreWindowChangedSchema } from './centre-window.schemas';
import { type CentreChanged, CentreChangedSchema } from './centre.schemas';

const centre: CentreChanged = {
  id: '01936d3a-7a00-7cc2-9f3e-1a2b3c4d5e01',
  division: '330102000000',
  kind: 'service-centre',
  name: '上城区政务服务中心',
  address: '杭州市上城区示例路 1 号',
  phone: '0571-87000001',
  openingHours: '周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）',
  residentDepartments: ['11330102002528004D', '11330102002528015H'],
  changed: [],
};

const window: CentreWindowChanged = {
  id: '01936d3a-7b00-7cc2-9f3e-1a2b3c4d5e02',
  centreId: centre.id,
  division: centre.division,
  number: '01',
  name: '企业开办综合受理窗口',
  kind: 'comprehensive',
  departments: ['11330102002528004D', '11330102002528015H'],
  changed: [],
};

/**
 * Events of service centres and their windows (CloudEvents types `cn.gov.catalog.centre.…` and
 * `cn.gov.catalog.window.…`). Each carries the whole record as it now is, so a service routing
 * cases to windows keeps its copy by replacing it (ordered per record by `sequence`).
 * WARNING: released types, subjects and data never change; a breaking change is a new version.
 */
export const centreEvents = {
  centreCreated: defineEvent({
    context: 'catalog',
    aggregate: 'centre',
    event: 'created',
    version: 1,
    summary: '服务中心已设立',
    data: CentreChangedSchema,
    sample: centre,
  }),
  centreUpdated: defineEvent({
    context: 'catalog',
    aggregate: 'centre',
    event: 'updated',
    version: 1,
    summary: '服务中心信息或进驻部门已变更',
    data: CentreChangedSchema,
    sample: {
      ...centre,
      residentDepartments: ['11330102002528004D'],
      changed: ['residentDepartments'],
    },
  }),
  windowCreated: defineEvent({
    context: 'catalog',
    aggregate: 'window',
    event: 'created',
    version: 1,
    summary: '窗口已设置',
    data: CentreWindowChangedSchema,
    sample: window,
  }),
  windowUpdated: defineEvent({
    context: 'catalog',
    aggregate: 'window',
    event: 'updated',
    version: 1,
    summary: '窗口已调整',
    data: CentreWindowChangedSchema,
    sample: { ...window, departments: ['11330102002528004D'], changed: ['departments'] },
  }),
} as const;
