import { Type } from '@sinclair/typebox';
import { defineEvent } from '../events/event-contract';
import { DivisionCode12, Timestamp, Uuid } from '../schema/formats';
import { sampleCase } from './case.contracts';
import { CaseChannelSchema, CaseStatusSchema, FeeStatusSchema, LocalDate } from './case.schemas';

/** Whom to tell of a case event: the accounts of the applicant's side (no personal data). */
const Recipients = Type.Array(Type.String({ minLength: 1 }), {
  maxItems: 20,
  description: '应收到通知的账号（令牌 sub）：申请人本人、代办员',
});

/** What every lifecycle event of a case carries. */
export const CaseChangedSchema = Type.Object(
  {
    id: Uuid,
    number: Type.String(),
    itemCode: Type.String(),
    division: DivisionCode12,
    status: CaseStatusSchema,
    reason: Type.Optional(Type.String()),
    statutoryDueDate: Type.Union([LocalDate, Type.Null()], {
      description: '法定期限届满日（含延期）；受理前为空',
    }),
    promisedDueDate: Type.Union([LocalDate, Type.Null()], {
      description: '承诺期限届满日；受理前为空',
    }),
    department: Type.Optional(Type.String({ description: '并联审批：作出意见或开启任务的部门' })),
    departments: Type.Optional(Type.Array(Type.String(), { description: '并联审批的各部门' })),
    feeStatus: Type.Optional(FeeStatusSchema),
    handedTo: Type.Optional(Type.String({ description: '转办：接手的工作人员' })),
    recipients: Type.Optional(Recipients),
    verification: Type.Optional(
      Type.Object(
        {
          requestId: Uuid,
          system: Type.String(),
          kind: Type.String(),
          status: Type.String({
            description: '核查中 pending / verified / mismatch / not-found / timed-out',
          }),
        },
        { additionalProperties: false },
      ),
    ),
    amountFen: Type.Optional(
      Type.Integer({ minimum: 0, description: '本次缴费、退费或核定的金额（分）' }),
    ),
    at: Timestamp,
  },
  { additionalProperties: false },
);

export const CaseSubmittedSchema = Type.Object(
  {
    id: Uuid,
    number: Type.String(),
    itemCode: Type.String(),
    itemVersion: Type.Integer({ minimum: 1 }),
    division: DivisionCode12,
    channel: CaseChannelSchema,
    status: CaseStatusSchema,
    recipients: Type.Optional(Recipients),
    agent: Type.Optional(
      Type.Object(
        { subject: Type.String(), username: Type.String(), division: DivisionCode12 },
        { additionalProperties: false, description: '代办员及其服务的村（社区）' },
      ),
    ),
    receivedAt: Timestamp,
  },
  { additionalProperties: false },
);

/**
 * The cases service's events (CloudEvents types `cn.gov.cases.…`), subject per handling division.
 * WARNING: released types, subjects and data never change.
 */
export const caseEvents = {
  caseSubmitted: defineEvent({
    context: 'cases',
    aggregate: 'case',
    event: 'submitted',
    version: 1,
    summary: '办件已提交',
    data: CaseSubmittedSchema,
    sample: {
      id: sampleCase.id,
      number: sampleCase.number,
      itemCode: 'XK00001001',
      itemVersion: 1,
      division: sampleCase.division,
      channel: 'online',
      status: 'submitted',
      receivedAt: sampleCase.receivedAt,
    },
  }),
  caseAccepted: caseChanged('accepted', '办件已受理'),
  caseRejected: caseChanged('rejected', '办件不予受理'),
  caseCorrectionRequested: caseChanged('correction-requested', '已一次性告知补正材料'),
  caseResubmitted: caseChanged('resubmitted', '申请人已补正并重新提交'),
  caseSuspended: caseChanged('suspended', '办件中止（特别程序），计时暂停'),
  caseResumed: caseChanged('resumed', '办件恢复审查'),
  caseExtended: caseChanged('extended', '办理期限已延长'),
  caseDeadlinesRecomputed: caseChanged(
    'deadlines-recomputed',
    '工作日历调整，办理期限已按新日历重新计算',
  ),
  caseDecided: caseChanged('decided', '已作出决定'),
  caseTasksOpened: caseChanged('tasks-opened', '并联审批：各部门审批任务已开启'),
  caseTaskDecided: caseChanged('task-decided', '并联审批：部门已作出审批意见'),
  caseFeeAssessed: caseChanged('fee-assessed', '已按收费标准核定应缴费用'),
  caseFeePaid: caseChanged('fee-paid', '已登记缴费'),
  caseRefunded: caseChanged('refunded', '已退费'),
  caseVerificationRequested: caseChanged('verification-requested', '已发起联网核查'),
  caseVerificationAnswered: caseChanged('verification-answered', '联网核查已答复'),
  caseVerificationTimedOut: caseChanged('verification-timed-out', '联网核查超时未答复'),
  caseHandedOver: caseChanged('handed-over', '办件已转办'),
  caseConcluded: caseChanged('concluded', '办件已办结'),
  caseDelivered: caseChanged('delivered', '办理结果已送达'),
  caseWithdrawn: caseChanged('withdrawn', '申请已撤回'),
} as const;

function caseChanged(event: string, summary: string) {
  return defineEvent({
    context: 'cases',
    aggregate: 'case',
    event,
    version: 1,
    summary,
    data: CaseChangedSchema,
    sample: {
      id: sampleCase.id,
      number: sampleCase.number,
      itemCode: 'XK00001001',
      division: sampleCase.division,
      status: 'under-review',
      statutoryDueDate: '2026-04-01',
      promisedDueDate: '2026-03-20',
      at: sampleCase.updatedAt,
    },
  });
}
