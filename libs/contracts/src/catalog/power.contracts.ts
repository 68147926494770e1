import { publicAccess, rolesAccess } from '../schema/access';
import { defineCommand, defineQuery } from '../schema/contract';
import { type ErrorCode } from '../errors/registry';
import {
  ListPowerCategoriesRequestSchema,
  PowerCategoryPageSchema,
  PowerCategorySchema,
  SavePowerCategoryRequestSchema,
} from './power-category.schemas';
import { powerContentSample, powerFlowChartSample, powerSample } from './power.samples';
import {
  AbolishPowerRequestSchema,
  CreatePowerRequestSchema,
  GetPowerRequestSchema,
  ListPowersRequestSchema,
  PowerFlowChartSchema,
  PowerPageSchema,
  PowerSchema,
  PowerVersionRequestSchema,
  StartPowerVersionRequestSchema,
  UpdatePowerDraftRequestSchema,
} from './power.schemas';

const idempotent: ErrorCode[] = [
  'PLATFORM.IDEMPOTENCY_KEY_INVALID',
  'PLATFORM.IDEMPOTENCY_KEY_REUSED',
];
/** What saving the content of a draft can be refused for. */
const contentErrors: ErrorCode[] = [
  'CATALOG.POWER_ORGAN_UNKNOWN',
  'CATALOG.POWER_ORGAN_DIVISION_MISMATCH',
  'CATALOG.POWER_FLOW_INVALID',
  'CATALOG.POWER_DISCRETION_RANGE_INVALID',
  'CATALOG.POWER_DISCRETION_NOT_APPLICABLE',
];
const licensing = {
  province: '330000000000',
  code: 'XK',
  name: '行政许可',
  requiresLegalBasis: true,
  usesDiscretionBenchmarks: false,
  position: 1,
};
const draft = { ...powerSample, status: 'draft' as const, publishedAt: null };
const { code } = powerSample;

/**
 * The power catalogue's requests on the bus: public reads of what is published, and the
 * catalogue administrators' drafting, publishing and abolishing inside their subtree.
 * WARNING: released subjects and payloads never change. A breaking change is a new version,
 * served beside the old one while callers migrate.
 */
