import { type Static, Type } from '@sinclair/typebox';
import { Timestamp, Uuid } from '../schema/formats';
import { CaseSchema, CaseStatusSchema, LocalDate } from './case.schemas';

export const NOTICE_KIND_VALUES = ['acceptance', 'rejection', 'correction', 'decision'] as const;

export const NoticeKindSchema = Type.Union(
  NOTICE_KIND_VALUES.map((kind) => Type.Literal(kind)),
  { description: '受理通知书 / 不予受理决定书 / 补正告知书 / 决定书' },
);

/** A notice document of a case, as listed with the case. */
export const NoticeSummarySchema = Type.Object(
  {
    id: Uuid,
    kind: NoticeKindSchema,
    title: Type.String({ examples: ['受理通知书'] }),
    number: Type.String({
      description: '文书编号',
      examples: ['杭州市上城区市场监督管理局受字〔2026〕第12号'],
    }),
    issuedOn: LocalDate,
    issuedAt: Timestamp,
  },
  { $id: 'NoticeSummary', additionalProperties: false },
);
export type NoticeSummary = Static<typeof NoticeSummarySchema>;

/** A notice document in full: its paragraphs, and the printable page. */
export const CaseNoticeSchema = Type.Object(
  {
    ...NoticeSummarySchema.properties,
    caseId: Uuid,
    issuer: Type.String({ description: '出具文书的机关' }),
    paragraphs: Type.Array(Type.String(), { description: '正文各段（纯文本）' }),
    html: Type.String({ description: '可打印的 HTML 页面（A4）' }),
  },
  { $id: 'CaseNotice', additionalProperties: false },
);
export type CaseNotice = Static<typeof CaseNoticeSchema>;

export const GetCaseNoticeRequestSchema = Type.Object(
  { id: Uuid, noticeId: Uuid },
  { $id: 'GetCaseNoticeRequest', additionalProperties: false },
);
export type GetCaseNoticeRequest = Static<typeof GetCaseNoticeRequestSchema>;

/** One recorded step of a case: who did what, in which role, when, and why. */
export const TimelineEntrySchema = Type.Object(
  {
    sequence: Type.Integer({ minimum: 1 }),
    action: Type.String({ examples: ['accept'] }),
    status: Type.Union([CaseStatusSchema, Type.Null()], {
      description: '此步之后的状态；不改变状态的记录为空',
    }),
    by: Type.Object(
      {
        username: Type.String(),
        role: Type.Union([Type.String(), Type.Null()], { description: '系统自动处理时为空' }),
      },
      { additionalProperties: false },
    ),
    reason: Type.Optional(Type.String()),
    at: Timestamp,
  },
  { $id: 'TimelineEntry', additionalProperties: false },
);
export type TimelineEntry = Static<typeof TimelineEntrySchema>;

/** A case with its timeline (from the audit trail) and its notice documents. */
export const CaseDetailSchema = Type.Object(
  {
    ...CaseSchema.properties,
    firstResponder: Type.Union([Type.String(), Type.Null()], {
      description: '首问负责人（首位经办工作人员的用户名）',
    }),
    timeline: Type.Array(TimelineEntrySchema),
    notices: Type.Array(NoticeSummarySchema),
  },
  { $id: 'CaseDetail', additionalProperties: false },
);
export type CaseDetail = Static<typeof CaseDetailSchema>;
