import { type ErrorDefinition } from '../errors/error-kind';

/** Errors of the power catalogue (权力清单). Codes never change. */
export const powerErrors = {
  'CATALOG.POWER_NOT_FOUND': { kind: 'not_found', message: '未找到该权力事项' },
  'CATALOG.POWER_VERSION_NOT_FOUND': {
    kind: 'not_found',
    message: '该权力事项没有这个版本：请核对版本号',
  },
  'CATALOG.POWER_CODE_AMBIGUOUS': {
    kind: 'validation',
    message: '多个省份的权力清单中都有该编码：请用 province 参数指明省份',
  },
  'CATALOG.POWER_CODE_INVALID': {
    kind: 'validation',
    message:
      '权力事项编码应为「类别代码 2 位 + 主项 5 位数字 + 子项 3 位数字」，且前两位与所选类别代码一致，如 XK00101000',
  },
  'CATALOG.POWER_EXISTS': {
    kind: 'conflict',
    message: '本省已有该编码的权力事项：请换用其他编码，或为已有事项创建新版本',
  },
  'CATALOG.POWER_CATEGORY_UNKNOWN': {
    kind: 'unprocessable',
    message: '本省的权力类别清单中没有该类别：请从本省配置的类别中选择',
  },
  'CATALOG.POWER_ORGAN_UNKNOWN': {
    kind: 'unprocessable',
    message: '实施主体不在您管辖范围内的部门目录中：请填写本辖区已登记部门的统一社会信用代码',
  },
  'CATALOG.POWER_ORGAN_DIVISION_MISMATCH': {
    kind: 'unprocessable',
    message:
      '实施主体须为该权力事项所属行政区划的部门：请选择同级部门，或将事项登记在实施主体所在区划',
  },
  'CATALOG.POWER_FLOW_INVALID': {
    kind: 'validation',
    message: '运行流程有误：须有唯一的起始步骤，各步骤的下一步须存在，且流程不得成环',
  },
  'CATALOG.POWER_DISCRETION_RANGE_INVALID': {
    kind: 'validation',
    message: '裁量基准的幅度有误：下限不得大于上限',
  },
  'CATALOG.POWER_DISCRETION_NOT_APPLICABLE': {
    kind: 'unprocessable',
    message:
      '该类别的权力事项不适用裁量基准：请删除裁量基准，或选择适用裁量基准的类别（如 行政处罚、行政强制）',
  },
  'CATALOG.POWER_LEGAL_BASIS_REQUIRED': {
    kind: 'unprocessable',
    message:
      '该类别的权力事项须至少有一项法律依据方可发布（无法定依据不得实施行政许可）：请在草稿中补充法律依据后再发布',
  },
  'CATALOG.POWER_VERSION_IMMUTABLE': {
    kind: 'conflict',
    message:
      '该版本已发布（或已被取代），不可修改：请为该权力事项创建新的草稿版本，修改后发布以取代现行版本',
  },
  'CATALOG.POWER_DRAFT_EXISTS': {
    kind: 'conflict',
    message: '该权力事项已有未发布的草稿版本：请修改并发布该草稿，不必再建新版本',
  },
  'CATALOG.POWER_NOT_PUBLISHED': {
    kind: 'conflict',
    message: '该权力事项尚未发布过，无需取消：草稿不对外公开，可继续修改',
  },
  'CATALOG.POWER_ABOLISHED': {
    kind: 'conflict',
    message: '该权力事项已取消，不能再修改、发布或新建版本：如需恢复，请以新编码登记',
  },
  'CATALOG.POWER_CHANGED_CONCURRENTLY': {
    kind: 'conflict',
    message: '该权力事项刚被他人修改，请刷新后重试',
  },
} as const satisfies Record<`CATALOG.POWER_${string}`, ErrorDefinition>;
