import { type Static, Type } from '@sinclair/typebox';
import { LocalDate } from '../cases/case.schemas';

/** What a report's rows are grouped by. */
export const EFFICIENCY_GROUPINGS = ['department', 'item', 'window', 'staff', 'division'] as const;
export const EfficiencyGroupingSchema = Type.Union(
  EFFICIENCY_GROUPINGS.map((grouping) => Type.Literal(grouping)),
  {
    description:
      '分组：department 承办部门、item 事项、window 窗口、staff 工作人员（责任人，无则首问人）、division 区划',
  },
);
export type EfficiencyGrouping = Static<typeof EfficiencyGroupingSchema>;

export const EfficiencyReportRequestSchema = Type.Object(
  {
    from: Type.String({
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: '统计期间开始日期（北京时间，含当日）',
    }),
    to: Type.String({
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: '统计期间结束日期（北京时间，含当日）',
    }),
    division: Type.Optional(
      Type.String({
        pattern: '^(\\d{6}|\\d{12})$',
        description: '统计范围：区划及其下级（须在本人管辖范围内；缺省为本人所在区划）',
      }),
    ),
    groupBy: Type.Optional(EfficiencyGroupingSchema),
  },
  { $id: 'EfficiencyReportRequest', additionalProperties: false },
);
export type EfficiencyReportRequest = Static<typeof EfficiencyReportRequestSchema>;

const Count = (description: string) => Type.Integer({ minimum: 0, description });
const Rate = (description: string) =>
  Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
    description: `${description}（0–1；分母为 0 时为空）`,
  });
const Days = (description: string) =>
  Type.Union([Type.Number({ minimum: 0 }), Type.Null()], {
    description: `${description}（工作日；无办结件时为空）`,
  });

/** The figures of one group (or of the whole subtree). */
export const EfficiencyFiguresSchema = Type.Object(
  {
    received: Count('收件数：期间内收到申请的办件'),
    accepted: Count('受理数：期间内受理（含视为受理）的办件'),
    concluded: Count('办结数：期间内办结的办件；以下各项均以这些办件为准'),
    onTime: Count('按时办结数：办结时未超过承诺期限（承诺到期日 24:00 前办结）'),
    onTimeRate: Rate('按时办结率 = 按时办结数 / 办结数'),
    early: Count('提前办结数：在承诺到期日之前的日子办结，且用时少于承诺时限'),
    earlyRate: Rate('提前办结率 = 提前办结数 / 办结数'),
    averageWorkingDays: Days('平均办理用时：受理次日起至作出决定，扣除中止期间'),
    p90WorkingDays: Days('办理用时第 90 百分位（线性插值）'),
    overdue: Count('超期办结数：期间内办结且晚于承诺到期日；不含尚在办理中的超期件（见监察视图）'),
    suspensions: Count('中止次数：办结件的中止（特别程序）次数合计'),
    extensions: Count('延期件数：办结件中延长过法定期限的件数'),
    rated: Count('评价数：办结件中收到有效评价（未撤销）的件数'),
    satisfaction: Type.Union([Type.Number({ minimum: 1, maximum: 5 }), Type.Null()], {
      description: '满意度：办结件有效评价的平均等级（5 非常满意 … 1 非常不满意；无评价时为空）',
    }),
    badReviews: Count('差评数：办结件中评为不满意或非常不满意的有效评价'),
    rectified: Count('差评已整改数：上述差评中整改已办结的件数'),
    rectificationRate: Rate('差评整改率 = 差评已整改数 / 差评数'),
  },
  { additionalProperties: false },
);
export type EfficiencyFigures = Static<typeof EfficiencyFiguresSchema>;

/** One row of the report: the group and its figures. */
export const EfficiencyRowSchema = Type.Object(
  {
    key: Type.Union([Type.String(), Type.Null()], {
      description:
        '分组代码（部门统一社会信用代码、事项编码、窗口号、用户名或区划代码）；未指定时为空',
    }),
    name: Type.String({ description: '分组名称' }),
    ...EfficiencyFiguresSchema.properties,
  },
  { additionalProperties: false },
);
export type EfficiencyRow = Static<typeof EfficiencyRowSchema>;

export const EfficiencyReportSchema = Type.Object(
  {
    from: LocalDate,
    to: LocalDate,
    division: Type.String({ description: '统计范围的区划' }),
    groupBy: EfficiencyGroupingSchema,
    rows: Type.Array(EfficiencyRowSchema),
    total: EfficiencyFiguresSchema,
  },
  { $id: 'EfficiencyReport', additionalProperties: false },
);
export type EfficiencyReport = Static<typeof EfficiencyReportSchema>;
