import { type Static, type TSchema } from '@sinclair/typebox';
import { sampleCase } from '../cases/case.contracts';
import { type ErrorCode } from '../errors/registry';
import { publicAccess, rolesAccess } from '../schema/access';
import { defineCommand, defineQuery } from '../schema/contract';
import {
  AppealRatingRequestSchema,
  type CaseRating,
  CaseRatingSchema,
  CloseRectificationRequestSchema,
  DecideAppealRequestSchema,
  ListRectificationsRequestSchema,
  RateCaseRequestSchema,
  RatingStatisticsRequestSchema,
  RatingStatisticsSchema,
  RecordCallBackRequestSchema,
  type Rectification,
  RectificationIdRequestSchema,
  RectificationPageSchema,
  RectificationSchema,
} from './rating.schemas';
import { GetCaseRequestSchema } from '../cases/case.schemas';

const sampleRectificationId = '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5ea0';

const sampleRating: CaseRating = {
  caseId: sampleCase.id,
  level: 2,
  levelLabel: '不满意',
  dimensions: { overall: 2, efficiency: 2, guideAccuracy: 3, convenience: 2, attitude: 3 },
  comment: '材料要求前后说法不一，跑了两趟',
  raterRole: 'applicant',
  ratedAt: '2026-12-01T02:00:00.000Z',
  annulled: false,
  rectification: { id: sampleRectificationId, status: 'open', dueOn: '2026-12-22' },
};

const sampleRectification: Rectification = {
  id: sampleRectificationId,
  caseId: sampleCase.id,
  caseNumber: sampleCase.number,
  division: sampleCase.division,
  itemCode: sampleCase.item.code,
  itemName: sampleCase.item.name,
  level: 2,
  comment: sampleRating.comment,
  status: 'open',
  openedAt: '2026-12-01T02:00:00.000Z',
  dueOn: '2026-12-22',
  overdue: false,
  callBacks: [
    {
      at: '2026-12-02T03:00:00.000Z',
      by: 'sc-center-admin',
      reached: true,
      summary: '已电话联系申请人，说明材料要求并致歉',
    },
  ],
  result: null,
  closedAt: null,
  closedBy: null,
  appeal: null,
};

/** Who works on a rectification: the centre's administrators; clerks and supervisors read. */
const READERS = rolesAccess('center_admin', 'supervisor', 'clerk');
const IDEMPOTENT: readonly ErrorCode[] = [
  'PLATFORM.IDEMPOTENCY_KEY_INVALID',
  'PLATFORM.IDEMPOTENCY_KEY_REUSED',
];
const WORK_ERRORS: readonly ErrorCode[] = [
  'RECTIFICATION.NOT_FOUND',
  'RECTIFICATION.OUT_OF_SCOPE',
  ...IDEMPOTENT,
];

/** A change to a rectification task by the centre or a supervisor; it answers the task. */
function rectificationCommand<Req extends TSchema>(
  verb: string,
  summary: string,
  request: Req,
  role: 'center_admin' | 'supervisor',
  sample: Static<Req>,
  errors: readonly ErrorCode[],
) {
  return defineCommand({
    context: 'cases',
    aggregate: 'rectification',
    verb,
    version: 1,
    summary,
    access: rolesAccess(role),
    errors: [...WORK_ERRORS, ...errors],
    request,
    reply: RectificationSchema,
    samples: { request: sample, reply: sampleRectification },
  });
}

/**
 * Good/bad reviews (好差评, 国办发〔2019〕51号) and the rectification of bad ones.
 * WARNING: released subjects and payloads never change.
 */
