import { ROLE_NAMES } from '../platform/roles';
import { rolesAccess } from '../schema/access';
import { defineQuery } from '../schema/contract';
import {
  ListMyNoticesRequestSchema,
  ListNoticesRequestSchema,
  MyNoticePageSchema,
  NoticePageSchema,
} from './notice.schemas';

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
    summary: '本人管辖范围内已生成的通知，按接收顺序分页',
    access: rolesAccess('clerk', 'approver', 'center_admin', 'catalog_admin', 'supervisor', 'ops'),
    errors: ['AUTH.DIVISION_OUT_OF_SCOPE'],
    request: ListNoticesRequestSchema,
    reply: NoticePageSchema,
    samples: {
      request: { aggregateId: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e6f', limit: 20 },
      reply: {
        items: [
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
        nextCursor: null,
      },
    },
  }),
  listMyNotices: defineQuery({
    context: 'notifications',
    aggregate: 'notice',
    verb: 'list-mine',
    version: 1,
    summary: '本人的办件通知，新的在前',
    access: rolesAccess(...ROLE_NAMES),
    request: ListMyNoticesRequestSchema,
    reply: MyNoticePageSchema,
    samples: {
      request: { limit: 20 },
      reply: {
        items: [
          {
            id: '01936d3a-6000-7cc2-9f3e-1a2b3c4d5e71',
            caseId: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e6f',
            caseNumber: '330102-20261126-00000123',
            eventType: 'cn.gov.cases.case.accepted.v1',
            title: '办件 330102-20261126-00000123 已受理',
            createdAt: '2026-11-26T08:30:01.000Z',
          },
        ],
        nextCursor: null,
      },
    },
  }),
} as const;
