import { type ErrorDefinition } from '../errors/error-kind';

/** Errors of service items and their guides. Codes never change. */
export const itemErrors = {
  'CATALOG.ITEM_NOT_FOUND': { kind: 'not_found', message: '未找到该事项' },
  'CATALOG.ITEM_VERSION_NOT_FOUND': {
    kind: 'not_found',
    message: '未找到该事项的这一版本（或该日期没有有效版本）',
  },
  'CATALOG.ITEM_CODE_INVALID': {
    kind: 'validation',
    message:
      '事项编码不符合本省编码规则：基本编码为 2 位大写字母类别 + 5 位主项 + 3 位子项，如 XK00001001',
  },
  'CATALOG.ITEM_CODE_TAKEN': { kind: 'conflict', message: '该事项编码已被使用，请换一个编码' },
  'CATALOG.ITEM_DIVISION_UNKNOWN': {
    kind: 'unprocessable',
    message: '事项所在区划不在目录中或已撤销，请选择现行有效的区划',
  },
  'CATALOG.ITEM_ORGAN_UNKNOWN': {
    kind: 'unprocessable',
    message: '办理主体（部门）不在目录中，或不属于事项所在区划，请先登记该部门',
  },
  'CATALOG.ITEM_PROMISED_OVER_STATUTORY': {
    kind: 'unprocessable',
    message: '承诺时限不得超过法定时限，请缩短承诺时限',
  },
  'CATALOG.ITEM_BASIS_REQUIRED': {
    kind: 'unprocessable',
    message: '行政许可和非行政许可审批事项须有法律依据才能发布，请先填写设定和实施依据',
  },
  'CATALOG.ITEM_GUIDE_INCONSISTENT': {
    kind: 'unprocessable',
    message: '办事指南内容前后不一致，请按提示修改',
  },
  'CATALOG.ITEM_IMPLEMENTATION_WIDENS': {
    kind: 'unprocessable',
    message:
      '实施清单只能缩短承诺时限、减少材料、降低收费，不得改变依据或超过法定时限，请按提示修改',
  },
  'CATALOG.ITEM_BASE_NOT_PUBLISHED': {
    kind: 'unprocessable',
    message: '基本目录事项尚未发布或已取消，不能据此编制实施清单',
  },
  'CATALOG.ITEM_IMPLEMENTATION_LEVEL': {
    kind: 'unprocessable',
    message: '实施清单须由基本目录事项所在区划的下级区划编制',
  },
  'CATALOG.ITEM_VERSION_NOT_DRAFT': {
    kind: 'conflict',
    message: '已发布的版本不可修改，请先创建新版本草稿再修改',
  },
  'CATALOG.ITEM_DRAFT_EXISTS': {
    kind: 'conflict',
    message: '该事项已有未发布的草稿，请修改或发布该草稿',
  },
  'CATALOG.ITEM_ABOLISHED': { kind: 'conflict', message: '该事项已取消，不能再修改或发布' },
  'CATALOG.ITEM_VALID_FROM_INVALID': {
    kind: 'unprocessable',
    message: '生效日期不得早于现行版本的生效日期',
  },
  'CATALOG.ITEM_CHANGED_CONCURRENTLY': {
    kind: 'conflict',
    message: '该事项刚被他人修改，请刷新后重试',
  },
  'CATALOG.SEARCH_TERM_INVALID': {
    kind: 'validation',
    message: '关键词至少包含一个汉字、字母或数字',
  },
} as const satisfies Record<`CATALOG.${string}`, ErrorDefinition>;
