import { type Static, type TSchema } from '@sinclair/typebox';
import { type ErrorCode } from '../errors/registry';
import { type Role } from '../platform/roles';
import { publicAccess, rolesAccess } from '../schema/access';
import { defineCommand, defineQuery } from '../schema/contract';
import {
  type Case,
  CaseProgressRequestSchema,
  CaseProgressSchema,
  CaseSchema,
  CaseSummaryPageSchema,
  GetCaseRequestSchema,
  ListCasesRequestSchema,
  SubmitCaseRequestSchema,
  SubmittedCaseSchema,
} from './case.schemas';
import {
  CaseIdRequestSchema,
  DecideCaseRequestSchema,
  DeliverCaseRequestSchema,
  OptionalReasonRequestSchema,
  SuspendCaseRequestSchema,
  RejectCaseRequestSchema,
  RequestCorrectionRequestSchema,
} from './case-action.schemas';
import {
  type CaseDetail,
  CaseDetailSchema,
  CaseNoticeSchema,
  GetCaseNoticeRequestSchema,
} from './case-record.schemas';

export const sampleCase: Case = {
  id: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e6f',
  number: '330102-20261126-00000123',
  status: 'submitted',
  channel: 'online',
  division: '330102000000',
  item: { code: 'XK00001001', version: 1, name: '食品经营许可（新办）' },
  applicant: {
    kind: 'person',
    name: '张*',
    idNumber: '330102********0018',
    phone: '138****5678',
  },
  materials: [
    { key: 'application-form', name: '食品经营许可申请书', documentRef: 'doc:2026/11/26/0001' },
  ],
  limits: { statutory: 10, promised: 5 },
  clock: {
    phase: 'not-started',
    elapsed: null,
    statutory: null,
    promised: null,
    provisional: false,
  },
  agent: null,
  tasks: [],
  verifications: [],
  fee: { status: 'not-required', dueFen: 0, paidFen: 0 },
  receivedAt: '2026-11-26T02:30:00.000Z',
  updatedAt: '2026-11-26T02:30:00.000Z',
  sequence: 1,
};

const sampleNotice = {
  id: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e70',
  kind: 'acceptance' as const,
  title: '受理通知书',
  number: '杭州市上城区市场监督管理局受字〔2026〕第12号',
  issuedOn: '2026-11-27',
  issuedAt: '2026-11-27T02:00:00.000Z',
};

function sampleCaseDetail(): CaseDetail {
  return {
    ...sampleCase,
    firstResponder: 'sc-clerk',
    responsible: 'sc-clerk',
    window: null,
    timeline: [
      {
        sequence: 1,
        action: 'submit',
        status: 'submitted',
        by: { username: 'citizen-zhang', role: 'citizen' },
        at: sampleCase.receivedAt,
      },
    ],
    notices: [sampleNotice],
  };
}

const ACTION_ERRORS = [
  'CASE.ALREADY_SUSPENDED',
  'CASE.NOT_SUSPENDED',
  'CASE.ALREADY_EXTENDED',
  'CASE.EXTENSION_AFTER_DEADLINE',
  'CASE.NOT_FOUND',
  'CASE.TRANSITION_NOT_ALLOWED',
  'CASE.ACTOR_NOT_ALLOWED',
  'CASE.REASON_REQUIRED',
  'CASE.CORRECTION_EMPTY',
  'CASE.CORRECTION_DUPLICATE_MATERIAL',
  'CASE.CORRECTION_NEW_MATERIAL',
  'CASE.ACCEPTANCE_PERIOD_EXPIRED',
  'CASE.CHANGED_CONCURRENTLY',
  'PLATFORM.IDEMPOTENCY_KEY_INVALID',
  'PLATFORM.IDEMPOTENCY_KEY_REUSED',
] as const;

