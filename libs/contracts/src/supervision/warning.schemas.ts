import { type Static, Type } from '@sinclair/typebox';
import { LocalDate } from '../cases/case.schemas';
import { DivisionCode12, Timestamp, Uuid } from '../schema/formats';
import { PageOf, PageRequestFields } from '../schema/page';

/** Which deadline of a case a warning watches (承诺时限 / 法定时限). */
export const WarningDeadlineSchema = Type.Union(
  [Type.Literal('promised'), Type.Literal('statutory')],
  { description: 'promised 承诺时限 / statutory 法定时限' },
);
export type WarningDeadline = Static<typeof WarningDeadlineSchema>;

/** Yellow: the remaining working days fell to the threshold; red: the deadline passed. */
export const WarningLevelSchema = Type.Union([Type.Literal('yellow'), Type.Literal('red')], {
  description: 'yellow 黄色预警（临近期限）/ red 红色预警（已超期）',
});
export type WarningLevel = Static<typeof WarningLevelSchema>;

export const WarningStatusSchema = Type.Union(
  [Type.Literal('open'), Type.Literal('acknowledged'), Type.Literal('cleared')],
  { description: 'open 待处理 / acknowledged 已签收 / cleared 已解除（办结或期限变更）' },
);
export type WarningStatus = Static<typeof WarningStatusSchema>;

export const WarningClearedBecauseSchema = Type.Union(
  [Type.Literal('concluded'), Type.Literal('deadline-moved')],
  { description: 'concluded 计时已终止（决定、办结、撤回）/ deadline-moved 期限已变更' },
);
export type WarningClearedBecause = Static<typeof WarningClearedBecauseSchema>;

const Person = Type.Object(
  { subject: Type.String(), username: Type.String() },
  { additionalProperties: false },
);

export const WarningNoteSchema = Type.Object(
  {
    id: Uuid,
    author: Type.String({ description: '批注人用户名' }),
    text: Type.String(),
    at: Timestamp,
  },
  { $id: 'WarningNote', additionalProperties: false },
);

/** A deadline warning (电子监察预警) with its notes. */
export const WarningSchema = Type.Object(
  {
    id: Uuid,
    caseId: Uuid,
    caseNumber: Type.String(),
    division: DivisionCode12,
    itemCode: Type.String(),
    handlingOrgan: Type.Union([Type.String(), Type.Null()]),
    deadline: WarningDeadlineSchema,
    level: WarningLevelSchema,
    dueOn: LocalDate,
    responsible: Type.Union([Person, Type.Null()], { description: '预警发出时的办件责任人' }),
    raisedAt: Timestamp,
    status: WarningStatusSchema,
    acknowledgedAt: Type.Union([Timestamp, Type.Null()]),
    acknowledgedBy: Type.Union([Type.String(), Type.Null()], { description: '签收人用户名' }),
    clearedAt: Type.Union([Timestamp, Type.Null()]),
    clearedBecause: Type.Union([WarningClearedBecauseSchema, Type.Null()]),
    notes: Type.Array(WarningNoteSchema),
  },
  { $id: 'Warning', additionalProperties: false },
);
export type Warning = Static<typeof WarningSchema>;

export const WarningPageSchema = PageOf(WarningSchema, 'WarningPage');
export type WarningPage = Static<typeof WarningPageSchema>;

export const ListWarningsRequestSchema = Type.Object(
  {
    level: Type.Optional(WarningLevelSchema),
    deadline: Type.Optional(WarningDeadlineSchema),
    status: Type.Optional(WarningStatusSchema),
    division: Type.Optional(
      Type.String({
        pattern: '^(\\d{6}|\\d{12})$',
        description: '只看该区划及其下级的预警；须在本人管辖范围内，不传则为本人管辖范围',
      }),
    ),
    caseId: Type.Optional(Uuid),
    ...PageRequestFields,
  },
  { $id: 'ListWarningsRequest', additionalProperties: false },
);
export type ListWarningsRequest = Static<typeof ListWarningsRequestSchema>;

export const GetWarningRequestSchema = Type.Object(
  { id: Uuid },
  { $id: 'GetWarningRequest', additionalProperties: false },
);
export type GetWarningRequest = Static<typeof GetWarningRequestSchema>;

