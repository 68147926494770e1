import { type ErrorDefinition } from '../errors/error-kind';

/** Errors of the platform itself (transport, validation, availability). Codes never change. */
export const platformErrors = {
  'PLATFORM.VALIDATION_FAILED': {
    kind: 'validation',
    message: '请求内容不符合要求，请按提示修改后重新提交',
  },
  'PLATFORM.IDEMPOTENCY_KEY_INVALID': {
    kind: 'validation',
    message: 'Idempotency-Key 无效：应为 1 至 200 个可见 ASCII 字符',
  },
  'PLATFORM.IDEMPOTENCY_KEY_REUSED': {
    kind: 'conflict',
    message: '该 Idempotency-Key 已用于内容不同的另一请求，请为新请求使用新的键',
  },
  'PLATFORM.CURSOR_INVALID': {
    kind: 'validation',
    message: '分页游标无效：请使用上一页返回的 nextCursor，或去掉 cursor 从第一页开始',
  },
  'PLATFORM.PARKED_EVENT_NOT_FOUND': { kind: 'not_found', message: '未找到该暂存事件' },
  'PLATFORM.PARKED_EVENT_UNPROCESSABLE': {
    kind: 'unprocessable',
    message: '暂存事件仍无法处理，请查看原因并修复后重试',
  },
  'AUTH.TOKEN_MISSING': {
    kind: 'unauthenticated',
    message: '请先登录：请求需携带 Authorization: Bearer <访问令牌>',
  },
  'AUTH.TOKEN_INVALID': {
    kind: 'unauthenticated',
    message: '访问令牌无效或已过期，请重新登录获取新令牌',
  },
  'AUTH.ROLE_NOT_ADMITTED': { kind: 'forbidden', message: '您的角色无权执行此操作' },
  'AUTH.DIVISION_OUT_OF_SCOPE': {
    kind: 'forbidden',
    message: '所选行政区划不在您的管辖范围内，请选择本级或下级区划',
  },
  'PLATFORM.ROUTE_NOT_FOUND': { kind: 'not_found', message: '请求的地址不存在' },
  'PLATFORM.SERVICE_UNAVAILABLE': {
    kind: 'unavailable',
    message: '服务暂时不可用，请稍后重试',
  },
  'PLATFORM.TIMEOUT': { kind: 'timeout', message: '服务响应超时，请稍后重试' },
  'PLATFORM.PAYLOAD_TOO_LARGE': {
    kind: 'payload_too_large',
    message: '请求内容过大，超过了允许的上限：请精简内容后重新提交',
  },
  'PLATFORM.RATE_LIMITED': {
    kind: 'rate_limited',
    message: '请求过于频繁，请稍后再试：需等待的秒数见响应头 Retry-After',
  },
  'PLATFORM.INTERNAL': { kind: 'internal', message: '系统内部错误，请稍后重试或联系运维人员' },
} as const satisfies Record<`PLATFORM.${string}` | `AUTH.${string}`, ErrorDefinition>;
