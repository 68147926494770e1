import { type ErrorDefinition } from '../errors/error-kind';

/** Errors of the catalog context. Codes never change. */
export const catalogErrors = {
  'CATALOG.DIVISION_CODE_INVALID': {
    kind: 'validation',
    message: '行政区划代码无效：应为 6 位或 12 位数字的统计用区划代码',
  },
  'CATALOG.DIVISION_NOT_FOUND': { kind: 'not_found', message: '未找到该行政区划' },
  'CATALOG.CREDIT_CODE_INVALID': {
    kind: 'validation',
    message: '统一社会信用代码无效：应为 18 位，且校验码正确',
  },
  'CATALOG.DEPARTMENT_DIVISION_UNKNOWN': {
    kind: 'unprocessable',
    message: '部门所属行政区划不在目录中，请先维护该行政区划',
  },
  'CATALOG.DEPARTMENT_EXISTS': {
    kind: 'conflict',
    message: '该统一社会信用代码的部门已登记',
  },
  'CATALOG.DEPARTMENT_NOT_FOUND': { kind: 'not_found', message: '未找到该部门' },
  'CATALOG.DEPARTMENT_CHANGED_CONCURRENTLY': {
    kind: 'conflict',
    message: '该部门刚被他人修改，请刷新后重试',
  },
} as const satisfies Record<`CATALOG.${string}`, ErrorDefinition>;