const NoteText = Type.String({ minLength: 1, maxLength: 2000, description: '批注内容' });

export const AcknowledgeWarningRequestSchema = Type.Object(
  { id: Uuid, note: Type.Optional(NoteText) },
  { $id: 'AcknowledgeWarningRequest', additionalProperties: false },
);
export type AcknowledgeWarningRequest = Static<typeof AcknowledgeWarningRequestSchema>;

export const AnnotateWarningRequestSchema = Type.Object(
  { id: Uuid, text: NoteText },
  { $id: 'AnnotateWarningRequest', additionalProperties: false },
);
export type AnnotateWarningRequest = Static<typeof AnnotateWarningRequestSchema>;

const YellowDays = Type.Integer({
  minimum: 0,
  maximum: 60,
  description: '剩余工作日降至该数时发出黄色预警',
});

/** Where a threshold applies: a division's subtree, optionally narrowed to one item. */
const ThresholdTarget = {
  division: Type.Optional(
    Type.String({
      pattern: '^(\\d{6}|\\d{12})$',
      description: '适用的区划（含下级）；须在本人管辖范围内，不传则为本人所在区划',
    }),
  ),
  itemCode: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 120,
      description: '只对该事项生效；不传则对该区划的全部事项生效',
    }),
  ),
};

export const SetWarningThresholdRequestSchema = Type.Object(
  { ...ThresholdTarget, yellowDays: YellowDays },
  { $id: 'SetWarningThresholdRequest', additionalProperties: false },
);
export type SetWarningThresholdRequest = Static<typeof SetWarningThresholdRequestSchema>;

export const RemoveWarningThresholdRequestSchema = Type.Object(ThresholdTarget, {
  $id: 'RemoveWarningThresholdRequest',
  additionalProperties: false,
});
export type RemoveWarningThresholdRequest = Static<typeof RemoveWarningThresholdRequestSchema>;

export const ListWarningThresholdsRequestSchema = Type.Object(
  {},
  { $id: 'ListWarningThresholdsRequest', additionalProperties: false },
);
export type ListWarningThresholdsRequest = Static<typeof ListWarningThresholdsRequestSchema>;

export const WarningThresholdSchema = Type.Object(
  {
    division: DivisionCode12,
    itemCode: Type.Union([Type.String(), Type.Null()]),
    yellowDays: YellowDays,
    setBy: Type.String({ description: '设置人用户名' }),
    setAt: Timestamp,
  },
  { $id: 'WarningThreshold', additionalProperties: false },
);
export type WarningThreshold = Static<typeof WarningThresholdSchema>;

export const WarningThresholdListSchema = Type.Object(
  {
    defaultRule: Type.String({ description: '未设置时的默认阈值' }),
    items: Type.Array(WarningThresholdSchema),
  },
  { $id: 'WarningThresholdList', additionalProperties: false },
);
export type WarningThresholdList = Static<typeof WarningThresholdListSchema>;

export const RemovedWarningThresholdSchema = Type.Object(
  { division: DivisionCode12, itemCode: Type.Union([Type.String(), Type.Null()]) },
  { $id: 'RemovedWarningThreshold', additionalProperties: false },
);
export type RemovedWarningThreshold = Static<typeof RemovedWarningThresholdSchema>;

/** What `warning.raised` says: enough for a notice without reading the case. */
export const WarningRaisedSchema = Type.Object(
  {
    id: Uuid,
    caseId: Uuid,
    caseNumber: Type.String(),
    division: DivisionCode12,
    itemCode: Type.String(),
    deadline: WarningDeadlineSchema,
    level: WarningLevelSchema,
    dueOn: LocalDate,
    recipients: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        maxItems: 20,
        description: '应收到预警的工作人员账号（令牌 sub）：办件责任人',
      }),
    ),
    raisedAt: Timestamp,
  },
  { additionalProperties: false },
);

export const WarningAcknowledgedSchema = Type.Object(
  {
    id: Uuid,
    caseId: Uuid,
    caseNumber: Type.String(),
    division: DivisionCode12,
    deadline: WarningDeadlineSchema,
    level: WarningLevelSchema,
    acknowledgedBy: Type.String(),
    acknowledgedAt: Timestamp,
  },
  { additionalProperties: false },
);