export const ratingContracts = {
  rateCase: defineCommand({
    context: 'cases',
    aggregate: 'rating',
    verb: 'submit',
    version: 1,
    summary:
      '评价办件（好差评）：办结后由申请人本人或代为提交的代办员评价一次；不满意、非常不满意自动生成整改任务',
    access: rolesAccess('citizen', 'agent'),
    errors: [
      'CASE.NOT_FOUND',
      'RATING.NOT_YOUR_CASE',
      'RATING.CASE_NOT_CONCLUDED',
      'RATING.ALREADY_RATED',
      ...IDEMPOTENT,
    ],
    request: RateCaseRequestSchema,
    reply: CaseRatingSchema,
    samples: {
      request: {
        id: sampleCase.id,
        level: 2,
        dimensions: { efficiency: 2, guideAccuracy: 3, convenience: 2, attitude: 3 },
        comment: '材料要求前后说法不一，跑了两趟',
      },
      reply: sampleRating,
    },
  }),
  getRating: defineQuery({
    context: 'cases',
    aggregate: 'rating',
    verb: 'get',
    version: 1,
    summary: '办件的评价及其整改状态（申请人、代办员；本辖区工作人员）',
    access: rolesAccess('citizen', 'agent', 'clerk', 'approver', 'center_admin', 'supervisor'),
    errors: ['CASE.NOT_FOUND', 'RATING.NOT_FOUND'],
    request: GetCaseRequestSchema,
    reply: CaseRatingSchema,
    samples: { request: { id: sampleCase.id }, reply: sampleRating },
  }),
  ratingStatistics: defineQuery({
    context: 'cases',
    aggregate: 'rating',
    verb: 'statistics',
    version: 1,
    summary:
      '好差评公开统计：各等级评价数、满意率、差评整改率，按事项分列（公开，不含任何个人信息；已撤销的差评另列）',
    access: publicAccess,
    errors: ['STATISTICS.PERIOD_REVERSED'],
    request: RatingStatisticsRequestSchema,
    reply: RatingStatisticsSchema,
    samples: {
      request: { division: '330102', from: '2026-12-01', to: '2026-12-31' },
      reply: {
        division: '330102000000',
        from: '2026-12-01',
        to: '2026-12-31',
        totals: sampleFigures(),
        items: [
          { itemCode: sampleCase.item.code, itemName: sampleCase.item.name, ...sampleFigures() },
        ],
      },
    },
  }),
  listRectifications: defineQuery({
    context: 'cases',
    aggregate: 'rectification',
    verb: 'list',
    version: 1,
    summary: '差评整改任务列表（本辖区；可按状态、区划、是否超期筛选），整改期限近的在前',
    access: READERS,
    errors: ['AUTH.DIVISION_OUT_OF_SCOPE', 'PLATFORM.CURSOR_INVALID'],
    request: ListRectificationsRequestSchema,
    reply: RectificationPageSchema,
    samples: {
      request: { status: 'open', overdue: true, limit: 20 },
      reply: { items: [sampleRectification], nextCursor: null },
    },
  }),
  getRectification: defineQuery({
    context: 'cases',
    aggregate: 'rectification',
    verb: 'get',
    version: 1,
    summary: '差评整改任务详情：回访记录、整改结果、申诉及裁定',
    access: READERS,
    errors: ['RECTIFICATION.NOT_FOUND'],
    request: RectificationIdRequestSchema,
    reply: RectificationSchema,
    samples: { request: { id: sampleRectificationId }, reply: sampleRectification },
  }),
  recordCallBack: rectificationCommand(
    'record-call-back',
    '登记回访记录（是否联系上评价人、回访情况）',
    RecordCallBackRequestSchema,
    'center_admin',
    { id: sampleRectificationId, reached: true, summary: '已电话联系申请人，说明材料要求并致歉' },
    ['RECTIFICATION.ALREADY_CLOSED'],
  ),
  closeRectification: rectificationCommand(
    'close',
    '提交整改结果，整改任务结束（须至少有一次回访记录）',
    CloseRectificationRequestSchema,
    'center_admin',
    { id: sampleRectificationId, result: '已统一窗口一次性告知口径，并对窗口人员进行培训' },
    [
      'RECTIFICATION.CALL_BACK_REQUIRED',
      'RECTIFICATION.ALREADY_CLOSED',
      'RECTIFICATION.APPEAL_PENDING',
    ],
  ),
  appealRating: rectificationCommand(
    'appeal',
    '对恶意差评或误评提出申诉，由监察人员裁定（每个差评一次）',
    AppealRatingRequestSchema,
    'center_admin',
    { id: sampleRectificationId, reason: '评价人误将他人办件评价为本件，有通话录音为证' },
    [
      'RECTIFICATION.ALREADY_CLOSED',
      'RECTIFICATION.APPEAL_PENDING',
      'RECTIFICATION.APPEAL_ALREADY_DECIDED',
    ],
  ),
  decideAppeal: rectificationCommand(
    'decide-appeal',
    '裁定差评申诉：成立则撤销差评（不再计入统计），驳回则继续整改',
    DecideAppealRequestSchema,
    'supervisor',
    { id: sampleRectificationId, upheld: true, reason: '录音证实评价对象有误' },
    ['RECTIFICATION.NO_APPEAL_PENDING', 'RECTIFICATION.APPEAL_ALREADY_DECIDED'],
  ),
} as const;

function sampleFigures() {
  return {
    levels: [
      { level: 5, label: '非常满意', count: 40 },
      { level: 4, label: '满意', count: 6 },
      { level: 3, label: '基本满意', count: 2 },
      { level: 2, label: '不满意', count: 1 },
      { level: 1, label: '非常不满意', count: 1 },
    ],
    total: 50,
    averageLevel: 4.66,
    satisfactionRate: 0.96,
    badReviews: 2,
    rectified: 1,
    rectificationRate: 0.5,
    annulled: 1,
  };
}
