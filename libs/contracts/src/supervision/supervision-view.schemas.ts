import { type Static, Type } from '@sinclair/typebox';
import { LocalDate } from '../cases/case.schemas';

export const SUPERVISION_GROUPINGS = ['department', 'item', 'window', 'division'] as const;

export const SupervisionOverviewRequestSchema = Type.Object(
  {
    division: Type.Optional(
      Type.String({
        pattern: '^(\\d{6}|\\d{12})$',
        description: '只看该区划及其下级的办件；须在本人管辖范围内，不传则为本人管辖范围',
      }),
    ),
    groupBy: Type.Union(
      SUPERVISION_GROUPINGS.map((grouping) => Type.Literal(grouping)),
      {
        description:
          '分组：department 承办部门 / item 事项 / window 窗口（转交窗口的办件） / division 区划',
      },
    ),
    deadline: Type.Optional(
      Type.Union([Type.Literal('promised'), Type.Literal('statutory')], {
        description: '按承诺期限（默认）或法定期限判断临期与超期',
      }),
    ),
  },
  { $id: 'SupervisionOverviewRequest', additionalProperties: false },
);
export type SupervisionOverviewRequest = Static<typeof SupervisionOverviewRequestSchema>;

const RiskCounts = {
  atRisk: Type.Integer({
    minimum: 0,
    description: '临期：计时中，已到黄色预警日、尚未超过期限的办件数',
  }),
  overdue: Type.Integer({ minimum: 0, description: '超期：计时中、期限已届满的办件数' }),
};

/** Overdue and at-risk running cases of a subtree, counted per group, worst first. */
export const SupervisionOverviewSchema = Type.Object(
  {
    asOf: LocalDate,
    division: Type.String(),
    deadline: Type.Union([Type.Literal('promised'), Type.Literal('statutory')]),
    groupBy: Type.String(),
    groups: Type.Array(
      Type.Object(
        {
          key: Type.String({
            description:
              '组的标识：部门统一社会信用代码、事项编码、窗口编号或区划代码；空串表示未指定',
          }),
          name: Type.String(),
          ...RiskCounts,
        },
        { additionalProperties: false },
      ),
    ),
    total: Type.Object(RiskCounts, { additionalProperties: false }),
  },
  { $id: 'SupervisionOverview', additionalProperties: false },
);
export type SupervisionOverview = Static<typeof SupervisionOverviewSchema>;
