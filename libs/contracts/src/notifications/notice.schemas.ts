import { Type, type Static } from '@sinclair/typebox';
import { DivisionCode12, DivisionCodeInput, Timestamp, Uuid } from '../schema/formats';
import { PageOf, PageRequestFields } from '../schema/page';

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
    aggregateId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: '只看这一业务对象的通知' }),
    ),
    division: Type.Optional(
      Type.String({
        pattern: DivisionCodeInput.pattern,
        description: '只看该区划及其下级的通知；须在本人管辖范围内，不传则为本人管辖范围',
      }),
    ),
    ...PageRequestFields,
  },
  { $id: 'ListNoticesRequest', additionalProperties: false },
);
export type ListNoticesRequest = Static<typeof ListNoticesRequestSchema>;

export const NoticePageSchema = PageOf(NoticeSchema, 'NoticePage');
export type NoticePage = Static<typeof NoticePageSchema>;

/** A notice to the caller about a case of theirs (as its applicant or the agent who submitted it). */
export const MyNoticeSchema = Type.Object(
  {
    id: Uuid,
    caseId: Uuid,
    caseNumber: Type.String({ description: '办件编号' }),
    eventType: Type.String(),
    title: Type.String(),
    createdAt: Timestamp,
  },
  { $id: 'MyNotice', additionalProperties: false },
);
export type MyNotice = Static<typeof MyNoticeSchema>;

export const ListMyNoticesRequestSchema = Type.Object(
  { ...PageRequestFields },
  { $id: 'ListMyNoticesRequest', additionalProperties: false },
);
export type ListMyNoticesRequest = Static<typeof ListMyNoticesRequestSchema>;

export const MyNoticePageSchema = PageOf(MyNoticeSchema, 'MyNoticePage');
export type MyNoticePage = Static<typeof MyNoticePageSchema>;
