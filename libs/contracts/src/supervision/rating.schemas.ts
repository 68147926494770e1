import { type Static, Type } from '@sinclair/typebox';
import { LocalDate } from '../cases/case.schemas';
import { DivisionCode12, DivisionCodeInput, Timestamp, Uuid } from '../schema/formats';
import { PageOf, PageRequestFields } from '../schema/page';

/** One of the five levels of 国办发〔2019〕51号: 5 非常满意 … 1 非常不满意. */
export const RatingLevelSchema = Type.Integer({
  minimum: 1,
  maximum: 5,
  description: '评价等级：5 非常满意，4 满意，3 基本满意，2 不满意，1 非常不满意',
});

const Score = (description: string) =>
  Type.Integer({ minimum: 1, maximum: 5, description: `${description}（1–5 分）` });

/** The dimensions the rater scores; the overall satisfaction is the level itself. */
export const RatedDimensionsSchema = Type.Object(
  {
    efficiency: Score('办事效率'),
    guideAccuracy: Score('办事指南准确性'),
    convenience: Score('办事便捷程度'),
    attitude: Score('服务态度'),
  },
  { additionalProperties: false },
);

/** The standard dimensions as stored and shown: `overall` always equals the level. */
export const RatingDimensionsSchema = Type.Object(
  {
    overall: Score('总体满意度（即评价等级）'),
    efficiency: Score('办事效率'),
    guideAccuracy: Score('办事指南准确性'),
    convenience: Score('办事便捷程度'),
    attitude: Score('服务态度'),
  },
  { additionalProperties: false },
);
export type RatingDimensions = Static<typeof RatingDimensionsSchema>;

export const RateCaseRequestSchema = Type.Object(
  {
    id: Uuid,
    level: RatingLevelSchema,
    dimensions: RatedDimensionsSchema,
    comment: Type.Optional(
      Type.String({ minLength: 1, maxLength: 500, description: '评价内容（选填，500 字以内）' }),
    ),
  },
  { additionalProperties: false },
);
export type RateCaseRequest = Static<typeof RateCaseRequestSchema>;

export const RectificationStatusSchema = Type.Union(
  [
    Type.Literal('open'),
    Type.Literal('closed'),
    Type.Literal('appealed'),
    Type.Literal('annulled'),
  ],
  { description: '整改中 open / 已整改 closed / 申诉待裁定 appealed / 差评已撤销 annulled' },
);
export type RectificationStatus = Static<typeof RectificationStatusSchema>;

export const CaseRatingSchema = Type.Object(
  {
    caseId: Uuid,
    level: RatingLevelSchema,
    levelLabel: Type.String({ description: '评价等级名称，如「满意」' }),
    dimensions: RatingDimensionsSchema,
    comment: Type.Union([Type.String(), Type.Null()]),
    raterRole: Type.Union([Type.Literal('applicant'), Type.Literal('agent')], {
      description: '评价人：申请人本人 applicant / 代办员 agent',
    }),
    ratedAt: Timestamp,
    annulled: Type.Boolean({ description: '申诉成立、差评已撤销：不计入任何统计' }),
    rectification: Type.Union([
      Type.Object(
        { id: Uuid, status: RectificationStatusSchema, dueOn: LocalDate },
        { additionalProperties: false, description: '差评的整改任务' },
      ),
      Type.Null(),
    ]),
  },
  { $id: 'CaseRating', additionalProperties: false },
);
export type CaseRating = Static<typeof CaseRatingSchema>;

export const CallBackSchema = Type.Object(
  {
    at: Timestamp,
    by: Type.String({ description: '回访人（用户名）' }),
    reached: Type.Boolean({ description: '是否联系上评价人' }),
    summary: Type.String(),
  },
  { additionalProperties: false },
);
export type CallBack = Static<typeof CallBackSchema>;

