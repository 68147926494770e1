import { type ErrorDefinition } from '../errors/error-kind';

/** Errors of the deadline watch (电子监察预警). Codes never change. */
export const warningErrors = {
  'WARNING.NOT_FOUND': {
    kind: 'not_found',
    message: '未找到该预警，请核对预警编号',
  },
  'WARNING.OUT_OF_SCOPE': {
    kind: 'forbidden',
    message: '该预警所属办件不在您的管辖范围内，不能签收或批注，请转交该辖区的监察人员处理',
  },
  'WARNING.ALREADY_ACKNOWLEDGED': {
    kind: 'conflict',
    message: '该预警已被签收，无需重复签收；如需补充意见请添加批注',
  },
  'WARNING.THRESHOLD_NOT_FOUND': {
    kind: 'not_found',
    message: '该区划（事项）没有单独设置的预警阈值，已按默认规则预警，无需删除',
  },
} as const satisfies Record<string, ErrorDefinition>;
