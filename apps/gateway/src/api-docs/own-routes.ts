import { type ApiReplyOptions } from './api-reply.decorator';
import { PrincipalSchema, SuiteHealthSchema } from './gateway-schemas';

/** `GET /health` in the API document (`@ApiReply(HEALTH_REPLY)`). */
export const HEALTH_REPLY: ApiReplyOptions = {
  summary: '套件健康状态：网关、NATS 及各服务（含其数据库）',
  description: 'Health of the suite: the gateway, NATS and each service (its database too).',
  reply: SuiteHealthSchema,
  operationId: 'health.get',
  alternateReplies: {
    503: {
      description: '有组件不可用（见响应体） · something is down, named in the body',
      schema: SuiteHealthSchema,
    },
  },
};

/** `GET /api/v1/me` in the API document (`@ApiReply(ME_REPLY)`). */
export const ME_REPLY: ApiReplyOptions = {
  summary: '当前用户：角色、行政区划、部门',
  description: 'The caller as the suite sees it: roles, division, department.',
  reply: PrincipalSchema,
  operationId: 'me.get',
};
