import { type Static, Type } from '@sinclair/typebox';
import { DivisionCode12, Timestamp } from '../schema/formats';
import { PageOf, PageRequestFields } from '../schema/page';

const Text = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...(description ? { description } : {}) });

const CreditCode = Type.String({
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
    law: Text(200, '法律法规名称，如《中华人民共和国食品安全法》'),
    article: Type.Optional(Text(100, '条款，如第三十五条')),
    text: Type.Optional(Text(4000, '条文内容')),
  },
  { additionalProperties: false },
);

export const MaterialSchema = Type.Object(
  {
    key: Type.String({
      pattern: '^[a-z0-9][a-z0-9-]{0,59}$',
      description: '材料在本事项内的稳定标识（实施清单据此对照基本目录）',
    }),
    name: Text(200, '材料名称'),
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
    template: Type.Optional(Text(500, '空白表格或示范文本的地址')),
    note: Type.Optional(Text(1000, '填报说明、需提交的情形')),
  },
  { additionalProperties: false },
);

export const FeeSchema = Type.Union([
  Type.Object({ free: Type.Literal(true) }, { additionalProperties: false }),
  Type.Object(
    {
      free: Type.Literal(false),
      basis: Text(500, '收费依据'),
      items: Type.Array(
        Type.Object(
          {
            name: Text(200, '收费项目'),
            amountFen: Type.Integer({ minimum: 1, description: '收费标准，单位：分' }),
            unit: Type.Optional(Text(20, '计费单位，如“件”“本”')),
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
    name: Text(200, '事项名称'),
    category: Text(40, '事项类型（权力类别），如 行政许可'),
    powerCode: Type.Optional(Text(80, '所属权力事项编码')),
    handlingOrgan: CreditCode,
    legalBases: Type.Array(GuideLegalBasisSchema, { maxItems: 50, description: '设定和实施依据' }),
    conditions: Type.Array(Text(2000), { minItems: 1, maxItems: 50, description: '受理条件' }),
    materials: Type.Array(MaterialSchema, { maxItems: 100, description: '申请材料' }),
    steps: Type.Array(
      Type.Object(
        { name: Text(100, '环节'), description: Text(2000, '办理内容与要求') },
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
        name: Text(200, '审批结果名称，如 食品经营许可证'),
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
        place: Text(300, '办理地点（窗口）'),
        hours: Text(200, '办理时间'),
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
        url: Type.Optional(Text(500)),
      },
      { additionalProperties: false },
    ),
    departments: Type.Object(
      {
        lead: CreditCode,
        involved: Type.Array(CreditCode, {
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
          reason: Text(500, '未进驻中心办理的理由（涉密、场地等）'),
          decidedBy: Text(200, '作出决定的政府'),
        },
        { additionalProperties: false },
      ),
    ]),
  },
  { $id: 'ServiceGuide', additionalProperties: false },
);
export type ServiceGuide = Static<typeof ServiceGuideSchema>;

export const ItemVersionStateSchema = Type.Union(
  [Type.Literal('draft'), Type.Literal('published'), Type.Literal('superseded')],
  { description: '草稿 / 已发布 / 已被新版本替代' },
);

export const ServiceItemSchema = Type.Object(
  {
    code: ItemCodeSchema,
    kind: Type.Union([Type.Literal('base'), Type.Literal('implementation')], {
      description: '基本目录事项 / 实施清单事项',
    }),
    baseCode: Type.Union([ItemCodeSchema, Type.Null()]),
    division: DivisionCode12,
    status: Type.Union([Type.Literal('active'), Type.Literal('abolished')]),
    publishedVersion: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], {
      description: '现行版本号；尚未发布为 null',
    }),
    latestVersion: Type.Integer({ minimum: 1 }),
    delegatedTo: Type.Array(ItemCodeSchema, { description: '已下放至的下级实施清单事项' }),
  },
  { $id: 'ServiceItem', additionalProperties: false },
);
export type ServiceItem = Static<typeof ServiceItemSchema>;

export const ItemVersionSchema = Type.Object(
  {
    code: ItemCodeSchema,
    version: Type.Integer({ minimum: 1 }),
    state: ItemVersionStateSchema,
    validFrom: Type.Union([LocalDateSchema, Type.Null()]),
    validTo: Type.Union([LocalDateSchema, Type.Null()]),
    changeNote: Type.Union([Type.String(), Type.Null()]),
    publishedAt: Type.Union([Timestamp, Type.Null()]),
    publishedBy: Type.Union([Type.String(), Type.Null()]),
    guide: ServiceGuideSchema,
  },
  { $id: 'ItemVersion', additionalProperties: false },
);
export type ItemVersion = Static<typeof ItemVersionSchema>;

/** The public guide page of one item: the item and its version in force, in one answer. */
export const GuidePageSchema = Type.Object(
  {
    item: ServiceItemSchema,
    version: ItemVersionSchema,
    /** Names of the organs the guide names, so a page needs no second call. */
    organs: Type.Record(Type.String(), Type.String()),
  },
  { $id: 'GuidePage', additionalProperties: false },
);
export type GuidePage = Static<typeof GuidePageSchema>;

export const ItemSummarySchema = Type.Object(
  {
    code: ItemCodeSchema,
    kind: ServiceItemSchema.properties.kind,
    division: DivisionCode12,
    name: Type.String(),
    category: Type.String(),
    handlingOrgan: CreditCode,
    onlineDepth: ServiceGuideSchema.properties.online.properties.depth,
    promisedLimitDays: Type.Integer(),
    version: Type.Integer({ minimum: 1 }),
  },
  { $id: 'ItemSummary', additionalProperties: false },
);
export type ItemSummary = Static<typeof ItemSummarySchema>;
export const ItemSummaryPageSchema = PageOf(ItemSummarySchema, 'ItemSummaryPage');
export type ItemSummaryPage = Static<typeof ItemSummaryPageSchema>;

export const CreateItemRequestSchema = Type.Object(
  { code: ItemCodeSchema, division: DivisionCode12, guide: ServiceGuideSchema },
  { $id: 'CreateItemRequest', additionalProperties: false },
);
export type CreateItemRequest = Static<typeof CreateItemRequestSchema>;

export const ImplementItemRequestSchema = Type.Object(
  {
    baseCode: ItemCodeSchema,
    division: DivisionCode12,
    handlingOrgan: CreditCode,
  },
  { $id: 'ImplementItemRequest', additionalProperties: false },
);
export type ImplementItemRequest = Static<typeof ImplementItemRequestSchema>;

export const UpdateDraftRequestSchema = Type.Object(
  {
    code: ItemCodeSchema,
    version: Type.Integer({ minimum: 1, description: '要修改的草稿版本号' }),
    guide: ServiceGuideSchema,
  },
  { $id: 'UpdateDraftRequest', additionalProperties: false },
);
export type UpdateDraftRequest = Static<typeof UpdateDraftRequestSchema>;

export const ItemCodeRequestSchema = Type.Object(
  { code: ItemCodeSchema },
  { $id: 'ItemCodeRequest', additionalProperties: false },
);

export const PublishItemRequestSchema = Type.Object(
  {
    code: ItemCodeSchema,
    version: Type.Integer({ minimum: 1, description: '要发布的草稿版本号' }),
    validFrom: Type.Optional(LocalDateSchema),
    changeNote: Text(1000, '变更说明'),
  },
  { $id: 'PublishItemRequest', additionalProperties: false },
);
export type PublishItemRequest = Static<typeof PublishItemRequestSchema>;

export const AbolishItemRequestSchema = Type.Object(
  {
    code: ItemCodeSchema,
    effectiveDate: Type.Optional(LocalDateSchema),
    reason: Text(1000, '取消理由及依据'),
  },
  { $id: 'AbolishItemRequest', additionalProperties: false },
);
export type AbolishItemRequest = Static<typeof AbolishItemRequestSchema>;

export const DelegateItemRequestSchema = Type.Object(
  {
    code: ItemCodeSchema,
    division: Type.String({ pattern: '^\\d{12}$', description: '下放至的下级区划' }),
    handlingOrgan: CreditCode,
    effectiveDate: Type.Optional(LocalDateSchema),
    reason: Text(1000, '下放依据，如省政府决定文号'),
  },
  { $id: 'DelegateItemRequest', additionalProperties: false },
);
export type DelegateItemRequest = Static<typeof DelegateItemRequestSchema>;

export const ItemDelegatedSchema = Type.Object(
  {
    code: ItemCodeSchema,
    toCode: ItemCodeSchema,
    toDivision: DivisionCode12,
    effectiveDate: LocalDateSchema,
    reason: Type.String(),
  },
  { additionalProperties: false },
);

export const GetItemVersionRequestSchema = Type.Object(
  {
    code: ItemCodeSchema,
    version: Type.Optional(Type.Integer({ minimum: 1 })),
    on: Type.Optional(LocalDateSchema),
  },
  { $id: 'GetItemVersionRequest', additionalProperties: false },
);
export type GetItemVersionRequest = Static<typeof GetItemVersionRequestSchema>;

export const DiffItemVersionsRequestSchema = Type.Object(
  { code: ItemCodeSchema, from: Type.Integer({ minimum: 1 }), to: Type.Integer({ minimum: 1 }) },
  { $id: 'DiffItemVersionsRequest', additionalProperties: false },
);
export type DiffItemVersionsRequest = Static<typeof DiffItemVersionsRequestSchema>;

export const FieldChangeSchema = Type.Object(
  {
    path: Type.String({ description: '字段路径，如 materials[business-licence].copies' }),
    change: Type.Union([Type.Literal('added'), Type.Literal('removed'), Type.Literal('changed')]),
    before: Type.Optional(Type.Unknown()),
    after: Type.Optional(Type.Unknown()),
  },
  { additionalProperties: false },
);
export type FieldChange = Static<typeof FieldChangeSchema>;

export const ItemDiffSchema = Type.Object(
  {
    code: ItemCodeSchema,
    from: Type.Integer(),
    to: Type.Integer(),
    changes: Type.Array(FieldChangeSchema),
  },
  { $id: 'ItemDiff', additionalProperties: false },
);
export type ItemDiff = Static<typeof ItemDiffSchema>;

export const ItemChangeLogSchema = Type.Object(
  {
    code: ItemCodeSchema,
    entries: Type.Array(
      Type.Object(
        {
          version: Type.Integer(),
          state: ItemVersionStateSchema,
          validFrom: Type.Union([LocalDateSchema, Type.Null()]),
          validTo: Type.Union([LocalDateSchema, Type.Null()]),
          changeNote: Type.Union([Type.String(), Type.Null()]),
          publishedAt: Type.Union([Timestamp, Type.Null()]),
          publishedBy: Type.Union([Type.String(), Type.Null()]),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'ItemChangeLog', additionalProperties: false },
);
export type ItemChangeLog = Static<typeof ItemChangeLogSchema>;

export const SearchItemsRequestSchema = Type.Object(
  {
    division: Type.String({
      pattern: '^(\\d{6}|\\d{12})$',
      description: '办事所在区划：返回该区划及其上级区划的事项',
    }),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 50,
        description: '关键词，按事项名称和办事指南全文检索',
      }),
    ),
    department: Type.Optional(CreditCode),
    category: Type.Optional(Text(40)),
    onlineOnly: Type.Optional(Type.Boolean({ description: '只看可网上申请的事项' })),
    ...PageRequestFields,
  },
  { $id: 'SearchItemsRequest', additionalProperties: false },
);
export type SearchItemsRequest = Static<typeof SearchItemsRequestSchema>;

export const ItemPublishedSchema = Type.Object(
  {
    code: ItemCodeSchema,
    kind: ServiceItemSchema.properties.kind,
    baseCode: Type.Union([ItemCodeSchema, Type.Null()]),
    version: Type.Integer({ minimum: 1 }),
    division: DivisionCode12,
    validFrom: LocalDateSchema,
    name: Type.String(),
  },
  { additionalProperties: false },
);

export const ItemAbolishedSchema = Type.Object(
  {
    code: ItemCodeSchema,
    version: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
    division: DivisionCode12,
    effectiveDate: LocalDateSchema,
    reason: Type.String(),
  },
  { additionalProperties: false },
);