export const AppealSchema = Type.Object(
  {
    reason: Type.String(),
    by: Type.String({ description: '申诉人（用户名）' }),
    at: Timestamp,
    decision: Type.Union([Type.Literal('upheld'), Type.Literal('rejected'), Type.Null()], {
      description: '申诉成立 upheld / 驳回 rejected / 待裁定 null',
    }),
    decidedBy: Type.Union([Type.String(), Type.Null()]),
    decidedAt: Type.Union([Timestamp, Type.Null()]),
    decisionReason: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type Appeal = Static<typeof AppealSchema>;

export const RectificationSchema = Type.Object(
  {
    id: Uuid,
    caseId: Uuid,
    caseNumber: Type.String(),
    division: DivisionCode12,
    itemCode: Type.String(),
    itemName: Type.String(),
    level: RatingLevelSchema,
    comment: Type.Union([Type.String(), Type.Null()], { description: '评价人的评价内容' }),
    status: RectificationStatusSchema,
    openedAt: Timestamp,
    dueOn: LocalDate,
    overdue: Type.Boolean({ description: '整改期限已过仍未结束' }),
    callBacks: Type.Array(CallBackSchema),
    result: Type.Union([Type.String(), Type.Null()]),
    closedAt: Type.Union([Timestamp, Type.Null()]),
    closedBy: Type.Union([Type.String(), Type.Null()]),
    appeal: Type.Union([AppealSchema, Type.Null()]),
  },
  { $id: 'Rectification', additionalProperties: false },
);
export type Rectification = Static<typeof RectificationSchema>;

export const RectificationPageSchema = PageOf(RectificationSchema, 'RectificationPage');
export type RectificationPage = Static<typeof RectificationPageSchema>;

export const ListRectificationsRequestSchema = Type.Object(
  {
    status: Type.Optional(RectificationStatusSchema),
    division: Type.Optional(DivisionCodeInput),
    overdue: Type.Optional(
      Type.Boolean({ description: 'true：只看已过整改期限仍未结束的；false：其余的' }),
    ),
    ...PageRequestFields,
  },
  { additionalProperties: false },
);
export type ListRectificationsRequest = Static<typeof ListRectificationsRequestSchema>;

export const RectificationIdRequestSchema = Type.Object(
  { id: Uuid },
  { additionalProperties: false },
);

const Text = (maxLength: number, description: string) =>
  Type.String({ minLength: 1, maxLength, description });

export const RecordCallBackRequestSchema = Type.Object(
  {
    id: Uuid,
    reached: Type.Boolean({ description: '是否联系上评价人' }),
    summary: Text(1000, '回访情况'),
  },
  { additionalProperties: false },
);
export type RecordCallBackRequest = Static<typeof RecordCallBackRequestSchema>;

export const CloseRectificationRequestSchema = Type.Object(
  { id: Uuid, result: Text(2000, '整改结果') },
  { additionalProperties: false },
);
export type CloseRectificationRequest = Static<typeof CloseRectificationRequestSchema>;

export const AppealRatingRequestSchema = Type.Object(
  { id: Uuid, reason: Text(2000, '申诉理由：恶意差评或误评的事实与证据') },
  { additionalProperties: false },
);
export type AppealRatingRequest = Static<typeof AppealRatingRequestSchema>;

export const DecideAppealRequestSchema = Type.Object(
  {
    id: Uuid,
    upheld: Type.Boolean({ description: 'true：申诉成立，撤销差评；false：驳回，继续整改' }),
    reason: Text(2000, '裁定理由'),
  },
  { additionalProperties: false },
);
export type DecideAppealRequest = Static<typeof DecideAppealRequestSchema>;

export const RatingStatisticsRequestSchema = Type.Object(
  {
    division: Type.Optional(DivisionCodeInput),
    from: Type.Optional(LocalDate),
    to: Type.Optional(LocalDate),
  },
  { additionalProperties: false },
);
export type RatingStatisticsRequest = Static<typeof RatingStatisticsRequestSchema>;

const Count = (description: string) => Type.Integer({ minimum: 0, description });
const Share = (description: string) =>
  Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
    description: `${description}（0–1；没有评价时为 null）`,
  });

export const RatingFiguresSchema = Type.Object(
  {
    levels: Type.Array(
      Type.Object(
        { level: RatingLevelSchema, label: Type.String(), count: Count('评价数') },
        { additionalProperties: false },
      ),
      { description: '各等级评价数（不含已撤销的差评）' },
    ),
    total: Count('评价总数（不含已撤销的差评）'),
    averageLevel: Type.Union([Type.Number({ minimum: 1, maximum: 5 }), Type.Null()], {
      description: '平均等级（保留两位小数）',
    }),
    satisfactionRate: Share('满意率：基本满意及以上的占比'),
    badReviews: Count('差评数（不满意、非常不满意）'),
    rectified: Count('已整改的差评数'),
    rectificationRate: Share('差评整改率：已整改 / 差评数'),
    annulled: Count('申诉成立、已撤销的差评数（另列，不计入以上各项）'),
  },
  { additionalProperties: false },
);
export type RatingFigures = Static<typeof RatingFiguresSchema>;

export const RatingStatisticsSchema = Type.Object(
  {
    division: Type.Union([DivisionCode12, Type.Null()], { description: '统计范围；null 为全部' }),
    from: Type.Union([LocalDate, Type.Null()]),
    to: Type.Union([LocalDate, Type.Null()]),
    totals: RatingFiguresSchema,
    items: Type.Array(
      Type.Object(
        { itemCode: Type.String(), itemName: Type.String(), ...RatingFiguresSchema.properties },
        { additionalProperties: false },
      ),
      { description: '按事项' },
    ),
  },
  { $id: 'RatingStatistics', additionalProperties: false },
);
export type RatingStatistics = Static<typeof RatingStatisticsSchema>;
