import { Type, type Static } from '@sinclair/typebox';
import { DivisionCode12, DivisionCodeInput, Timestamp } from '../schema/formats';
import { PageOf, PageRequestFields } from '../schema/page';
import { PowerCategoryCode } from './power-category.schemas';
import {
  OrganCreditCode,
  PowerCode,
  powerContentFields,
  PowerText,
  StepId,
  SupervisionSchema,
} from './power-content.schemas';

// The power catalogue (权力清单, DOMAIN.md §3): categories configured per province, and powers
// (行政职权) kept as versions: draft → published (immutable) → superseded; a power can be abolished.

const VersionNumber = Type.Integer({ minimum: 1, description: '版本号，从 1 开始' });

export const CreatePowerRequestSchema = Type.Object(
  { code: PowerCode, category: PowerCategoryCode, division: DivisionCode12, ...powerContentFields },
  { $id: 'CreatePowerRequest', additionalProperties: false },
);
export type CreatePowerRequest = Static<typeof CreatePowerRequestSchema>;

export const UpdatePowerDraftRequestSchema = Type.Object(
  { code: PowerCode, version: VersionNumber, ...powerContentFields },
  { $id: 'UpdatePowerDraftRequest', additionalProperties: false },
);
export type UpdatePowerDraftRequest = Static<typeof UpdatePowerDraftRequestSchema>;

export const PowerVersionRequestSchema = Type.Object(
  { code: PowerCode, version: VersionNumber },
  { $id: 'PowerVersionRequest', additionalProperties: false },
);
export type PowerVersionRequest = Static<typeof PowerVersionRequestSchema>;

export const StartPowerVersionRequestSchema = Type.Object(
  { code: PowerCode },
  { $id: 'StartPowerVersionRequest', additionalProperties: false },
);
export type StartPowerVersionRequest = Static<typeof StartPowerVersionRequestSchema>;

export const AbolishPowerRequestSchema = Type.Object(
  { code: PowerCode, reason: PowerText(500, '取消的原因和依据，如 国务院决定取消') },
  { $id: 'AbolishPowerRequest', additionalProperties: false },
);
export type AbolishPowerRequest = Static<typeof AbolishPowerRequestSchema>;

const ProvinceFilter = Type.Optional(
  Type.String({
    pattern: DivisionCodeInput.pattern,
    description: '省或其下任一区划的代码：在该省的权力清单中查找；不传则在全部省份中查找',
  }),
);

export const GetPowerRequestSchema = Type.Object(
  { code: PowerCode, province: ProvinceFilter },
  { $id: 'GetPowerRequest', additionalProperties: false },
);
export type GetPowerRequest = Static<typeof GetPowerRequestSchema>;

export const ListPowersRequestSchema = Type.Object(
  {
    division: Type.Optional(
      Type.String({
        pattern: DivisionCodeInput.pattern,
        description:
          '在该区划适用的权力事项：本级及其上级各级的事项（区县可见省、市的事项），不含下级',
      }),
    ),
    category: Type.Optional(PowerCategoryCode),
    ...PageRequestFields,
  },
  { $id: 'ListPowersRequest', additionalProperties: false },
);
export type ListPowersRequest = Static<typeof ListPowersRequestSchema>;

const PowerStatusSchema = Type.Union(
  [
    Type.Literal('draft'),
    Type.Literal('published'),
    Type.Literal('superseded'),
    Type.Literal('abolished'),
  ],
  { description: '草稿 / 已发布（现行）/ 已被新版本取代 / 已取消' },
);
export type PowerStatus = Static<typeof PowerStatusSchema>;

const CategoryRef = Type.Object(
  { code: PowerCategoryCode, name: Type.String() },
  { additionalProperties: false },
);
const OrganRef = Type.Object(
  { creditCode: OrganCreditCode, name: Type.String() },
  { additionalProperties: false, description: '实施主体' },
);

export const PowerSchema = Type.Object(
  {
    code: PowerCode,
    province: DivisionCode12,
    version: VersionNumber,
    status: PowerStatusSchema,
    name: powerContentFields.name,
    category: CategoryRef,
    division: DivisionCode12,
    implementingOrgan: OrganRef,
    legalBases: powerContentFields.legalBases,
    flow: powerContentFields.flow,
    supervision: SupervisionSchema,
    discretionBenchmarks: powerContentFields.discretionBenchmarks,
    createdAt: Timestamp,
    publishedAt: Type.Union([Timestamp, Type.Null()]),
    endedAt: Type.Union([Timestamp, Type.Null()], {
      description: '被新版本取代或被取消的时间',
    }),
    abolishReason: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'Power', additionalProperties: false },
);
export type Power = Static<typeof PowerSchema>;

export const PowerSummarySchema = Type.Object(
  {
    code: PowerCode,
    province: DivisionCode12,
    version: VersionNumber,
    name: powerContentFields.name,
    category: CategoryRef,
    division: DivisionCode12,
    implementingOrgan: OrganRef,
    publishedAt: Timestamp,
  },
  { $id: 'PowerSummary', additionalProperties: false },
);
export type PowerSummary = Static<typeof PowerSummarySchema>;

export const PowerPageSchema = PageOf(PowerSummarySchema, 'PowerPage');
export type PowerPage = Static<typeof PowerPageSchema>;

export const PowerFlowChartSchema = Type.Object(
  {
    code: PowerCode,
    province: DivisionCode12,
    version: VersionNumber,
    name: powerContentFields.name,
    nodes: Type.Array(
      Type.Object(
        {
          id: StepId,
          name: Type.String(),
          role: Type.String({ description: '责任岗位' }),
          responsibility: Type.String({ description: '责任事项' }),
          start: Type.Boolean({ description: '流程的起始步骤' }),
          end: Type.Boolean({ description: '流程的结束步骤（无下一步）' }),
          layer: Type.Integer({
            minimum: 0,
            description: '所在层：从起始步骤起最长路径的步数，绘图时同层并列',
          }),
        },
        { additionalProperties: false },
      ),
      { description: '按拓扑顺序排列的步骤' },
    ),
    edges: Type.Array(
      Type.Object(
        {
          from: StepId,
          to: StepId,
          condition: Type.Union([Type.String(), Type.Null()]),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'PowerFlowChart', additionalProperties: false },
);
export type PowerFlowChart = Static<typeof PowerFlowChartSchema>;

export const PowerPublishedSchema = Type.Object(
  {
    code: PowerCode,
    province: DivisionCode12,
    division: DivisionCode12,
    version: VersionNumber,
    name: powerContentFields.name,
    category: PowerCategoryCode,
    previousVersion: Type.Union([VersionNumber, Type.Null()], {
      description: '被本版本取代的版本；首次发布为 null',
    }),
  },
  { $id: 'PowerPublished', additionalProperties: false },
);

export const PowerAbolishedSchema = Type.Object(
  {
    code: PowerCode,
    province: DivisionCode12,
    division: DivisionCode12,
    version: VersionNumber,
    reason: AbolishPowerRequestSchema.properties.reason,
  },
  { $id: 'PowerAbolished', additionalProperties: false },
);
