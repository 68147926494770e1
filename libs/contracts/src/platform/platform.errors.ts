import { type ErrorDefinition } from '../errors/error-kind';

/** Errors of the platform itself (transport, validation, availability). Codes never change. */
export const platformErrors = {
  'PLATFORM.VALIDATION_FAILED': {
    kind: 'validation',
    message: '请求内容不符合要求，请按提示修改后重新提交',
  },
  'PLATFORM.ROUTE_NOT_FOUND': { kind: 'not_found', message: '请求的地址不存在' },
  'PLATFORM.SERVICE_UNAVAILABLE': {
    kind: 'unavailable',
    message: '服务暂时不可用，请稍后重试',
  },
  'PLATFORM.TIMEOUT': { kind: 'timeout', message: '服务响应超时，请稍后重试' },
  'PLATFORM.INTERNAL': { kind: 'internal', message: '系统内部错误，请稍后重试或联系运维人员' },
} as const satisfies Record<`PLATFORM.${string}`, ErrorDefinition>;
