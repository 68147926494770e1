import { type ErrorDefinition } from '../errors/error-kind';

/**
 * Errors of the division catalogue: refusals of an import and of its rows. Each row problem of a
 * failed import names one of these codes with its line. Codes never change.
 */
export const divisionErrors = {
  'CATALOG.DIVISION_IMPORT_NOT_FOUND': { kind: 'not_found', message: '未找到该区划导入任务' },
  'CATALOG.DIVISION_LIST_FORMAT_UNKNOWN': {
    kind: 'unprocessable',
    message:
      '无法识别代码表格式：每行应为“代码<制表符或逗号>名称”（GB/T 2260 为 6 位代码，统计用区划代码为 12 位），可有一行表头',
  },
  'CATALOG.DIVISION_ROW_MALFORMED': {
    kind: 'unprocessable',
    message: '该行不符合代码表格式：请检查分隔符、列数和代码位数',
  },
  'CATALOG.DIVISION_NAME_INVALID': {
    kind: 'unprocessable',
    message: '区划名称不能为空，且不超过 100 个字',
  },
  'CATALOG.DIVISION_ROW_DUPLICATE': {
    kind: 'unprocessable',
    message: '同一区划代码在代码表中出现了多次，请只保留一行',
  },
  'CATALOG.DIVISION_PARENT_MISSING': {
    kind: 'unprocessable',
    message:
      '上级区划既不在代码表中，也不是目录中有效的区划：请在代码表中加入上级区划（如直辖市的“市辖区”）',
  },
  'CATALOG.DIVISION_SUCCESSOR_INVALID': {
    kind: 'unprocessable',
    message: '承继关系无效：被承继的区划须在本次导入中撤销，承继区划须在导入后仍然有效',
  },
  'CATALOG.DIVISION_SUCCESSOR_CYCLE': {
    kind: 'unprocessable',
    message: '承继关系构成循环（区划直接或间接承继自身），请检查承继关系',
  },
  'CATALOG.DIVISION_VALIDITY_CONFLICT': {
    kind: 'unprocessable',
    message: '生效日期早于该区划的启用日期，不能在此日期撤销：请核对生效日期',
  },
  'CATALOG.DIVISION_LIST_EMPTY': {
    kind: 'unprocessable',
    message: '代码表中没有任何区划行',
  },
} as const satisfies Record<`CATALOG.${string}`, ErrorDefinition>;
