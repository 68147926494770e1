import { type Static, Type } from '@sinclair/typebox';
import { Uuid } from '../schema/formats';
import { Text } from './case-text';

/** The requests of the lifecycle commands: each names the case and what the command needs. */
export const CaseIdRequestSchema = Type.Object(
  { id: Uuid },
  { $id: 'CaseIdRequest', additionalProperties: false },
);

export const SuspendCaseRequestSchema = Type.Object(
  {
    id: Uuid,
    kind: Type.Union(
      [
        'hearing',
        'tendering-auction',
        'inspection-testing-quarantine',
        'appraisal',
        'expert-review',
        'supplementary-material',
        'other',
      ].map((kind) => Type.Literal(kind)),
      {
        description:
          '中止事由（行政许可法第四十五条）：听证、招标拍卖、检验检测检疫、鉴定、专家评审、补充材料、其他',
      },
    ),
    reason: Text(2000, '中止的具体事由'),
  },
  { $id: 'SuspendCaseRequest', additionalProperties: false },
);

export const OptionalReasonRequestSchema = Type.Object(
  { id: Uuid, reason: Type.Optional(Text(2000)) },
  { $id: 'OptionalReasonRequest', additionalProperties: false },
);

export const DecideCaseRequestSchema = Type.Object(
  {
    id: Uuid,
    outcome: Type.Union([Type.Literal('approved'), Type.Literal('denied')], {
      description: '准予 / 不予许可',
    }),
    reason: Type.Optional(Text(2000, '不予许可的理由（不予许可时必填）')),
  },
  { $id: 'DecideCaseRequest', additionalProperties: false },
);

export const DeliverCaseRequestSchema = Type.Object(
  {
    id: Uuid,
    method: Type.Union(
      ['window', 'post', 'electronic', 'agent-point'].map((method) => Type.Literal(method)),
      { description: '送达方式：窗口领取 / 邮寄 / 电子证照 / 代办点转交' },
    ),
  },
  { $id: 'DeliverCaseRequest', additionalProperties: false },
);

export const RejectCaseRequestSchema = Type.Object(
  { id: Uuid, reason: Text(2000, '不予受理的理由（写入不予受理决定书）') },
  { $id: 'RejectCaseRequest', additionalProperties: false },
);

export const RequestCorrectionRequestSchema = Type.Object(
  {
    id: Uuid,
    items: Type.Array(
      Type.Object(
        {
          material: Text(60, '需要补正的材料（办事指南中的材料标识）'),
          problem: Text(500, '存在的问题和补正要求'),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 100, description: '一次性告知全部需要补正的材料' },
    ),
  },
  { $id: 'RequestCorrectionRequest', additionalProperties: false },
);
export type RequestCorrectionRequest = Static<typeof RequestCorrectionRequestSchema>;
