import { type Static, Type } from '@sinclair/typebox';
import { Timestamp, Uuid } from '../schema/formats';
import { PageRequestFields } from '../schema/page';
import {
  VerificationKindSchema,
  VerificationOutcomeSchema,
} from '../integration/verification.contracts';
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
    responsible: Type.Union([Type.String(), Type.Null()], {
      description: '当前负责的工作人员（转办后为接手人）',
    }),
    window: Type.Union(
      [
        Type.Object(
          { id: Uuid, number: Type.String(), name: Type.String() },
          { additionalProperties: false },
        ),
        Type.Null(),
      ],
      { description: '转办至窗口时，当前负责的窗口' },
    ),
    timeline: Type.Array(TimelineEntrySchema),
    notices: Type.Array(NoticeSummarySchema),
  },
  { $id: 'CaseDetail', additionalProperties: false },
);
export type CaseDetail = Static<typeof CaseDetailSchema>;

export const ConcludeOnTheSpotRequestSchema = Type.Object(
  {
    id: Uuid,
    outcome: Type.Union([Type.Literal('approved'), Type.Literal('denied')], {
      description: '准予 / 不予许可',
    }),
    reason: Type.Optional(
      Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S', description: '不予许可的理由' }),
    ),
  },
  { $id: 'ConcludeOnTheSpotRequest', additionalProperties: false },
);
export type ConcludeOnTheSpotRequest = Static<typeof ConcludeOnTheSpotRequestSchema>;

export const RevealApplicantRequestSchema = Type.Object(
  {
    id: Uuid,
    purpose: Type.String({
      minLength: 2,
      maxLength: 200,
      pattern: '\\S',
      description: '查看原文的事由（记入审计日志），例如：电话告知补正材料',
    }),
  },
  { $id: 'RevealApplicantRequest', additionalProperties: false },
);
export type RevealApplicantRequest = Static<typeof RevealApplicantRequestSchema>;

/** The applicant's identifiers in clear, for the staff handling the case; every view is audited. */
export const RevealedApplicantSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('person'), Type.Literal('organisation')]),
    name: Type.String(),
    idNumber: Type.String({ description: '居民身份证号码或统一社会信用代码（原文）' }),
    phone: Type.String({ description: '联系电话（原文）' }),
  },
  { $id: 'RevealedApplicant', additionalProperties: false },
);
export type RevealedApplicant = Static<typeof RevealedApplicantSchema>;

/** One row of a case's audit trail, as a supervisor reads it (no personal data is ever in it). */
export const AuditRowSchema = Type.Object(
  {
    position: Type.Integer({ minimum: 1, description: '在审计链中的位置' }),
    aggregateType: Type.String({
      description: '`case`：办件的变更；`case-personal-data`：查看原文',
    }),
    sequence: Type.Integer({ minimum: 1 }),
    action: Type.String(),
    actor: Type.Object(
      {
        kind: Type.Union([Type.Literal('user'), Type.Literal('service')]),
        username: Type.String(),
        role: Type.Union([Type.String(), Type.Null()]),
      },
      { additionalProperties: false },
    ),
    change: Type.Unknown({ description: '变更内容' }),
    occurredAt: Timestamp,
    hash: Type.String(),
    prevHash: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'AuditRow', additionalProperties: false },
);

export const CaseAuditTrailSchema = Type.Object(
  {
    caseId: Uuid,
    rows: Type.Array(AuditRowSchema),
    verification: Type.Object(
      {
        ok: Type.Boolean({ description: '逐行哈希、链接、序号与已签名锚点均核验无误' }),
        rowsChecked: Type.Integer({ minimum: 0 }),
        anchorsChecked: Type.Integer({ minimum: 0 }),
        problem: Type.Union(
          [
            Type.Object(
              {
                kind: Type.String({ examples: ['row-altered', 'sequence-gap', 'anchor-mismatch'] }),
              },
              { additionalProperties: true },
            ),
            Type.Null(),
          ],
          { description: '发现的第一个问题（被篡改的行、缺失的行、重算的链……）' },
        ),
      },
      { additionalProperties: false },
    ),
  },
  { $id: 'CaseAuditTrail', additionalProperties: false },
);
export type CaseAuditTrail = Static<typeof CaseAuditTrailSchema>;

export const ListCaseTasksRequestSchema = Type.Object(
  { ...PageRequestFields },
  { $id: 'ListCaseTasksRequest', additionalProperties: false },
);
export type ListCaseTasksRequest = Static<typeof ListCaseTasksRequestSchema>;

/** A signed head of the cases schema's audit chain, published so a rewrite can be detected. */
export const AuditAnchoredSchema = Type.Object(
  {
    schema: Type.String(),
    position: Type.Integer({ minimum: 1 }),
    hash: Type.String(),
    anchoredAt: Type.String({ description: '数据库时间（UTC，微秒）' }),
    signature: Type.String(),
  },
  { additionalProperties: false },
);

