import { type ErrorDefinition } from '../errors/error-kind';

/** Errors of service centres, their windows and resident departments. Codes never change. */
export const centreErrors = {
  'CATALOG.CENTRE_NOT_FOUND': { kind: 'not_found', message: '未找到该服务中心' },
  'CATALOG.CENTRE_DIVISION_UNKNOWN': {
    kind: 'unprocessable',
    message: '服务中心所在行政区划不在目录中，请先维护该行政区划',
  },
  'CATALOG.CENTRE_EXISTS': {
    kind: 'conflict',
    message: '该行政区划已设有服务中心，一个行政区划只设一个服务中心；请修改已有的中心',
  },
  'CATALOG.CENTRE_CHANGED_CONCURRENTLY': {
    kind: 'conflict',
    message: '该服务中心刚被他人修改，请刷新后按最新内容重新提交',
  },
  'CATALOG.RESIDENT_DEPARTMENT_UNKNOWN': {
    kind: 'unprocessable',
    message: '该部门尚未登记，请先登记部门再设为进驻部门',
  },
  'CATALOG.RESIDENT_DEPARTMENT_OUT_OF_LINE': {
    kind: 'unprocessable',
    message: '进驻部门须为服务中心所在区划本级或上级的部门',
  },
  'CATALOG.RESIDENT_DEPARTMENT_NOT_FOUND': {
    kind: 'not_found',
    message: '该部门不是本服务中心的进驻部门',
  },
  'CATALOG.RESIDENT_DEPARTMENT_IN_USE': {
    kind: 'conflict',
    message: '仍有窗口受理该部门的事项：请先调整这些窗口，再撤出该部门',
  },
  'CATALOG.WINDOW_NOT_FOUND': { kind: 'not_found', message: '未找到该窗口' },
  'CATALOG.WINDOW_NUMBER_TAKEN': {
    kind: 'conflict',
    message: '本服务中心已有相同窗口号的窗口，请换一个窗口号',
  },
  'CATALOG.WINDOW_DEPARTMENT_NOT_RESIDENT': {
    kind: 'unprocessable',
    message: '窗口只能受理本服务中心进驻部门的事项：请先将该部门设为进驻部门',
  },
  'CATALOG.WINDOW_CHANGED_CONCURRENTLY': {
    kind: 'conflict',
    message: '该窗口刚被他人修改，请刷新后按最新内容重新提交',
  },
} as const satisfies Record<`CATALOG.${string}`, ErrorDefinition>;
