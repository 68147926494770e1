import { Type } from '@sinclair/typebox';
import { defineQuery } from '../schema/contract';
import { ListNoticesRequestSchema, NoticeSchema } from './notice.schemas';

/**
 * The notifications service's requests on the bus.
 * WARNING: released subjects and payloads never change.
 */
export const notificationsContracts = {
  listNotices: defineQuery({
    context: 'notifications',
    aggregate: 'notice',
    verb: 'list',
    version: 1,
    summary: '按业务对象查询已生成的通知，按接收顺序',
    request: ListNoticesRequestSchema,
    reply: Type.Array(NoticeSchema),
    samples: {
      request: { aggregateId: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e6f' },
      reply: [
        {
          id: '01936d3a-6000-7cc2-9f3e-1a2b3c4d5e70',
          eventId: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e6f',
          eventType: 'cn.gov.catalog.department.created.v1',
          aggregateId: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e6f',
          sequence: 1,
          division: '330100000000',
          title: '部门已登记：杭州市市场监督管理局',
          createdAt: '2026-11-26T08:30:01.000Z',
        },
      ],
    },
  }),
} as const;
