import { defineEvent } from '../events/event-contract';
import { rolesAccess } from '../schema/access';
import { defineCommand, defineQuery } from '../schema/contract';
import { caseAction, sampleCase } from './case.contracts';
import { CaseSummaryPageSchema, GetCaseRequestSchema } from './case.schemas';
import {
  AnswerVerificationRequestSchema,
  AuditAnchoredSchema,
  RequestVerificationRequestSchema,
  CaseAuditTrailSchema,
  HandOverRequestSchema,
  ConcludeOnTheSpotRequestSchema,
  DecideTaskRequestSchema,
  FeeReconciliationRequestSchema,
  FeeReconciliationSchema,
  RecordPaymentRequestSchema,
  RefundRequestSchema,
  RequestTaskMaterialRequestSchema,
  ListCaseTasksRequestSchema,
  RevealApplicantRequestSchema,
  RevealedApplicantSchema,
} from './case-record.schemas';

/**
 * The cases service's requests for the work around a case: on-the-spot conclusion, the personal
 * data in clear for the staff handling it, its audit trail, the staff's task lists.
 * WARNING: released subjects and payloads never change.
 */
export const caseWorkContracts = {
  concludeOnTheSpot: caseAction(
    'conclude-on-the-spot',
    '即办件当场办结：受理、决定、办结一次完成（仅承诺时限为 0 的事项）',
    ConcludeOnTheSpotRequestSchema,
    ['clerk'],
    { id: sampleCase.id, outcome: 'approved' },
    ['CASE.NOT_ON_THE_SPOT_ITEM'],
  ),
  revealApplicant: defineCommand({
    context: 'cases',
    aggregate: 'case',
    verb: 'reveal-applicant',
    version: 1,
    summary: '查看申请人证件号码、电话原文（经办工作人员；每次查看记入审计日志）',
    access: rolesAccess('clerk', 'approver'),
    errors: ['CASE.NOT_FOUND'],
    request: RevealApplicantRequestSchema,
    reply: RevealedApplicantSchema,
    samples: {
      request: { id: sampleCase.id, purpose: '电话告知补正材料' },
      reply: { kind: 'person', name: '张三', idNumber: '330102199001010018', phone: '13812345678' },
    },
  }),
  decideTask: caseAction(
    'decide-task',
    '并联审批：本部门对审批任务作出同意或不同意的意见（最后一个部门作出意见后办件即作出决定）',
    DecideTaskRequestSchema,
    ['approver'],
    { id: sampleCase.id, department: '11330102002528004D', outcome: 'approved' },
    ['CASE.TASK_NOT_FOUND', 'CASE.TASK_OTHER_DEPARTMENT', 'CASE.TASK_ALREADY_DECIDED'],
  ),
  requestTaskMaterial: caseAction(
    'request-task-material',
    '并联审批：本部门要求补充材料（办件中止、计时暂停，材料收到后恢复审查）',
    RequestTaskMaterialRequestSchema,
    ['approver'],
    { id: sampleCase.id, department: '11330102002528004D', reason: '请补充消防设施检测报告' },
    ['CASE.TASK_NOT_FOUND', 'CASE.TASK_OTHER_DEPARTMENT', 'CASE.TASK_ALREADY_DECIDED'],
  ),
  recordPayment: caseAction(
    'record-payment',
    '一个窗口收费：登记缴费',
    RecordPaymentRequestSchema,
    ['clerk'],
    {
      id: sampleCase.id,
      reference: 'PJ20261126001',
      channel: 'mobile',
      amountFen: 1000,
      window: 'W05',
    },
    ['CASE.FEE_NOT_REQUIRED', 'CASE.PAYMENT_EXCEEDS_DUE', 'CASE.PAYMENT_REFERENCE_REUSED'],
  ),
  refundFee: caseAction(
    'refund',
    '一个窗口收费：退费（须说明原因）',
    RefundRequestSchema,
    ['clerk'],
    {
      id: sampleCase.id,
      reference: 'TF20261126001',
      amountFen: 1000,
      reason: '申请人撤回申请',
      window: 'W05',
    },
    ['CASE.REFUND_EXCEEDS_PAID', 'CASE.PAYMENT_REFERENCE_REUSED'],
  ),
  feeReconciliation: defineQuery({
    context: 'cases',
    aggregate: 'case',
    verb: 'fee-reconciliation',
    version: 1,
    summary: '收费日结对账：本辖区各收费窗口当日缴费、退费笔数与金额',
    access: rolesAccess('clerk', 'center_admin'),
    errors: ['AUTH.DIVISION_OUT_OF_SCOPE'],
    request: FeeReconciliationRequestSchema,
    reply: FeeReconciliationSchema,
    samples: {
      request: { date: '2026-11-26' },
      reply: {
        date: '2026-11-26',
        division: '330102000000',
        windows: [
          {
            window: 'W05',
            payments: 3,
            paymentsFen: 3000,
            refunds: 1,
            refundsFen: 1000,
            netFen: 2000,
          },
        ],
      },
    },
  }),
  requestVerification: caseAction(
    'request-verification',
    '联网核查：请部门系统核查申请人身份、证照或证书（请求、答复或超时均记入办件）',
    RequestVerificationRequestSchema,
    ['clerk', 'approver'],
    { id: sampleCase.id, system: 'public-security', kind: 'identity' },
    ['CASE.VERIFICATION_SYSTEM_UNKNOWN'],
  ),
  answerVerification: caseAction(
    'answer-verification',
    '联网核查：部门系统补报核查结果（超时后迟到的答复）',
    AnswerVerificationRequestSchema,
    ['integration'],
    {
      id: sampleCase.id,
      requestId: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e71',
      outcome: 'verified',
      detail: '身份信息一致',
    },
    ['CASE.VERIFICATION_NOT_FOUND', 'CASE.VERIFICATION_ALREADY_ANSWERED'],
  ),
  handOver: caseAction(
    'hand-over',
    '转办：把办件交给本辖区的另一位工作人员或另一个窗口（首问负责人不变）；监察人员可在辖区内改派',
    HandOverRequestSchema,
    ['clerk', 'approver', 'center_admin', 'supervisor'],
    { id: sampleCase.id, to: 'sc-approver', reason: '需审批人员审查' },
    [
      'CASE.HANDOVER_TARGET_UNKNOWN',
      'CASE.HANDOVER_OUT_OF_SCOPE',
      'CASE.HANDOVER_TARGET_NOT_STAFF',
      'CASE.HANDOVER_TO_SAME_STAFF',
    ],
  ),
  getAuditTrail: defineQuery({
    context: 'cases',
    aggregate: 'case',
    verb: 'audit-trail',
    version: 1,
    summary: '办件审计日志及其核验结果（监察人员、中心管理员，本辖区）',
    access: rolesAccess('supervisor', 'center_admin'),
    errors: ['CASE.NOT_FOUND'],
    request: GetCaseRequestSchema,
    reply: CaseAuditTrailSchema,
    samples: {
      request: { id: sampleCase.id },
      reply: {
        caseId: sampleCase.id,
        rows: [
          {
            position: 1,
            aggregateType: 'case',
            sequence: 1,
            action: 'submit',
            actor: { kind: 'user', username: 'citizen-zhang', role: 'citizen' },
            change: { number: sampleCase.number },
            occurredAt: sampleCase.receivedAt,
            hash: 'sha-256:…',
            prevHash: null,
          },
        ],
        verification: { ok: true, rowsChecked: 1, anchorsChecked: 0, problem: null },
      },
    },
  }),
  listTasks: defineQuery({
    context: 'cases',
    aggregate: 'case',
    verb: 'tasks',
    version: 1,
    summary:
      '我的待办：窗口人员为本辖区待受理的办件（按受理期限），审批人员为本辖区审查中的办件（按承诺期限），最急的在前',
    access: rolesAccess('clerk', 'approver'),
    errors: ['PLATFORM.CURSOR_INVALID'],
    request: ListCaseTasksRequestSchema,
    reply: CaseSummaryPageSchema,
    samples: { request: { limit: 20 }, reply: { items: [], nextCursor: null } },
  }),
} as const;

/** The cases service's own audit events. */
export const caseAuditEvents = {
  auditAnchored: defineEvent({
    context: 'cases',
    aggregate: 'audit',
    event: 'anchored',
    version: 1,
    summary: '审计链头已签名锚定',
    data: AuditAnchoredSchema,
    sample: {
      schema: 'cases',
      position: 42,
      hash: 'sha-256:…',
      anchoredAt: '2026-11-26T08:00:00.000000Z',
      signature: '…',
    },
  }),
} as const;
