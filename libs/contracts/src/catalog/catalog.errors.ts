import { type ErrorDefinition } from '../errors/error-kind';

/** Errors of the catalog context. Codes never change. */
export const catalogErrors = {
  'CATALOG.DIVISION_CODE_INVALID': {
    kind: 'validation',
    message: '行政区划代码无效：应为 6 位或 12 位数字的统计用区划代码',
  },
  'CATALOG.DIVISION_NOT_FOUND': { kind: 'not_found', message: '未找到该行政区划' },
} as const satisfies Record<`CATALOG.${string}`, ErrorDefinition>;
