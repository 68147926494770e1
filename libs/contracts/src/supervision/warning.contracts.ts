import { sampleCase } from '../cases/case.contracts';
import { rolesAccess } from '../schema/access';
import { defineCommand, defineQuery } from '../schema/contract';
import {
  AcknowledgeWarningRequestSchema,
  AnnotateWarningRequestSchema,
  GetWarningRequestSchema,
  ListWarningsRequestSchema,
  ListWarningThresholdsRequestSchema,
  RemovedWarningThresholdSchema,
  RemoveWarningThresholdRequestSchema,
  SetWarningThresholdRequestSchema,
  type Warning,
  WarningPageSchema,
  WarningSchema,
  WarningThresholdListSchema,
  WarningThresholdSchema,
} from './warning.schemas';

const sampleWarning: Warning = {
  id: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e90',
  caseId: sampleCase.id,
  caseNumber: sampleCase.number,
  division: sampleCase.division,
  itemCode: 'XK00001001',
  handlingOrgan: '11330102002528004D',
  deadline: 'promised',
  level: 'yellow',
  dueOn: '2026-11-30',
  responsible: { subject: '5b0c6f1e-2d3a-4c5b-8e9f-0a1b2c3d4e5f', username: 'sc-approver' },
  raisedAt: '2026-11-26T00:00:05.000Z',
  status: 'acknowledged',
  acknowledgedAt: '2026-11-26T09:30:00.000Z',
  acknowledgedBy: 'hz-supervisor',
  clearedAt: null,
  clearedBecause: null,
  notes: [
    {
      id: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e91',
      author: 'hz-supervisor',
      text: '已电话督办，承办人承诺明日作出决定',
      at: '2026-11-26T09:30:00.000Z',
    },
  ],
};

const OVERSIGHT = rolesAccess('supervisor', 'center_admin');

/**
 * The deadline watch (电子监察): warnings of the caller's subtree, their acknowledgement and
 * notes; and the thresholds of the yellow warning per division or item (centre administrators).
 * WARNING: released subjects and payloads never change.
 */
export const warningContracts = {
  listWarnings: defineQuery({
    context: 'cases',
    aggregate: 'warning',
    verb: 'list',
    version: 1,
    summary:
      '电子监察预警列表：本辖区办件的黄色、红色预警，可按级别、期限、状态、区划筛选，最新的在前',
    access: OVERSIGHT,
    errors: ['AUTH.DIVISION_OUT_OF_SCOPE', 'PLATFORM.CURSOR_INVALID'],
    request: ListWarningsRequestSchema,
    reply: WarningPageSchema,
    samples: { request: { level: 'red', status: 'open' }, reply: { items: [], nextCursor: null } },
  }),
  getWarning: defineQuery({
    context: 'cases',
    aggregate: 'warning',
    verb: 'get',
    version: 1,
    summary: '查看一条预警及其批注',
    access: OVERSIGHT,
    errors: ['WARNING.NOT_FOUND', 'WARNING.OUT_OF_SCOPE'],
    request: GetWarningRequestSchema,
    reply: WarningSchema,
    samples: { request: { id: sampleWarning.id }, reply: sampleWarning },
  }),
  acknowledgeWarning: defineCommand({
    context: 'cases',
    aggregate: 'warning',
    verb: 'acknowledge',
    version: 1,
    summary: '签收预警（可附批注）；每条预警只签收一次',
    access: OVERSIGHT,
    errors: ['WARNING.NOT_FOUND', 'WARNING.OUT_OF_SCOPE', 'WARNING.ALREADY_ACKNOWLEDGED'],
    request: AcknowledgeWarningRequestSchema,
    reply: WarningSchema,
    samples: {
      request: { id: sampleWarning.id, note: '已电话督办，承办人承诺明日作出决定' },
      reply: sampleWarning,
    },
  }),
  annotateWarning: defineCommand({
    context: 'cases',
    aggregate: 'warning',
    verb: 'annotate',
    version: 1,
    summary: '为预警添加批注（督办意见、处理情况）',
    access: OVERSIGHT,
    errors: ['WARNING.NOT_FOUND', 'WARNING.OUT_OF_SCOPE'],
    request: AnnotateWarningRequestSchema,
    reply: WarningSchema,
    samples: {
      request: { id: sampleWarning.id, text: '已电话督办，承办人承诺明日作出决定' },
      reply: sampleWarning,
    },
  }),
  listWarningThresholds: defineQuery({
    context: 'cases',
    aggregate: 'warning-threshold',
    verb: 'list',
    version: 1,
    summary: '本辖区单独设置的黄色预警阈值（按区划或事项）',
    access: rolesAccess('center_admin'),
    errors: [],
    request: ListWarningThresholdsRequestSchema,
    reply: WarningThresholdListSchema,
    samples: {
      request: {},
      reply: {
        defaultRule: 'max(2, ⌈承诺时限 × 20%⌉) 个工作日',
        items: [
          {
            division: '330102000000',
            itemCode: null,
            yellowDays: 3,
            setBy: 'sc-center-admin',
            setAt: '2026-11-26T08:00:00.000Z',
          },
        ],
      },
    },
  }),
  setWarningThreshold: defineCommand({
    context: 'cases',
    aggregate: 'warning-threshold',
    verb: 'set',
    version: 1,
    summary:
      '设置黄色预警阈值（剩余工作日数）：按区划（含下级）或区划内的某一事项；事项设置优先于区划，下级区划优先于上级',
    access: rolesAccess('center_admin'),
    errors: ['AUTH.DIVISION_OUT_OF_SCOPE'],
    request: SetWarningThresholdRequestSchema,
    reply: WarningThresholdSchema,
    samples: {
      request: { itemCode: 'XK00001001', yellowDays: 3 },
      reply: {
        division: '330102000000',
        itemCode: 'XK00001001',
        yellowDays: 3,
        setBy: 'sc-center-admin',
        setAt: '2026-11-26T08:00:00.000Z',
      },
    },
  }),
  removeWarningThreshold: defineCommand({
    context: 'cases',
    aggregate: 'warning-threshold',
    verb: 'remove',
    version: 1,
    summary: '删除单独设置的预警阈值，恢复上级设置或默认规则',
    access: rolesAccess('center_admin'),
    errors: ['AUTH.DIVISION_OUT_OF_SCOPE', 'WARNING.THRESHOLD_NOT_FOUND'],
    request: RemoveWarningThresholdRequestSchema,
    reply: RemovedWarningThresholdSchema,
    samples: {
      request: { itemCode: 'XK00001001' },
      reply: { division: '330102000000', itemCode: 'XK00001001' },
    },
  }),
} as const;
