import { Type, type Static } from '@sinclair/typebox';
import { rolesAccess } from '../schema/access';
import { defineCommand, defineQuery } from '../schema/contract';
import { Timestamp } from '../schema/formats';
import { PageOf, PageRequestFields } from '../schema/page';
import { SERVICE_CONTEXTS, type ServiceContext } from './health.contracts';

export const ParkedEventSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[0-9]+$' }),
    consumer: Type.String(),
    eventId: Type.String(),
    subject: Type.String(),
    reason: Type.String(),
    attempts: Type.Integer({ minimum: 1 }),
    parkedAt: Timestamp,
  },
  { $id: 'ParkedEvent', additionalProperties: false },
);
export type ParkedEvent = Static<typeof ParkedEventSchema>;

export const ParkedEventPageSchema = PageOf(ParkedEventSchema, 'ParkedEventPage');

export const ListParkedEventsRequestSchema = Type.Object(
  { consumer: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), ...PageRequestFields },
  { additionalProperties: false },
);
export type ListParkedEventsRequest = Static<typeof ListParkedEventsRequestSchema>;

const ReplayParkedEventRequest = Type.Object(
  { id: Type.String({ pattern: '^[0-9]{1,18}$' }) },
  { additionalProperties: false },
);
const ReplayParkedEventReply = Type.Object(
  {
    id: Type.String(),
    outcome: Type.Union([
      Type.Literal('applied'),
      Type.Literal('duplicate'),
      Type.Literal('stale'),
    ]),
  },
  { additionalProperties: false },
);

const sample: ParkedEvent = {
  id: '1',
  consumer: 'notifications-catalog-departments',
  eventId: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e6f',
  subject: 'gov.evt.catalog.department.created.v1.33.01.00.000.000',
  reason: 'template missing',
  attempts: 5,
  parkedAt: '2026-11-26T08:30:00.000Z',
};

function parkedEventsOf(context: ServiceContext) {
  return {
    list: defineQuery({
      context,
      aggregate: 'parked-event',
      verb: 'list',
      version: 1,
      summary: `${context} 服务中处理失败而暂存的事件`,
      access: rolesAccess('ops'),
      request: ListParkedEventsRequestSchema,
      reply: ParkedEventPageSchema,
      samples: { request: {}, reply: { items: [sample], nextCursor: null } },
    }),
    replay: defineCommand({
      context,
      aggregate: 'parked-event',
      verb: 'replay',
      version: 1,
      summary: `重新处理 ${context} 服务的一条暂存事件`,
      access: rolesAccess('ops'),
      errors: ['PLATFORM.PARKED_EVENT_NOT_FOUND', 'PLATFORM.PARKED_EVENT_UNPROCESSABLE'],
      request: ReplayParkedEventRequest,
      reply: ReplayParkedEventReply,
      samples: { request: { id: '1' }, reply: { id: '1', outcome: 'applied' } },
    }),
  };
}

/**
 * Operations on events a consumer gave up on, one pair per service.
 * WARNING: released subjects and payloads never change.
 */
export const parkedEventContracts = Object.fromEntries(
  SERVICE_CONTEXTS.map((context) => [context, parkedEventsOf(context)]),
) as Record<ServiceContext, ReturnType<typeof parkedEventsOf>>;