const DepartmentCode = Type.String({
  pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$',
  description: '部门（机关）统一社会信用代码',
});
const Reason = (description: string) =>
  Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S', description });

export const DecideTaskRequestSchema = Type.Object(
  {
    id: Uuid,
    department: DepartmentCode,
    outcome: Type.Union([Type.Literal('approved'), Type.Literal('denied')], {
      description: '同意 / 不同意',
    }),
    reason: Type.Optional(Reason('不同意的理由（不同意时必填）')),
  },
  { $id: 'DecideTaskRequest', additionalProperties: false },
);
export type DecideTaskRequest = Static<typeof DecideTaskRequestSchema>;

export const RequestTaskMaterialRequestSchema = Type.Object(
  { id: Uuid, department: DepartmentCode, reason: Reason('需要补充的材料及要求') },
  { $id: 'RequestTaskMaterialRequest', additionalProperties: false },
);
export type RequestTaskMaterialRequest = Static<typeof RequestTaskMaterialRequestSchema>;

const Reference = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$',
  description: '缴费（退费）凭证号：票据号、交易流水号等，同一办件内不得重复',
});
const WindowRef = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '\\S',
  description: '收费窗口（窗口编号）',
});
const AmountFen = Type.Integer({ minimum: 1, maximum: 100_000_000, description: '金额（分）' });

export const RecordPaymentRequestSchema = Type.Object(
  {
    id: Uuid,
    reference: Reference,
    channel: Type.Union(
      [
        Type.Literal('cash'),
        Type.Literal('card'),
        Type.Literal('mobile'),
        Type.Literal('transfer'),
        Type.Literal('online'),
      ],
      { description: '现金 / 刷卡 / 扫码 / 转账 / 网上支付' },
    ),
    amountFen: AmountFen,
    window: WindowRef,
  },
  { $id: 'RecordPaymentRequest', additionalProperties: false },
);
export type RecordPaymentRequest = Static<typeof RecordPaymentRequestSchema>;

export const RefundRequestSchema = Type.Object(
  {
    id: Uuid,
    reference: Reference,
    amountFen: AmountFen,
    reason: Reason('退费原因'),
    window: WindowRef,
  },
  { $id: 'RefundRequest', additionalProperties: false },
);
export type RefundRequest = Static<typeof RefundRequestSchema>;

export const FeeReconciliationRequestSchema = Type.Object(
  {
    date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: '对账日期（北京时间）' }),
    division: Type.Optional(
      Type.String({ pattern: '^(\\d{6}|\\d{12})$', description: '区划（须在本人管辖范围内）' }),
    ),
  },
  { $id: 'FeeReconciliationRequest', additionalProperties: false },
);
export type FeeReconciliationRequest = Static<typeof FeeReconciliationRequestSchema>;

/** The day's totals per window (日结对账): payments, refunds and the net, in fen. */
export const FeeReconciliationSchema = Type.Object(
  {
    date: Type.String(),
    division: Type.String(),
    windows: Type.Array(
      Type.Object(
        {
          window: Type.String(),
          payments: Type.Integer({ minimum: 0, description: '缴费笔数' }),
          paymentsFen: Type.Integer({ minimum: 0 }),
          refunds: Type.Integer({ minimum: 0, description: '退费笔数' }),
          refundsFen: Type.Integer({ minimum: 0 }),
          netFen: Type.Integer({ description: '实收净额（分）' }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'FeeReconciliation', additionalProperties: false },
);
export type FeeReconciliation = Static<typeof FeeReconciliationSchema>;

export const RequestVerificationRequestSchema = Type.Object(
  {
    id: Uuid,
    system: Type.String({
      pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$',
      description:
        '部门核查系统，如 public-security（公安人口信息）、market-regulation（市场主体登记）',
    }),
    kind: VerificationKindSchema,
    documentNumber: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        pattern: '^\\S+$',
        description: '证照或证书编号（核查证照、证书时必填）',
      }),
    ),
  },
  { $id: 'RequestVerificationRequest', additionalProperties: false },
);
export type RequestVerificationRequest = Static<typeof RequestVerificationRequestSchema>;

export const AnswerVerificationRequestSchema = Type.Object(
  {
    id: Uuid,
    requestId: Uuid,
    outcome: VerificationOutcomeSchema,
    detail: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S', description: '核查说明' }),
  },
  { $id: 'AnswerVerificationRequest', additionalProperties: false },
);
export type AnswerVerificationRequest = Static<typeof AnswerVerificationRequestSchema>;

export const HandOverRequestSchema = Type.Object(
  {
    id: Uuid,
    to: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        pattern: '\\S',
        description: '接手的工作人员（用户名），须在本人管辖范围内；与 toWindow 二选一',
      }),
    ),
    /** 接手的窗口（服务中心窗口的 id）；与 to 二选一。 */
    toWindow: Type.Optional(Uuid),
    reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S', description: '转办理由' }),
  },
  { $id: 'HandOverRequest', additionalProperties: false },
);
export type HandOverRequest = Static<typeof HandOverRequestSchema>;