/** A command moving a case along its lifecycle; it answers the case as it now stands. */
export function caseAction<Req extends TSchema>(
  verb: string,
  summary: string,
  request: Req,
  roles: Role[],
  sample: Static<Req>,
  errors: readonly ErrorCode[] = [],
) {
  return defineCommand({
    context: 'cases',
    aggregate: 'case',
    verb,
    version: 1,
    summary,
    access: rolesAccess(...roles),
    errors: [...ACTION_ERRORS, ...errors],
    request,
    reply: CaseSchema,
    samples: { request: sample, reply: sampleCase },
  });
}

/**
 * The cases service's requests on the bus.
 * WARNING: released subjects and payloads never change.
 */
export const caseContracts = {
  submitCase: defineCommand({
    context: 'cases',
    aggregate: 'case',
    verb: 'submit',
    version: 1,
    summary: '提交办件申请（网上由申请人提交，窗口由窗口人员代为录入）',
    access: rolesAccess('citizen', 'agent', 'clerk'),
    errors: [
      'CASE.ITEM_NOT_AVAILABLE',
      'CASE.MATERIALS_MISMATCH',
      'CASE.APPLICANT_ID_INVALID',
      'CASE.LIMITS_INVALID',
      'AUTH.DIVISION_OUT_OF_SCOPE',
      'PLATFORM.IDEMPOTENCY_KEY_INVALID',
      'PLATFORM.IDEMPOTENCY_KEY_REUSED',
    ],
    request: SubmitCaseRequestSchema,
    reply: SubmittedCaseSchema,
    samples: {
      request: {
        itemCode: 'XK00001001',
        division: '330102000000',
        applicant: {
          kind: 'person',
          name: '张三',
          residentId: '330102199001010018',
          phone: '13812345678',
        },
        materials: [{ key: 'application-form', documentRef: 'doc:2026/11/26/0001' }],
      },
      reply: { case: sampleCase, queryCode: 'K7M3Q9TX' },
    },
  }),
  acceptCase: caseAction('accept', '受理申请（出具受理通知书）', CaseIdRequestSchema, ['clerk'], {
    id: sampleCase.id,
  }),
  rejectCase: caseAction(
    'reject',
    '不予受理（出具不予受理决定书）',
    RejectCaseRequestSchema,
    ['clerk'],
    {
      id: sampleCase.id,
      reason: '申请事项依法不属于本机关职权范围',
    },
  ),
  requestCorrection: caseAction(
    'request-correction',
    '一次性告知需要补正的全部材料（出具补正告知书）',
    RequestCorrectionRequestSchema,
    ['clerk'],
    { id: sampleCase.id, items: [{ material: 'premises-layout', problem: '未标明操作区域' }] },
  ),
  resubmitCase: caseAction(
    'resubmit',
    '补正后重新提交',
    CaseIdRequestSchema,
    ['citizen', 'agent', 'clerk'],
    { id: sampleCase.id },
  ),
  suspendCase: caseAction(
    'suspend',
    '中止审查，进入特别程序（听证、检验检测、专家评审等），计时暂停',
    SuspendCaseRequestSchema,
    ['clerk', 'approver'],
    { id: sampleCase.id, kind: 'inspection-testing-quarantine', reason: '需现场核查经营场所' },
  ),
  resumeCase: caseAction(
    'resume',
    '恢复审查，继续计时',
    OptionalReasonRequestSchema,
    ['clerk', 'approver'],
    {
      id: sampleCase.id,
    },
  ),
  extendCase: caseAction(
    'extend',
    '延长办理期限（一次，10 个工作日，经本机关负责人批准）',
    OptionalReasonRequestSchema,
    ['approver'],
    { id: sampleCase.id, reason: '需征求相关部门意见，经负责人批准延期' },
  ),
  decideCase: caseAction(
    'decide',
    '作出准予或不予许可的决定',
    DecideCaseRequestSchema,
    ['approver'],
    {
      id: sampleCase.id,
      outcome: 'approved',
    },
  ),
  concludeCase: caseAction('conclude', '办结', CaseIdRequestSchema, ['clerk'], {
    id: sampleCase.id,
  }),
  deliverCase: caseAction('deliver', '送达办理结果', DeliverCaseRequestSchema, ['clerk'], {
    id: sampleCase.id,
    method: 'window',
  }),
  withdrawCase: caseAction(
    'withdraw',
    '撤回申请（作出决定前）',
    OptionalReasonRequestSchema,
    ['citizen', 'agent', 'clerk'],
    { id: sampleCase.id, reason: '申请人主动撤回' },
  ),
  listCases: defineQuery({
    context: 'cases',
    aggregate: 'case',
    verb: 'list',
    version: 1,
    summary:
      '办件列表：工作人员看本辖区（可按区划、状态、事项、申请人筛选），申请人看本人的办件；新的在前',
    access: rolesAccess('citizen', 'agent', 'clerk', 'approver', 'center_admin', 'supervisor'),
    errors: ['AUTH.DIVISION_OUT_OF_SCOPE', 'PLATFORM.CURSOR_INVALID'],
    request: ListCasesRequestSchema,
    reply: CaseSummaryPageSchema,
    samples: {
      request: { status: 'under-review', overdue: true, limit: 20 },
      reply: {
        items: [
          {
            id: sampleCase.id,
            number: sampleCase.number,
            status: 'under-review',
            division: sampleCase.division,
            itemCode: sampleCase.item.code,
            itemName: sampleCase.item.name,
            clockPhase: 'running',
            statutoryDueDate: '2026-12-24',
            promisedDueDate: '2026-12-10',
            receivedAt: sampleCase.receivedAt,
            updatedAt: sampleCase.updatedAt,
          },
        ],
        nextCursor: null,
      },
    },
  }),
  getCase: defineQuery({
    context: 'cases',
    aggregate: 'case',
    verb: 'get',
    version: 1,
    summary: '办件详情（申请人本人；本辖区工作人员）',
    access: rolesAccess('citizen', 'agent', 'clerk', 'approver', 'center_admin', 'supervisor'),
    errors: ['CASE.NOT_FOUND'],
    request: GetCaseRequestSchema,
    reply: CaseDetailSchema,
    samples: { request: { id: sampleCase.id }, reply: sampleCaseDetail() },
  }),
  getCaseNotice: defineQuery({
    context: 'cases',
    aggregate: 'case',
    verb: 'get-notice',
    version: 1,
    summary: '办件文书（受理通知书、不予受理决定书、补正告知书、决定书），含可打印页面',
    access: rolesAccess('citizen', 'agent', 'clerk', 'approver', 'center_admin', 'supervisor'),
    errors: ['CASE.NOT_FOUND', 'CASE.NOTICE_NOT_FOUND'],
    request: GetCaseNoticeRequestSchema,
    reply: CaseNoticeSchema,
    samples: {
      request: { id: sampleCase.id, noticeId: sampleNotice.id },
      reply: {
        ...sampleNotice,
        caseId: sampleCase.id,
        issuer: '杭州市上城区市场监督管理局',
        paragraphs: ['张三：', '你（单位）于2026年11月26日提出的食品经营许可（新办）申请……'],
        html: '<!DOCTYPE html><html lang="zh-CN">…</html>',
      },
    },
  }),
  caseProgress: defineQuery({
    context: 'cases',
    aggregate: 'case',
    verb: 'progress',
    version: 1,
    summary: '凭办件编号和查询码查询办理进度（公开，不含个人信息）',
    access: publicAccess,
    errors: ['CASE.PROGRESS_NOT_FOUND'],
    request: CaseProgressRequestSchema,
    reply: CaseProgressSchema,
    samples: {
      request: { number: sampleCase.number, queryCode: 'K7M3Q9TX' },
      reply: {
        number: sampleCase.number,
        status: 'submitted',
        statusLabel: '已申请',
        itemName: sampleCase.item.name,
        receivedOn: '2026-11-26',
        updatedAt: sampleCase.updatedAt,
      },
    },
  }),
} as const;
