import { Type, type Static } from '@sinclair/typebox';
import { DivisionCode12, Timestamp, Uuid } from '../schema/formats';

/** A notice the notifications service recorded for an event it received. */
export const NoticeSchema = Type.Object(
  {
    id: Uuid,
    eventId: Uuid,
    eventType: Type.String(),
    aggregateId: Type.String(),
    sequence: Type.Integer({ minimum: 1 }),
    division: DivisionCode12,
    title: Type.String(),
    createdAt: Timestamp,
  },
  { $id: 'Notice', additionalProperties: false },
);
export type Notice = Static<typeof NoticeSchema>;

export const ListNoticesRequestSchema = Type.Object(
  {
    aggregateId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  },
  { $id: 'ListNoticesRequest', additionalProperties: false },
);
export type ListNoticesRequest = Static<typeof ListNoticesRequestSchema>;