export const powerContracts = {
  listPowerCategories: defineQuery({
    context: 'catalog',
    aggregate: 'power-category',
    verb: 'list',
    version: 1,
    summary: '某省配置的权力类别',
    access: publicAccess,
    request: ListPowerCategoriesRequestSchema,
    reply: PowerCategoryPageSchema,
    samples: { request: { province: '330102' }, reply: { items: [licensing], nextCursor: null } },
  }),
  savePowerCategory: defineCommand({
    context: 'catalog',
    aggregate: 'power-category',
    verb: 'save',
    version: 1,
    summary: '新增或修改本省的一个权力类别',
    access: rolesAccess('catalog_admin'),
    errors: ['CATALOG.DIVISION_NOT_FOUND', 'AUTH.DIVISION_OUT_OF_SCOPE', ...idempotent],
    request: SavePowerCategoryRequestSchema,
    reply: PowerCategorySchema,
    samples: { request: { ...licensing, province: '330000' }, reply: licensing },
  }),
  listPowers: defineQuery({
    context: 'catalog',
    aggregate: 'power',
    verb: 'list',
    version: 1,
    summary: '已发布的权力事项：某区划适用的（含上级各级的），可按类别筛选',
    access: publicAccess,
    errors: ['CATALOG.DIVISION_CODE_INVALID'],
    request: ListPowersRequestSchema,
    reply: PowerPageSchema,
    samples: {
      request: { division: '330102', category: 'XK', limit: 20 },
      reply: {
        items: [
          {
            code,
            province: powerSample.province,
            version: 1,
            name: powerSample.name,
            category: powerSample.category,
            division: powerSample.division,
            implementingOrgan: powerSample.implementingOrgan,
            publishedAt: '2026-11-26T09:00:00.000Z',
          },
        ],
        nextCursor: null,
      },
    },
  }),
  getPower: defineQuery({
    context: 'catalog',
    aggregate: 'power',
    verb: 'get',
    version: 1,
    summary: '一项权力事项的现行（已发布）版本',
    access: publicAccess,
    errors: ['CATALOG.POWER_NOT_FOUND', 'CATALOG.POWER_CODE_AMBIGUOUS'],
    request: GetPowerRequestSchema,
    reply: PowerSchema,
    samples: { request: { code, province: '330000' }, reply: powerSample },
  }),
  getPowerFlowChart: defineQuery({
    context: 'catalog',
    aggregate: 'power-flow-chart',
    verb: 'get',
    version: 1,
    summary: '权力运行流程图：现行版本的步骤（节点）、走向（连线）及各步骤的责任事项',
    access: publicAccess,
    errors: ['CATALOG.POWER_NOT_FOUND', 'CATALOG.POWER_CODE_AMBIGUOUS'],
    request: GetPowerRequestSchema,
    reply: PowerFlowChartSchema,
    samples: { request: { code }, reply: powerFlowChartSample },
  }),
  createPower: defineCommand({
    context: 'catalog',
    aggregate: 'power',
    verb: 'create',
    version: 1,
    summary: '登记权力事项：建立其第 1 版草稿',
    access: rolesAccess('catalog_admin'),
    errors: [
      'CATALOG.POWER_CODE_INVALID',
      'CATALOG.POWER_CATEGORY_UNKNOWN',
      'CATALOG.POWER_EXISTS',
      'AUTH.DIVISION_OUT_OF_SCOPE',
      ...contentErrors,
      ...idempotent,
    ],
    request: CreatePowerRequestSchema,
    reply: PowerSchema,
    samples: {
      request: { code, category: 'XK', division: '330102000000', ...powerContentSample },
      reply: draft,
    },
  }),
  startPowerVersion: defineCommand({
    context: 'catalog',
    aggregate: 'power-version',
    verb: 'create',
    version: 1,
    summary: '为已发布的权力事项新建草稿版本（复制现行版本的内容）',
    access: rolesAccess('catalog_admin'),
    errors: [
      'CATALOG.POWER_NOT_FOUND',
      'CATALOG.POWER_DRAFT_EXISTS',
      'CATALOG.POWER_ABOLISHED',
      'CATALOG.POWER_CHANGED_CONCURRENTLY',
      ...idempotent,
    ],
    request: StartPowerVersionRequestSchema,
    reply: PowerSchema,
    samples: { request: { code }, reply: { ...draft, version: 2 } },
  }),
  getPowerVersion: defineQuery({
    context: 'catalog',
    aggregate: 'power-version',
    verb: 'get',
    version: 1,
    summary: '权力事项的任一版本（含草稿），限本辖区',
    access: rolesAccess('catalog_admin'),
    errors: ['CATALOG.POWER_NOT_FOUND', 'CATALOG.POWER_VERSION_NOT_FOUND'],
    request: PowerVersionRequestSchema,
    reply: PowerSchema,
    samples: { request: { code, version: 1 }, reply: powerSample },
  }),
  updatePowerDraft: defineCommand({
    context: 'catalog',
    aggregate: 'power-version',
    verb: 'update',
    version: 1,
    summary: '修改草稿版本的内容（已发布的版本不可修改）',
    access: rolesAccess('catalog_admin'),
    errors: [
      'CATALOG.POWER_NOT_FOUND',
      'CATALOG.POWER_VERSION_NOT_FOUND',
      'CATALOG.POWER_VERSION_IMMUTABLE',
      'CATALOG.POWER_ABOLISHED',
      'CATALOG.POWER_CHANGED_CONCURRENTLY',
      ...contentErrors,
      ...idempotent,
    ],
    request: UpdatePowerDraftRequestSchema,
    reply: PowerSchema,
    samples: {
      request: { code, version: 2, ...powerContentSample },
      reply: { ...draft, version: 2 },
    },
  }),
  publishPowerVersion: defineCommand({
    context: 'catalog',
    aggregate: 'power-version',
    verb: 'publish',
    version: 1,
    summary: '发布草稿版本：取代现行版本，公开可查',
    access: rolesAccess('catalog_admin'),
    errors: [
      'CATALOG.POWER_NOT_FOUND',
      'CATALOG.POWER_VERSION_NOT_FOUND',
      'CATALOG.POWER_VERSION_IMMUTABLE',
      'CATALOG.POWER_LEGAL_BASIS_REQUIRED',
      'CATALOG.POWER_ABOLISHED',
      'CATALOG.POWER_CHANGED_CONCURRENTLY',
      ...contentErrors,
      ...idempotent,
    ],
    request: PowerVersionRequestSchema,
    reply: PowerSchema,
    samples: { request: { code, version: 1 }, reply: powerSample },
  }),
  abolishPower: defineCommand({
    context: 'catalog',
    aggregate: 'power',
    verb: 'abolish',
    version: 1,
    summary: '取消权力事项：现行版本不再公开',
    access: rolesAccess('catalog_admin'),
    errors: [
      'CATALOG.POWER_NOT_FOUND',
      'CATALOG.POWER_NOT_PUBLISHED',
      'CATALOG.POWER_ABOLISHED',
      'CATALOG.POWER_CHANGED_CONCURRENTLY',
      ...idempotent,
    ],
    request: AbolishPowerRequestSchema,
    reply: PowerSchema,
    samples: {
      request: { code, reason: '根据《国务院关于取消和下放一批行政许可事项的决定》取消' },
      reply: {
        ...powerSample,
        status: 'abolished',
        endedAt: '2026-12-01T09:00:00.000Z',
        abolishReason: '根据《国务院关于取消和下放一批行政许可事项的决定》取消',
      },
    },
  }),
} as const;
