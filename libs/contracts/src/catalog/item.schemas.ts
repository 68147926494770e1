import { type Static, Type } from '@sinclair/typebox';
import { DivisionCode12, Timestamp } from '../schema/formats';
import { PageOf, PageRequestFields } from '../schema/page';
import {
  OrganCreditCodeSchema,
  ItemCodeSchema,
  LocalDateSchema,
  ServiceGuideSchema,
  boundedText,
} from './service-guide.schemas';

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
    handlingOrgan: OrganCreditCodeSchema,
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
    handlingOrgan: OrganCreditCodeSchema,
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
    changeNote: boundedText(1000, '变更说明'),
  },
  { $id: 'PublishItemRequest', additionalProperties: false },
);
export type PublishItemRequest = Static<typeof PublishItemRequestSchema>;

export const AbolishItemRequestSchema = Type.Object(
  {
    code: ItemCodeSchema,
    effectiveDate: Type.Optional(LocalDateSchema),
    reason: boundedText(1000, '取消理由及依据'),
  },
  { $id: 'AbolishItemRequest', additionalProperties: false },
);
export type AbolishItemRequest = Static<typeof AbolishItemRequestSchema>;

export const DelegateItemRequestSchema = Type.Object(
  {
    code: ItemCodeSchema,
    division: Type.String({ pattern: '^\\d{12}$', description: '下放至的下级区划' }),
    handlingOrgan: OrganCreditCodeSchema,
    effectiveDate: Type.Optional(LocalDateSchema),
    reason: boundedText(1000, '下放依据，如省政府决定文号'),
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
    department: Type.Optional(OrganCreditCodeSchema),
    category: Type.Optional(boundedText(40)),
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
