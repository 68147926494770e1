import { type Static, Type } from '@sinclair/typebox';

/** Text of 1 to `maxLength` characters, not only blanks. */
export const boundedText = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...(description ? { description } : {}) });

export const OrganCreditCodeSchema = Type.String({
  pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$',
  description: '部门的统一社会信用代码',
});

/** A calendar date in Asia/Shanghai. */
export const LocalDateSchema = Type.String({
  pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  description: '日期（北京时间），YYYY-MM-DD',
});

export const ItemCodeSchema = Type.String({
  pattern: '^[A-Z0-9][A-Z0-9-]{3,80}$',
  description:
    '事项编码：基本编码（默认 2 位字母类别 + 5 位主项 + 3 位子项，如 XK00001001），实施编码为基本编码-区划-实施主体',
  examples: ['XK00001001', 'XK00001001-330102000000-11330102002528004D'],
});

export const GuideLegalBasisSchema = Type.Object(
  {
    law: boundedText(200, '法律法规名称，如《中华人民共和国食品安全法》'),
    article: Type.Optional(boundedText(100, '条款，如第三十五条')),
    text: Type.Optional(boundedText(4000, '条文内容')),
  },
  { additionalProperties: false },
);

export const MaterialSchema = Type.Object(
  {
    key: Type.String({
      pattern: '^[a-z0-9][a-z0-9-]{0,59}$',
      description: '材料在本事项内的稳定标识（实施清单据此对照基本目录）',
    }),
    name: boundedText(200, '材料名称'),
    form: Type.Union(
      [Type.Literal('paper'), Type.Literal('electronic'), Type.Literal('paper-or-electronic')],
      { description: '材料形式：纸质 / 电子 / 纸质或电子' },
    ),
    copies: Type.Integer({ minimum: 1, maximum: 99, description: '份数' }),
    original: Type.Union(
      [Type.Literal('original'), Type.Literal('copy'), Type.Literal('original-for-inspection')],
      { description: '原件 / 复印件 / 原件核验（复印件留存）' },
    ),
    required: Type.Boolean({ description: '是否必需（否：视情形提交）' }),
    template: Type.Optional(boundedText(500, '空白表格或示范文本的地址')),
    note: Type.Optional(boundedText(1000, '填报说明、需提交的情形')),
  },
  { additionalProperties: false },
);

export const FeeSchema = Type.Union([
  Type.Object({ free: Type.Literal(true) }, { additionalProperties: false }),
  Type.Object(
    {
      free: Type.Literal(false),
      basis: boundedText(500, '收费依据'),
      items: Type.Array(
        Type.Object(
          {
            name: boundedText(200, '收费项目'),
            amountFen: Type.Integer({ minimum: 1, description: '收费标准，单位：分' }),
            unit: Type.Optional(boundedText(20, '计费单位，如“件”“本”')),
          },
          { additionalProperties: false },
        ),
        { minItems: 1 },
      ),
    },
    { additionalProperties: false },
  ),
]);

/** Every element a service guide (办事指南) publishes (DOMAIN.md §3). */
export const ServiceGuideSchema = Type.Object(
  {
    name: boundedText(200, '事项名称'),
    category: boundedText(40, '事项类型（权力类别），如 行政许可'),
    powerCode: Type.Optional(boundedText(80, '所属权力事项编码')),
    handlingOrgan: OrganCreditCodeSchema,
    legalBases: Type.Array(GuideLegalBasisSchema, { maxItems: 50, description: '设定和实施依据' }),
    conditions: Type.Array(boundedText(2000), {
      minItems: 1,
      maxItems: 50,
      description: '受理条件',
    }),
    materials: Type.Array(MaterialSchema, { maxItems: 100, description: '申请材料' }),
    steps: Type.Array(
      Type.Object(
        { name: boundedText(100, '环节'), description: boundedText(2000, '办理内容与要求') },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 30, description: '办理流程' },
    ),
    statutoryLimitDays: Type.Integer({
      minimum: 0,
      maximum: 365,
      description: '法定办结时限（工作日）',
    }),
    promisedLimitDays: Type.Integer({
      minimum: 0,
      maximum: 365,
      description: '承诺办结时限（工作日），不超过法定时限；0 为即办件',
    }),
    result: Type.Object(
      {
        name: boundedText(200, '审批结果名称，如 食品经营许可证'),
        kind: Type.Union(
          [
            Type.Literal('licence'),
            Type.Literal('certificate'),
            Type.Literal('approval-document'),
            Type.Literal('other'),
          ],
          { description: '证照 / 证明 / 批准文书 / 其他' },
        ),
        delivery: Type.Array(
          Type.Union([Type.Literal('window'), Type.Literal('post'), Type.Literal('electronic')]),
          { minItems: 1, uniqueItems: true, description: '送达方式：窗口领取 / 邮寄 / 电子证照' },
        ),
      },
      { additionalProperties: false },
    ),
    fee: FeeSchema,
    supervisionPhone: Type.String({ pattern: '^[0-9-]{5,20}$', description: '监督投诉电话' }),
    consultationPhone: Type.Optional(
      Type.String({ pattern: '^[0-9-]{5,20}$', description: '咨询电话' }),
    ),
    applyAt: Type.Object(
      {
        place: boundedText(300, '办理地点（窗口）'),
        hours: boundedText(200, '办理时间'),
      },
      { additionalProperties: false },
    ),
    online: Type.Object(
      {
        depth: Type.Union(
          [
            Type.Literal('none'),
            Type.Literal('reservation'),
            Type.Literal('online-submission'),
            Type.Literal('fully-online'),
          ],
          { description: '网办深度：不可网办 / 网上预约 / 网上申请 / 全程网办' },
        ),
        url: Type.Optional(boundedText(500)),
      },
      { additionalProperties: false },
    ),
    departments: Type.Object(
      {
        lead: OrganCreditCodeSchema,
        involved: Type.Array(OrganCreditCodeSchema, {
          maxItems: 20,
          uniqueItems: true,
          description: '并联审批的协办部门（不含牵头部门）',
        }),
      },
      { additionalProperties: false },
    ),
    inCentre: Type.Union([
      Type.Object({ handled: Type.Literal(true) }, { additionalProperties: false }),
      Type.Object(
        {
          handled: Type.Literal(false),
          reason: boundedText(500, '未进驻中心办理的理由（涉密、场地等）'),
          decidedBy: boundedText(200, '作出决定的政府'),
        },
        { additionalProperties: false },
      ),
    ]),
  },
  { $id: 'ServiceGuide', additionalProperties: false },
);
export type ServiceGuide = Static<typeof ServiceGuideSchema>;
